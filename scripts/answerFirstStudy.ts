/**
 * What moving the answer's excerpt first does on pooled SQuAD: one JSON row per question with the ranker's first
 * excerpt, the short answer's excerpt, and the evidence a rule deciding the move could read (the answer's
 * confidence and evidence, its excerpt's rank, score share and coverage, the question's terms in it, whether the
 * first excerpt holds anything of the answer's type). Rows go to stdout; analyse them with any tool.
 *
 *   npx tsx scripts/answerFirstStudy.ts [--squad PATH] [--cache FILE] > rows.jsonl
 *
 * --cache keeps the built pooled story as a snapshot so that reruns skip the build (it is not checked against
 * the engine's version: delete it after changing how stories are built).
 */
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { buildStory } from '../src/story/buildStory.js';
import { loadSnapshot, saveSnapshot } from '../src/story/snapshot.js';
import type { Story } from '../src/story/story.js';
import { moveEvidence } from './answerFirstRow.js';
import { bestOver, DEFAULT_SQUAD_PATH, goldSentences, heldBack, loadSquad, tokenF1 } from './squad.js';

const { values } = parseArgs({
  options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, cache: { type: 'string' } },
});
const { articles, questions } = loadSquad(values.squad);
const FINGERPRINT = 'answer-first-study';

async function pooled(): Promise<Story> {
  if (values.cache) {
    const loaded = await loadSnapshot(values.cache, 'squad-dev', { fingerprint: FINGERPRINT });
    if (typeof loaded !== 'string') return loaded;
  }
  const story = buildStory(articles, 'squad-dev');
  if (values.cache) await saveSnapshot(story, values.cache, { fingerprint: FINGERPRINT });
  return story;
}

async function main(): Promise<void> {
  const story = await pooled();
  const gold = goldSentences(story.sentences, questions);
  for (const [i, q] of questions.entries()) {
    let trace: ReturnType<typeof traceAnswer>;
    try {
      trace = traceAnswer(story, q.question, { command: 'ask', limit: 5 });
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
      continue;
    }
    const { answer, short, ranked } = trace;
    const half = heldBack(q.articleId) ? 1 : 0;
    asked[half] = (asked[half] ?? 0) + 1;
    if (answer.excerpts[0]?.sentenceId === gold[i]) first[half] = (first[half] ?? 0) + 1;
    const evidence = moveEvidence(story, q.question, trace);
    if (!evidence) continue;
    const row = {
      id: q.id,
      article: q.articleId,
      held: heldBack(q.articleId),
      gold: gold[i],
      rankerTop: ranked[0]!.sentence.id,
      shownTop: answer.excerpts[0]?.sentenceId,
      rankOfGold: ranked.findIndex((g) => g.sentence.id === gold[i]),
      answered: answer.answer !== null,
      answerSentence: short?.sentenceId ?? null,
      from: short?.from ?? null,
      ...evidence,
      f1: bestOver(tokenF1, answer.answer?.text ?? '', q.answers),
      shortF1: short ? bestOver(tokenF1, short.text, q.answers) : 0,
    };
    console.log(JSON.stringify(row));
  }
}

const asked = [0, 0];
const first = [0, 0];
await main();
const p1 = (k: number) => (first[k]! / (asked[k] || 1)).toFixed(4);
console.error(
  `P@1 shown: all ${((first[0]! + first[1]!) / (asked[0]! + asked[1]! || 1)).toFixed(4)}, trained-on half ${p1(0)}, held back ${p1(1)}`,
);
