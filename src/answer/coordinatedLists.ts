import type { Token } from '../nlp/entities.js';
import type { Mention } from './mentions.js';

/**
 * What may stand between the members of a list: a comma, "and", "or", or a comma before either; then "the" where a
 * member's name takes it and the tagger left it out ("A, **the** B and **the** C"), but not after a comma and "and":
 * ", and the …" as often opens a clause ("… met in A, and the B will …"). A capital "The" opens a title's member ("The
 * Tide Hour and **The** Night Pier"; SQuAD reading 4 won, none lost).
 */
const LIST_JOINER = /^(?:\s*,\s*(?:[Tt]he\s+)?|\s*,?\s+(?:and\/or|and|or)\s+|\s+(?:and\/or|and|or)\s+[Tt]he\s+)$/;

/**
 * "and" or "or" before a member opening with "a", "an" or a possessive ("tallow **or a** brazier", "the guild **and its**
 * members"; the chunks leave those words out): a joiner of common phrases ({@link coordinated}'s `determined`). Among names
 * it joins a person to those around them ("Ada Vell and her crew"), no peer of theirs.
 */
const DETERMINED_JOINER = /^\s+(?:and\/or|and|or)\s+(?:an?|its|his|her|their)\s+$/;

/** A joiner that closes a list: "and", "or" or "and/or", after a comma or not, before "the" or not. */
const LAST_JOINER = /\b(?:and|or)\s+(?:(?:[Tt]he|an?|its|his|her|their)\s+)?$/;

/**
 * An abbreviation in brackets after a member ("the Harbour Trust (HT) and …"): no break in a list. With "and/or" as a
 * joiner, SQuAD reading F1 0.53729 → 0.53743 (4 won / 1 lost); any short aside in brackets instead ("(the lower house)")
 * 4 won / 4 lost.
 */
const GLOSS = /^\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,7}\)/u;

/** "and" or "or" inside a member: the chunker joined two nouns by it ("electrical power **and** life support"). */
const INNER_JOINER = /\s(?:and|or)\s/;

/**
 * Lists of the mentions a sentence gives side by side ("A, B and C", "A or B"), each as one more mention
 * of the first one's type: many questions ask for all of them ("Which two rivers meet here?"). A list closes
 * with "and" or "or" before its last member, or inside it when that member is itself two nouns joined by one
 * ("bread, **fresh fruit and cold milk**": the comma runs open the list the last member closes). Given the sentence's
 * tokens, a list followed by nouns is shown with them ({@link headEnd}). With `outer`, the lists of the outermost
 * mentions as well: a mention inside another ("rope" of "rope making") breaks the run it stands in ("rope making, sail
 * and mast repair, and boat building", where the inner ones make two lists of two). Offered only where the question
 * asks for several things (extractAnswer `listsIn`), their count held only guarded (listHeld.ts `listHeldIn`): SQuAD
 * reading F1 0.54706 → 0.54722, held back 0.57229 → 0.57260 (6 won, 2 lost); eval:refusal near unchanged. Offered only
 * where a count or a plural focus noun asks for several (not "What are …", nor a count elsewhere): 0.54721, held back
 * 0.57253 (one won, one lost against that). With `determined`, a member may open with "a", "an" or a possessive after
 * the joiner ({@link DETERMINED_JOINER}).
 */
export function coordinated(
  text: string,
  mentions: readonly Mention[],
  tokens?: readonly Token[],
  outer = false,
  determined = false,
): Mention[] {
  if (mentions.length < 2) return [];
  const members = mentions.some((m) => opensList(text, m) || glossed(text, m))
    ? mentions.filter((m) => !opensList(text, m) && !glossed(text, m))
    : mentions;
  const sorted = inOrder(members) ? members : byStart(members);
  const out = runLists(text, sorted, tokens, determined);
  const outside = outer ? outermost(sorted) : sorted;
  if (outside !== sorted)
    for (const list of runLists(text, outside, tokens, determined))
      if (!out.some((l) => l.start === list.start && l.end === list.end)) out.push({ ...list, outer: true });
  return out;
}

/** The lists the runs of `sorted` (mentions in the order of their starts) make: {@link coordinated}. */
function runLists(text: string, sorted: readonly Mention[], tokens: readonly Token[] | undefined, determined: boolean): Mention[] {
  const out: Mention[] = [];
  let from = 0;
  for (let i = 1; i <= sorted.length; i += 1) {
    const prev = sorted[i - 1]!;
    const next = sorted[i];
    // A run that "and"/"or" has closed takes no more members (", the pilots said" after "A, B and C").
    const closed = i - from >= 2 && LAST_JOINER.test(joinerOf(text, sorted[i - 2]!, prev));
    if (
      next &&
      !closed &&
      next.start >= shownEnd(prev) &&
      mayJoin(text, shownEnd(prev), next.start) &&
      joins(joinerOf(text, prev, next), determined)
    )
      continue;
    // The run from..i-1 ends here: a list when it has two members or more and its last joiner, or its last member, closes it.
    if (i - from >= 2 && closesList(joinerOf(text, sorted[i - 2]!, prev), text.slice(prev.start, prev.end))) {
      const first = sorted[from]!;
      const list: Mention = { type: first.type, text: text.slice(first.start, prev.end), start: first.start, end: prev.end };
      // (A last member shown with the focus noun already ends in the head the members share.)
      const last = shownEnd(prev);
      const end = tokens && last === prev.end ? headEnd(text, tokens, last) : last;
      out.push(end > prev.end ? { ...list, shown: { start: first.start, end } } : list);
    }
    from = i;
  }
  return out;
}

/**
 * The mentions (in the order of their starts) that lie inside no other one, the later of two of one start; `sorted`
 * itself when none lies inside another (most sentences: no copy made).
 */
function outermost(sorted: readonly Mention[]): readonly Mention[] {
  if (!sorted.some((m, k) => k > 0 && (m.end <= sorted[k - 1]!.end || m.start === sorted[k - 1]!.start))) return sorted;
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.end <= last.end) continue;
    if (last && m.start === last.start) out[out.length - 1] = m;
    else out.push(m);
  }
  return out;
}

/** Whether a mention is an abbreviation in brackets ("(**HT**)"): a gloss of the member before it, no member itself. */
function glossed(text: string, m: Mention): boolean {
  return text[m.start - 1] === '(' && GLOSS.test(text.slice(m.start - 1));
}

/** What stands between two members, a short gloss in brackets after the first left out ("(HT)"). */
function joinerOf(text: string, a: Mention, b: Mention): string {
  return text.slice(shownEnd(a), b.start).replace(GLOSS, '');
}

/**
 * Where a member ends as shown: past the focus noun a name was measured without ("the **Ash** Mill and **Elm** Mill"
 * for "Which mills …" are members "Ash" and "Elm" shown as "Ash Mill" and "Elm Mill"), so the noun between two members
 * is no break in their list.
 */
function shownEnd(m: Mention): number {
  return m.shown && m.shown.start >= m.start && m.shown.end > m.end ? m.shown.end : m.end;
}

/**
 * Where a list's answer ends: past the nouns right after its last member, the head its members share or the rest of
 * the last one's name ("the Ash and Elm **mills**", "the dry cell and the wet **cell**"), which the chunks stopped
 * short of. Only shown so (`Mention.shown`), the list ranked as its members make it: SQuAD reading F1 0.53586 →
 * 0.53594, EM +3, held back 0.56354 → 0.56371 (12 won / 10 lost). As the list's own span it lost (0.5355, held back
 * 0.5629, 11 won / 17 lost): a list ending in a place noun outranked names for where-questions, and a head noun the
 * question writes read as the question naming another member. Never a proper noun after a common one: a name after the
 * head opens something else ("the Orsk and Velden dialects **Tama** and …").
 */
function headEnd(text: string, tokens: readonly Token[], end: number): number {
  let k = tokens.findIndex((t) => t.start >= end);
  let out = end;
  let common = false;
  while (
    k >= 0 &&
    k < tokens.length &&
    (tokens[k]!.pos === 'NOUN' || (tokens[k]!.pos === 'PROPN' && !common)) &&
    /^\s+$/.test(text.slice(out, tokens[k]!.start))
  ) {
    common ||= tokens[k]!.pos === 'NOUN';
    out = tokens[k]!.end;
    k += 1;
  }
  return out;
}

/**
 * A word that, after "for" and before a comma, opens a list rather than joins it ("for **example**, heat and light"; one
 * SQuAD reading question won, none lost). "such as", "including", "e.g." make no mention the list could take.
 */
const OPENER = /^(?:example|instance)$/i;

/** Whether a mention is the noun of an opener ("for example,", "for instance,"): no member of the list it opens. */
function opensList(text: string, m: Mention): boolean {
  return OPENER.test(m.text) && /\bfor\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/** Whether the text between two members joins them: a {@link LIST_JOINER}, or with `determined` a {@link DETERMINED_JOINER}. */
function joins(joiner: string, determined: boolean): boolean {
  return LIST_JOINER.test(joiner) || (determined && DETERMINED_JOINER.test(joiner));
}

/** Whether a list's last joiner and last member close it: "and"/"or" before the member, or a comma and one inside it. */
function closesList(joiner: string, last: string): boolean {
  return LAST_JOINER.test(joiner) || (joiner.includes(',') && INNER_JOINER.test(last));
}

/**
 * Whether the text between two mentions may be a {@link LIST_JOINER}: none of its characters is an ASCII one that no
 * joiner holds (anything but a space, a comma and the letters of "and", "or", "the"). Most mentions stand with other
 * words between them, and the joiner's test read a piece of the text cut for each pair of them; a character outside
 * ASCII is left to the test. With `byStart`: answerReplay at 100k, 2,000 SQuAD questions, first pass (the sampling heap
 * profiler) 732–737 → 715 MB, `coordinated` and its sorts 22.1 → 9.0 MB; answers hash identical.
 */
function mayJoin(text: string, from: number, to: number): boolean {
  // A gloss in brackets right after the first member is left to the test ("(HT)").
  let first = from;
  while (first < to && (text.charCodeAt(first) <= 32 || text.charCodeAt(first) === 160)) first += 1;
  if (text.charCodeAt(first) === 40) return true;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c < 128 && JOINER_CHARS[c] === 0) return false;
  }
  return true;
}

/**
 * The ASCII characters a {@link LIST_JOINER} or a {@link DETERMINED_JOINER} may hold, by code: white space, ",", "/", and
 * the letters of "and", "or", "[Tt]he", "its", "his", "her", "their".
 */
const JOINER_CHARS = (() => {
  const out = new Uint8Array(128);
  for (const c of ' \t\n\v\f\r,/andorTtheisr') out[c.charCodeAt(0)] = 1;
  return out;
})();

/**
 * The mentions in the order of their starts, ties in their order (as a stable sort leaves them): an insertion sort into
 * one new list, the mentions being nearly in order, where `[...members].sort` made a copy and the sort a work list.
 */
function byStart(mentions: readonly Mention[]): Mention[] {
  const out = new Array<Mention>(mentions.length);
  for (let k = 0; k < mentions.length; k += 1) {
    const m = mentions[k]!;
    let j = k;
    while (j > 0 && out[j - 1]!.start > m.start) {
      out[j] = out[j - 1]!;
      j -= 1;
    }
    out[j] = m;
  }
  return out;
}

/** Whether mentions stand in the order of their starts (a stable sort would leave them as they are). */
function inOrder(mentions: readonly Mention[]): boolean {
  for (let k = 1; k < mentions.length; k += 1) if (mentions[k]!.start < mentions[k - 1]!.start) return false;
  return true;
}

/** "the" right before a member. */
const THE_BEFORE = /\bthe\s+$/i;

/** An article, or a small word that points or owns ("this", "their"), right before a phrase. */
const DETERMINER_BEFORE = /\b(?:the|an?|this|that|these|those|its|his|her|their|our|my|your)\s+$/i;

/** Whether a mention is a common phrase in small letters with no article, pointing or owning word before it. */
function bareCommon(text: string, m: Mention): boolean {
  return /^\p{Ll}/u.test(text.slice(m.start, m.end)) && !DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * Whether a list reads as things of one kind side by side: not two members joined by a comma before "and"/"or" ("the
 * bridge held, and the river fell" joins clauses; a last member itself two nouns joined by one is a third member), and its members all names or all common phrases, by their first
 * word past an article ("a storm, Ada Vell and the mayor" mixes them); a member opening the sentence or a figure says
 * neither. `members` are the mentions the list was made of.
 */
export function alikeList(text: string, list: Mention, members: readonly Mention[]): boolean {
  const inside = members.filter((m) => m.start >= list.start && m.end <= list.end);
  if (inside.length === 2 && text.slice(inside[0]!.end, inside[1]!.start).includes(',') && !INNER_JOINER.test(inside[1]!.text))
    return false;
  // A common phrase with no article before it ("fishing nets") beside one after "the" ("… and **the** roof of the old
  // boathouse"): a thing named in general beside a particular one, no two things of one kind.
  if (
    inside.length >= 2 &&
    bareCommon(text, inside[0]!) &&
    inside.some((m, k) => k > 0 && THE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)))
  )
    return false;
  let names = 0;
  let phrases = 0;
  for (const m of inside) {
    const first = /^(?:(?:the|a|an)\s+)?(\p{L})/iu.exec(text.slice(m.start, m.end))?.[1];
    if (m.start === 0 || first === undefined) continue;
    if (/\p{Lu}/u.test(first)) names += 1;
    else phrases += 1;
  }
  return names === 0 || phrases === 0;
}
