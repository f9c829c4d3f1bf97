/**
 * What kind of thing a common noun names, from WordNet: the lexicographer file of each sense, refined
 * by its hypernyms (WordNet files "stadium" under artifacts and "volcano" under natural objects; both
 * are places one can be at; "firm" is filed under groups and is an organisation).
 */
export type NounClass =
  | 'person'
  | 'place'
  | 'organization'
  | 'group'
  | 'time'
  | 'quantity'
  | 'event'
  | 'act'
  | 'artifact'
  | 'communication'
  | 'attribute'
  | 'state'
  | 'other';

/** One letter per class, as stored in the generated table (src/lexicon/data/noun-classes.json). */
export const CLASS_CODES: Readonly<Record<NounClass, string>> = {
  person: 'p',
  place: 'l',
  organization: 'o',
  group: 'g',
  time: 't',
  quantity: 'q',
  event: 'e',
  act: 'a',
  artifact: 'f',
  communication: 'c',
  attribute: 'b',
  state: 's',
  other: 'x',
};

/**
 * The class of each code letter. A capital letter stands for a sense in which WordNet writes the word as a name
 * ("Jersey" the island, "Fields" the comedian), of the class of its small letter.
 */
export const CLASS_OF_CODE: ReadonlyMap<string, NounClass> = new Map(
  Object.entries(CLASS_CODES).flatMap(([cls, code]) => [
    [code, cls as NounClass],
    [code.toUpperCase(), cls as NounClass],
  ]),
);
