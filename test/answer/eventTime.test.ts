import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('one', 'One', body);

describe('a time told by another event', () => {
  it('answers a when-question whose sentence holds no date with the phrase after "until after"', () => {
    const story = storyOf(
      "The ferry keeper retired early, and the mill's charter was not sealed until after the close of the Velmian Fair.",
    );
    expect(answerQuestion(story, "When was the mill's charter sealed?").answer?.text).toBe('after the close of the Velmian Fair');
  });
  it('shows a nearness adverb with the event ("shortly after")', () => {
    const story = storyOf('Shortly after Harbour Muster a "Lantern Round" is walked at Fort Mirela, and it takes an hour.');
    expect(answerQuestion(story, 'When is the Lantern Round walked?').answer?.text).toBe('Shortly after Harbour Muster');
  });
  it("reads no event made of the question's own words", () => {
    const story = storyOf('The salt fair at Orrin was held after the harvest. The fair grew after the fair at Orrin.');
    expect(answerQuestion(story, 'When did the fair grow after the fair at Orrin?').answer?.text).not.toBe('after the fair at Orrin');
  });
  it('reads no preposition written with a capital inside a name ("Before Dawn")', () => {
    const story = storyOf('The Velmian era ran from the reed age (the Days Before Dawn), until the close of the salt fairs.');
    expect(answerQuestion(story, 'When did the Velmian era run?').answer?.text).toBe('until the close of the salt fairs');
  });
  it('runs the phrase past a possessive and a hyphenated word to the noun it owns', () => {
    const story = storyOf("The new harbour toll was not paid at Fort Mirela until the Mayor's second in-person audit.");
    expect(answerQuestion(story, 'When was the new harbour toll paid at Fort Mirela?').answer?.text).toBe(
      "until the Mayor's second in-person audit",
    );
  });
  it('reads no clause whose verb is the one the question asks about ("before the floods rose")', () => {
    const story = storyOf(
      'The lower quay of Orrin stayed dry all summer before the spring tides and the river floods rose. A flood wall went up in the wet years.',
    );
    expect(answerQuestion(story, 'When did the river floods rise at Orrin?').answer?.text ?? '').not.toMatch(/^before/);
  });
  it('reads no time that points back to one told before ("during these years")', () => {
    const story = storyOf('Salt was scarce during these years, so Orrin apprentices joined the fair only after the spring thaw.');
    expect(answerQuestion(story, 'When did Orrin apprentices join the fair?').answer?.text).toBe('after the spring thaw');
  });
  it('answers with a clause opened by "when" that tells the time', () => {
    const story = storyOf('Velmian reed mats rot when the marsh water turns brackish, leaving the quay bare.');
    expect(answerQuestion(story, 'When do Velmian reed mats rot?').answer?.text).toBe('when the marsh water turns brackish');
  });
  it('reads no "while" after a comma, which sets others against the first ("…, while others …")', () => {
    const story = storyOf('Some ferry crews of Orrin rowed the salt barges upriver, while others mended the reed nets at the quay.');
    expect(answerQuestion(story, 'When did the ferry crews of Orrin row the salt barges upriver?').answer?.text ?? '').not.toMatch(
      /^while/,
    );
  });
  it('answers with a clause opened by "as soon as"', () => {
    const story = storyOf('Orrin harbour tolls fall due as soon as a barge passes the chain, unless the keeper waives them.');
    expect(answerQuestion(story, 'When do Orrin harbour tolls fall due?').answer?.text).toBe('as soon as a barge passes the chain');
  });
  it('answers with a span told as so long ago', () => {
    const story = storyOf('The salt flats of Orrin dried out before the reed marsh spread, probably about 40 thousand years ago.');
    expect(answerQuestion(story, 'When did the salt flats of Orrin dry out?').answer?.text).toBe('about 40 thousand years ago');
  });
  it('answers with the event after "at the close of"', () => {
    const story = storyOf('Orrin ferry passes are renewed at the close of each harvest season, and the keeper keeps the old ones.');
    expect(answerQuestion(story, 'When are Orrin ferry passes renewed?').answer?.text).toBe('at the close of each harvest season');
  });
  it('steps over a bracketed aside before the clause\'s verb ("when the Guild (VQG, …) refused")', () => {
    const story = storyOf(
      'The Orrin salt strike began when the porters of the Velmian Quay Guild (VQG, the older crews of the north wharf) refused the new toll.',
    );
    expect(answerQuestion(story, 'When did the Orrin salt strike begin?').answer?.text).toBe(
      'when the porters of the Velmian Quay Guild (VQG, the older crews of the north wharf) refused the new toll',
    );
  });
  it('steps over no bracketed relative clause, whose verb is not the clause\'s ("(which had …)")', () => {
    const story = storyOf(
      'While the old tolls and the Ferry Courts (which had sat since the great flood) gave Orrin its salt market, the guild kept its books.',
    );
    expect(answerQuestion(story, 'When had the Ferry Courts sat?').answer?.text).toBe('since the great flood');
  });
  it('keeps the numeral "I" that closes a name ("Harbor War I")', () => {
    const story = storyOf('The Brell ferry was rebuilt at the end of Harbor War I, the Orrin council having paid for it.');
    expect(answerQuestion(story, 'When was the Brell ferry rebuilt?').answer?.text).toBe('at the end of Harbor War I');
  });
  it('runs a time phrase opening its sentence on to its comma ("After sifting salt in a barrel, …")', () => {
    const story = storyOf('After sifting salt in a barrel, the Orrin clerks sealed the export crates.');
    expect(answerQuestion(story, 'When did the Orrin clerks seal the export crates?').answer?.text).toBe('After sifting salt in a barrel');
  });
  it('shows a bracket dating the event with it ("(~9,400 BP)")', () => {
    const story = storyOf('The Velmian reed marsh spread until the close of the salt age (~9,400 BP).');
    expect(answerQuestion(story, 'When did the Velmian reed marsh spread?').answer?.text).toBe(
      'until the close of the salt age (~9,400 BP)',
    );
  });
  it('reads no event time from a sentence that writes a date', () => {
    const story = storyOf(
      'The 1950 Orrin salt strike began in March 1950 when the porters of the north wharf refused the new toll. The guild met in 1952.',
    );
    expect(answerQuestion(story, 'When did the 1950 Orrin salt strike begin?').answer?.text ?? '').not.toMatch(/^when/);
  });
});
