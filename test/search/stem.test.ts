import { describe, expect, it } from 'vitest';
import winkStem from 'wink-porter2-stemmer';
import { stem } from '../../src/search/stem.js';

/** Ordinary English words and made-up strings that reach each step and each quirk of the package's stemmer. */
const WORDS = [
  // short words, the exception lists, a leading y and a y after a vowel
  ...`a as sky skies dying news bias yelling played saying yoyo boyish inning exceed earrings`.split(' '),
  // step 1a
  ...`caresses cries ties tied gas gaps kiwis bus grass us this`.split(' '),
  // step 1b
  ...`agreed feed proceedingly hoped hopping luxuriated troubled sized hoping filing bled sing shed fizzed`.split(' '),
  // step 1c
  ...`cry say by happy enjoy`.split(' '),
  // step 2 (each rule) and step 3
  ...`relational organization hopefulness callousness decisiveness conditional sensibility carelessly`.split(' '),
  ...`sensitivity famously creation recently formalism formality hopefully radically generator`.split(' '),
  ...`fertilizer urgency relevancy probably horribly analogy apology lately fully gladly`.split(' '),
  ...`generalize communication arsenal generously authenticate electricity medical darkness`.split(' '),
  ...`helpful talkative demonstrative rational`.split(' '),
  // step 4 and step 5
  ...`replacement allowance inference adjustable horrible govern significant dependent criticism`.split(' '),
  ...`activate sensitiviti dangerous effective realize adoption division onion formal farmer`.split(' '),
  ...`electric enforce rate hope controll install fall`.split(' '),
  // not lower-case ASCII: left to the package
  ...`Running CAFÉS naïve o'neills straße x3y 1990s james's`.split(' '),
];

describe('stem', () => {
  it('gives what wink-porter2-stemmer gives, word for word', () => {
    for (const w of WORDS) expect(stem(w), w).toBe(winkStem(w));
  });

  it('gives it for every string one edit from a word (the strings a typed question is mended through)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const w of ['nationalities', 'generously', 'agreeably', 'controlled']) {
      for (let i = 0; i <= w.length; i += 1) {
        for (const c of letters) {
          const v = w.slice(0, i) + c + w.slice(i);
          expect(stem(v), v).toBe(winkStem(v));
          const x = w.slice(0, i) + c + w.slice(i + 1);
          expect(stem(x), x).toBe(winkStem(x));
        }
      }
    }
  });

  it('stems ordinary words as Porter2 does', () => {
    expect(stem('consisting')).toBe('consist');
    expect(stem('negotiations')).toBe('negoti');
    expect(stem('generously')).toBe('generous');
  });
});
