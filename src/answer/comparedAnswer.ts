import type { Token } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';

/** "How do X compare to Y?", "How does X compare with Y?": a question asking how one thing stands against another. */
export const COMPARE_QUESTION = /^\W*how\s+(?:do|does|did|is|are|was|were|would|will|can|could)\b.*\bcompar(?:e|es|ed|ing)\b/i;

/** Words after which the thing compared with is written: "higher **than** …", "coarse, **compared** to …". */
const AGAINST = /^(?:than|compared|comparing|relative|versus|vs)$/i;

/** Comparatives not made with "-er": "**better** crops", "**more** costly", "**fewer** seats". */
const IRREGULAR = new Set(['better', 'worse', 'more', 'less', 'fewer', 'lesser']);

/** Words ending in "-er" that compare nothing ("other", "former", "under", "never" …). */
const NOT_COMPARATIVE = new Set([
  'other',
  'another',
  'former',
  'latter',
  'under',
  'over',
  'never',
  'ever',
  'however',
  'whatever',
  'whenever',
  'rather',
  'together',
  'whether',
  'after',
  'either',
  'neither',
  'further',
  'proper',
  'upper',
  'inner',
  'outer',
  'sheer',
  'clever',
  'bitter',
  'tender',
  'sober',
  'eager',
  'super',
]);

/** Degree words before a describing word: kept with a plain one ("**very coarse**"), not with a comparative. */
const DEGREE = new Set([
  'very',
  'extremely',
  'quite',
  'rather',
  'fairly',
  'relatively',
  'comparatively',
  'far',
  'much',
  'slightly',
  'significantly',
  'considerably',
  'substantially',
]);

/** Clause breaks the comparison is looked for inside. */
const BREAK = /^[;:.!?—()]$/;

/** Whether a token is a comparative describing word ("higher", "better", "more"). */
export function isComparative(t: Token): boolean {
  if (t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  const word = t.text.toLowerCase();
  if (IRREGULAR.has(word)) return true;
  return /^\p{Ll}{2,}er$/u.test(word) && !NOT_COMPARATIVE.has(word);
}

/**
 * "How do the fares of the Velden ferries compare to the barges'?" → "**higher**" of "the ferries charge much higher
 * fares than …", "**very coarse**" of "the mills grind very coarse flour, compared to …": in a sentence writing the other side of a
 * comparison ("than", "compared to", "relative to"), the comparative before it in its clause ("more" with the word it
 * grades: "**more costly**"), else the describing word nearest before it with its degree word. Null where the question
 * asks no comparison or the sentence writes none.
 */
export function comparedAnswer(sentence: StorySentence, question: string): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!COMPARE_QUESTION.test(question)) return null;
  const tokens = sentence.tokens;
  for (const [k, t] of tokens.entries()) {
    if (!AGAINST.test(t.text) || k === 0) continue;
    // The clause before the other side: back to the last clause break.
    let open = k - 1;
    while (open > 0 && !BREAK.test(tokens[open - 1]!.text)) open -= 1;
    let comparative = -1;
    let plain = -1;
    for (let i = k - 1; i >= open; i -= 1) {
      const u = tokens[i]!;
      if (comparative < 0 && isComparative(u)) comparative = i;
      if (plain < 0 && u.pos === 'ADJ' && !isComparative(u)) plain = i;
    }
    if (comparative >= 0) {
      const word = tokens[comparative]!.text.toLowerCase();
      // "more costly": the periphrastic comparative with the word it grades.
      const graded = (word === 'more' || word === 'less') && tokens[comparative + 1]?.pos === 'ADJ' ? comparative + 1 : comparative;
      return answerOf(sentence, comparative, graded);
    }
    if (plain >= 0 && t.text.toLowerCase() !== 'than') {
      const from = plain > 0 && DEGREE.has(tokens[plain - 1]!.text.toLowerCase()) ? plain - 1 : plain;
      return answerOf(sentence, from, plain);
    }
  }
  return null;
}

/** The phrase answer of tokens [from, to] of a sentence. */
function answerOf(sentence: StorySentence, from: number, to: number): Omit<ShortAnswer, 'from' | 'evidence'> {
  const text = sentence.text.slice(sentence.tokens[from]!.start, sentence.tokens[to]!.end);
  return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
}
