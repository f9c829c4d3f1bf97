import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';

/**
 * The words that tell a name's role, read from the tokens around it: where a sentence names several holders of one
 * role, each with what they hold it in ("Ada Vell, chair of the harbour board, and Ivo Brandt, chair of the ferry
 * trust", "Orla Tellin (warden of the north gate) and Jan Orr (warden of the river gate)"), the one a
 * who-question asks for is the one whose role phrase holds the question's words ("Who was the chair of the ferry
 * trust?"), not the first or the nearest to them. The role phrase is the apposition after the name (past a comma),
 * the bracket right after it, the phrase after "as" right after it ("hired Dorn Vekla as night editor of the Courier"),
 * or the title before it back to the mark that opens it ("ferry trust chair Ivo Brandt").
 */

/** Marks that end a role phrase. */
const STOP = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?', '"', '“', '”']);

/** The most words a role phrase is read over. */
const SPAN = 12;

/** Parts of speech that end a role phrase outside a bracket: the clause's own verb ("Ada Vell, chair of the board, **said**"). */
const CLAUSE_VERB = new Set(['VERB', 'AUX']);

/**
 * The tokens [from, to] of the role phrase after the name ending at `endAt`: a bracket to its close, or an apposition
 * or an "as" phrase to the next mark or verb; undefined where none follows.
 */
function phraseAfter(tokens: readonly Token[], endAt: number): [number, number] | undefined {
  const next = tokens[endAt + 1]?.text.toLowerCase();
  if (next !== ',' && next !== '(' && next !== 'as') return undefined;
  const bracket = next === '(';
  const from = endAt + 2;
  let to = from - 1;
  while (to + 1 < tokens.length && to + 1 - from < SPAN) {
    const t = tokens[to + 1]!;
    if (STOP.has(t.text) || (!bracket && CLAUSE_VERB.has(t.pos))) break;
    to += 1;
  }
  return to >= from ? [from, to] : undefined;
}

/** What a title before a name may hold: articles, describing words, names, figures, the owner's "'s" ("the Orsk ferry trust's chair"). */
const TITLE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/** Words a title may hold besides TITLE_WORDS: "of" and a bracket ("the (old) Orsk guild"). */
const TITLE_LINK = /^(?:of|\(|\))$/i;

/**
 * The tokens [from, to] of the title before the name opening at `startAt`, back over TITLE_WORDS and TITLE_LINK, past
 * the comma that sets the name off after it ("The last warden of the Orsk guild, Ada Vell, …").
 */
function phraseBefore(tokens: readonly Token[], startAt: number): [number, number] | undefined {
  const to = tokens[startAt - 1]?.text === ',' ? startAt - 2 : startAt - 1;
  let from = to + 1;
  while (from - 1 >= 0 && to - (from - 1) < SPAN) {
    const t = tokens[from - 1]!;
    if (!TITLE_WORDS.has(t.pos) && !TITLE_LINK.test(t.text)) break;
    from -= 1;
  }
  return to >= from ? [from, to] : undefined;
}

/**
 * The summed weight (`weights`, each term once) of the question's terms that the role phrases beside the name of tokens
 * [startAt, endAt] hold, besides the role's own term (`roleTerm`) and the name's own terms; 0 where they hold none.
 *
 * @example roleWordsHeld(tokens of "Ada Vell, chair of the ferry trust, spoke.", 0, 1, { ferry: 2, trust: 1, chair: 1 }, 'chair') // → 3
 */
export function roleWordsHeld(
  tokens: readonly Token[],
  startAt: number,
  endAt: number,
  weights: ReadonlyMap<string, number>,
  roleTerm: string,
): number {
  if (startAt < 0 || endAt < startAt) return 0;
  const own = new Set<string>([roleTerm]);
  for (let k = startAt; k <= endAt; k += 1) {
    const term = termOf(tokens[k]!.text);
    if (term !== null) own.add(term);
  }
  let held = 0;
  for (const range of [phraseAfter(tokens, endAt), phraseBefore(tokens, startAt)]) {
    if (range === undefined) continue;
    for (let k = range[0]; k <= range[1]; k += 1) {
      const term = termOf(tokens[k]!.text);
      if (term === null || own.has(term)) continue;
      own.add(term);
      held += weights.get(term) ?? 0;
    }
  }
  return held;
}
