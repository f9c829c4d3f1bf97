import { nounKinds, nounLemma, relatedWords } from '../lexicon/index.js';
import { isCurrencyWord } from '../nlp/amounts.js';
import { isChangeWord } from '../nlp/changeWords.js';
import { tagSentence } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { termOf, termsOf, words } from '../search/terms.js';
import { countedNouns, countsPeople } from './covered.js';
import { HOW_MANY } from './heldWords.js';
import { isClassifierNoun } from './listHeld.js';
import { askedUnit, unitOfWord } from './unitFit.js';

/**
 * A how-many question answered by a figure of something else than what it counts: a value (countAnsweredByValue) or a
 * count of another noun (countAnsweredByOtherNoun). The story's count of the thing asked about is not where the answer
 * was read, as a story on the topic that never gives it offers its other figures.
 */

/** Most words after "how many" read for a currency, a share or a scale the question counts ("how many *million dollars*"). */
const COUNTED_WORDS = 4;

/** Words that count a share or a scale, which a percentage or a sum may answer ("how many percent", "how many millions"). */
const SHARE_OR_SCALE = /^(?:percent|percentage|percentages|per|points?|thousands?|millions?|billions?|trillions?)$/;

/** Most words before a percentage read for the change it sizes ("fell *by* 4%", "closed with a drop *of* 6%"). */
const MOVED_BEFORE_WORDS = 4;

/**
 * Whether a percentage is written as the size of a change: a word of moving (`isChangeWord`) within MOVED_BEFORE_WORDS words before it
 * ("dropped 13%", "a drop of 6%") or right after it ("a 5% rise", "9% lower").
 */
function writtenAsChange(written: string, sentence: string): boolean {
  const at = sentence.indexOf(written);
  if (at < 0) return false;
  const before = words(sentence.slice(0, at)).slice(-MOVED_BEFORE_WORDS);
  const after = words(sentence.slice(at + written.length))[0];
  return before.some((w) => isChangeWord(w.toLowerCase())) || (after !== undefined && isChangeWord(after.toLowerCase()));
}

/**
 * Whether a question asking how many of a thing was answered by a value that counts nothing: a sum of money ("$80" for
 * how many barrels a field pumps a day) or the size of a change in per cent ("17%" of "the shares fell 17%" for how many
 * staff the firm has). A story on the topic that never gives the count offers its prices and its moves instead. A
 * question counting a currency, a share or a scale ("how many dollars", "how many percent", "how many millions") is left
 * alone, and so is one counting no noun ("How many will the board keep?"), and a share that is no change ("12% of the
 * crew are from Velden" answers how many of the crew are).
 *
 * @param type the answer's entity type; `written` the answer as its sentence writes it
 * @example countAnsweredByValue('How many boats does the Tolly yard build?', 'PERCENT', '12%', 'Tolly shares fell 12%.') // → true
 */
export function countAnsweredByValue(question: string, type: string, written: string, sentence: string): boolean {
  if ((type !== 'MONEY' && type !== 'PERCENT') || !HOW_MANY.test(question)) return false;
  const counted = words(question.slice(HOW_MANY.exec(question)!.index)).slice(2, 2 + COUNTED_WORDS);
  if (counted.some((w) => isCurrencyWord(w) || SHARE_OR_SCALE.test(w))) return false;
  if (countedNouns(question).size === 0) return false;
  return type === 'MONEY' || writtenAsChange(written, sentence);
}

/** Most words after a figure read for the noun it counts ("12 *harbour bylaws*", "nine more *boats*"). */
const FIGURE_NOUN_WORDS = 5;

/** A noun's lemma, lower case (the word itself when the lexicon has none). */
const lemmaOf = (word: string) => nounLemma(word.toLowerCase()) ?? word.toLowerCase();

/** Whether two nouns are one, synonyms or one a kind of the other in WordNet ("boats", "vessels"; "states", "countries"). */
function relatedNouns(a: string, b: string): boolean {
  const la = lemmaOf(a);
  const lb = lemmaOf(b);
  return (
    la === lb || relatedWords(la).includes(lb) || relatedWords(lb).includes(la) || nounKinds(la).includes(lb) || nounKinds(lb).includes(la)
  );
}

/**
 * The noun a figure counts where its sentence first writes it: the head of the noun run right after the figure's last
 * number, describing words before it passed over ("30 general *principles*", "235 television *stations*"); undefined
 * when no noun follows ("rose to 30.").
 */
function figureNoun(written: string, sentence: string): string | undefined {
  const at = sentence.indexOf(written);
  if (at < 0) return undefined;
  const tokens = tagSentence(sentence).tokens;
  const end = at + written.length;
  let k = tokens.findIndex((t) => t.start >= at);
  if (k < 0) return undefined;
  // Past the figure: its last number inside the answer ("nearly 60,000"), the answer's end if none.
  let last = -1;
  for (let i = k; i < tokens.length && tokens[i]!.start < end; i += 1) if (tokens[i]!.pos === 'NUM') last = i;
  k = last >= 0 ? last + 1 : tokens.findIndex((t) => t.start >= end);
  if (k < 0) return undefined;
  let noun: string | undefined;
  for (const t of tokens.slice(k, k + FIGURE_NOUN_WORDS)) {
    if (t.pos === 'ADJ' && noun === undefined) continue;
    if (t.pos !== 'NOUN') break;
    noun = t.text;
  }
  return noun;
}

/**
 * Whether a question asking how many of a thing was answered by a figure its sentence writes as a count of another
 * thing, the sentence never naming the thing counted: "12" of "the board sets out 12 harbour bylaws" for how many
 * ferries sail from Orsk. The figure's noun (figureNoun) must be none the question counts, nor a synonym or a kind of
 * one or what one is a kind of ("nine more boats" or "14 vessels" for how many boats), nor people (the staff or the
 * residents counted answer "how many people" or "how many seats": covered.ts countsPeople), nor a noun WordNet derives
 * from a word of the question ("four translations" for how many letters a clerk translated), and the question must count no classing noun
 * ("how many types …" is answered by "two classes"). "How many times …" is left alone: it counts what the question
 * names, not a noun of its own; so is one counting a unit ("how many tons of …": unitFit.ts weighs units, spelt
 * any way).
 *
 * @param written the answer as its sentence writes it
 * @example countAnsweredByOtherNoun('How many ferries sail from Orsk?', '30', 'The Orsk board has 30 general rules.') // → true
 */
export function countAnsweredByOtherNoun(question: string, written: string, sentence: string): boolean {
  // A unit asked ("how many tons of …") is weighed by unitFit, which reads "tonnes" as tons.
  if (!HOW_MANY.test(question) || written.includes('-') || askedUnit(question)?.name !== undefined) return false;
  const counted = countedNouns(question);
  if (counted.size === 0 || counted.has('time')) return false;
  const askedWords = tagSentence(question)
    .tokens.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && counted.has(termOf(t.text) ?? ''))
    .map((t) => t.text);
  if (askedWords.some(isClassifierNoun)) return false;
  const held = new Set(termsOf(sentence));
  if ([...counted].some((t) => held.has(t))) return false;
  const noun = figureNoun(written, sentence);
  if (noun === undefined || countsPeople(noun)) return false;
  if (askedWords.some((w) => relatedNouns(w, noun))) return false;
  // A noun derived from a word of the question names what it asks by another word ("four translations" for how many letters
  // a clerk translated).
  const lemma = lemmaOf(noun);
  return !tagSentence(question).tokens.some((t) => relatedWords(tokenLemma(t)).includes(lemma));
}

/** "How much", which asks an amount of a mass, a sum, a share or a degree, not a number of things ("how many"). */
const HOW_MUCH = /\bhow\s+much\b/i;

/** "By how much …" asks a margin or a change, which a count answers ("won by 151 votes"). */
const BY_HOW_MUCH = /\bby\s+how\s+much\b/i;

/** The nouns of a fraction, a share however many of them ("two thirds", "three quarters", "two ninths", "both halves"). */
const FRACTION_NOUN = /^(?:halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths|thousandths)$/;

/**
 * Whether a how-much question was answered by a figure its sentence writes as a count of things: "How much" asks an
 * amount of a mass, a sum, a share or a degree, and a number of a plural count noun answers "how many" instead ("three"
 * of "its three main reservoirs" for how much of the air is oxygen). The figure's noun (figureNoun) must be a plural (the
 * lexicon's singular differs) that is no unit ("40 tonnes", "3 hours": unitFit.ts `unitOfWord`), no currency, no scale
 * or share word, no fraction ("two thirds"), no people (a population is asked by how much and told as people counted:
 * covered.ts countsPeople), and no noun of the question nor one WordNet relates to one; a question asking a change or a
 * margin is left alone ("How much did the fleet grow?" is told by "12 more boats": changeWords.ts `isChangeWord`; "By how
 * much did Ada win?" by "151 votes").
 *
 * @param written the answer as its sentence writes it
 * @example amountAnsweredByCount('How much of the reservoir is fresh water?', '3', 'The reservoir has 3 large islands.') // → true
 */
export function amountAnsweredByCount(question: string, written: string, sentence: string): boolean {
  if (!HOW_MUCH.test(question) || HOW_MANY.test(question) || BY_HOW_MUCH.test(question)) return false;
  // "How much did the fleet grow?": a change of a number of things is told by how many were added ("12 more boats").
  if (words(question).some((w) => isChangeWord(w.toLowerCase()))) return false;
  const noun = figureNoun(written, sentence);
  if (noun === undefined) return false;
  const lower = noun.toLowerCase();
  const singular = nounLemma(lower);
  if (singular === undefined || singular === lower) return false;
  if (
    unitOfWord(lower) !== undefined ||
    isCurrencyWord(lower) ||
    SHARE_OR_SCALE.test(lower) ||
    FRACTION_NOUN.test(lower) ||
    countsPeople(lower)
  )
    return false;
  const lemma = lemmaOf(noun);
  return !tagSentence(question).tokens.some(
    (t) => ((t.pos === 'NOUN' || t.pos === 'PROPN') && relatedNouns(t.text, noun)) || relatedWords(tokenLemma(t)).includes(lemma),
  );
}

/** Words that rank a group "one" is picked from without counting it ("one of the *few* ferries", "one of its *best* players"). */
const RANKING_WORDS = /^(?:most|least|best|worst|few|many)$/i;

/** Determiners between "one of" and the ranking word ("one of *the* biggest", "one of *its* oldest"). */
const PICK_DETERMINER = /^(?:the|its|his|her|their|our|my|your)$/i;

/**
 * Whether a question asking how many was answered by the "one" of "one of the biggest …": "one" then picks a member of a
 * group ranked by a superlative ("one of the oldest mills", "one of its best crews", "one of the few ferries"), which
 * says that the thing named is among them, not how many of anything there are. Every place the sentence writes the
 * answer must so pick; a plain partitive ("one of the quays was shut") is left alone, as it may count what was asked.
 *
 * @param written the answer as its sentence writes it
 * @example countAnsweredByPick('How many mills does Orsk have?', 'One', 'One of the oldest mills is the Tarrow mill.') // → true
 */
export function countAnsweredByPick(question: string, written: string, sentence: string): boolean {
  if (!HOW_MANY.test(question) || !/^one$/i.test(written.trim())) return false;
  const tokens = tagSentence(sentence).tokens;
  const ones = tokens.flatMap((t, i) => (t.text.toLowerCase() === 'one' ? [i] : []));
  return (
    ones.length > 0 &&
    ones.every((i) => {
      const [of, determiner, ranking] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
      if (of?.text.toLowerCase() !== 'of' || !PICK_DETERMINER.test(determiner?.text ?? '') || ranking === undefined) return false;
      return RANKING_WORDS.test(ranking.text) || (ranking.pos === 'ADJ' && /\p{L}{2}est$/iu.test(ranking.text));
    })
  );
}
