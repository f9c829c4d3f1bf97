import { nounLemma, senseClasses } from '../lexicon/index.js';
import { termOf, termsOf } from '../search/terms.js';
import { oncePerStory, type Story } from '../story/story.js';
import type { Token } from '../nlp/entities.js';
import { isGivenName } from '../text/places.js';
import { isPossessiveMark } from '../text/words.js';
import { focusBeside } from './focusBeside.js';
import { PERSON_PRONOUN } from './heldWords.js';
import { nounForms } from './paraphrasedDetails.js';
import { relatedWordTerms, termSetOf, tokenTerms } from './termMemo.js';

/**
 * "Who is", "who was", "who will be", "who became", "what is the name of": a question asking who holds something ("What
 * is the name of Orvel's coach?" asks the coach as "Who is Orvel's coach?" does).
 */
const WHO_IS = String.raw`^(?:who\s+(?:is|was|are|were|will\s+be|became|becomes|has\s+been|had\s+been)|what\s+(?:is|was|are|were)\s+the\s+names?\s+of)\s+`;
/** One to four lower-case words, the last the role's noun ("finance minister", "head"). */
const PHRASE = String.raw`((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)`;

/**
 * One to four words of either case, the fewest before the preposition, the last the role's noun, as a title writes a
 * role ("first Harbour Master"; "head" of "the head of the Tolly Guild of Orsk").
 */
const TITLE_PHRASE = String.raw`((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)`;

/**
 * "Who is the chairman of the Orvel Trust?", "Who was the coach at Brisko?", "Who was the first Harbour Master of
 * Velden?": the role, then what it is a role in; the role may be written capitalised, as a title.
 */
const ROLE_OF = new RegExp(`${WHO_IS}(?:the|a|an)\\s+${TITLE_PHRASE}\\s+(?:of|for|at|in|on|to|with)\\s+\\S`, 'u');
/**
 * "Who was Chairman of the Orvel Trust?", "Who is head of the Tarn guild?", "Who was Prime Minister of Tarnia?": a role
 * written with no article, as a title is, one word of either case or two capitalised, before what it is a role in. (Not
 * a participle before a lower-case role, "Who was named warden of Orsk?", which asks what was done; nor a name's words,
 * "Who was Ada Baker of Velden?", which asks who a person is: `bareTitle`.)
 */
const BARE_TITLE_OF = new RegExp(`${WHO_IS}((?:\\p{Lu}[\\p{L}-]*\\s+)?[\\p{L}-]+)\\s+(?:of|for|at|in|on|to|with)\\s+\\S`, 'u');
/** "Who is Orvel's coach?": a name's role, the question ending there. */
const NAMES_ROLE = new RegExp(`${WHO_IS}(?:[\\p{Lu}][\\p{L}.&-]*\\s+)*[\\p{Lu}][\\p{L}.&-]*['’]s?\\s+${PHRASE}\\s*\\??$`, 'u');
/** "Who is the treasurer?": the role alone, the question ending there. */
const BARE_ROLE = new RegExp(`${WHO_IS}the\\s+${PHRASE}\\s*\\??$`, 'u');

/** The nouns of a family or a marriage, singular: general English. */
const FAMILY = new Set(
  [
    'spouse wife husband brother sister father mother son daughter parent child sibling uncle aunt nephew niece cousin',
    'grandfather grandmother grandson granddaughter grandparent grandchild stepfather stepmother stepson stepdaughter',
    'girlfriend boyfriend fiancé fiancée fiance fiancee widow widower',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Roles one person holds towards another, which a sentence tells by its verb or by the other's role rather than by
 * the noun ("Tovar will face Brisk" makes Brisk the opponent; "Vell replaced Orr", the successor; "Ada, sister
 * of Duke Orr", Orr the brother): general English, the sides of a contest, a succession, a marriage and a family. The
 * eval kit's answerable "Who was X's first-round opponent?" is answered so, and two of SQuAD's (eval:refusal) "Who was
 * X's brother?".
 */
const RELATIONAL = new Set([
  ...'opponent rival challenger winner loser victor runner-up successor predecessor replacement partner'.split(' '),
  ...FAMILY,
]);

/**
 * The noun of the role a question asks who holds ("Who is the *chairman* of the Orvel Trust?", "Who is Orvel's
 * *coach*?", "Who was the *treasurer*?", "What is the name of Orvel's *coach*?"), lower case: a word WordNet files as a
 * person in one of its senses (in its first, for a name asked: "the name of the oldest *type* of X" names a thing). Undefined
 * for any other question ("Who chaired the meeting?", "Who is the ferry named after?", "Who is Ada Vell?").
 *
 * @example askedRole('Who is the chief executive of Orvel Rail?') // → 'executive'
 */
export function askedRole(question: string): string | undefined {
  const q = question.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const phrase = (ROLE_OF.exec(q) ?? NAMES_ROLE.exec(q) ?? BARE_ROLE.exec(q) ?? bareTitle(q))?.[1];
  const head = phrase?.split(/\s+/).at(-1)?.toLowerCase();
  if (head === undefined || RELATIONAL.has(head.replace(/s$/, ''))) return undefined;
  // A name asked of a noun whose first sense is no person names a thing ("the name of the woven sort of X").
  const senses = senseClasses(head);
  return (q.startsWith('what') ? senses[0] === 'person' : senses.includes('person')) ? head : undefined;
}

/** BARE_TITLE_OF's match, unless a word of the phrase is a given name ("Who was Ada Baker of Velden?"). */
function bareTitle(q: string): RegExpExecArray | null {
  const m = BARE_TITLE_OF.exec(q);
  return m && !m[1]!.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && isGivenName(w)) ? m : null;
}

/**
 * Whether a sentence token writes a role: the role's noun itself (or its plural), or a token whose index term is the
 * role's or one of its WordNet relatives' (relatedWordTerms) and that is either a verb, telling the role by what its
 * holder does ("Vell governs the trust" for its governor, "led" for its head), or a noun whose most frequent sense is a
 * person ("chairwoman" for the chairman, "boss" for the chief). Another noun sharing the term is no holder: "government"
 * stems to the governor's "govern", "regulators" is the governor's relative only by a machine part (WordNet's first
 * sense of "regulator" is a device), "execution" shares the executive's stem; each let a sentence about the role's
 * organisation count as naming its holder. Any noun sharing the term counts when a name owns it ("Ada Vell's
 * translation" for the translator: ownedByName).
 */
function writesRole(tokens: readonly Token[], at: number, term: string | null, role: string, roleTerms: ReadonlySet<string>): boolean {
  const token = tokens[at]!;
  if (term === null || !roleTerms.has(term)) return false;
  if (nounForms(token.text).includes(role) || token.pos === 'VERB' || ownedByName(tokens, at)) return true;
  return senseClasses(token.text)[0] === 'person';
}

/**
 * Whether a token is owned by a name ("Ada Vell's *translation*", "Orr's *design*"): the noun tells the named one did
 * what the role does, as the role's verb would ("translated by Ada Vell" for the translator).
 */
function ownedByName(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at - 1];
  return mark !== undefined && isPossessiveMark(mark.text) && tokens[at - 2]?.pos === 'PROPN';
}

/**
 * "Who is Ada Vell's wife?", "Who was the father of Ivo Brandt?", "What is the name of Orr's daughter?", "Who did Ada Vell
 * marry?": a question asking who someone's relative is, by a noun of FAMILY after the question's opening and at most five
 * words (the relative's owner), or by "marry".
 */
const RELATIVE_ASKED = new RegExp(
  `${WHO_IS}(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?(\\p{L}+)\\s*(?:\\?|of\\s|$)|^who\\s+did\\s+.+\\s+(marry)\\s*\\?*$`,
  'iu',
);

/** Words of a marriage or a family besides FAMILY's nouns: what a sentence telling someone's relative writes. */
const FAMILY_TOLD = /^(?:marry|marries|married|marrying|marriage|wed|weds|wedded|wedding|family|families|née|nee)$/i;

/**
 * Whether a question asks who someone's relative is (RELATIVE_ASKED: the noun one of FAMILY, in any number) and a story
 * sentence, with the one before it in its article, writes no noun of a family or a marriage nor a word telling one
 * (FAMILY_TOLD): the sentence does not tell of that relative. A story that never names the relative offers a name or a
 * title from a sentence about the one asked about ("What is the name of Ivo Brandt's wife?" answered "Velden's mayor"
 * from "Velden's mayor, Ivo Brandt, opened the pier"). The roles of a contest or a succession (RELATIONAL's others: "will
 * face", "replaced") are left alone, as askedRole leaves them.
 *
 * @example relativeUntold(story, "Who is Ivo Brandt's wife?", sentenceId) // → true for "Ivo Brandt opened the pier."
 */
export function relativeUntold(story: Story, question: string, sentenceId: number): boolean {
  const m = RELATIVE_ASKED.exec(question.trim());
  const noun = m?.[1] ?? m?.[2];
  if (noun === undefined || (m?.[2] === undefined && !FAMILY.has(nounLemma(noun.toLowerCase()) ?? noun.toLowerCase()))) return false;
  const sentence = story.sentences[sentenceId];
  if (sentence === undefined) return false;
  const before = story.sentences[sentenceId - 1];
  const sentences = [sentence, ...(before?.articleId === sentence.articleId ? [before] : [])];
  return !sentences.some(({ tokens }) =>
    tokens.some((t) => FAMILY_TOLD.test(t.text) || FAMILY.has(nounLemma(t.text.toLowerCase()) ?? t.text.toLowerCase())),
  );
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
    return tokens.some((_, i) => writesRole(tokens, i, terms[i] ?? null, role, roleTerms));
  });
}

/** Every spelling of the story's people as its index terms, joined by spaces ("ivo brandt", "brandt"), made once per story. */
const personSpellings = oncePerStory(
  (story: Story) => new Set(story.people.flatMap((p) => [p.name, ...p.aliases].map((n) => termsOf(n).join(' ')))),
);

/** "Who is Ada Vell's coach?", "What is the name of Brandt's deputy?": the owner's name before its "'s", then a lower-case word. */
const OWNER_ASKED = new RegExp(`${WHO_IS}((?:[\\p{Lu}][\\p{L}.&-]*\\s+)*[\\p{Lu}][\\p{L}.&-]*)['’]s?\\s+\\p{Ll}`, 'u');

/**
 * Whether a question asks who someone's role or relative is by a person's name before "'s" (OWNER_ASKED: "Who is Ada
 * Vell's coach?", "Who is Brandt's successor as head of the board?"), the story naming that person (a spelling of its
 * people catalogue), and a story sentence writes no word of that name, nor (the sentence before in its article naming
 * them) a pronoun that may stand for them: the sentence tells of someone else's coach or successor ("Who is Brandt's
 * coach?" answered "Ada Vell" from "Ada Vell's coach praised her serve", or from "The Orsk coach, Lev Marn, stayed home"
 * after "Brandt left for Orsk"). A place or an organisation owning the role ("Velden's mayor") is left alone: an article
 * about the place names its mayor without naming it again.
 *
 * @example ownerUnnamed(story, "Who is Ivo Brandt's coach?", sentenceId) // → true for "Ada Vell's coach praised her serve."
 */
export function ownerUnnamed(story: Story, question: string, sentenceId: number): boolean {
  const owner = OWNER_ASKED.exec(question.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()))?.[1];
  const sentence = story.sentences[sentenceId];
  if (owner === undefined || sentence === undefined) return false;
  const terms = termsOf(owner);
  if (terms.length === 0 || !personSpellings(story).has(terms.join(' '))) return false;
  const names = (text: string) => {
    const held = termSetOf(text);
    return terms.some((t) => held.has(t));
  };
  if (names(sentence.text)) return false;
  // Named the sentence before, they are the one the sentence tells of only through a pronoun ("Brandt arrived. His coach …").
  const before = story.sentences[sentenceId - 1];
  const pronoun = sentence.tokens.some((t) => PERSON_PRONOUN.test(t.text));
  return !(pronoun && before?.articleId === sentence.articleId && names(before.text));
}

/**
 * Whether a question asks a person's role by their name (OWNER_ASKED and askedRole: "Who is Ada Vell's coach?", the story
 * naming Ada Vell) and the short answer is an organisation its sentence does not write beside the role (holdsRoleBeside):
 * a person's coach or deputy is someone, and a body named elsewhere in the sentence ("Vell told the Orsk Courier that her
 * coach had left") holds no role of theirs. One written with the role ("her sponsor, the Tarn Bank") still answers.
 *
 * @param written the answer as its sentence writes it
 * @example roleHeldByBody(story, "Who is Ada Vell's coach?", sentenceId, 'Orsk Courier', 'ORG') // → true for the sentence above
 */
export function roleHeldByBody(story: Story, question: string, sentenceId: number, written: string, type: string): boolean {
  if (type !== 'ORG') return false;
  const role = askedRole(question);
  const owner = OWNER_ASKED.exec(question.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()))?.[1];
  const sentence = story.sentences[sentenceId];
  const roleTerm = role === undefined ? null : termOf(role);
  if (roleTerm === null || owner === undefined || sentence === undefined) return false;
  if (!personSpellings(story).has(termsOf(owner).join(' '))) return false;
  const at = sentence.text.indexOf(written);
  if (at < 0) return false;
  const tokens = sentence.tokens;
  const startAt = tokens.findIndex((t) => t.start >= at);
  const endAt = tokens.findLastIndex((t) => t.end <= at + written.length);
  return !holdsRoleBeside(tokens, startAt, endAt, roleTerm);
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
 * "as" right after it ("hired Dorn Vekla as head **coach**"), or in a bracket right after it ("Dorn Vekla (a rower in his
 * youth, later the Rovers **coach**)"). The sentence's other people ("owner Ivo Brandt") are not said to hold it.
 *
 * @example holdsRoleBeside(tokens of "Owner Ivo Brandt hired Dorn Vekla as coach.", 4, 5, 'coach') // → true
 */
export function holdsRoleBeside(tokens: readonly Token[], startAt: number, endAt: number, roleTerm: string): boolean {
  if (startAt < 0 || endAt < startAt) return false;
  if (focusBeside(tokens, startAt, endAt, roleTerm).before || roleTitleBefore(tokens, startAt, roleTerm)) return true;
  if (roleSetBefore(tokens, startAt, endAt, roleTerm)) return true;
  if (tokens[endAt + 1]?.text === '(') return roleInBracket(tokens, endAt + 2, roleTerm);
  if (tokens[endAt + 1]?.text === ',') return titleInApposition(tokens, startAt, endAt + 2, roleTerm);
  if (tokens[endAt + 1]?.text.toLowerCase() !== 'as') return false;
  for (let k = endAt + 2; k < tokens.length && k <= endAt + 2 + AS_ROLE_SPAN; k += 1) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' && termOf(t.text) === roleTerm) return true;
    if (!AS_ROLE_WORDS.has(t.pos)) return false;
  }
  return false;
}

/** Marks that close a name set off by a comma after the role it holds. */
const NAME_CLOSER = /^[,.;(]$/;

/**
 * Whether the name of tokens [startAt, endAt] is set off by commas after the role's phrase, the role's noun ending it or
 * followed by "of" ("The last **Warden** of the (old) Orsk Guild, Ada Vell, retired", "the club's new **coach**, Ada
 * Vell."): the phrase read back over TITLE_WORDS, "of" and brackets. Not a name listed after another that holds the role
 * ("chairman Ivo Brandt, Ada Vell and Jan Orr"): there the role's noun is followed by a name.
 */
function roleSetBefore(tokens: readonly Token[], startAt: number, endAt: number, roleTerm: string): boolean {
  if (tokens[startAt - 1]?.text !== ',' || !NAME_CLOSER.test(tokens[endAt + 1]?.text ?? '.')) return false;
  for (let k = startAt - 2; k >= 0 && startAt - k <= TITLE_SPAN + 4; k -= 1) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && termOf(t.text) === roleTerm) {
      const next = tokens[k + 1]!.text.toLowerCase();
      return next === ',' || next === 'of';
    }
    if (!TITLE_WORDS.has(t.pos) && !/^(?:of|\(|\))$/i.test(t.text)) return false;
  }
  return false;
}

/** Words after which a role written as a title closes its apposition: "of", a comma, a stop, a bracket. */
const TITLE_CLOSER = /^(?:of|,|\.|;|\(|\))$/i;

/**
 * Whether the apposition opening at token `from` (after the name opening at `startAt` and its comma) is the role, in
 * either case, with at most AS_ROLE_SPAN describing words before it and closed right after it ("Ada Vell, **Chairman**
 * of the Orsk Board", "Sen. Ivo Brandt, deputy harbour **master**,"). Not after a name a common noun introduces: that
 * comma parts the members of a list of people each named with a role ("the mason Ivo Brandt, chief **warden** of the
 * guild Ada Vell"), as focusBeside reads it; a capitalised title before the name ("Sen.", "Judge") introduces no list.
 */
function titleInApposition(tokens: readonly Token[], startAt: number, from: number, roleTerm: string): boolean {
  const before = tokens[startAt - 1];
  if (before?.pos === 'NOUN' && /^\p{Ll}/u.test(before.text)) return false;
  const start = tokens[from]?.pos === 'DET' ? from + 1 : from;
  for (let k = start; k < tokens.length && k <= start + AS_ROLE_SPAN; k += 1) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && termOf(t.text) === roleTerm) return TITLE_CLOSER.test(tokens[k + 1]?.text ?? '.');
    if (!AS_ROLE_WORDS.has(t.pos)) return false;
  }
  return false;
}

/** At most this many tokens in a bracket after a name that may describe it. */
const BRACKET_SPAN = 12;

/**
 * Whether a bracket opening at token `from` (right after a name) writes the role's noun before it closes: "Dorn Vekla
 * (a rower in his youth, later the Rovers **coach**)".
 */
function roleInBracket(tokens: readonly Token[], from: number, roleTerm: string): boolean {
  for (let k = from; k < tokens.length && k < from + BRACKET_SPAN; k += 1) {
    const t = tokens[k]!;
    if (t.text === ')' || t.text === '(') return false;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && termOf(t.text) === roleTerm) return true;
  }
  return false;
}
