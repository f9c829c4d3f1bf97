import type { Token } from '../nlp/entities.js';

/** A word that may stand between two adjectives of a series: a comma, "and" or "or". */
const SERIES_JOINER = /^(?:,|and|or)$/i;

/** "and" or "or": the joiner a series of adjectives closes with. */
const AND_OR = /^(?:and|or)$/i;

/**
 * The joiners of adjectives that share the noun after them ("**dry and stony** fields",
 * "rural**,** coastal**, and** upland parishes"), marked 1: they hold one noun phrase together, as "of" does.
 * A series is two adjectives or more, joined by commas, "and" or "or", the last joiner an "and" or an "or", then a
 * noun (adjectives may stand before it). Adjectives no noun follows ("cold, wet and windy.") are no series.
 */
export function adjectiveSeriesLinks(tokens: readonly Token[]): Uint8Array {
  const links = new Uint8Array(tokens.length);
  let k = 0;
  while (k < tokens.length) {
    if (tokens[k]!.pos !== 'ADJ') {
      k += 1;
      continue;
    }
    // Adjective, joiners, adjective, …: where the series' joiners lie and whether its last joiner is "and"/"or".
    const joiners: number[] = [];
    let closed = false;
    let last = k;
    let n = k + 1;
    for (;;) {
      let m = n;
      const here: number[] = [];
      while (m < tokens.length && SERIES_JOINER.test(tokens[m]!.text) && here.length < 2) here.push(m++);
      if (here.length === 0 || tokens[m]?.pos !== 'ADJ') break;
      joiners.push(...here);
      closed = here.some((j) => AND_OR.test(tokens[j]!.text));
      last = m;
      n = m + 1;
    }
    let head = last + 1;
    while (tokens[head]?.pos === 'ADJ') head += 1;
    const noun = tokens[head]?.pos;
    if (closed && (noun === 'NOUN' || noun === 'PROPN')) for (const j of joiners) links[j] = 1;
    k = last + 1;
  }
  return links;
}
