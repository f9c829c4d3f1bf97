import type { Token } from '../nlp/entities.js';
import { isRelativePronoun, SUBJECT_RELATIVES } from '../text/functionWords.js';

/** Tags after which a clause ends and another begins: a new clause has a verb of its own. */
const CLAUSE_BREAK_POS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

/** A plural noun written with a final "s" (not "-ss": "glass", "press"). */
const PLURAL_NOUN = /[^s]s$/i;

/** A word in small letters only (a capitalised one is a name's word: "Tolly **Mills**"). */
const LOWER_WORD = /^\p{Ll}+$/u;

/** A word in small letters ending in a verb's "-s" ("the mill **supplies** the town"). */
const LOWER_S_FORM = /^\p{Ll}+[^s]s$/u;

/** What follows a verb's base form that opens the clause's object ("lack **cabins**", "use **the** …"). */
const AFTER_BASE_FORM: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** What follows a verb's "-s" form: no noun, which would make the "-s" word the plural head of a compound. */
const AFTER_S_FORM: ReadonlySet<string> = new Set(['ADJ', 'DET', 'NUM', 'PRON']);

/**
 * What follows a verb's "-s" form right after a question's "what": an object or a place too, since a question needs a
 * verb and there is none ahead ("What **flows** between the weirs?", "What **powers** Velden?"); not "of" ("what kinds of"), nor
 * a noun ("What states border …": the "-s" word heads the phrase).
 */
const AFTER_WH_S_FORM: ReadonlySet<string> = new Set([...AFTER_S_FORM, 'PROPN', 'ADP']);

/** A question word that may be a clause's subject ("**What** drives the mill?"). */
const WH_SUBJECT = /^(?:what|which)$/i;

/** "what kinds **of**": the "-s" word is a noun. */
const OF = /^of$/i;

/** The word of an infinitive ("to **swim**"). */
const TO = /^to$/i;

/**
 * Words tagged ADJ that follow a plural head noun, not a verb ("harbour towns **such** as"); a relative word after the
 * noun is checked apart ("ferry toll waivers **that** …").
 */
const NOT_AFTER_VERB = /^(?:such)$/i;

/**
 * The tokens of a sentence that are the verb of a clause the tagger read as a noun (1), the rest 0, or undefined when
 * there is none. In a clause with no verb but a "to" infinitive or an "-ing" form, the word read as a noun right after
 * the subject is its verb: a base form after a plural noun ("Coastal ferries **lack** cabins", "Most mills **use**
 * the river"), or an "-s" form after a singular noun that an article, a describing word, a figure or a pronoun follows
 * ("Their theory **addresses** practical problems"). The tagger reads such a clause as one long noun phrase; the
 * phrase chunker cuts it at the verb, and `clauseRoles` reads it as the question's verb where the question uses it. SQuAD
 * reading F1 0.5501 → 0.5505, what 0.4849 → 0.4857, held back 0.5757 → 0.5761 (12 won, 1 lost: a who-answer moved by
 * a verb now read right, "Velden **fields** strong teams"). A clause opens the sentence or follows a mark, a subordinating or a relative
 * word, not a joining one: the phrase after "or" in "offered the choice of its farms or its mills" shares the
 * clause's verb. For a question (`question`), a "what" or "which" opening it is a singular subject too: "What
 * **drives** the mill wheels?" asks what does the driving; its focus is no noun "drives" (questionFrame.ts `focusPhrase`).
 * SQuAD reading F1 0.5526 → 0.5527, what 0.4865 → 0.4869, held back 0.5775 → 0.5778 (5 won, 2 lost); kit unchanged.
 * A relative clause whose subject is its relative word has its verb right after it ("the barges, which **lack** cabins":
 * `relativeVerb`): SQuAD reading 4 won, 1 lost (held back 0.5832 → 0.5834).
 */
export function verbsReadAsNouns(tokens: readonly Token[], question = false): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  let opened = 0;
  let verbSince = false;
  let marked = false;
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (opensClause(t)) {
      opened = k + 1;
      verbSince = false;
      marked = false;
      continue;
    }
    if (finiteVerb(tokens, k)) verbSince = true;
    if (verbSince || marked) continue;
    if (!(k - opened < 1 ? relativeVerb(tokens, k) : readAsNoun(tokens, k, question)) || verbAhead(tokens, k + 1)) continue;
    (out ??= new Uint8Array(tokens.length))[k] = 1;
    marked = true;
  }
  return out;
}

/** Whether a clause begins after this token: a mark (not a hyphen or slash inside a word), a subordinating word, or a relative word. */
function opensClause(t: Token): boolean {
  return (t.pos === 'PUNCT' && !IN_WORD_MARK.test(t.text)) || t.pos === 'SCONJ' || isRelativePronoun(t.text);
}

/** Marks that join the parts of a word ("salt-rich", "and/or", "o'clock"), not clauses. */
const IN_WORD_MARK = /^[-/'’]$/;

/** Whether a verb that may head a clause stands from token `from` to the clause's end (a mark or any joining word). */
function verbAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k += 1) {
    if (CLAUSE_BREAK_POS.has(tokens[k]!.pos) || isRelativePronoun(tokens[k]!.text)) return false;
    if (finiteVerb(tokens, k)) return true;
  }
  return false;
}

/**
 * Whether token k, tagged a noun, stands where a clause's verb does right after its subject (see verbsReadAsNouns); with
 * `question`, a "what" or "which" opening the question is a subject.
 */
function readAsNoun(tokens: readonly Token[], k: number, question: boolean): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.pos !== 'NOUN' || !before || !next || NOT_AFTER_VERB.test(next.text) || isRelativePronoun(next.text)) return false;
  if (before.pos === 'NOUN' && PLURAL_NOUN.test(before.text))
    return LOWER_WORD.test(t.text) && !t.text.endsWith('s') && AFTER_BASE_FORM.has(next.pos);
  if (!LOWER_S_FORM.test(t.text)) return false;
  if (question && k === 1 && WH_SUBJECT.test(before.text)) return AFTER_WH_S_FORM.has(next.pos) && !OF.test(next.text);
  return (before.pos === 'NOUN' || before.pos === 'PROPN') && !before.text.endsWith('s') && AFTER_S_FORM.has(next.pos);
}

/**
 * Whether token k, tagged a noun, is the verb of a relative clause whose subject is the relative word before it:
 * "the barges, which **lack** cabins", "crews that **use** sails". The relative word follows a noun (or a comma, not for
 * "that"), so "in which case" and "that design team" are no clauses, and an object opener follows the word.
 */
function relativeVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const relative = tokens[k - 1];
  const head = tokens[k - 2];
  const next = tokens[k + 1];
  if (t.pos !== 'NOUN' || !LOWER_WORD.test(t.text) || !relative || !head || !next || !SUBJECT_RELATIVES.has(relative.text.toLowerCase()))
    return false;
  if (!AFTER_BASE_FORM.has(next.pos) || NOT_AFTER_VERB.test(next.text) || isRelativePronoun(next.text)) return false;
  return head.pos === 'NOUN' || head.pos === 'PROPN' || (head.text === ',' && relative.text.toLowerCase() !== 'that');
}

/** Whether token k is a verb or helper that may head a clause: not a "to" infinitive nor a lone "-ing" form. */
function finiteVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB') return false;
  return !TO.test(tokens[k - 1]?.text ?? '') && !t.text.endsWith('ing');
}
