/**
 * The name a sentence gives after a naming word ("the craft is known as **tarnwork**", "boats that sail alone are
 * called **free-runners**"): offered whole to a question asking what something is called, where the chunker cuts it
 * (a hyphened word read in parts, an -ing noun read as a verb) or leaves it out. General English.
 */
import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';

/** Words that give a name right after them (the alternation shared with the extractor's `NAMING_BEFORE`). */
export const NAMING_WORD = String.raw`called|known\s+as|named|dubbed|termed|nicknamed|branded(?:\s+as)?|referred\s+to\s+as|titled|entitled`;

/** A naming word and what may stand between it and the name: an opening quote, an article. */
const NAMING_THEN = new RegExp(String.raw`\b(?:${NAMING_WORD})\s+["“'‘]?(?:(?:the|an?)\s+)?["“'‘]?`, 'giu');

/**
 * The name itself: up to a bracket, quote, clause mark or the sentence's end, or a word that opens another phrase or
 * clause ("called tarnwork **and** taught …", "known as a drifter **in** the ports"); a straight quote closing it ("called
 * 'drift' boats").
 */
const NAME_WORDS =
  /^([^()"“”‘’,;:.!?]+?)(?=\s*["”'’]?\s*(?:[()"“”‘’,;:.!?]|'(?=\s|$)|$|\s(?:and|or|but|which|that|who|because|is|are|was|were|to|in|at|on|by|for|from|with|after|since|until|when|where|while|as|of|respectively)\s))/iu;

/** Most words of a name read so. */
const MAX_NAME_WORDS = 4;

/** Parts of speech of a verb that ends the name before it (as a preposition does). */
const VERB_POS = new Set(['VERB', 'AUX']);

/** Parts of speech no name opens with ("called **for** a vote", "called **him** a traitor", "named **after** …"). */
const NO_OPENING = new Set(['ADP', 'PRON', 'DET', 'AUX', 'SCONJ', 'CCONJ', 'PART', 'PUNCT', 'ADV']);

/**
 * The names a sentence gives after a naming word, each as a phrase mention of one to MAX_NAME_WORDS words.
 *
 * @example namedAfter(sentence('Boats that sail alone are called free-runners.')) // → ['free-runners']
 * @example namedAfter(sentence('The council called for a vote.')) // → []
 */
export function namedAfter(sentence: StorySentence): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  for (const m of text.matchAll(NAMING_THEN)) {
    const start = m.index + m[0].length;
    const name = NAME_WORDS.exec(text.slice(start))?.[1];
    const first = sentence.tokens.find((t) => t.start === start);
    if (!name || !first || NO_OPENING.has(first.pos)) continue;
    // (Up to a preposition or a verb of the sentence's own: "known as a doubler **among** the crews", "called the Orsk
    // rebellions **broke** out"; not an -ing noun, "picture thinking", nor a word inside a hyphened one, "free-to-**view**";
    // nor inside quotes, which close the name themselves: called "drift stick nets".)
    const quoted = /["“'‘]$/.test(m[0]);
    const cut = sentence.tokens.find(
      (t) =>
        !quoted &&
        t.start > start &&
        t.end <= start + name.length &&
        /\s/.test(text[t.start - 1] ?? '') &&
        (t.pos === 'ADP' || (VERB_POS.has(t.pos) && !/ing$/i.test(t.text))),
    );
    const end = cut ? text.slice(start, cut.start).trimEnd().length + start : start + name.length;
    // A determiner inside opens the name itself, what stands before it being the thing named ("called the plan **a
    // costly gamble**", "named the long pole the **drift stick**"); not inside quotes.
    const det = quoted ? undefined : sentence.tokens.findLast((t) => t.start > start && t.end < end && t.pos === 'DET');
    const from = det ? det.end + (text.slice(det.end, end).length - text.slice(det.end, end).trimStart().length) : start;
    const written = text.slice(from, end);
    if (end <= from || written.split(/\s+/).length > MAX_NAME_WORDS) continue;
    out.push({ type: 'PHRASE', text: written, start: from, end });
  }
  return out;
}
