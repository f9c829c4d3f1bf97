/**
 * Prints the hand ranker's first sentences, with their scores and coverage, for questions on one story directory.
 *
 *   npx tsx scripts/rankTrace.ts DIR 'question' ['question' …]
 */
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { observeRanking, type PreparedQuery, rankSentences } from '../src/answer/rankSentences.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';

const [dir, ...asked] = process.argv.slice(2);
const { articles } = await loadCorpus(dir!);
const story = buildStory(articles, corpusHash(articles));
for (const q of asked) {
  let seen: PreparedQuery | undefined;
  observeRanking((_c, query) => {
    seen ??= query;
  });
  traceAnswer(story, q, { command: 'ask', limit: 1 });
  observeRanking(undefined);
  const query = seen as PreparedQuery | undefined;
  if (!query) continue;
  console.log(`${q}  terms ${query.terms.join(' ')} kind ${query.kind}`);
  for (const r of rankSentences(story, query).slice(0, 6))
    console.log(`  ${r.score.toFixed(3)} cov ${r.coverage.toFixed(2)}  ${r.sentence.text.slice(0, 140)}`);
}
