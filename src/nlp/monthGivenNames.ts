/**
 * A month's name that is also a given name ("April", "June", "August", "Jan") opening a person's name: wink tags the
 * month a DATE, so the name would lose its given name ("April Dunmore" → "Dunmore") and the timeline would gain a
 * month nobody wrote.
 */
import { nounClass } from '../lexicon/index.js';
import { MONTHS } from '../text/calendarNames.js';
import { isGivenName } from '../text/places.js';
import { PARTICLES, ROLE_WORDS } from './cueWords.js';
import type { Entity, Token } from './entities.js';

/** Words before a month that make it a date ("in June", "last August", "early April"). */
const TIME_MODIFIERS = /^(?:last|next|this|early|late|mid|since|until|till|through|by|in|on|of|during|from|to|before|after)$/i;

/**
 * The entities without each DATE that is a lone month name starting a person's name: a capitalised title before it
 * ("Professor Jan …"), or a surname after it that is no common noun ("June Harlow left", "Jan van der Meulen"), with
 * no preposition or time word before it ("in June Parliament voted" keeps its date).
 *
 * @example withoutMonthGivenNames(tokensOf('April Dunmore said so.'), [{ type: 'DATE', text: 'April', … }]) // → []
 */
export function withoutMonthGivenNames(tokens: readonly Token[], entities: Entity[]): Entity[] {
  if (!entities.some((e) => e.type === 'DATE')) return entities;
  return entities.filter((e) => {
    if (e.type !== 'DATE' || !MONTHS.has(e.text.toLowerCase()) || !isGivenName(e.text)) return true;
    const i = tokens.findIndex((t) => t.start === e.start && t.end === e.end);
    return i < 0 || !opensPersonName(tokens, i);
  });
}

function opensPersonName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && (TIME_MODIFIERS.test(before.text) || before.pos === 'NUM' || before.pos === 'ADP' || before.pos === 'DET')) return false;
  let k = i + 1;
  while (k < i + 3 && tokens[k] && PARTICLES.has(tokens[k]!.text)) k += 1;
  const surname = tokens[k];
  if (surname?.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(surname.text) || MONTHS.has(surname.text.toLowerCase())) return false;
  if (before && /^\p{Lu}/u.test(before.text) && ROLE_WORDS.has(before.text.toLowerCase().replace(/\.$/, ''))) return true;
  const kind = nounClass(surname.text.toLowerCase());
  return kind === undefined || kind === 'person';
}
