import { describe, expect, it } from 'vitest';
import { isPersonNoun } from '../../src/nlp/cueWords.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { findNameRuns } from '../../src/nlp/nameRuns.js';

describe('name run cues read from the lexicon once per word', () => {
  it('keeps the class of a noun after a name apart from its class before one', () => {
    // "star": first sense no person, another sense a person. After a name it only says "other"; heading an
    // appositive it makes the name a person. Asked about on both sides, each side keeps its own answer.
    const afterName = () => tagSentence('They saw the Vela star last night.').names[0]!;
    const appositive = () => tagSentence('Ann Vela, a star of the show, left.').names[0]!;
    expect(afterName().kindAfter).toBe('other');
    expect(appositive().appositiveKind).toBe('person');
    expect(afterName().kindAfter).toBe('other');
    expect(appositive().appositive).toBe('a star');
  });

  it('keeps a noun with a person sense apart from one whose first sense is a person', () => {
    expect(isPersonNoun('star', true)).toBe(true);
    expect(isPersonNoun('star')).toBe(false);
    expect(isPersonNoun('star', true)).toBe(true);
    expect(isPersonNoun('lawyer')).toBe(true);
    expect(isPersonNoun('Lawyer')).toBe(false);
  });

  it('counts a run’s words without its hyphens when taking a describer off the front', () => {
    // Three words ("Swede Aksel Brenn") lose the demonym; a hyphenated name of the same length keeps the count right.
    expect(tagSentence('Swede Aksel Brenn won.').names[0]).toMatchObject({ text: 'Aksel Brenn', describer: 'Swede' });
    expect(tagSentence('Swede Aksel Brenn-Holm won.').names[0]).toMatchObject({ describer: 'Swede' });
  });
});

describe('an employer after "at"', () => {
  it('reads the name after a person noun and "at" as an organisation, not a place', () => {
    const [, employer] = tagSentence('Lena Hart, a lawyer at Brack Pell, said the deal was fair.').names;
    expect(employer?.text).toBe('Brack Pell');
    expect(employer?.kindBefore).toBe('organization');
    expect(employer?.locativeBefore).toBe(false);
  });

  it('keeps "at" after anything else a place’s cue', () => {
    const [run] = tagSentence('The striker scored at Venholm.').names;
    expect(run?.locativeBefore).toBe(true);
    expect(run?.kindBefore).toBeUndefined();
  });
});

describe('capitals read by their first letter', () => {
  it('takes A–Z and a capital beyond ASCII into a run, and no lower-case letter, digit or mark', () => {
    const names = tagSentence('On Tuesday Émile Varnolt met Anke Borr and 4 zeta delegates in Øresby.').names.map((r) => r.text);
    expect(names).toContain('Émile Varnolt');
    expect(names).toContain('Anke Borr');
    expect(names).toContain('Øresby');
    expect(names.some((n) => /zeta|4/.test(n))).toBe(false);
  });
});

describe('runs made only of calendar names', () => {
  /** Tokens of `text` split at spaces, a capitalised word tagged PROPN and any other NOUN. */
  const tokensOf = (text: string) => {
    let at = 0;
    return text.split(' ').map((word) => {
      const start = text.indexOf(word, at);
      at = start + word.length;
      return { text: word, start, end: at, pos: /^[A-Z]/.test(word) ? 'PROPN' : 'NOUN' };
    });
  };

  it('drops a run whose every word is a month or a weekday and keeps one that only opens with one', () => {
    const text = 'we met Friday March then May Tarvel left';
    const runs = findNameRuns(text, tokensOf(text), []);
    expect(runs.map((r) => r.text)).toEqual(['May Tarvel']);
  });

  it('drops a weekday\'s plural, a day of every week ("opens on Sundays")', () => {
    const text = 'the Tolly market opens on Sundays in Velden';
    expect(findNameRuns(text, tokensOf(text), []).map((r) => r.text)).toEqual(['Tolly', 'Velden']);
  });

  it('reads a capitalised word after lower-case ones as a name and a lower-case word as none', () => {
    const text = 'the clerk Odrun Pasley met the board';
    expect(findNameRuns(text, tokensOf(text), []).map((r) => r.text)).toEqual(['Odrun Pasley']);
  });
});

describe('two names joined by "and" that share an organisation head', () => {
  it('are one run after "the" or before an institution\'s head, and two when the first has a head of its own', () => {
    const names = (s: string) => tagSentence(s).names.map((n) => n.text);
    expect(names('Fares on the Tarnby and Orsk Railway rose.').at(-1)).toBe('Tarnby and Orsk Railway');
    expect(names('The Fisheries and Harbours Board met on Monday.')).toEqual(['Fisheries and Harbours Board']);
    // A first name that is a person noun describes no one here.
    expect(names('Fares on the Fisher and Tarnby Railway rose.').at(-1)).toBe('Fisher and Tarnby Railway');
    expect(names('The Tarnby Council and Orsk Railway signed the deal.')).toEqual(['Tarnby Council', 'Orsk Railway']);
    // Without "the" only an institution's head is shared: a railway's, a company's is not.
    expect(names('Late trains from Tarnby and Orsk Railway staff.').slice(-2)).toEqual(['Tarnby', 'Orsk Railway']);
    expect(names("Orsk's Fisheries and Harbours Board met on Monday.").at(-1)).toBe('Fisheries and Harbours Board');
  });

  it('are two before an index word, which they both name ("the X and Y Times indexes")', () => {
    const names = (s: string) => tagSentence(s).names.map((n) => n.text);
    expect(names('The Varnex and Orsk Times indexes fell on Monday.')).toEqual(['Varnex', 'Orsk Times']);
    expect(names('Stocks slid on the Varnex and Orsk Times index.').slice(-2)).toEqual(['Varnex', 'Orsk Times']);
  });

  it('are one when the first ends in a plural of people, the members of the institution they name', () => {
    const names = (s: string) => tagSentence(s).names.map((n) => n.text);
    expect(names('The Transport Workers and Dockers Union called a strike.')).toEqual(['Transport Workers and Dockers Union']);
    // Not before a head that no members name: a firm's.
    expect(names('The Tarnby Workers and Orsk Railway signed the deal.')).toEqual(['Tarnby Workers', 'Orsk Railway']);
  });
});

describe('a person noun opening a name after a placing preposition and "the"', () => {
  it('keeps the word in the name of the place instead of reading it as a describer', () => {
    // "Santa" is a person noun, and "Orla" a given name: without the cue the run reads as "Santa" describing "Orla Tellin".
    expect(tagSentence('They met at the Santa Orla Tellin on Friday.').names[0]).toMatchObject({
      text: 'Santa Orla Tellin',
      definite: true,
    });
    expect(tagSentence('They met at the Santa Orla Tellin on Friday.').names[0]?.describer).toBeUndefined();
  });

  it('still takes a describer off a name after "the" with no placing preposition', () => {
    expect(tagSentence('They cheered the Swede Maja Lind.').names[0]).toMatchObject({ text: 'Maja Lind', describer: 'Swede' });
  });
});
