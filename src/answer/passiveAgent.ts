/**
 * The agent's slot of a passive verb: what comes right after "by" after a past participle ("a seal granted **by**
 * Orla Tellin", "the lantern was mended **by** Stamp"). Whoever stands there did the verb's action, so a name there is
 * a person's or a body's, whatever the tagger or a gazetteer makes of its spelling alone (a surname tagged a verb, a
 * surname some town also bears).
 */
import type { Token } from '../nlp/entities.js';

/**
 * The past participles the passive's "by" follows: those ending in -ed, -en or -wn, and the general English irregular
 * verbs that end in none of them.
 */
const PARTICIPLES =
  '\\p{L}{2,}(?:ed|en|wn)|led|made|held|built|sent|spent|kept|left|met|paid|said|sold|told|found|bought|brought|caught|taught|fought|sought|won|run|set|put|hit|cut|shut|read|fed|fled|hung|struck|stuck|spun|dug|shot|lit|bound|swept|lost|meant|dealt|felt|heard|laid|begun|sung|sunk|drunk|rung';

/**
 * "appointed by", "beaten by", "written by", "led by" (past any title words) at the end of a text: the agent of a
 * passive verb comes next.
 */
export const PASSIVE_AGENT = new RegExp(`\\b(?:${PARTICIPLES})\\s+by\\s+(?:(?:the|[\\p{Lu}][\\p{L}.'’-]*|of|and)\\s+)*$`, 'u');

/** One word that is a past participle (`PARTICIPLES`), in lower case. */
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES})$`, 'u');

/**
 * Whether token `k` opens the agent's slot of a passive: "by" before it, and before that a word the tagger read as a
 * verb, spelled as a past participle ("granted by **Orla**", not "stood by **Orla**" nor "by **Orla**" after a noun).
 */
export function opensPassiveAgent(tokens: readonly Token[], k: number): boolean {
  if (k < 2 || tokens[k - 1]!.text.toLowerCase() !== 'by') return false;
  const verb = tokens[k - 2]!;
  return verb.pos === 'VERB' && PARTICIPLE.test(verb.text.toLowerCase());
}

/**
 * Whether tokens [from, to) are a name in the agent's slot of a passive, the whole of the agent: not a name describing
 * the lower-case noun after it ("influenced by **Velden** merchants", where the merchants did it).
 */
export function agentName(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to];
  return opensPassiveAgent(tokens, from) && !(after !== undefined && after.pos === 'NOUN' && LOWER_START.test(after.text));
}

/** A word opening with a small letter. */
const LOWER_START = /^\p{Ll}/u;
