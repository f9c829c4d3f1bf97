import { describe, expect, it } from 'vitest';
import { datedByVerb } from '../../src/answer/datedByVerb.js';
import type { Mention } from '../../src/answer/mentions.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: sentences that date two things each, one by the verb a question asks about and one by another verb. */
const LOOMS_BODY =
  'The quarrel between the two weavers had simmered since 1886 and reached its peak by 1888. ' +
  'The Tarn Guild opened its first hall in 1850 and moved to Velden in 1901.';

const story = oneArticleStory('looms', 'Looms', LOOMS_BODY);

const ask = askShort(story);

function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}
const span = (s: StorySentence, text: string): Mention => {
  const start = s.text.indexOf(text);
  return { type: 'DATE', text, start, end: start + text.length };
};
const verbs = (...terms: string[]) => new Set(terms);

describe('a when-question whose best excerpt dates two things', () => {
  it("is answered by the date of the question's own verb, not the other verb's", () => {
    expect(ask('When did the quarrel between the weavers reach its peak?')).toBe('1888');
    expect(ask('When did the Tarn Guild move to Velden?')).toBe('1901');
  });
});

describe('datedByVerb', () => {
  it("holds a date after a preposition of time that the question's verb governs", () => {
    const s = sentenceOf('The Orsk ferry was launched in 1850 and sank near Tolly in 1874.');
    expect(datedByVerb(s, span(s, '1850'), verbs('launch'))).toBe(true);
    expect(datedByVerb(s, span(s, '1874'), verbs('launch'))).toBe(false);
    expect(datedByVerb(s, span(s, '1874'), verbs('sink'))).toBe(true);
  });

  it('reads a date phrase opening the sentence as the time of the verb after its comma', () => {
    const s = sentenceOf('In 1912, the guild council of Orsk sold the old hall.');
    expect(datedByVerb(s, span(s, '1912'), verbs('sell'))).toBe(true);
    expect(datedByVerb(s, span(s, '1912'), verbs('build'))).toBe(false);
  });

  it('reads past an apposition between the verb and the date, or between the opening date and the verb', () => {
    const s = sentenceOf('Tolly opened its wool mill, the largest in the valley, in 1901.');
    expect(datedByVerb(s, span(s, '1901'), verbs('open'))).toBe(true);
    const t = sentenceOf("In 1888, Vallin, the guild's old master, demonstrated the loom.");
    expect(datedByVerb(t, span(t, '1888'), verbs('demonstr'))).toBe(true);
  });

  it('still stops at a comma that sets off a clause or a list', () => {
    const s = sentenceOf('The guild opened the mill, which Vallin ran, in 1901.');
    expect(datedByVerb(s, span(s, '1901'), verbs('open'))).toBe(false);
    const t = sentenceOf('He sold the barn, the hall and the mill, in 1901.');
    expect(datedByVerb(t, span(t, '1901'), verbs('sell', 'sold'))).toBe(false);
  });

  it('holds no date that stands after no preposition of time', () => {
    const s = sentenceOf('The guild sold its 1912 ledger to the Orsk museum.');
    expect(datedByVerb(s, span(s, '1912'), verbs('sell'))).toBe(false);
  });
});
