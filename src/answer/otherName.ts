/**
 * "What is another name / term / word for X?" asks for what the story also calls X: the word it writes beside X in
 * brackets ("X (**Y**)", "X (also called **Y**)"), after "also known as / called" ("X, also called **Y**", "X is
 * sometimes called **Y**"), or the word X glosses ("the **Y** (X) …"). General English.
 */
import type { StorySentence } from '../story/story.js';
import { groupSentences, type CorroboratedSentence } from './corroborate.js';
import { thingPattern } from './defineThing.js';
import type { ShortAnswer } from './extractAnswer.js';
import { phraseAnswer } from './phraseAnswer.js';

/** The question and X: "another / other / alternative (general, common …) name / term / word for (of) X". */
const OTHER_NAME_QUESTION =
  /\b(?:another|other|alternative|alternate)\s+(?:[a-z-]+\s+)?(?:name|term|word)s?\s+(?:used\s+)?(?:for|of)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s*\??\s*$/i;

/** Most words of X. */
const MAX_THING_WORDS = 6;

/** Excerpt groups read. */
const GROUPS_READ = 3;

/** What may open the other name after X: a bracket, "also called", "is sometimes known as", "which is called" … */
const AFTER_THING =
  /^["”'’]?\s*(?:\(\s*(?:or\s+|also\s+(?:called|known\s+as)\s+|i\.e\.,?\s+|aka\s+)?|,?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:also\s+|sometimes\s+|commonly\s+|often\s+|now\s+|later\s+)?(?:called|known\s+as|referred\s+to\s+as|termed|dubbed)\s+)(?:the\s+|an?\s+)?["“'‘]?/i;

/** The other name itself: up to a bracket, quote, comma or the clause's end, at most five words. */
const NAME_WORDS = /^([^()"“”,;:.]+?)(?=\s*["”'’]?\s*(?:[()"“”,;:.]|$|\s(?:and|or|which|that|is|are|was|were|to|in|at|on)\s))/;

/**
 * The other name a story gives the thing a question asks another name for, or null (for another question, or
 * when the best excerpts give none).
 *
 * @example otherNameAnswer(groups, 'What is another term for a tide basin?')?.text // → 'tidewell' for "… a tide basin (tidewell) …"
 */
export function otherNameAnswer(groups: readonly CorroboratedSentence[], question: string): ShortAnswer | null {
  const thing = OTHER_NAME_QUESTION.exec(question.trim())?.[1];
  if (!thing || thing.split(/\s+/).length > MAX_THING_WORDS) return null;
  const named = thingPattern(thing);
  for (const { rank, sentence } of groupSentences(groups, GROUPS_READ)) {
    const alias = otherNameIn(sentence, named, thing);
    if (alias) return phraseAnswer(alias, rank, sentence.id, { near: 1, margin: 0.5, support: 0.33, typed: 1 });
  }
  return null;
}

/** The other name one sentence gives X, after it or as the word it glosses in brackets; undefined when none. */
function otherNameIn(sentence: StorySentence, named: RegExp, thing: string): string | undefined {
  const text = sentence.text;
  for (const m of text.matchAll(named)) {
    const end = m.index + m[0].length;
    const opening = AFTER_THING.exec(text.slice(end));
    const name = opening ? NAME_WORDS.exec(text.slice(end + opening[0].length))?.[1]?.trim() : undefined;
    if (name && fits(name, thing)) return name;
    // "the lower (tidal) basin": X in brackets glosses the word before them.
    if (/\(\s*$/.test(text.slice(0, m.index)) && /^\s*\)/.test(text.slice(end))) {
      const before = sentence.tokens.filter((t) => t.end <= m.index - 1).at(-1);
      const before2 = text.slice(0, m.index).replace(/\s*\(\s*$/, '');
      if (before && before.end === before2.length && /^(?:NOUN|ADJ|PROPN)$/.test(before.pos) && fits(before.text, thing))
        return before.text;
    }
  }
  return undefined;
}

/** Whether a found name is another name: a few words that do not repeat X. */
function fits(name: string, thing: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length <= 5 &&
    name.toLowerCase() !== thing.toLowerCase() &&
    words.some((w) => /\p{L}/u.test(w) && !/^(?:the|an?|its|their)$/i.test(w))
  );
}
