/**
 * The agent's slot of a passive verb: what comes right after "by" after a past participle ("a seal granted **by**
 * Orla Tellin", "the lantern was mended **by** Stamp"). Whoever stands there did the verb's action, so a name there is
 * a person's or a body's, whatever the tagger or a gazetteer makes of its spelling alone (a surname tagged a verb, a
 * surname some town also bears).
 */
import { isVerbLemma } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { irregularVerbBase } from '../search/terms.js';
import { isCapitalised } from '../text/words.js';
import { agentAt } from './clauseRoles.js';
import { describesNoun } from './describesNoun.js';
import { PASSIVE_HELPER } from './patientAsked.js';

/**
 * The past participles the passive's "by" follows: those ending in -ed, -en or -wn, and the general English irregular
 * verbs that end in none of them.
 */
const PARTICIPLES =
  '\\p{L}{2,}(?:ed|en|wn)|led|made|held|built|sent|spent|kept|left|met|paid|said|sold|told|found|bought|brought|caught|taught|fought|sought|won|run|set|put|hit|cut|shut|read|fed|fled|hung|struck|stuck|spun|dug|shot|lit|bound|swept|lost|meant|dealt|felt|heard|laid|begun|sung|sunk|drunk|rung';

/** One word that is a past participle (`PARTICIPLES`), in lower case. */
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES})$`, 'u');

/**
 * A verb's prefix that makes another verb of it, written close up or with a hyphen ("**re**built", "**co-**founded",
 * "**over**seen", "**mis**led"), and the rest of the word. General English word formation.
 */
const VERB_PREFIX = /^(?:re|co|over|out|under|mis|pre|un|up|with|fore)(-?)(\p{L}+)$/u;

/**
 * Whether a token is spelled as a past participle: one of `PARTICIPLES`, or one of them after a verb's prefix
 * ("re-elected", "co-founded"; "rebuilt" and "upheld" where WordNet knows wink's lemma, "rebuild" and "uphold", as a
 * verb — not "comet" nor "outset", which only look like "met" and "set" prefixed).
 */
export function isPastParticiple(t: Token): boolean {
  const word = t.text.toLowerCase();
  if (PARTICIPLE.test(word)) return true;
  const prefixed = VERB_PREFIX.exec(word);
  if (prefixed === null || !PARTICIPLE.test(prefixed[2]!)) return false;
  return prefixed[1] === '-' || isVerbLemma(tokenLemma(t));
}

/**
 * Whether token `i` is the past participle of a passive: spelled as one (`isPastParticiple`), or, right after a form
 * of "be" or "get" (patientAsked's `PASSIVE_HELPER`), any form of a verb the tagger read as a verb — a WordNet verb
 * lemma or a form in its exception list — so the participles spelled as their base ("was **cast** by", "got **hurt**
 * by", "were **set** by") count too.
 */
export function isPassiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isPastParticiple(t)) return true;
  if (i < 1 || t.pos !== 'VERB') return false;
  if (!PASSIVE_HELPER.test(tokens[i - 1]!.text)) return false;
  const word = t.text.toLowerCase();
  return isVerbLemma(word) || irregularVerbBase(word) !== undefined;
}

/**
 * Whether token `k` opens the agent's slot of a passive: "by" before it, and before that a word the tagger read as a
 * verb, a past participle (`isPassiveParticiple`: "granted by **Orla**", not "stood by **Orla**" nor "by **Orla**" after
 * a noun).
 */
export function opensPassiveAgent(tokens: readonly Token[], k: number): boolean {
  if (k < 2 || tokens[k - 1]!.text.toLowerCase() !== 'by') return false;
  return tokens[k - 2]!.pos === 'VERB' && isPassiveParticiple(tokens, k - 2);
}

/**
 * Whether tokens [from, to) are a name in the agent's slot of a passive, the whole of the agent: not a name describing
 * the lower-case noun after it ("influenced by **Velden** merchants", where the merchants did it).
 */
export function agentName(tokens: readonly Token[], from: number, to: number): boolean {
  return opensPassiveAgent(tokens, from) && !describesNoun(tokens, from, to - 1, null, askedNone);
}

/** No word is the question's here: a word describing a noun describes it whatever the question asks. */
const askedNone = (): boolean => false;

/** Words that may stand between a passive's "by" and a name of its agent ("by *the* Orsk Board *and* Ada Vell"). */
function opensAgentSlot(t: Token): boolean {
  const word = t.text.toLowerCase();
  return word === 'the' || word === 'of' || word === 'and' || (t.pos !== 'PUNCT' && isCapitalised(t.text));
}

/** At most this many tokens between a passive's "by" and the name that heads its agent ("by the Orsk river guild's warden, Ada Vell"). */
const MAX_AGENT_OPENING = 8;

/**
 * Whether tokens [first, last] stand in the agent's slot of a passive, as its agent: right after "by" after a word
 * spelled as a past participle, past the agent's opening ("the", names, "of", "and": "appointed by the Orsk Board and
 * **Ada Vell**"), and not a word describing the noun after it ("designed by **Velden** architect Ada Vell"); or the
 * name that heads a longer agent's phrase ("designed by Velden architect **Ada Vell**", "by the warden, **Ada Vell**":
 * clauseRoles' `agentAt`).
 */
export function inAgentSlot(tokens: readonly Token[], first: number, last: number): boolean {
  let k = first - 1;
  while (k > 1 && opensAgentSlot(tokens[k]!)) k -= 1;
  if (k >= 1 && tokens[k]!.text.toLowerCase() === 'by' && isPassiveParticiple(tokens, k - 1))
    return !describesNoun(tokens, first, last, null, askedNone);
  for (let by = first - 1; by >= 1 && first - by <= MAX_AGENT_OPENING; by -= 1) {
    if (tokens[by]!.text.toLowerCase() !== 'by') continue;
    if (!isPassiveParticiple(tokens, by - 1)) return false;
    const agent = agentAt(tokens, by + 1);
    return agent !== null && agent[0] <= first && agent[1] === last;
  }
  return false;
}
