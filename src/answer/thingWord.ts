import { senseClasses } from '../lexicon/index.js';
import { isDemonym } from '../search/terms.js';
import { namesPeopleOfPlace } from './demonyms.js';
import { isGivenName } from '../text/places.js';

/** Classes of a common noun that name no one: a deed, a text, a made thing, an event, a state, a quality, a time, an amount. */
const THING_CLASSES: ReadonlySet<string> = new Set(['act', 'communication', 'artifact', 'event', 'state', 'attribute', 'time', 'quantity']);

/**
 * Whether a one-word name is a capitalised common noun of a thing ("Directives", "Salvation", "Report"), which answers no
 * who-question: WordNet files its most frequent sense as a thing and neither of its two most frequent as a person, group
 * or organisation. A people's word ("Scots") or a given name ("Hope") may still name someone.
 *
 * @example namesThing('Reports') // → true
 * @example namesThing('Tribunal') // → false (a body of people)
 */
export function namesThing(text: string): boolean {
  if (/\s/.test(text) || !/^\p{Lu}\p{Ll}/u.test(text) || isDemonym(text) || namesPeopleOfPlace(text) || isGivenName(text)) return false;
  const senses = senseClasses(text.toLowerCase());
  const first = senses[0];
  return (
    first !== undefined &&
    THING_CLASSES.has(first) &&
    !senses.slice(0, 2).some((c) => c === 'person' || c === 'group' || c === 'organization')
  );
}
