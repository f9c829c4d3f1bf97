import { termOf } from '../search/terms.js';
import type { Story } from '../story/story.js';
import { FOUNDING_LEMMAS, participleLemma } from './foundingAsked.js';
import { relatedWordTerms } from './termMemo.js';

/**
 * "Who founded X?", "Which firm bought X?", "What company owns X?", "By whom was X established?": a question asking the
 * doer of a founding or of a change of hands, with the verb (group 1 or 2). General English. Not "created", "built",
 * "developed" or "started": a work or a building is told by its maker's name after "by" or before "'s" as often as by a
 * verb ("the Animal Gallop series by Ada Vell"), and eval:refusal's training half had a right own answer so told.
 */
const DOER_ASKED =
  /^\s*(?:(?:who\s+|(?:which|what)\s+(?:[\p{L}'-]+\s+){1,3}?)(?:first\s+|originally\s+|later\s+|then\s+)?(founded|co-founded|established|set\s+up|bought|purchased|acquired|owns|owned|took\s+over)\b|(?:by\s+whom|who)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+.+?\s+(founded|co-founded|established|set\s+up|bought|purchased|acquired|owned|taken\s+over)\b)/iu;

/** Words that tell a change of hands, whatever verb the question asks by: "the buyer", "its takeover of", "sold to". */
const CHANGE_OF_HANDS = [
  'buy',
  'bought',
  'buyer',
  'purchase',
  'purchaser',
  'acquire',
  'acquired',
  'acquirer',
  'acquisition',
  'takeover',
  'bid',
  'bidder',
  'offer',
  'stake',
  'own',
  'owned',
  'owner',
  'ownership',
  'sell',
  'sold',
  'seller',
  'sale',
  'deal',
  'merge',
  'merger',
  'control',
  'controlled',
];

/** Words that tell a coming to be besides FOUNDING_LEMMAS' ("founder", "developer"), in the forms a sentence writes. */
const COMING_TO_BE = [
  'founded',
  'founder',
  'founding',
  'foundation',
  'established',
  'built',
  'builder',
  'created',
  'creator',
  'develop',
  'developed',
  'developer',
];

/** Phrasal verbs of a coming to be and of a change of hands, which their words' terms alone do not tell ("set", "took"). */
const COMING_PHRASE = /\bset(?:s|ting)?\s+(?:\p{L}+\s+)?up\b/iu;
const CHANGE_PHRASE = /\b(?:take|takes|took|taken|taking)\s+(?:\p{L}+\s+)?over\b/iu;

/** Which verbs of DOER_ASKED ask a change of hands; the rest ask a coming to be. */
const CHANGE_VERB = /^(?:bought|purchased|acquired|owns|owned|took\s+over|taken\s+over)$/i;

let changeTerms: ReadonlySet<string> | undefined;
let comingTerms: ReadonlySet<string> | undefined;

/** The index terms of some words, each word's regular past too ("form" → "formed"). */
const termsOfWords = (words: readonly string[]) =>
  new Set(words.flatMap((w) => [termOf(w), termOf(w.endsWith('e') ? `${w}d` : `${w}ed`)]).filter((t) => t !== null));

/**
 * Whether a question asking who founded, built, bought or owns something (DOER_ASKED) is answered from a sentence that, with
 * the one before it in its article and its names aside, tells no such deed: it writes neither the question's verb nor a
 * word WordNet relates to it ("founder", "buyer"), nor a word of a coming to be (FOUNDING_LEMMAS, COMING_TO_BE) or of a
 * change of hands (CHANGE_OF_HANDS), as the question asks. "Who bought the Tolly mill?" is not answered by "the Velden
 * guild" of "The Velden guild met at the Tolly mill on Sunday": a sentence naming the buyer or the founder tells the deal
 * or the founding, while a story that never tells it offers whoever its sentences name beside the thing.
 *
 * @example doerUntold(story, 'Who bought the Tolly mill?', id of "The Velden guild met at the Tolly mill on Sunday.") // → true
 * @example doerUntold(story, 'Who bought the Tolly mill?', id of "The mill was sold to the Velden guild in 1921.") // → false
 */
export function doerUntold(story: Story, question: string, sentenceId: number): boolean {
  const m = DOER_ASKED.exec(question);
  const verb = (m?.[1] ?? m?.[2])?.toLowerCase().replace(/\s+/g, ' ');
  const s = story.sentences[sentenceId];
  if (verb === undefined || !s) return false;
  const before = story.sentences[sentenceId - 1];
  const tokens = before?.articleId === s.articleId ? [...before.tokens, ...s.tokens] : s.tokens;
  // Names aside: "Velden Founders Ltd" tells no founding, "the Orsk Buyers' Club" no sale.
  const held = new Set(tokens.filter((t) => t.pos !== 'PROPN').map((t) => termOf(t.text)));
  const first = verb.split(' ')[0]!.replace(/^co-/, '');
  const lemma = first === 'owns' ? 'own' : participleLemma(first);
  changeTerms ??= termsOfWords(CHANGE_OF_HANDS);
  comingTerms ??= termsOfWords([...FOUNDING_LEMMAS, ...COMING_TO_BE]);
  const change = CHANGE_VERB.test(verb);
  const told = change ? changeTerms : comingTerms;
  const text = before?.articleId === s.articleId ? `${before.text} ${s.text}` : s.text;
  if ((change ? CHANGE_PHRASE : COMING_PHRASE).test(text)) return false;
  const own = [termOf(first), termOf(lemma), ...relatedWordTerms(lemma).terms];
  return !own.some((t) => t !== null && held.has(t)) && ![...held].some((t) => t !== null && told.has(t));
}
