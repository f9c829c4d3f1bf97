/**
 * The names an article's headline gives, as entities of the headline: the headline is not tagged, but its article names
 * the same people, organisations and places in its sentences, spelt as the headline spells them ("Voss quits" over a
 * story of "Clara Voss"). Read so that a name the headline shares with another report is one name term, as in any
 * sentence, not several words each weighed on its own.
 */
import type { Entity } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';

/** Entities that name someone or somewhere. */
const NAME_TYPES = new Set<Entity['type']>(['PERSON', 'ORG', 'PLACE']);

/**
 * The names of `sentences` (an article's) written in `headline`, as entities at their places in it: each name as its
 * sentences write it (a person with their canonical name), matched as whole words, the longest first, none overlapping.
 *
 * @example headlineEntities('Voss quits Tarnby council', sentences naming "Clara Voss" and "Tarnby council")
 * // → PERSON "Voss" (canonical "Clara Voss") at 0–4, ORG "Tarnby council" at 11–25
 */
export function headlineEntities(headline: string, sentences: Iterable<Pick<StorySentence, 'entities'>>): Entity[] {
  const named = new Map<string, Entity>();
  for (const s of sentences)
    for (const e of s.entities) if (NAME_TYPES.has(e.type) && !named.has(e.text) && headline.includes(e.text)) named.set(e.text, e);
  const out: Entity[] = [];
  for (const e of [...named.values()].sort((a, b) => b.text.length - a.text.length)) {
    for (let at = headline.indexOf(e.text); at >= 0; at = headline.indexOf(e.text, at + 1)) {
      const end = at + e.text.length;
      if (!wholeWords(headline, at, end) || out.some((o) => at < o.end && end > o.start)) continue;
      const found: Entity = { type: e.type, text: e.text, start: at, end };
      if (e.canonical !== undefined) found.canonical = e.canonical;
      out.push(found);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A letter or digit (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `text[start … end]` starts and ends at word boundaries. */
function wholeWords(text: string, start: number, end: number): boolean {
  return !WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');
}
