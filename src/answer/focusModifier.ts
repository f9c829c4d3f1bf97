import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';

/** Parts of speech of the words that tell which one of a noun's kind is meant ("the **left** foot", "the **Mexican** border"). */
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);

/** Words that count or point rather than tell which one ("other", "many", "this"). */
const NOT_WHICH =
  /^(?:many|numerous|several|various|other|another|some|few|most|all|such|certain|these|those|this|that|same|own|only|each|every|both|first)$/i;

/** The most describing words offered before the noun. */
const MODIFIER_WORDS = 3;

/** A word opening with a small letter. */
const LOWER_FIRST = /^\p{Ll}/u;

/** No mentions (shared: never added to). */
const NONE: readonly Mention[] = [];

/**
 * For a "which / what NOUN" question, the describing words right before the noun where the sentence writes it in lower
 * case ("his **left** foot" for "Which foot …", "along the **Velden** road" for "Which road …"): the noun is
 * the question's, what the question asks is which one, and the words before it say so. Question words at their edges
 * are left out; none where only they would be left, nor counting or pointing words ("other", "this").
 *
 * @example focusModifiers(sentence('He hurt his left foot.'), 'foot', has) // → [{ text: 'left', … }]
 */
export function focusModifiers(sentence: StorySentence, focus: string | null, asked: (term: string) => boolean): readonly Mention[] {
  if (focus === null) return NONE;
  const tokens = sentence.tokens;
  let out: Mention[] | undefined;
  for (let k = 1; k < tokens.length; k += 1) {
    const noun = tokens[k]!;
    if (noun.pos !== 'NOUN' || !LOWER_FIRST.test(noun.text) || termOf(noun.text) !== focus) continue;
    // "the anthology series Happy Days": the name after the noun says which one, not the words before it.
    if (namedAfter(tokens[k + 1])) continue;
    let a = k;
    while (a > 0 && k - a < MODIFIER_WORDS && describes(tokens[a - 1]!)) a -= 1;
    while (a < k && askedOrPointing(tokens[a]!, asked)) a += 1;
    let b = k;
    while (b > a && askedOrPointing(tokens[b - 1]!, asked)) b -= 1;
    if (b <= a) continue;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    (out ??= []).push({ type: 'PHRASE', text: sentence.text.slice(start, end), start, end, describes: true });
  }
  return out ?? NONE;
}

/** Whether a token is a name's word, written with a capital or as a proper noun. */
function namedAfter(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || CAPITAL_FIRST.test(t.text));
}

/** A word opening with a capital. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Whether a token may describe the noun after it. */
function describes(t: Token): boolean {
  return MODIFIER_POS.has(t.pos) && !NOT_WHICH.test(t.text);
}

/** Whether a token is a word of the question or one that counts or points. */
function askedOrPointing(t: Token, asked: (term: string) => boolean): boolean {
  const term = termOf(t.text);
  return (term !== null && asked(term)) || NOT_WHICH.test(t.text);
}
