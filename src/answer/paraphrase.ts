import { multiwordStarts, relatedWords, verbConverses } from '../lexicon/index.js';
import { irregularVerbBase, STOP_WORDS, termOf, words } from '../search/terms.js';
import type { Story } from '../story/story.js';
import { nounKindTerms, relatedWordTerms } from './termMemo.js';

/**
 * Related words taken per question word, and in all. Eight per word (in all 16 or 32) measured SQuAD pooled +2 questions
 * against four at the same moment, kit unchanged: noise, so four.
 */
const PER_WORD = 4;
const TOTAL = 16;

/**
 * Paraphrases of a question's words that the story uses: WordNet synonyms and derivationally related
 * forms ("resign" → "resignation", "hired" → "employed") of each question word, and of each multiword
 * lemma the question holds ("put off" → "postpone", "gave … up" → "abandon": see questionPhrases), as index
 * terms, kept only when the story holds them and the question does not. Keyed by the question term they
 * stand for (a phrase's relatives stand for each of its terms, ahead of the single words' relatives).
 *
 * @example paraphraseTerms(story, 'Why did the minister resign?', ['minist', 'resign']) // → Map { 'resign' => ['resign'] … }
 */
export function paraphraseTerms(story: Story, question: string, terms: readonly string[]): Map<string, string[]> {
  const own = new Set(terms);
  const out = new Map<string, string[]>();
  let total = 0;
  const take = (term: string, lemmas: readonly string[]): void => {
    let related = out.get(term);
    for (const lemma of lemmas) {
      const { words: rs, terms: ts } = relatedWordTerms(lemma);
      for (let i = 0; i < rs.length; i += 1) {
        const r = rs[i]!;
        if (total >= TOTAL || (related?.length ?? 0) >= PER_WORD) return;
        if (r.includes(' ') || STOP_WORDS.has(r)) continue;
        const t = ts[i] ?? null;
        if (t === null || own.has(t) || related?.includes(t) || !story.documentFrequency.has(t)) continue;
        if (!related) out.set(term, (related = []));
        related.push(t);
        total += 1;
      }
    }
  };
  const said = words(question);
  for (const phrase of questionPhrases(said)) {
    for (const w of phrase.words) {
      const term = termOf(w);
      if (term !== null && own.has(term)) take(term, [phrase.lemma]);
    }
  }
  const seen = new Set<string>();
  for (const word of said) {
    const term = termOf(word);
    if (term === null || !own.has(term) || seen.has(term)) continue;
    seen.add(term);
    take(term, lemmaGuesses(word.toLowerCase()));
  }
  return out;
}

/**
 * Converses of a question's verbs that the story uses: the verbs that tell the same event from its other side
 * (WordNet, see verbConverses: "lost" → "beat", "bought" → "sell"), as index terms keyed by the question term they
 * stand for, kept only when the story holds them and the question does not. A sentence holding one tells the asked
 * fact with its parties the other way round ("Who lost to Ada?" ← "Ada beat Nell.").
 *
 * Kept for the latest question: the ranker asks it of the question's search terms and the extractor of its terms, which
 * are the same list unless the question writes words of its frame ("when", "how many"), and a question's later kinds of
 * candidate ask again (scripts/answerReplay.ts at 100k, 2,050 SQuAD questions: 3,995 calls, 2,498 worked out). The map is
 * shared: callers only read it.
 *
 * @example converseTerms(story, 'Who lost to Ada Vell?', ['lose', 'ada', 'vell']) // → Map { 'lose' => ['beat'] } when the story says "beat"
 */
export function converseTerms(story: Story, question: string, terms: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const known = conversesOf;
  if (known?.story === story && known.question === question && sameTerms(known.terms, terms)) return known.out;
  const out = questionConverses(story, question, terms);
  conversesOf = { story, question, terms, out };
  return out;
}

/** The latest `converseTerms` call and its answer. */
let conversesOf: { story: Story; question: string; terms: readonly string[]; out: ReadonlyMap<string, readonly string[]> } | undefined;

/** Whether two term lists hold the same terms in the same order. */
function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** What `converseTerms` answers, worked out. */
function questionConverses(story: Story, question: string, terms: readonly string[]): Map<string, string[]> {
  const own = new Set(terms);
  const out = new Map<string, string[]>();
  for (const word of words(question)) {
    const term = termOf(word);
    if (term === null || !own.has(term) || out.has(term)) continue;
    const lower = word.toLowerCase();
    const found = new Set<string>();
    for (const lemma of [...lemmaGuesses(lower), irregularVerbBase(lower) ?? lower]) {
      for (const converse of verbConverses(lemma)) {
        const t = termOf(converse);
        if (t !== null && !own.has(t) && story.documentFrequency.has(t)) found.add(t);
      }
    }
    if (found.size > 0) out.set(term, [...found]);
  }
  return out;
}

/**
 * Story terms naming a kind of a noun ("religion" → "buddhism", "vehicle" → "cart": see nounKinds), less the
 * question's own terms. The noun a "which/what NOUN" question asks about is the answer's class, and the sentence
 * that answers often names only the member ("Which vehicle did they rent?" ← "They rented a cart.").
 *
 * @example kindTerms(story, 'religion', ['religion', 'court', 'follow']) // → Set { 'buddhism' } when the story says "Buddhism"
 */
export function kindTerms(story: Story, noun: string, terms: readonly string[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (const t of storyKindTerms(story, noun.toLowerCase())) if (!terms.includes(t)) found.add(t);
  return found;
}

/** Nouns whose kinds' story terms are kept per story (cleared when full). */
const KINDS_KEPT = 4_096;
const kindsByStory = new WeakMap<Story, Map<string, readonly string[]>>();

/**
 * The terms of a noun's kinds (nounKinds) that the story uses, in the lexicon's order: a noun's kinds run to hundreds
 * of words, each looked up in the story's terms, and a story's questions name the same nouns again and again.
 */
function storyKindTerms(story: Story, noun: string): readonly string[] {
  let kept = kindsByStory.get(story);
  if (!kept) kindsByStory.set(story, (kept = new Map()));
  let out = kept.get(noun);
  if (!out) {
    out = nounKindTerms(noun).terms.filter((t): t is string => t !== null && story.documentFrequency.has(t));
    if (kept.size >= KINDS_KEPT) kept.clear();
    kept.set(noun, out);
  }
  return out;
}

/**
 * Particles that make a phrasal verb with the verb before them ("give up", "put off", "knock out"): a closed
 * class of English, and the verb's object may stand between them ("knocked the champion out").
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'up',
  'down',
  'out',
  'off',
  'in',
  'on',
  'over',
  'away',
  'back',
  'through',
  'about',
  'around',
  'along',
  'aside',
  'apart',
  'forward',
  'together',
]);
/** Longest multiword lemma looked for, in words, and most words between a verb and its particle. */
const PHRASE_WORDS = 4;
const PARTICLE_GAP = 3;

/**
 * The multiword lemmas WordNet knows that a question's words spell (its first word read in any of its base
 * forms): runs of two to four words ("prime minister", "in a row"), and a verb with a particle up to three
 * words after it ("gave the plan up" → "give_up"). A handful of table look-ups per word.
 *
 * @example questionPhrases(['Who', 'gave', 'it', 'up']) // → [{ lemma: 'give_up', words: ['gave', 'up'] }]
 */
export function questionPhrases(said: readonly string[]): { lemma: string; words: string[] }[] {
  const lower = said.map((w) => w.toLowerCase());
  const out: { lemma: string; words: string[] }[] = [];
  const known = new Set<string>();
  const add = (lemma: string, ws: string[]): boolean => {
    if (known.has(lemma) || relatedWords(lemma).length === 0) return false;
    known.add(lemma);
    out.push({ lemma, words: ws });
    return true;
  };
  // The runs from a word are looked up only where its first two words open a lemma (most pairs of words open none).
  const opening = multiwordStarts();
  for (let i = 0; i < lower.length; i += 1) {
    const bases = lemmaGuesses(lower[i]!);
    const irregular = irregularVerbBase(lower[i]!);
    if (irregular !== undefined) bases.push(irregular);
    for (const base of bases) {
      const opens = i + 1 < lower.length && opening.get(base.toLowerCase())?.has(lower[i + 1]!) === true;
      for (let n = opens ? Math.min(PHRASE_WORDS, lower.length - i) : 0; n >= 2; n -= 1) {
        const rest = lower.slice(i + 1, i + n);
        if (add([base, ...rest].join('_'), said.slice(i, i + n))) break;
      }
      for (let j = i + 2; j <= Math.min(lower.length - 1, i + 1 + PARTICLE_GAP); j += 1) {
        if (PARTICLES.has(lower[j]!)) add(`${base}_${lower[j]}`, [said[i]!, said[j]!]);
      }
    }
  }
  return out;
}

/** The word and the base forms it may have: "injured" → injured, injure; "cities" → cities, city. */
export function lemmaGuesses(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  return out;
}
