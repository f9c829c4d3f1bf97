import type { Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import type { StorySentence } from '../story/story.js';
import { termOf, termsOf } from '../search/terms.js';
import { relatedWordTerms } from './termMemo.js';

/**
 * "When did Ivo Brandt become mayor?", "In what year did the Tolly mill first become a school?": a question asking when
 * something came to be what it is. Group 1 is the subject, group 2 what it became. General English.
 */
const BECOME_ASKED =
  /^\s*(?:when|(?:in\s+)?what\s+year)\s+(?:did|do|does|has|have|had)\s+(.+?)\s+(?:(?:first|finally|officially)\s+)?become\s+(.+?)[\s?.!]*$/i;

/** A subject holding a clause of its own ("the guild that would become …"): "become" may be that clause's verb, not the question's. */
const CLAUSE_IN_SUBJECT = /\b(?:that|which|who|whom|would|will)\b/i;

/**
 * Words that tell someone or something coming to be what it is: becoming, turning, taking a post by election,
 * appointment or succession, being made, named or sworn in ("was **elected** mayor", "**took** office", "**joined** the
 * board", her **appointment**). Lemmas and the participles a tagger may read as adjectives. General English.
 */
const BECOMING_WORDS = new Set([
  'become',
  'became',
  'turn',
  'turned',
  'grow',
  'grew',
  'elect',
  'elected',
  'election',
  're-elected',
  'appoint',
  'appointed',
  'appointment',
  'name',
  'named',
  'nominate',
  'nominated',
  'nomination',
  'crown',
  'crowned',
  'coronation',
  'promote',
  'promoted',
  'promotion',
  'inaugurate',
  'inaugurated',
  'inauguration',
  'swear',
  'sworn',
  'succeed',
  'succeeded',
  'succession',
  'successor',
  'assume',
  'assumed',
  'accede',
  'accession',
  'ascend',
  'ascended',
  'install',
  'installed',
  'choose',
  'chosen',
  'select',
  'selected',
  'hire',
  'hired',
  'join',
  'joined',
  'rise',
  'risen',
  'take',
  'taken',
  'make',
  'made',
  'win',
  'won',
  'reach',
  'reached',
  'gain',
  'gained',
  'achieve',
  'achieved',
  'begin',
  'begun',
  'start',
  'started',
  'found',
  'founded',
  'establish',
  'established',
  'form',
  'formed',
  'declare',
  'declared',
  'proclaim',
  'proclaimed',
  'adopt',
  'adopted',
  'convert',
  'converted',
  'qualify',
  'qualified',
  'graduate',
  'graduated',
  'debut',
]);

/** What splits a phrase into words, and what trails a word. */
const SPACES = /\s+/;
const TRAILING_MARKS = /[^\p{L}\p{N}'’-]+$/u;

/** Prepositions that end the head of what the question says X became ("head **of** the guild"). */
const HEAD_ENDS = /^(?:of|with|for|in|at|to|from|on|by|after|before|during|since|under|over)$/i;

/** Words that may stand between "as" and what it says someone became ("as **the new** chair", "as **its first** mayor"). */
const AS_PHRASE_WORDS = 3;

/**
 * "since" or "by" right before the date, past a few words ("mayor **since the spring of** 1901", "**By** 1901, she was
 * mayor"): the sentence starts the state at the date, or has it hold by then.
 */
const STATE_FROM_DATE = /\b(?:since|by)\s+(?:(?:the|early|late|mid|about|around)\s+)?(?:[\p{L}-]+\s+of\s+)?$/iu;

/**
 * Whether a date answers "When did X become Y?" from a sentence that tells no becoming: it writes no word of
 * BECOMING_WORDS (became, elected, appointed, took office, her appointment …), no "as" before a word of Y ("succeeded
 * Ada Vell **as** warden in 1901", "sworn in **as** mayor") nor a verb WordNet relates to its head ("**governed**" for
 * "become governor"), and does not start the state at the date nor have it hold by then ("warden **since** 1901", "**By**
 * 1901, she was warden"). Such a sentence names X by what X is ("Velden's mayor Ivo Brandt opened the pier on Friday") and dates
 * something else X did while being it; the story does not say when X became it.
 *
 * @param written the date as its sentence writes it
 * @example becomingUntold('When did Ivo Brandt become mayor?', sentence('Mayor Ivo Brandt opened the pier on Friday.'), 'Friday') // → true
 */
export function becomingUntold(question: string, sentence: StorySentence, written: string): boolean {
  const asked = becomingAsked(question);
  if (asked === null) return false;
  const tokens = sentence.tokens;
  if (tokens.some((t) => BECOMING_WORDS.has(tokenLemma(t)) || BECOMING_WORDS.has(t.text.toLowerCase()))) return false;
  const at = sentence.text.indexOf(written);
  if (at >= 0 && STATE_FROM_DATE.test(sentence.text.slice(0, at))) return false;
  const became = new Set(termsOf(asked[2]!));
  if (tokens.some((t, i) => t.text.toLowerCase() === 'as' && asPhraseNames(tokens, i, became))) return false;
  // "In 1901, she **governed** the Orsk guild" for "When did Ada Vell become its governor?": a verb WordNet relates to what X became.
  const head = headOf(asked[2]!);
  if (head !== null && tokens.some((t) => t.pos === 'VERB' && relatedWordTerms(tokenLemma(t)).terms.includes(head))) return false;
  // What X became written as a title ("**Mayor** Ivo Brandt opened …"), or X not named: the date is of something else.
  const terms = new Set(tokens.map((t) => termOf(t.text)));
  return (head !== null && terms.has(head)) || !termsOf(asked[1]!).some((t) => terms.has(t));
}

/**
 * Whether a question asks when something came to be what it is (BECOME_ASKED), its subject holding no clause of its own.
 *
 * @example asksBecoming('When did Ivo Brandt become mayor?') // → true
 */
export function asksBecoming(question: string): boolean {
  return becomingAsked(question) !== null;
}

function becomingAsked(question: string): RegExpExecArray | null {
  const asked = BECOME_ASKED.exec(question);
  return asked === null || CLAUSE_IN_SUBJECT.test(asked[1]!) ? null : asked;
}

/** The head of what the question says X became: its last word before a preposition ("**head** of the guild", "**partner** of Ada Vell"). */
function headOf(became: string): string | null {
  const words = became.split(SPACES);
  const end = words.findIndex((w) => HEAD_ENDS.test(w));
  const head = words[(end < 0 ? words.length : end) - 1];
  return head === undefined ? null : termOf(head.replace(TRAILING_MARKS, ''));
}

/** Whether the words after "as" at `i`, within AS_PHRASE_WORDS, write a word of what the question says X became. */
function asPhraseNames(tokens: readonly Token[], i: number, became: ReadonlySet<string | null>): boolean {
  return tokens.slice(i + 1, i + 1 + AS_PHRASE_WORDS).some((t) => became.has(termOf(t.text)));
}
