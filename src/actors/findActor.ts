import type { Actor } from './actor.js';
import { isRoleNoun } from './roles.js';
import { HONORIFICS, ROLE_MODIFIERS } from '../nlp/cueWords.js';
import { editDistance } from '../text/editDistance.js';
import { foldText } from '../text/fold.js';
import { nearestOwner, type OwnedSpelling, type SortedSpellings, sortSpellings } from '../text/nearestOwner.js';

/** Folded search keys of one actor, computed once per catalogue. */
interface Keys {
  actor: Actor;
  /** Canonical name and aliases, folded. */
  names: string[];
  /** Every word of the names. */
  nameWords: string[];
  /** Roles, folded, and every word of them. */
  roles: string[];
  roleWords: string[];
}

/** A catalogue's search keys, and the spellings its fuzzy lookup reads. */
interface Catalogue {
  keys: Keys[];
  /** The first actor (in catalogue order) with each name or alias. */
  byName: Map<string, Keys>;
  /** The one actor with each name word, or null where several have it. */
  byNameWord: Map<string, Keys | null>;
  /** Names and aliases; and those with every word of them (an actor's each once). */
  names: OwnedSpelling<Keys>[];
  spellings: OwnedSpelling<Keys>[];
  /** The same sorted, made by the warm-up or the first fuzzy lookup. */
  sorted?: { names: SortedSpellings<Keys>; spellings: SortedSpellings<Keys> };
}

const cache = new WeakMap<readonly Actor[], Catalogue>();

function catalogueOf(actors: readonly Actor[]): Catalogue {
  let catalogue = cache.get(actors);
  if (!catalogue) {
    catalogue = emptyCatalogue();
    for (const actor of actors) addActor(catalogue, actor);
    cache.set(actors, catalogue);
  }
  return catalogue;
}

function emptyCatalogue(): Catalogue {
  return { keys: [], byName: new Map(), byNameWord: new Map(), names: [], spellings: [] };
}

function addActor(catalogue: Catalogue, actor: Actor): void {
  const key = keysOfActor(actor);
  catalogue.keys.push(key);
  for (const name of key.names) if (!catalogue.byName.has(name)) catalogue.byName.set(name, key);
  for (const word of key.nameWords) catalogue.byNameWord.set(word, catalogue.byNameWord.has(word) ? null : key);
  for (const text of new Set(key.names)) catalogue.names.push({ text, owner: key });
  for (const text of new Set([...key.names, ...key.nameWords])) catalogue.spellings.push({ text, owner: key });
}

function sortedOf(catalogue: Catalogue): NonNullable<Catalogue['sorted']> {
  catalogue.sorted ??= { names: sortSpellings(catalogue.names), spellings: sortSpellings(catalogue.spellings) };
  return catalogue.sorted;
}

function keysOfActor(actor: Actor): Keys {
  const names = [actor.name, ...actor.aliases].map(foldText);
  const roles = actor.roles.map((r) => foldText(r.text));
  return {
    actor,
    names,
    nameWords: [...new Set(names.flatMap((n) => n.split(' ')))],
    roles,
    roleWords: [...new Set(roles.flatMap((r) => r.split(' ').map((w) => w.replace(/'s$/, ''))))],
  };
}

/** Actors whose keys a warm-up makes between two yields. */
const WARM_ACTORS = 64;

/**
 * Makes the folded search keys `findActor` reads for a catalogue, {@link WARM_ACTORS} actors a step (a warm-up's
 * slices), so that the first question naming a person does not (about 140 ms of CPU for 1,953 actors at 100,000
 * sentences on a loaded machine), then sorts their spellings for the fuzzy lookup in a step of its own. The keys are
 * what `findActor` would make; a lookup meanwhile makes them itself.
 */
export function* warmActorKeys(actors: readonly Actor[]): Generator<void, void, void> {
  const catalogue = emptyCatalogue();
  for (const actor of actors) {
    if (cache.has(actors)) return;
    addActor(catalogue, actor);
    if (catalogue.keys.length % WARM_ACTORS === 0) yield;
  }
  if (cache.has(actors)) return;
  yield;
  sortedOf(catalogue);
  if (!cache.has(actors)) cache.set(actors, catalogue);
}

/**
 * Finds the actor a query names: an exact name or alias (case- and diacritic-insensitive), the same without leading
 * titles ("President Marsk"), a surname that only one actor has, else the closest spelling within a small edit
 * distance ("Lutskiy", "Sorokow").
 *
 * @returns the actor, or undefined when nothing (or more than one actor equally) matches
 */
export function findActor(actors: readonly Actor[], query: string): Actor | undefined {
  const q = foldText(query).replace(/'s$/, '');
  if (!q) return undefined;
  const catalogue = catalogueOf(actors);
  const exact = catalogue.byName.get(q);
  if (exact) return exact.actor;

  // "President Marsk", "Mr. Darrow": drop leading title words.
  const words = q.split(' ');
  let from = 0;
  while (from < words.length - 1 && (isRoleNoun(words[from]!) || TITLE_MODIFIERS.has(words[from]!))) from += 1;
  const bare = words.slice(from).join(' ');
  const bareExact = catalogue.byName.get(bare);
  if (bareExact) return bareExact.actor;

  // A single word that is one actor's surname or given name.
  if (!bare.includes(' ')) {
    const byWord = catalogue.byNameWord.get(bare);
    if (byWord) return byWord.actor;
    if (byWord === null) return undefined;
  }

  // Fuzzy: the smallest edit distance to a name, an alias or a name word, if unique and small for its length.
  const allowed = bare.length <= 4 ? 1 : bare.length <= 8 ? 2 : 3;
  const sorted = sortedOf(catalogue);
  return nearestOwner(bare.includes(' ') ? sorted.names : sorted.spellings, bare, allowed)?.actor;
}

/**
 * Words read as part of a title before a name ("acting", "secretary of state", "mr"), skipped with the role nouns: the
 * words the name reader takes for a role's qualifiers, the honorifics, an article and a short rank.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([...ROLE_MODIFIERS, ...HONORIFICS, 'the', 'gen']);

/**
 * Autocomplete for an actor name: actors whose name, alias or a word of them starts with `partial`, then those with
 * a role that does ("palac" → the Palace spokesman), then near spellings of a name word; most mentioned first within
 * each rank. An empty `partial` lists the most mentioned actors. Takes well under a millisecond for a few hundred
 * actors (search keys are folded once per catalogue).
 */
export function suggestActors(actors: readonly Actor[], partial: string, limit = 25): Actor[] {
  const q = foldText(partial);
  const { keys } = catalogueOf(actors);
  if (!q) return [...actors].sort(byMentions).slice(0, limit);
  const scored: { actor: Actor; score: number }[] = [];
  for (const k of keys) {
    let score = 0;
    if (k.names.some((n) => n.startsWith(q))) score = 100;
    else if (k.nameWords.some((w) => w.startsWith(q))) score = 80;
    else if (k.roles.some((r) => r.startsWith(q))) score = 60;
    else if (k.roleWords.some((w) => w.startsWith(q))) score = 50;
    else if (q.length >= 3 && k.names.some((n) => n.includes(q))) score = 40;
    else if (q.length >= 4 && k.nameWords.some((w) => editDistance(q, w.slice(0, q.length), 1) <= 1)) score = 30;
    if (score > 0) scored.push({ actor: k.actor, score });
  }
  scored.sort((a, b) => b.score - a.score || byMentions(a.actor, b.actor));
  return scored.slice(0, limit).map((s) => s.actor);
}

function byMentions(a: Actor, b: Actor): number {
  return b.mentions - a.mentions || a.name.localeCompare(b.name);
}
