import { termOf } from '../search/terms.js';
import type { Token } from '../nlp/entities.js';

/** A stretch of a sentence: a candidate's, or a run of the words of the member a question names. */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * The members a question names beside the one it asks for: "Along with X, what …", "Besides X, which …", "… besides X
 * **that** …", "Along with X, Y and Z, in what …": up to a comma before a question word (or an article or pronoun), a
 * question word, "that" or a verb that asks ("did", "was", …).
 */
const NAMED_AFTER =
  /\b(?:along\s+with|besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than|together\s+with|alongside)\s+(.+?)(?=\s*,\s*(?:(?:\S+\s+){0,2}?(?:what|which|who|whom|whose|why|how|when|where)|the|a|an|his|her|its|their|it|they|he|she)\b|\s*[;?]|\s+(?:what|which|who|whom|whose|why|how|when|where|that|did|does|do|was|were|is|are|has|have|had|can|could|will|would|may|might)\b|$)/i;

/** "X and what other …", "X and which …": the member named before "and" and the question word. */
const NAMED_BEFORE = /(?:^|,\s*)([^,]+?)\s+(?:and|or)\s+(?:what|which|who)\b/i;

/** The words of a question before the member it names that are not part of it ("In 1990, **did** …"). */
const QUESTION_OPENING = /^\W*(?:what|which|who|whom|how|when|where|why|did|does|do|was|were|is|are|has|have|had|can|could)\b\s*/i;

/**
 * The members a question names beside the one it asks for ("Along with **Alder Vale**, what other town …?", "**Alder
 * Vale** and what other town …?", "Besides **A** and **B**, …"), each as its terms, or undefined for a question that
 * names none: its answer stands in a list beside them, not one of them.
 */
export function namedMembers(question: string): Set<string>[] | undefined {
  const before = NAMED_BEFORE.exec(question)?.[1]?.replace(QUESTION_OPENING, '');
  const named = NAMED_AFTER.exec(question)?.[1] ?? (before ? afterLastPreposition(before) : undefined);
  if (!named) return undefined;
  const members = named
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((part) => new Set(part.split(/[^\p{L}\p{N}'-]+/u).flatMap((w) => termOf(w) ?? [])))
    .filter((terms) => terms.size > 0);
  return members.length > 0 ? members : undefined;
}

/**
 * The words after a question's last preposition, article or owner ("merged with **Alder Works**", "a town's
 * **harbour**"): the member it names before "and what".
 */
function afterLastPreposition(text: string): string {
  const words = text.split(/\s+/);
  const last = words.findLastIndex((w) => MEMBER_OPENER.test(w) || /['’]s$/.test(w));
  return words.slice(last + 1).join(' ');
}

/** Words after which a member's name begins: a preposition or an article. */
const MEMBER_OPENER = /^(?:with|for|between|into|from|to|by|in|on|at|than|the|a|an|his|her|its|their)$/i;

/**
 * What joins two members of a list, after a member's short form in brackets or not ("Alder Works (AW) and …"): a
 * comma, "and", "or", "as well as", "along with" or "together with", a comma before one; "the", "a" or "an" may open
 * the next member.
 */
const MEMBER_JOINER = /^(?:\([^()]{1,12}\)\s*)?(?:,|,?\s*(?:and|or|as\s+well\s+as|along\s+with|together\s+with))(?:\s+(?:the|a|an))?$/i;

/**
 * Which of a sentence's candidate spans stand in one list with the member a question names (`named`, its terms),
 * joined to it by commas, "and", "or", "as well as" (directly or through other members: "X, B and **C**"), and
 * do not overlap it: the co-members the question asks for.
 */
export function coMembersOf(
  text: string,
  tokens: readonly Token[],
  spans: readonly Stretch[],
  named: readonly ReadonlySet<string>[],
): Set<number> {
  const runs = namedRuns(tokens, named);
  if (runs.length === 0) return new Set();
  const all: Stretch[] = [...runs, ...spans];
  const joiner = (a: Stretch, b: Stretch) =>
    b.start >= a.end && b.start - a.end <= 20 ? MEMBER_JOINER.exec(text.slice(a.end, b.start).trim()) : null;

  const overlapsRun = (s: Stretch) => runs.some((r) => r.start < s.end && s.start < r.end);
  // A candidate holding the named member ("the X **River**") links the list as the member does.
  const reached = new Set<number>(all.flatMap((s, k) => (k < runs.length || overlapsRun(s) ? [k] : [])));
  const queue = [...reached];
  while (queue.length > 0) {
    const a = all[queue.pop()!]!;
    all.forEach((b, k) => {
      const by = reached.has(k) ? null : (joiner(a, b) ?? joiner(b, a));
      if (by) {
        reached.add(k);
        queue.push(k);
      }
    });
  }
  // A list closes with a word that joins ("and", "or", "as well as"): a comma alone sets off other things ("Besides X, B …").
  const inList = [...reached].map((k) => all[k]!);
  const byWord = (a: Stretch, b: Stretch) => /\p{L}/u.test(joiner(a, b)?.[0].replace(/\([^()]*\)|\b(?:the|an?)$/g, '') ?? '');
  const out = new Set<number>();
  // (Three members or more by commas alone are a list: "A, B, C".)
  if (inList.length < 3 && !inList.some((a) => inList.some((b) => byWord(a, b)))) return out;
  spans.forEach((s, k) => {
    if (reached.has(runs.length + k) && !overlapsRun(s)) out.add(k);
  });
  return out;
}

/**
 * The runs of a sentence's words that name a named member: words of its terms, stop words between them ("arguments
 * **with** Rome"; not "and", "or": they join members), holding half its terms or more (not "5" alone of "Radio 5").
 */
function namedRuns(tokens: readonly Token[], named: readonly ReadonlySet<string>[]): Stretch[] {
  const all = new Set(named.flatMap((m) => [...m]));
  const runs: Stretch[] = [];
  let run: { start: number; end: number; terms: Set<string> } | undefined;
  const close = () => {
    if (run && named.some((m) => [...m].filter((t) => run!.terms.has(t)).length * 2 >= m.size))
      runs.push({ start: run.start, end: run.end });
    run = undefined;
  };
  for (const t of tokens) {
    const term = termOf(t.text);
    if (term !== null && all.has(term)) {
      if (run) {
        run.end = t.end;
        run.terms.add(term);
      } else run = { start: t.start, end: t.end, terms: new Set([term]) };
    } else if (term !== null || !/^\p{L}/u.test(t.text) || /^(?:and|or)$/i.test(t.text)) close();
  }
  close();
  return runs;
}
