import { relatedWords, verbConverses, verbKinds } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { termOf } from '../search/terms.js';
import type { Story } from '../story/story.js';
import { textMemo } from '../text/textMemo.js';
import { FOUNDING_LEMMAS, participleLemma } from './foundingAsked.js';

/**
 * "Who founded X?", "Which firm bought X?", "What company owns X?", "By whom was X established?": a question asking the
 * doer of a founding or of a change of hands, with the verb (group 1 or 2). General English. Not "created", "built",
 * "developed" or "started": a work or a building is told by its maker's name after "by" or before "'s" as often as by a
 * verb ("the Animal Gallop series by Ada Vell"), and eval:refusal's training half had a right own answer so told.
 */
const DOER_ASKED =
  /^\s*(?:(?:who\s+|(?:which|what)\s+(?:[\p{L}'-]+\s+){1,3}?)(?:first\s+|originally\s+|later\s+|then\s+)?(founded|co-founded|established|set\s+up|bought|purchased|acquired|owns|owned|took\s+over)\b|(?:by\s+whom|who)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+.+?\s+(founded|co-founded|established|set\s+up|bought|purchased|acquired|owned|taken\s+over)\b)/iu;

/**
 * The index terms of the words WordNet ties to the deed of a verb (a lemma, a phrasal one joined by "_"): the verb and its
 * related words (its synonyms and derivations, "buyer", "purchase"), the verbs it is a kind of ("acquire") and those
 * telling it from the other side ("sell"), with their related words ("acquisition", "seller"); and for a verb of founding
 * (one of FOUNDING_LEMMAS or a synonym of one: "set up"), the words of a coming to be (FOUNDING_LEMMAS: "built",
 * "formed"). Each word's regular past too ("form" → "formed").
 *
 * @example deedTerms('buy').has(termOf('seller')!) // → true
 */
function deedTerms(lemma: string): ReadonlySet<string> {
  return deedMemo.get(lemma, readDeedTerms);
}

/** deedTerms by lemma: the same few verbs are asked again and again, and each reads some dozens of WordNet words. */
const deedMemo = textMemo<ReadonlySet<string>>(256);

/** `deedTerms` worked out. */
function readDeedTerms(lemma: string): ReadonlySet<string> {
  const near = [...verbKinds(lemma), ...verbConverses(lemma)];
  const own = [lemma, ...relatedWords(lemma)];
  const words = [...own, ...near, ...near.flatMap((w) => relatedWords(w))];
  if (own.some((w) => FOUNDING_LEMMAS.includes(w))) words.push(...FOUNDING_LEMMAS);
  return new Set(words.flatMap((w) => [termOf(w), termOf(w.endsWith('e') ? `${w}d` : `${w}ed`)]).filter((t) => t !== null));
}

/** Particles a phrasal verb takes after its verb, one word at most between ("set the firm up", "took over"). */
const PARTICLE_POS = new Set(['ADP', 'PART', 'ADV']);

/**
 * Whether tokens write a phrasal verb (a verb and its particle, one word at most between) that WordNet ties to the deed
 * (`deed`: deedTerms): "set up" for a founding, whose words' terms alone ("set", "up") do not tell it.
 */
function writesPhrasalDeed(tokens: readonly Token[], deed: ReadonlySet<string>): boolean {
  return tokens.some((t, i) => {
    if (t.pos !== 'VERB') return false;
    for (const particle of [tokens[i + 1], tokens[i + 2]]) {
      if (!particle || !PARTICLE_POS.has(particle.pos)) continue;
      const phrase = `${tokenLemma(t)}_${particle.text.toLowerCase()}`;
      if ([phrase, ...relatedWords(phrase)].some((w) => deed.has(termOf(w) ?? ''))) return true;
    }
    return false;
  });
}

/**
 * Whether a question asking who founded, built, bought or owns something (DOER_ASKED) is answered from a sentence that, with
 * the one before it in its article and its names aside, tells no such deed: it writes no word WordNet ties to the
 * question's verb (deedTerms: "founder", "buyer", "acquired", "sold"), nor a phrasal verb so tied ("set up" for a
 * founding). "Who bought the Tolly mill?" is not answered by "the Velden guild" of "The Velden guild met at the Tolly
 * mill on Sunday": a sentence naming the buyer or the founder tells the deal or the founding, while a story that never
 * tells it offers whoever its sentences name beside the thing.
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
  const [first, particle] = verb.replace(/^co-/, '').split(' ');
  const lemma = first === 'owns' ? 'own' : participleLemma(first!);
  const deed = deedTerms(particle === undefined ? lemma : `${lemma}_${particle}`);
  if (writesPhrasalDeed(tokens, deed)) return false;
  return ![...held].some((t) => t !== null && deed.has(t));
}
