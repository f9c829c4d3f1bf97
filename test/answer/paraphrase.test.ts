import { describe, expect, it } from 'vitest';
import { converseTerms, kindTerms, paraphraseTerms, questionPhrases } from '../../src/answer/paraphrase.js';
import { idf, rankSentences, RANKING } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';

/** A one-article story of an invented text. */
function storyOf(id: string, body: string) {
  return buildStory([{ id, title: id, titleGiven: true, file: `${id}.md`, body }], `${id}-fixture`);
}

const story = storyOf(
  'club',
  'The treasurer announced her resignation after the audit. The club will purchase a new boat in spring. Members voted on Tuesday. The regatta was postponed because of the storm.',
);

describe('paraphraseTerms', () => {
  it('finds WordNet relatives of the question words that the story uses, not those it lacks', () => {
    const buy = paraphraseTerms(story, 'What will the club buy?', ['club', 'buy']);
    expect(buy.get('buy')).toEqual(['purchas']);
    expect(buy.has('club')).toBe(false);
  });
  it('leaves out relatives that stem to the word itself ("resign" / "resignation")', () => {
    expect(paraphraseTerms(story, 'Why did the treasurer resign?', ['treasur', 'resign']).size).toBe(0);
  });
  it("finds the relatives of a phrasal verb the question spells, its object between ('put the regatta off' → 'postpone')", () => {
    const off = paraphraseTerms(story, 'Why did they put the regatta off?', ['put', 'regatta']);
    expect(off.get('put')).toContain('postpon');
  });
  it('credits a paraphrase in coverage at its lower weight', () => {
    const [best] = rankSentences(story, { terms: ['club', 'buy', 'boat'], kind: 'other', text: 'when will the club buy a boat' });
    const w = (t: string) => idf(story, t);
    const total = w('club') + w('buy') + w('boat');
    expect(best!.sentence.text).toContain('purchase a new boat');
    expect(best!.coverage).toBeCloseTo((w('club') + w('boat') + RANKING.paraphrase * w('buy')) / total, 5);
  });
});

describe('questionPhrases', () => {
  it('reads multiword lemmas in a run of words, the first word in its base form', () => {
    expect(questionPhrases(['Who', 'is', 'the', 'prime', 'ministers', 'rival']).map((p) => p.lemma)).not.toContain('prime_ministers');
    expect(questionPhrases(['Who', 'did', 'the', 'prime', 'minister', 'meet'])).toEqual([
      { lemma: 'prime_minister', words: ['prime', 'minister'] },
    ]);
  });
  it('reads a phrasal verb with its particle up to three words later, irregular past included', () => {
    expect(questionPhrases(['Who', 'gave', 'the', 'plan', 'up']).map((p) => p.lemma)).toContain('give_up');
    expect(questionPhrases(['They', 'put', 'it', 'off']).map((p) => p.lemma)).toContain('put_off');
    expect(questionPhrases(['They', 'put', 'the', 'big', 'old', 'plan', 'off']).map((p) => p.lemma)).not.toContain('put_off');
  });
  it('finds nothing in words WordNet joins into no lemma', () => {
    expect(questionPhrases(['the', 'treasurer', 'resigned'])).toEqual([]);
  });
});

describe('kindTerms', () => {
  const fleet = storyOf(
    'move',
    'The family rented a cart for the move. The vehicle hire office opened at nine. A neighbour lent them a ladder.',
  );

  it('finds the story terms that name a kind of the noun, not the noun itself nor words the story lacks', () => {
    const kinds = kindTerms(fleet, 'vehicle', ['vehicl', 'famili', 'rent']);
    expect(kinds.has('cart')).toBe(true);
    expect(kinds.has('vehicl')).toBe(false);
    expect(kinds.has('bicycl')).toBe(false);
  });

  it("keeps a noun's kinds that the story uses: a second question on the noun looks none up again, and leaves out its own terms", () => {
    let lookups = 0;
    const terms = fleet.documentFrequency;
    const counted = new Map(terms);
    counted.has = (t: string) => {
      lookups += 1;
      return terms.has(t);
    };
    const story = { ...fleet, documentFrequency: counted } as typeof fleet;
    expect([...kindTerms(story, 'vehicle', ['vehicl'])]).toEqual([...kindTerms(fleet, 'vehicle', ['vehicl'])]);
    expect(lookups).toBeGreaterThan(0);
    lookups = 0;
    const again = kindTerms(story, 'Vehicle', ['cart']);
    expect(lookups).toBe(0);
    expect(again.has('cart')).toBe(false);
  });

  it('credits a kind of the asked-about noun in coverage at RANKING.kind', () => {
    const query = {
      terms: ['vehicl', 'famili', 'rent'],
      kind: 'other' as const,
      text: 'which vehicle did the family rent',
      focus: 'vehicle',
    };
    const ranked = rankSentences(fleet, query);
    const cart = ranked.find((r) => r.sentence.text.includes('cart'))!;
    const w = (t: string) => idf(fleet, t);
    expect(cart.coverage).toBeCloseTo((w('famili') + w('rent') + RANKING.kind * w('vehicl')) / (w('vehicl') + w('famili') + w('rent')), 5);
    const { focus: _focus, ...unfocusedQuery } = query;
    const unfocused = rankSentences(fleet, unfocusedQuery).find((r) => r.sentence.text.includes('cart'))!;
    expect(unfocused.coverage).toBeLessThan(cart.coverage);
  });
});

const sale = storyOf(
  'mill',
  'Tom Bard walked round the Harrowby mill with Ada Vell in May. Ada Vell sold the Harrowby mill to Tom Bard in June. Ida Rolt kept her barge.',
);

describe('converseTerms', () => {
  it("finds the converses of the question's verbs that the story uses ('bought' → 'sell'), keyed by the question term", () => {
    const bought = converseTerms(sale, 'Who bought the Harrowby mill?', ['buy', 'harrowbi', 'mill']);
    expect([...bought]).toEqual([['buy', ['sell']]]);
  });
  it('answers a question asked again from the latest call, and anew for other terms or another story', () => {
    const bought = converseTerms(sale, 'Who bought the Harrowby mill?', ['buy', 'harrowbi', 'mill']);
    expect(converseTerms(sale, 'Who bought the Harrowby mill?', ['buy', 'harrowbi', 'mill'])).toBe(bought);
    expect([...converseTerms(sale, 'Who bought the Harrowby mill?', ['buy', 'sell', 'mill'])]).toEqual([]);
    const unsold = storyOf('mill', 'Tom Bard walked round the Harrowby mill. Ida Rolt kept her barge.');
    expect(converseTerms(unsold, 'Who bought the Harrowby mill?', ['buy', 'harrowbi', 'mill']).size).toBe(0);
    expect([...converseTerms(sale, 'Who bought the Harrowby mill?', ['buy', 'harrowbi', 'mill'])]).toEqual([['buy', ['sell']]]);
  });
  it('gives no mere opposite, nor a converse the story lacks', () => {
    expect(converseTerms(sale, 'Who lost a barge?', ['lose', 'barg']).size).toBe(0);
    expect(converseTerms(sale, 'Who lent Ida Rolt a barge?', ['lend', 'ida', 'rolt', 'barg']).size).toBe(0);
  });
  it('credits a converse in coverage at its own lower weight, lifting the sentence that holds it', () => {
    const query = {
      terms: ['tom', 'bard', 'buy', 'harrowbi', 'mill'],
      kind: 'date' as const,
      text: 'when did tom bard buy the harrowby mill',
    };
    const soldIn = (ranked: ReturnType<typeof rankSentences>) => ranked.find((r) => r.sentence.text.includes('sold'))!;
    const sold = soldIn(rankSentences(sale, query));
    const w = (t: string) => idf(sale, t);
    const total = w('tom') + w('bard') + w('buy') + w('harrowbi') + w('mill');
    expect(sold.coverage).toBeCloseTo((total - w('buy') + RANKING.converse * w('buy')) / total, 5);
    const weight = RANKING.converse;
    Object.assign(RANKING as Record<string, unknown>, { converse: 0 });
    try {
      expect(soldIn(rankSentences(sale, query)).score).toBeLessThan(sold.score);
    } finally {
      Object.assign(RANKING as Record<string, unknown>, { converse: weight });
    }
  });
});
