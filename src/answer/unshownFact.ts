import type { StorySentence } from '../story/story.js';
import { termOf, termsOf, words } from '../search/terms.js';
import { openingKind } from './answerKind.js';
import { groupSentences, type CorroboratedSentence } from './corroborate.js';
import { thingPattern } from './defineThing.js';
import { VAGUE_AMOUNT } from './extractAnswer.js';

/** Excerpt groups read for another form of the fact: as many as defineThing reads for a description. */
const GROUPS_READ = 10;

/** "… is an X", "… was also the X": X as the complement of a copula, which says what the subject is by X. */
const COPULA_BEFORE =
  /\b(?:is|are|was|were)\s+(?:(?:also|now|still|often|sometimes|commonly|widely)\s+)?(?:(?:a|an|the|one\s+of\s+the)\s+)?["“'‘]?$/i;

/** "a former barn, 'The Old Mill', …": X set off by commas right after a noun phrase, as that thing's name. */
const NAMED_BEFORE = /,\s*["“'‘]?(?:the\s+)?$/i;
/** … closed by a comma, a bracket, a quotation mark or the sentence's end, and not a list's next item ("X, and …"). */
const NAMED_AFTER = /^["”'’]?\s*(?:[,)]|[.!?]?\s*$)(?!\s*(?:and|or)\b)/i;

/** Words after a vague amount ("few", "dozens of") within which a word of the question says what it counts. */
const AMOUNT_NOUN_WORDS = 3;

/** A stretch of time given without a figure: "for decades", "over many years". */
const VAGUE_DURATION =
  /\b(?:for|over)\s+(?:(?:many|several|some|a\s+few)\s+)?(?:decades|centuries|millennia|years|months|weeks|days|hours|ages)\b/i;

/**
 * The specific fact a question asks for that the excerpts do not show, when the extractor found no short answer to
 * it: what a thing is ("What is X?", `definition`) or a figure its opening asks for ("How many / how much / how long
 * …", `figure`). The story covers such a question when its excerpts give the fact in some form; when the extractor
 * found no description of X nor any figure, and no excerpt says what X is in another way (X as a copula's complement,
 * "… is an X"; X set off by commas after a noun as its name, "a former barn, 'The Old Mill', …") nor gives the figure
 * in words ("few troops", "dozens of boats", "for decades"), the excerpts only mention X or the counted thing, as a
 * story on the same topic that lacks the fact does, and the member is better told the story does not say.
 *
 * @param define the thing a "What is X?" question asks to have described (questionFrame's `define`)
 * @example unshownFact('What is a tidewell?', 'tidewell', groups) // → 'definition' when the excerpts only write "the tidewell's rim"
 */
export function unshownFact(
  question: string,
  define: string | undefined,
  groups: readonly CorroboratedSentence[],
): 'definition' | 'figure' | undefined {
  if (define !== undefined) return groupsRead(groups).some((s) => namesThingAnotherWay(s, define)) ? undefined : 'definition';
  const kind = openingKind(question);
  if (kind !== 'number' && kind !== 'duration') return undefined;
  const asked = new Set(termsOf(question));
  const shown = (s: StorySentence) => (kind === 'duration' ? VAGUE_DURATION.test(s.text) : vagueAmountOf(s.text, asked));
  return groupsRead(groups).some(shown) ? undefined : 'figure';
}

function groupsRead(groups: readonly CorroboratedSentence[]): StorySentence[] {
  return [...groupSentences(groups, GROUPS_READ)].map((g) => g.sentence);
}

/** Whether a sentence says what X is by a copula with X as its complement, or names a noun phrase X between commas. */
function namesThingAnotherWay(sentence: StorySentence, thing: string): boolean {
  const text = sentence.text;
  for (const m of text.matchAll(thingPattern(thing))) {
    const before = text.slice(0, m.index);
    if (COPULA_BEFORE.test(before)) return true;
    const comma = NAMED_BEFORE.exec(before);
    if (!comma || !NAMED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // The word before the comma is a common noun: the thing X names ("a former barn, 'The Old Mill'"), not a list's item.
    const previous = sentence.tokens.filter((t) => t.end <= comma.index).at(-1);
    if (previous?.pos === 'NOUN' && /^\p{Ll}/u.test(previous.text)) return true;
  }
  return false;
}

/** Whether a text gives an amount without a figure ("few troops", "dozens of boats") of a word the question asks about. */
function vagueAmountOf(text: string, asked: ReadonlySet<string>): boolean {
  const all = words(text);
  return all.some(
    (w, i) =>
      VAGUE_AMOUNT.test(w) &&
      all.slice(i + 1, i + 1 + AMOUNT_NOUN_WORDS).some((next) => {
        const term = termOf(next);
        return term !== null && asked.has(term);
      }),
  );
}
