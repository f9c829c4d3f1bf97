/**
 * SQuAD reading comprehension, one row a question, for comparing two versions of the answer stage question by
 * question: each paragraph alone a story (as `eval:squad -- --reading-only`), the short answer's token F1 and
 * exact match, tab-separated with the question's id, whether its article is held back, its opening word, the
 * answer and the first gold answer.
 *
 *   npx tsx scripts/readingDump.ts [--squad PATH] [--limit N] > rows.tsv
 */
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { buildStory } from '../src/story/buildStory.js';
import { bestOver, DEFAULT_SQUAD_PATH, exactMatch, heldBack, loadSquad, openingWord, tokenF1, type SquadQuestion } from './squad.js';

const { values } = parseArgs({
  options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, limit: { type: 'string' } },
});
const { articles, questions: all } = loadSquad(values.squad);
const questions = values.limit ? all.slice(0, Number(values.limit)) : all;
const byArticle = new Map<string, SquadQuestion[]>();
for (const q of questions) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);
const clean = (s: string) => s.replace(/[\t\n]/g, ' ');
for (const paragraph of articles) {
  const asked = byArticle.get(paragraph.id);
  if (!asked) continue;
  const story = buildStory([paragraph], paragraph.id);
  for (const q of asked) {
    let text = '';
    try {
      text = traceAnswer(story, q.question, { command: 'ask', limit: 1 }).answer.answer?.text ?? '';
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
    }
    const f1 = bestOver(tokenF1, text, q.answers);
    const em = bestOver(exactMatch, text, q.answers);
    const row = [q.id, heldBack(q.articleId) ? 'H' : 'T', openingWord(q.question), f1.toFixed(4), String(em)];
    process.stdout.write(`${[...row, clean(text), clean(q.answers[0] ?? ''), clean(q.question)].join('\t')}\n`);
  }
}
