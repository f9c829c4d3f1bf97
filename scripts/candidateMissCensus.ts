/**
 * Census of the pooled SQuAD questions whose right sentence (the first gold answer's) is not among the ranker's
 * candidates at all — retrieval misses, not ranking ones: where the right sentence stands in the whole BM25 order of
 * the question's search terms, and why the search passes it by — it holds none of the search terms (only its
 * neighbours' field or its headline matches, or nothing), the question's words it shares are stop or frame words,
 * it writes a question word in another form (a shared stem of five letters, not the same term) or as a WordNet
 * paraphrase (paraphraseTerms'), or it holds some terms but ranks below the pool; whether it opens by pointing back and
 * where the sentence before it stands among the candidates (for pronounFollowers.ts).
 *
 *   npx tsx scripts/candidateMissCensus.ts [--squad PATH] [--limit N] [--list N]
 *
 * Measured (round 63, base 729dbf78; 3 minutes idle): 483 of 10,570 right sentences not a candidate (training / held
 * back 294 / 189). In the whole BM25 order 41st–60th 86, 61st–100th 96, 101st–300th 171, below 51 + 79 (51 match no
 * search term in any field). They hold none of the search terms 219 times (their neighbours hold some 150), one 235,
 * two or more 29; a lacked term is held as a WordNet paraphrase 106 times, in another form of five shared letters 52
 * (mostly unrelated words sharing a prefix), a frame word left out of the search 8. The sentence opens with a pronoun
 * and the one before it is a candidate 51 times (in the first ten 38), opens with "the" 25, neither 59; the one before
 * is no candidate 214 times, and the paragraph's first 134. No cause of form dominates: most are paraphrases WordNet
 * does not link (a verb of the question told by another verb, a plural noun by a near synonym) or a subject written
 * only sentences before.
 */
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { idf, observeRanking, passagesOf, type PreparedQuery, RANKING, searchTerms } from '../src/answer/rankSentences.js';
import { opensWithPronoun, pointsBack } from '../src/answer/antecedent.js';
import { paraphraseTerms } from '../src/answer/paraphrase.js';
import { termSetOf } from '../src/answer/termMemo.js';
import { searchSentences } from '../src/search/sentenceIndex.js';
import { STOP_WORDS, termOf, words } from '../src/search/terms.js';
import { buildStory } from '../src/story/buildStory.js';
import { DEFAULT_SQUAD_PATH, goldSentences, heldBack, loadSquad } from './squad.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    limit: { type: 'string' },
    list: { type: 'string', default: '40' },
  },
});
const { articles, questions: all } = loadSquad(values.squad);
const questions = values.limit ? all.slice(0, Number(values.limit)) : all;
const story = buildStory(articles, 'squad-dev');
const gold = goldSentences(story.sentences, questions);

const counts = new Map<string, number>();
const bump = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
const listed: string[] = [];
let missing = 0;
for (const [i, q] of questions.entries()) {
  let query: PreparedQuery | undefined;
  let ids: Set<number> | undefined;
  let order: number[] = [];
  observeRanking((candidates, prepared) => {
    if (query) return;
    query = prepared;
    order = candidates.map((c) => c.sentence.id);
    ids = new Set(order);
  });
  try {
    traceAnswer(story, q.question, { command: 'ask', limit: 1 });
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
  } finally {
    observeRanking(undefined);
  }
  const g = gold[i]!;
  if (!query || !ids || ids.has(g)) continue;
  missing += 1;
  const half = heldBack(q.articleId) ? 'H' : 'T';
  bump(`all ${half}`);
  const terms = searchTerms(query);
  const weights = new Map(terms.map((t) => [t, idf(story, t) ** RANKING.queryIdf]));
  const hits = searchSentences(story.index, terms, { limit: story.sentences.length, termBoosts: weights, passages: passagesOf(story) });
  const at = hits.findIndex((h) => h.id === g);
  const sentence = story.sentences[g]!;
  const held = termSetOf(sentence.text);
  const own = terms.filter((t) => held.has(t));
  const neighbours = new Set<string>();
  for (const n of [story.sentences[g - 1], story.sentences[g + 1]])
    if (n && n.articleId === sentence.articleId) for (const t of termSetOf(n.text)) neighbours.add(t);
  const viaNeighbour = terms.filter((t) => !held.has(t) && neighbours.has(t));
  const lacked = terms.filter((t) => !held.has(t));
  const heldStems = [...held];
  const otherForm = lacked.filter(
    (t) => t.length >= 5 && heldStems.some((h) => h !== t && h.length >= 5 && h.slice(0, 5) === t.slice(0, 5)),
  );
  const related = paraphraseTerms(story, q.question, terms);
  const paraphrased = lacked.filter((t) => (related.get(t) ?? []).some((r) => held.has(r)));
  const frameShared = words(q.question)
    .map((w) => w.toLowerCase())
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => termOf(w))
    .filter((t): t is string => t !== null && !terms.includes(t) && held.has(t));
  const rankBand = at < 0 ? 'unmatched' : at < 60 ? '41-60' : at < 100 ? '61-100' : at < 300 ? '101-300' : '>300';
  bump(`rank ${rankBand}`);
  bump(
    `held ${own.length === 0 ? 'none' : own.length === 1 ? 'one' : 'two+'} of ${terms.length <= 2 ? '≤2' : terms.length <= 4 ? '3-4' : '5+'} terms`,
  );
  if (own.length === 0) bump(viaNeighbour.length > 0 ? 'none held: neighbours hold some' : 'none held: neighbours hold none');
  if (otherForm.length > 0) bump('a lacked term in another form (5-letter stem)');
  if (paraphrased.length > 0) bump('a lacked term as a WordNet paraphrase');
  if (frameShared.length > 0) bump('shares a frame word left out of the search');
  const beforeAt = story.sentences[g - 1]?.articleId === sentence.articleId ? order.indexOf(g - 1) : -2;
  const led = opensWithPronoun(sentence) ? 'pronoun-led' : pointsBack(sentence) ? 'the-led' : 'not led';
  const beforeBand =
    beforeAt === -2
      ? 'first of paragraph'
      : beforeAt < 0
        ? 'before not a candidate'
        : beforeAt < 10
          ? 'before a candidate 1-10'
          : beforeAt < 20
            ? 'before 11-20'
            : 'before 21-40';
  bump(`${led}, ${beforeBand}`);
  if (lacked.length === terms.length - own.length && own.length > 0 && viaNeighbour.length > 0) bump('some held, neighbours hold others');
  if (listed.length < Number(values.list) && i % 7 === 0)
    listed.push(
      `${half} ${rankBand} [${terms.join(' ')}] held [${own.join(' ')}] form [${otherForm.join(' ')}] para [${paraphrased.join(' ')}] nb [${viaNeighbour.join(' ')}]\n   Q: ${q.question}\n   S: ${sentence.text}`,
    );
}
console.log(`pooled questions ${questions.length}, right sentence not a candidate ${missing}`);
for (const [k, n] of [...counts].sort()) console.log(`  ${k.padEnd(52)} ${n}`);
console.log(listed.join('\n'));
