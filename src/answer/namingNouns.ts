/**
 * Nouns that name a name or a kind ("the name of …", "a kind of …"): a question asks an answer's name by them, not its
 * kind (extractAnswer.ts `namedFocus`), and a description whose noun is one says nothing without the words after it
 * ("the name given to …": defineThing.ts).
 */
export const NAMING_NOUN = /^(?:name|names|title|titles|term|terms|type|types|kind|kinds|sort|sorts|form|forms|variety|varieties)$/;
