import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import { isRelativePronoun } from '../text/functionWords.js';

/**
 * How much of the question a phrase in apposition to a candidate holds: "What is the harbour's signal?" →
 * "**three short blasts**, the harbour's signal for …", "**T** (the set of all tides …)", "the
 * way the water runs at each gate (**backflow**)", "**Ferry Link**, the service that carries …". The
 * question describes the thing it asks for in the words the sentence sets beside it, so the phrase beside it holds
 * the question's words and the answer stands apart from them (the candidates inside that phrase are near the same
 * words but restate the question). A feature of the candidate model (candidateModel.ts `appositionHeld`), fitted alone
 * (fitCandidates.ts, round 38): +0.943; SQuAD reading F1 0.5474 → 0.5486, held back 0.5726 → 0.5744, what 0.4817 →
 * 0.4834 (28 won / 16 lost).
 */

/** Words that open an apposition after a comma: a noun phrase's article or a non-restrictive relative clause. */
const OPENER = /^(?:a|an|the|which|who)$/i;

/** Marks that end the phrase in apposition. */
const STOP = new Set([',', ';', ':', '(', ')', '—', '–']);

/** The longest apposition read, in tokens. */
const SPAN = 25;

/** Parts of speech of an opening adverbial phrase ("Under Brandt, the club …", "As such, the guild …"). */
const OPENING_ADVERBIAL = new Set(['ADP', 'SCONJ', 'ADV']);

/** An abbreviation: capitals, with digits, dots or "&" ("MTM", "U.S."): in brackets it restates the words beside it. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d.&]+$/u;

/** Parts of speech that end the phrase before brackets: its clause's verb ("was **a** commune (gmina)"). */
const VERB_POS = new Set(['VERB', 'AUX']);

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
  const abbreviation = startAt === endAt && ABBREVIATION.test(tokens[startAt]!.text);
  let from = -1;
  let to = -1;
  if (next === '(' && !abbreviation) {
    from = endAt + 2;
    to = endOf(tokens, from);
  } else if (next === ',' && OPENER.test(tokens[endAt + 2]?.text ?? '') && !opensSentence(tokens, startAt)) {
    from = endAt + 2;
    to = endOf(tokens, from);
    if (clauseOfItsOwn(tokens, from, to)) return 0;
  } else if (tokens[startAt - 1]?.text === '(' && next === ')' && !abbreviation) {
    to = startAt - 2;
    from = to;
    while (from > 0 && to - from < SPAN && !STOP.has(tokens[from - 1]!.text) && !VERB_POS.has(tokens[from - 1]!.pos)) from -= 1;
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

/**
 * Whether tokens before `startAt` are an opening adverbial phrase with no verb ("Under **Brandt**, the club planned
 * …"): the phrase after its comma is the sentence's subject, no apposition.
 */
function opensSentence(tokens: readonly Token[], startAt: number): boolean {
  const first = tokens[0];
  if (!first || !(OPENING_ADVERBIAL.has(first.pos) || (first.pos === 'VERB' && /ing$/i.test(first.text)))) return false;
  for (let k = 1; k < startAt; k += 1) if (VERB_POS.has(tokens[k]!.pos)) return false;
  return true;
}

/** Whether the phrase [from, to] has a helper verb of its own outside a relative clause ("X, the gap **is** Y"). */
function clauseOfItsOwn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    if (isRelativePronoun(tokens[k]!.text)) return false;
    if (tokens[k]!.pos === 'AUX') return true;
  }
  return false;
}

/** The last token of the phrase opening at `from`: before the next stopping mark, at most SPAN tokens on. */
function endOf(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < SPAN && !STOP.has(tokens[k]!.text)) k += 1;
  return k - 1;
}
