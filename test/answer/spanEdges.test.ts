import { beforeAll, describe, expect, it } from 'vitest';
import { type FullQuery, nameRuns, phraseChunks } from '../../src/answer/mentions.js';
import { questionVerbTerm } from '../../src/answer/questionVerb.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

const QUESTION = 'What did the guild build?';

function query(withVerb: boolean, question = QUESTION, kind: FullQuery['kind'] = 'other'): FullQuery {
  const verb = questionVerbTerm(question);
  return {
    text: question.toLowerCase(),
    terms: [...new Set(termsOf(question))],
    kind,
    types: [],
    fallback: [],
    role: 'any',
    counted: [],
    ...(withVerb && verb ? { verb } : {}),
  };
}

let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      { id: 'a', title: 'Guild', titleGiven: true, file: 'a.md', body: 'The guild finished the building of the stone quay in May.' },
      {
        id: 'b',
        title: 'Survey',
        titleGiven: true,
        file: 'b.md',
        body: 'A survey by the Institute for Harbour Studies praised Tam Rusk for Orvel Bay.',
      },
      { id: 'c', title: 'Canal', titleGiven: true, file: 'c.md', body: 'The barges sailed from Velden am Tarn to Alp aan de Tarn.' },
      {
        id: 'd',
        title: 'Boiler',
        titleGiven: true,
        file: 'd.md',
        body: 'The Orsk board raised its offer from £12m to £27m, and the Tolly boiler reaches 32 °C at 90° of the dial.',
      },
      {
        id: 'e',
        title: 'Quay',
        titleGiven: true,
        file: 'e.md',
        body: 'The old quay holds former flooded meadows, and the guild built a steam-powered winch at Velden.',
      },
      {
        id: 'f',
        title: 'Canal',
        titleGiven: true,
        file: 'f.md',
        body: 'The Tarn–Velden canal opened, the Owls beat the Hawks 20–18, and the town adopted the 6–2–7 plan.',
      },
      { id: 'g', title: 'Mill', titleGiven: true, file: 'g.md', body: 'The old mill—Tarn Hall—was sold.' },
      {
        id: 'h',
        title: 'Catch',
        titleGiven: true,
        file: 'h.md',
        body: 'The mean catch was 212 ± 30 tonnes a season, the lamps glow at 640 and 710 nm, and the guild leased berths 3 through 8.',
      },
      {
        id: 'i',
        title: 'Pumps',
        titleGiven: true,
        file: 'i.md',
        body: 'The guild fitted new pump/filter units, the skipper/owner of the barge sold its grain / salt stores, and the sluice passes 40 m3/s of water.',
      },
    ],
    'chunk-edges-fixture',
  );
});

describe('phraseChunks at the question verb', () => {
  it('offers no phrase that takes in the question’s verb and the words linking it', () => {
    const sentence = story.sentences[0]!;
    expect(questionVerbTerm(QUESTION)).not.toBeNull();
    const plain = phraseChunks(sentence, query(false)).map((m) => m.text);
    expect(plain).toContain('building of the stone quay');
    const asked = phraseChunks(sentence, query(true)).map((m) => m.text);
    expect(asked).toContain('stone quay');
    expect(asked).not.toContain('building of the stone quay');
    expect(asked.some((t) => /^of\b/.test(t))).toBe(false);
  });
});

describe('nameRuns across "for"', () => {
  it('keeps "for" inside a name run, but not in a run read for a person', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'b')!;
    const runs = nameRuns(story, sentence, query(false, 'What praised the mayor?')).map((m) => m.text);
    expect(runs).toContain('Institute for Harbour Studies');
    expect(runs).not.toContain('Tam Rusk for Orvel Bay');
    const people = nameRuns(story, sentence, query(false, 'Who praised the mayor?', 'person')).map((m) => m.text);
    expect(people).not.toContain('Institute for Harbour Studies');
    expect(people).not.toContain('Tam Rusk for Orvel Bay');
  });
});

describe('a place’s particle inside a name', () => {
  it('keeps "am" and "aan de" inside a name run and a noun phrase', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'c')!;
    const runs = nameRuns(story, sentence, query(false, 'Where did the barges sail?')).map((m) => m.text);
    expect(runs).toEqual(expect.arrayContaining(['Velden am Tarn', 'Alp aan de Tarn']));
    const chunks = phraseChunks(sentence, query(false, 'Where did the barges sail?')).map((m) => m.text);
    expect(chunks).toEqual(expect.arrayContaining(['Velden am Tarn', 'Alp aan de Tarn']));
  });
});

describe('a sign written with a figure', () => {
  it('keeps a currency sign before the figure and a degree sign with its scale after it in the noun phrase', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'd')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the board raise its offer to?')).map((m) => m.text);
    expect(chunks).toEqual(expect.arrayContaining(['£12m', '£27m', '32 °C']));
  });

  it('leaves a degree sign with no scale after it out', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'd')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the board raise its offer to?')).map((m) => m.text);
    expect(chunks).not.toContain('90°');
    expect(chunks.some((c) => c.startsWith('90'))).toBe(true);
  });
});

describe('a participle the tagger read as a verb inside a noun phrase', () => {
  it('keeps a participle after an adjective, and a hyphened compound’s last part, in the phrase', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'e')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the guild build at Velden?')).map((m) => m.text);
    expect(chunks).toEqual(expect.arrayContaining(['former flooded meadows', 'steam-powered winch']));
    expect(chunks).not.toContain('former');
  });
});

describe('a dash inside a noun phrase', () => {
  it('joins two names by an en dash and a series of figures, but a score after a name stays apart', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'f')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the town build?')).map((m) => m.text);
    expect(chunks).toEqual(expect.arrayContaining(['Tarn–Velden canal', '6–2–7 plan', '20–18']));
    expect(chunks).not.toContain('2–7 plan');
    expect(chunks.some((c) => c.includes('Hawks 20'))).toBe(false);
  });

  it('joins two words by a slash written close up, but not by one set off by spaces', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'i')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the guild fit?')).map((m) => m.text);
    expect(chunks).toEqual(expect.arrayContaining(['new pump/filter units', 'skipper/owner of the barge']));
    expect(chunks).not.toContain('filter units');
    expect(chunks.some((c) => c.includes('grain / salt'))).toBe(false);
  });

  it('shows the kind asked without the question’s word after a slash, nor the slash', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'i')!;
    const asked = { ...query(false, 'What kind of filter units did the guild fit?'), focus: 'units' };
    const chunk = phraseChunks(sentence, asked).find((m) => m.text === 'new pump/filter units');
    expect(chunk?.shown && sentence.text.slice(chunk.shown.start, chunk.shown.end)).toBe('new pump');
  });

  it('leaves a unit’s slash ("m3/s") apart: each side must be a word of two letters', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'i')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the guild fit?')).map((m) => m.text);
    expect(chunks.some((c) => c.includes('m3/s'))).toBe(false);
  });

  it('leaves an aside set off by close em dashes out of the phrase before it', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'g')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the town sell?')).map((m) => m.text);
    expect(chunks).toContain('old mill');
    expect(chunks.some((c) => c.includes('mill—'))).toBe(false);
  });
});

describe('figures joined inside a noun phrase', () => {
  it('keeps a value with its margin, two coordinated figures and a range in words in one phrase', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'h')!;
    const chunks = phraseChunks(sentence, query(false, 'What did the guild lease?')).map((m) => m.text);
    expect(chunks).toEqual(expect.arrayContaining(['212 ± 30 tonnes', '640 and 710 nm', 'berths 3 through 8']));
    expect(chunks).not.toContain('30 tonnes');
    expect(chunks).not.toContain('710 nm');
  });
});

describe('nameRuns joined by particles', () => {
  it('keeps a surname’s two particles inside the run, as the names stage does', () => {
    const particles = buildStory(
      [{ id: 'p', title: 'Quay', titleGiven: true, file: 'p.md', body: 'The new quay was designed by Jan van der Meulen for the guild.' }],
      'particles',
    );
    const runs = nameRuns(particles, particles.sentences[0]!, query(false, 'Who designed the quay?', 'person')).map((m) => m.text);
    expect(runs).toContain('Jan van der Meulen');
  });
});
