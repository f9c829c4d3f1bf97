/**
 * Study: refusal in single-paragraph stories. Each SQuAD dev question is asked of the next paragraph of its own
 * article (same topic, the answer's paragraph gone; skipped when that paragraph writes a gold answer) and of the
 * same-numbered paragraph of the next article: both must be refused. Prints how many were answered in each.
 *
 *   npx tsx scripts/paragraphNear.ts [STEP]   (every STEP-th question, default 3: 3,181 near and 2,810 other)
 */
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { DEFAULT_SQUAD_PATH, loadSquad, paragraphStories } from './squad.js';

const { articles, questions } = loadSquad(DEFAULT_SQUAD_PATH);
const byId = new Map(articles.map((a) => [a.id, a]));
const storyOf = paragraphStories(byId);
const count = { near: 0, nearAnswered: 0, other: 0, otherAnswered: 0 };
const step = Number(process.argv[2] ?? 3);
for (const [i, q] of questions.entries()) {
  if (i % step !== 0) continue;
  const [, a, p] = q.articleId.split('-').map(Number);
  for (const [setting, id] of [
    ['near', `squad-${a}-${p! + 1}`],
    ['other', `squad-${a! + 1}-${p}`],
  ] as const) {
    const article = byId.get(id);
    if (!article || q.answers.some((g) => article.body.includes(g))) continue;
    count[setting] += 1;
    try {
      if (traceAnswer(storyOf(id), q.question, { command: 'ask', limit: 1 }).answer.answer) count[`${setting}Answered`] += 1;
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
    }
  }
}
console.log(JSON.stringify(count));
