import { senseClasses } from '../lexicon/index.js';
import { termOf } from '../search/terms.js';
import type { Story } from '../story/story.js';
import type { Token } from '../nlp/entities.js';
import { focusBeside } from './focusBeside.js';
import { nounForms } from './paraphrasedDetails.js';
import { relatedWordTerms, tokenTerms } from './termMemo.js';

/** "Who is", "who was", "who will be", "who became": a question asking who holds something. */
const WHO_IS = String.raw`^who\s+(?:is|was|are|were|will\s+be|became|becomes|has\s+been|had\s+been)\s+`;
/** One to four lower-case words, the last the role's noun ("finance minister", "head"). */
const PHRASE = String.raw`((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)`;

/** "Who is the chairman of the Orvel Trust?", "Who was the coach at Brisko?": the role, then what it is a role in. */
const ROLE_OF = new RegExp(`${WHO_IS}(?:the|a|an)\\s+${PHRASE}\\s+(?:of|for|at|in|on|to|with)\\s+\\S`, 'u');
/** "Who is Orvel's coach?": a name's role, the question ending there. */
const NAMES_ROLE = new RegExp(`${WHO_IS}(?:[\\p{Lu}][\\p{L}.&-]*\\s+)*[\\p{Lu}][\\p{L}.&-]*['’]s?\\s+${PHRASE}\\s*\\??$`, 'u');
/** "Who is the treasurer?": the role alone, the question ending there. */
const BARE_ROLE = new RegExp(`${WHO_IS}the\\s+${PHRASE}\\s*\\??$`, 'u');

/**
 * Roles one person holds towards another, which a sentence tells by its verb or by the other's role rather than by
 * the noun ("Tovar will face Brisk" makes Brisk the opponent; "Vell replaced Orr", the successor; "Ada, sister
 * of Duke Orr", Orr the brother): general English, the sides of a contest, a succession, a marriage and a family. The
 * eval kit's answerable "Who was X's first-round opponent?" is answered so, and two of SQuAD's (eval:refusal) "Who was
 * X's brother?".
 */
const RELATIONAL = new Set(
  [
    'opponent rival challenger winner loser victor runner-up successor predecessor replacement partner spouse wife husband',
    'brother sister father mother son daughter parent child sibling uncle aunt nephew niece cousin grandfather grandmother',
    'grandson granddaughter',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The noun of the role a question asks who holds ("Who is the *chairman* of the Orvel Trust?", "Who is Orvel's
 * *coach*?", "Who was the *treasurer*?"), lower case: a word WordNet files as a person in one of its senses. Undefined
 * for any other question ("Who chaired the meeting?", "Who is the ferry named after?", "Who is Ada Vell?").
 *
 * @example askedRole('Who is the chief executive of Orvel Rail?') // → 'executive'
 */
export function askedRole(question: string): string | undefined {
  const q = question.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const phrase = (ROLE_OF.exec(q) ?? NAMES_ROLE.exec(q) ?? BARE_ROLE.exec(q))?.[1];
  const head = phrase?.split(/\s+/).at(-1);
  if (head === undefined || RELATIONAL.has(head.replace(/s$/, ''))) return undefined;
  return senseClasses(head).includes('person') ? head : undefined;
}

/**
 * Whether a sentence token writes a role: the role's noun itself (or its plural), or a token whose index term is the
 * role's or one of its WordNet relatives' (relatedWordTerms) and that is either a verb, telling the role by what its
 * holder does ("Vell governs the trust" for its governor, "led" for its head), or a noun whose most frequent sense is a
 * person ("chairwoman" for the chairman, "boss" for the chief). Another noun sharing the term is no holder: "government"
 * stems to the governor's "govern", "regulators" is the governor's relative only by a machine part (WordNet's first
 * sense of "regulator" is a device), "execution" shares the executive's stem; each let a sentence about the role's
 * organisation count as naming its holder.
 */
function writesRole(token: Token, term: string | null, role: string, roleTerms: ReadonlySet<string>): boolean {
  if (term === null || !roleTerms.has(term)) return false;
  if (nounForms(token.text).includes(role) || token.pos === 'VERB') return true;
  return senseClasses(token.text)[0] === 'person';
}

/**
 * Whether a question asks who holds a role (askedRole) and a story sentence, with the one before it in its article,
 * writes the role in none of its tokens (writesRole: the role's noun, a person noun or verb among its WordNet relatives,
 * the ranker's paraphrases: "head" ← "chief"): the person the sentence names is not said to hold it. A story that never
 * fills the role offers a name from a sentence about the role's organisation instead ("Who is the chairman of the Orvel
 * Trust?" answered from "Ada Vell praised the Orvel Trust's plans").
 *
 * @example roleUnfilled(story, 'Who is the coach of Orvel?', sentenceId) // → true when the sentence names no coach
 */
export function roleUnfilled(story: Story, question: string, sentenceId: number): boolean {
  const role = askedRole(question);
  const sentence = story.sentences[sentenceId];
  if (role === undefined || sentence === undefined) return false;
  const before = story.sentences[sentenceId - 1];
  const sentences = [sentence, ...(before?.articleId === sentence.articleId ? [before] : [])];
  const roleTerms = new Set([termOf(role), ...nounForms(role).flatMap((form) => relatedWordTerms(form).terms)].filter((t) => t !== null));
  return !sentences.some(({ tokens }) => {
    const terms = tokenTerms(tokens);
    return tokens.some((token, i) => writesRole(token, terms[i] ?? null, role, roleTerms));
  });
}

/** Articles and describing words that may stand between "as" and the role's noun ("as **the new head** coach"). */
const AS_ROLE_SPAN = 4;
const AS_ROLE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** How far before a name its title's noun may stand, past what it is a role in ("governor of the Orsk harbour board"). */
const TITLE_SPAN = 7;
/** What a title's "of" phrase may hold: articles, describing words, names and the owner's "'s". */
const TITLE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART']);

/**
 * Whether the role's noun is written as the title before the name at `startAt`, in any case ("Harbour **Founder** Ada
 * Vell"), or with what it is a role in between, ending in a common noun ("current **governor** of the Orsk harbour board
 * Ada Vell").
 */
function roleTitleBefore(tokens: readonly Token[], startAt: number, roleTerm: string): boolean {
  const previous = tokens[startAt - 1];
  // Past "of", what the role is in ends in a common noun right before the name; a name or an article there is what the
  // role is in itself ("chairman of the **Harbour Board**", "winner of Tolly **Cups I and II**").
  const closed = previous !== undefined && previous.pos === 'NOUN' && /^\p{Ll}/u.test(previous.text);
  for (let k = startAt - 1; k >= 0 && startAt - k <= TITLE_SPAN; k -= 1) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && termOf(t.text) === roleTerm)
      return k === startAt - 1 || (closed && tokens[k + 1]!.text.toLowerCase() === 'of');
    if (!TITLE_WORDS.has(t.pos) && t.text.toLowerCase() !== 'of') return false;
  }
  return false;
}

/**
 * Whether a sentence writes the role a who-question asks (its noun's index term, `roleTerm`) beside the name of tokens
 * [startAt, endAt]: right before it or in apposition after it ("head **coach** Dorn Vekla", "Dorn Vekla, the new
 * **coach**": focusBeside), as a title before it in any case or past what it is a role in (roleTitleBefore), or after
 * "as" right after it ("hired Dorn Vekla as head **coach**"). The sentence's other people ("owner Ivo Brandt") are not
 * said to hold it.
 *
 * @example holdsRoleBeside(tokens of "Owner Ivo Brandt hired Dorn Vekla as coach.", 4, 5, 'coach') // → true
 */
export function holdsRoleBeside(tokens: readonly Token[], startAt: number, endAt: number, roleTerm: string): boolean {
  if (startAt < 0 || endAt < startAt) return false;
  if (focusBeside(tokens, startAt, endAt, roleTerm).before || roleTitleBefore(tokens, startAt, roleTerm)) return true;
  if (tokens[endAt + 1]?.text.toLowerCase() !== 'as') return false;
  for (let k = endAt + 2; k < tokens.length && k <= endAt + 2 + AS_ROLE_SPAN; k += 1) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && termOf(t.text) === roleTerm) return true;
    if (!AS_ROLE_WORDS.has(t.pos)) return false;
  }
  return false;
}
