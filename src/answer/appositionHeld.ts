import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';

/**
 * How much of the question a phrase in apposition to a candidate holds: "What is the native format …?" →
 * "**720p high definition**, the native resolution format for …", "**L** (the set of all problems …)", "the
 * direction of flow at each stroke (**counterflow**)", "**Business Connect**, the program that provides …". The
 * question describes the thing it asks for in the words the sentence sets beside it, so the phrase beside it holds
 * the question's words and the answer stands apart from them (the candidates inside that phrase are near the same
 * words but restate the question). A feature of the candidate model (candidateModel.ts `appositionHeld`).
 */

/** Words that open an apposition after a comma: a noun phrase's article or a non-restrictive relative clause. */
const OPENER = /^(?:a|an|the|which|who)$/i;

/** Marks that end the phrase in apposition. */
const STOP = new Set([',', ';', ':', '(', ')', '—', '–']);

/** The longest apposition read, in tokens. */
const SPAN = 25;

/**
 * The share of the question's term weight (`weights`, each term once, of `total`) held by the phrase in apposition to
 * tokens [startAt, endAt]: after it past a comma and an article or "which" / "who" ("X, the Y …"), inside brackets
 * after it ("X (Y …)"), or before it where it stands in brackets itself ("Y … (X)"); 0 where none.
 *
 * @example appositionHeld(tokens of "Ada saw Tolly, the old mill town.", 3, 3, { mill: 1, town: 1 }, 2) // → 1
 */
export function appositionHeld(
  tokens: readonly Token[],
  startAt: number,
  endAt: number,
  weights: ReadonlyMap<string, number>,
  total: number,
): number {
  if (startAt < 0 || endAt < startAt || total <= 0) return 0;
  const next = tokens[endAt + 1]?.text;
  let from = -1;
  let to = -1;
  if (next === '(') {
    from = endAt + 2;
    to = endOf(tokens, from);
  } else if (next === ',' && OPENER.test(tokens[endAt + 2]?.text ?? '')) {
    from = endAt + 2;
    to = endOf(tokens, from);
  } else if (tokens[startAt - 1]?.text === '(' && tokens[endAt + 1]?.text === ')') {
    to = startAt - 2;
    from = to;
    while (from > 0 && to - from < SPAN && !STOP.has(tokens[from - 1]!.text)) from -= 1;
  }
  if (from < 0 || to < from) return 0;
  const seen = new Set<string>();
  let held = 0;
  for (let k = from; k <= to; k += 1) {
    const term = termOf(tokens[k]!.text);
    if (term === null || seen.has(term)) continue;
    seen.add(term);
    held += weights.get(term) ?? 0;
  }
  return Math.min(1, held / total);
}

/** The last token of the phrase opening at `from`: before the next stopping mark, at most SPAN tokens on. */
function endOf(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < SPAN && !STOP.has(tokens[k]!.text)) k += 1;
  return k - 1;
}
