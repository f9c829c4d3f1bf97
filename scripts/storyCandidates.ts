/**
 * Prints, for questions on one story directory, the answer the engine gives and the extractor's candidates behind
 * it (candidate-model score, the features that are on), best first: the extractor's side of scripts/rankTrace.ts,
 * which shows the ranker's. For telling an answer lost in extraction (the right phrase ranked below another, a
 * name from a lower excerpt outscoring a phrase in the first) from one lost in ranking (no candidate holds it).
 *
 *   npx tsx scripts/storyCandidates.ts DIR [--command who|when|where|ask] [--top N] 'question' ['question' …]
 */
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import { candidateRows, watchCandidates } from './candidateRows.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { command: { type: 'string', default: 'ask' }, top: { type: 'string', default: '8' } },
});
const [dir, ...asked] = positionals;
if (!dir || asked.length === 0) throw new Error("storyCandidates: usage: DIR [--command C] [--top N] 'question' …");
const command = values.command as 'who' | 'when' | 'where' | 'ask';
const top = Number(values.top);
const { articles } = await loadCorpus(dir);
const story = buildStory(articles, corpusHash(articles));
const takeSeen = watchCandidates();
for (const q of asked) {
  takeSeen();
  try {
    const { answer, short } = traceAnswer(story, q, { command, limit: 3 });
    const shown = answer.answer?.text ?? '(none)';
    console.log(`${q}\n  answer ${shown} (confidence ${answer.confidence}, covered ${answer.covered}); short ${short?.text ?? '(none)'}`);
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    console.log(`${q}\n  not a question: ${error.message}`);
    continue;
  }
  for (const c of candidateRows(takeSeen()).slice(0, top)) console.log(`  ${c.z.toFixed(3)}  ${c.text}  | ${c.on.join(' ')}`);
}
