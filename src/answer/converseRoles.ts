import type { Token } from '../nlp/entities.js';
import { type ClauseRoles, clauseRoles, objectOf, type Span, spanAsked, subjectOf } from './clauseRoles.js';

/** The prepositions that open a converse verb's other party ("lost *to* A", "sold it *to* B", "bought it *from* A"). */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from']);

/** At most this many tokens between a converse verb and the preposition of its other party ("sold *the old mill* to"). */
const MAX_TO_PARTY = 6;

/**
 * The noun phrase after "to" or "from" within a few tokens after the verb at token `v`, not past a clause break or
 * another verb: "B" of "sold the mill to B last May".
 */
function partyAfter(tokens: readonly Token[], v: number): Span | null {
  for (let i = v + 1; i < tokens.length && i <= v + MAX_TO_PARTY; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
    if (t.pos === 'ADP' && PARTY_PREPOSITIONS.has(t.text.toLowerCase())) return objectOf(tokens, i);
  }
  return null;
}

/**
 * The roles a sentence gives the question verb's parties through a converse of that verb (paraphrase.converseTerms:
 * "beat" for "lost", "sell" for "bought"), turned round into the question verb's roles: the converse's subject is
 * the question verb's object, and its object, or the party after its "to" / "from", the question verb's subject. So
 * "A beat B." answers "Who lost to A?" with B, the subject asked for, and "Who did A defeat?" ← "B lost to A." with B,
 * the object asked for. The frames (a role whose other side holds the question's words) turn round alike; a passive
 * converse's subject ("B was beaten by A") is its object, so the question verb's subject.
 *
 * @example converseRoles(tokensOf('Ada Vell beat Nell Rand.'), isTerm, false, isBeat).subjects // → [[3, 4]] (Nell Rand)
 */
export function converseRoles(
  tokens: readonly Token[],
  isQuestionTerm: (t: Token) => boolean,
  irrealisAsked: boolean,
  isConverse: (t: Token) => boolean,
): ClauseRoles {
  const roles = clauseRoles(tokens, isQuestionTerm, irrealisAsked, isConverse);
  const parties: Span[] = [];
  const partyFrames: Span[] = [];
  for (let v = 0; v < tokens.length; v += 1) {
    const t = tokens[v]!;
    if (t.pos !== 'VERB' || !isConverse(t)) continue;
    const party = partyAfter(tokens, v);
    if (!party) continue;
    parties.push(party);
    // "A sold the mill to B" for "Who bought the mill from A?": B, across from a subject the question names.
    const subject = subjectOf(tokens, v);
    if (subject && !subject.passive && spanAsked(tokens, subject.span, isQuestionTerm)) partyFrames.push(party);
  }
  return {
    subjects: [...roles.objects, ...parties, ...roles.passiveSubjects],
    objects: roles.subjects,
    passiveSubjects: [],
    subjectFrames: [...roles.objectFrames, ...partyFrames, ...roles.passiveFrames],
    passiveFrames: [],
    objectFrames: roles.subjectFrames,
  };
}
