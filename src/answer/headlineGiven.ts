import { articleById, type Story, type StorySentence } from '../story/story.js';
import { antecedentTerms } from './antecedent.js';
import { idf } from './rankSentences.js';
import { termSetOf } from './termMemo.js';

/**
 * How much of the question's other words (those its headline does not write) a sentence must hold, by idf weight,
 * before the headline's words count as given in it. A sentence about the headline's topic seldom repeats the
 * headline ("Orla Tellin cut the ribbon." under "Orsk bridge reopening"); but a sentence of another paragraph on the
 * same topic holds the headline's words as much, so only the rest of the question tells the answering one.
 * Round 51 (every kind of question): SQuAD reading 8 questions won, none lost (who F1 0.6917 → 0.6936, where 0.6372 →
 * 0.6487; none on the held-back half), eval:refusal and eval:kit identical. At 0.6 eval:refusal's held-back near refused
 * 0.747 → 0.746 (strict 0.787 → 0.786); at 0.5, train 0.729 → 0.727 and held back 0.747 → 0.742: a paragraph of the same
 * article holding half of the question's other words is as often another part of the topic as the answer.
 */
export const HEADLINE_GIVEN_FLOOR = 0.75;

/**
 * The idf-weighted share of the question's terms a sentence covers when the words its article's headline writes
 * are read as given: an article's sentences all speak of the headline's topic, so "Who cut the ribbon at the Orsk
 * bridge reopening?" is covered by "Orla Tellin cut the ribbon." under the headline "Orsk bridge reopening". Read
 * only when the sentence (or the sentence before it, when it points back: antecedent.ts) holds at least
 * HEADLINE_GIVEN_FLOOR of the weight of the question's other terms, and only for a headline the article's file
 * gives (a label made from the body's first words is no headline); undefined otherwise, or when the headline lends
 * no term the sentence lacks.
 *
 * @example headlineCoverage(story, ['cut', 'ribbon', 'orsk', 'bridge', 'reopening'], sentenceOf('Orla Tellin cut the ribbon.')) // → 1
 */
export function headlineCoverage(story: Story, terms: readonly string[], sentence: StorySentence): number | undefined {
  const article = articleById(story).get(sentence.articleId);
  if (!article?.titleGiven) return undefined;
  const headline = termSetOf(article.title);
  const present = termSetOf(sentence.text);
  const before = antecedentTerms(story, sentence);
  let held = 0;
  let given = 0;
  let rest = 0;
  for (const t of new Set(terms)) {
    const w = idf(story, t);
    if (present.has(t) || before?.has(t)) {
      held += w;
      rest += w;
    } else if (headline.has(t)) given += w;
    else rest += w;
  }
  if (given === 0 || rest === 0 || held / rest < HEADLINE_GIVEN_FLOOR) return undefined;
  return (held + given) / (rest + given);
}
