import { termOf } from '../search/terms.js';
import type { Token } from '../nlp/entities.js';

/** A stretch of a sentence: a candidate's, or a run of the words of the member a question names. */
export interface Span {
  start: number;
  end: number;
}

/** The member a question names beside the one it asks for: "Along with X, what …", "Besides X, which …", "… X besides?". */
const NAMED_AFTER =
  /\b(?:along\s+with|besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than|together\s+with|alongside)\s+(.+?)(?=\s*,|\s+(?:what|which|who)\b|\s*\?|$)/i;

/** "X and what other …", "X and which …": the member named before "and" and the question word. */
const NAMED_BEFORE = /(?:^|,\s*)([^,]+?)\s+(?:and|or)\s+(?:what|which|who)\b/i;

/** The words of a question before the member it names that are not part of it ("In 1990, **did** …"). */
const QUESTION_OPENING = /^\W*(?:what|which|who|whom|how|when|where|why|did|does|do|was|were|is|are|has|have|had|can|could)\b\s*/i;

/**
 * The terms of the member a question names beside the one it asks for ("Along with **Alder Vale**, what other town
 * …?", "**Alder Vale** and what other town …?"), or undefined for a question that names none: its answer stands
 * in a list beside that member, not the member itself.
 */
export function namedMemberTerms(question: string): Set<string> | undefined {
  const named = NAMED_AFTER.exec(question)?.[1] ?? NAMED_BEFORE.exec(question)?.[1]?.replace(QUESTION_OPENING, '');
  if (!named) return undefined;
  const terms = named
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => termOf(w))
    .filter((t): t is string => t !== null);
  return terms.length > 0 && terms.length <= 6 ? new Set(terms) : undefined;
}

/**
 * What joins two members of a list: a comma, "and", "or", "as well as", "along with" or "together with", a comma
 * before one; "the", "a" or "an" may open the next member.
 */
const MEMBER_JOINER = /^(?:,|,?\s*(?:and|or|as\s+well\s+as|along\s+with|together\s+with))(?:\s+(?:the|a|an))?$/i;

/**
 * Which of a sentence's candidate spans stand in one list with the member a question names (`named`, its terms),
 * joined to it by commas, "and", "or", "as well as" (directly or through other members: "X, B and **C**"), and
 * do not overlap it: the co-members the question asks for.
 */
export function coMembersOf(text: string, tokens: readonly Token[], spans: readonly Span[], named: ReadonlySet<string>): Set<number> {
  const runs = namedRuns(tokens, named);
  if (runs.length === 0) return new Set();
  const all: Span[] = [...runs, ...spans];
  const linked = (a: Span, b: Span) => b.start >= a.end && b.start - a.end <= 20 && MEMBER_JOINER.test(text.slice(a.end, b.start).trim());
  const overlapsRun = (s: Span) => runs.some((r) => r.start < s.end && s.start < r.end);
  // A candidate holding the named member ("the X **River**") links the list as the member does.
  const reached = new Set<number>(all.flatMap((s, k) => (k < runs.length || overlapsRun(s) ? [k] : [])));
  const queue = [...reached];
  while (queue.length > 0) {
    const a = all[queue.pop()!]!;
    all.forEach((b, k) => {
      if (!reached.has(k) && (linked(a, b) || linked(b, a))) {
        reached.add(k);
        queue.push(k);
      }
    });
  }
  const out = new Set<number>();
  spans.forEach((s, k) => {
    if (reached.has(runs.length + k) && !overlapsRun(s)) out.add(k);
  });
  return out;
}

/** The runs of consecutive tokens whose terms are all the named member's. */
function namedRuns(tokens: readonly Token[], named: ReadonlySet<string>): Span[] {
  const runs: Span[] = [];
  let run: Span | undefined;
  for (const t of tokens) {
    const term = termOf(t.text);
    if (term !== null && named.has(term)) {
      if (run) run.end = t.end;
      else runs.push((run = { start: t.start, end: t.end }));
    } else run = undefined;
  }
  return runs;
}
