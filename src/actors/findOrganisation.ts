import { editDistance } from '../text/editDistance.js';
import { foldText } from '../text/fold.js';
import { organisationKey, type Organisation } from './organisations.js';

/** Folded search keys of one organisation: every spelling, folded and reduced ("the Kestrel Corp" → "kestrel"). */
interface Keys {
  organisation: Organisation;
  names: string[];
  words: string[];
}

const cache = new WeakMap<readonly Organisation[], Keys[]>();

function keysOf(organisations: readonly Organisation[]): Keys[] {
  let keys = cache.get(organisations);
  if (!keys) {
    keys = organisations.map((organisation) => {
      const spellings = [organisation.name, ...organisation.aliases];
      const names = [...new Set([...spellings.map(foldText), ...spellings.map(organisationKey)])];
      return { organisation, names, words: [...new Set(names.flatMap((n) => n.split(' ')))] };
    });
    cache.set(organisations, keys);
  }
  return keys;
}

/**
 * Finds the organisation a query names: a spelling or an acronym (case- and diacritic-insensitive, with or without
 * "the" and a legal suffix: "kestrel corporation" finds "Kestrel Corp"), else the closest spelling within a small edit
 * distance.
 *
 * @returns the organisation, or undefined when nothing (or more than one equally) matches
 */
export function findOrganisation(organisations: readonly Organisation[], query: string): Organisation | undefined {
  const q = organisationKey(query);
  if (!q) return undefined;
  const keys = keysOf(organisations);
  const exact = keys.find((k) => k.names.includes(q) || k.names.includes(foldText(query)));
  if (exact) return exact.organisation;
  let best: { key: Keys; d: number } | undefined;
  let tie = false;
  for (const k of keys) {
    let d = Infinity;
    for (const n of k.names) d = Math.min(d, editDistance(q, n, 3));
    if (!best || d < best.d) {
      best = { key: k, d };
      tie = false;
    } else if (d === best.d) tie = true;
  }
  if (!best || tie) return undefined;
  const allowed = q.length <= 4 ? 0 : q.length <= 8 ? 1 : 2;
  return best.d <= allowed ? best.key.organisation : undefined;
}

/**
 * Organisations whose spelling or a word of it starts with `partial`, then those whose spelling contains it, then near
 * spellings of a word; most mentioned first within each rank. An empty `partial` lists the most mentioned.
 */
export function suggestOrganisations(organisations: readonly Organisation[], partial: string, limit = 25): Organisation[] {
  const q = foldText(partial);
  if (!q) return organisations.slice(0, limit);
  const scored: { organisation: Organisation; score: number }[] = [];
  for (const k of keysOf(organisations)) {
    let score = 0;
    if (k.names.some((n) => n.startsWith(q))) score = 100;
    else if (k.words.some((w) => w.startsWith(q))) score = 80;
    else if (q.length >= 3 && k.names.some((n) => n.includes(q))) score = 40;
    else if (q.length >= 4 && k.words.some((w) => editDistance(q, w.slice(0, q.length), 1) <= 1)) score = 30;
    if (score > 0) scored.push({ organisation: k.organisation, score });
  }
  // The catalogue is in mention order already: a stable sort keeps it within a rank.
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.organisation);
}
