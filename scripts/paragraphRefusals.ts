/**
 * Study: the refusals of single-paragraph stories, row by row. Each SQuAD dev question (every STEP-th) is asked of its
 * own paragraph (must answer), the next paragraph of its article and the same-numbered paragraph of the next article
 * (both must refuse; skipped when they write a gold answer); one JSON line per setting whose trace found a short
 * answer, with the coverage row (scripts/coverageRow.ts), the check that refused it and the found answer's F1.
 *
 *   npx tsx scripts/paragraphRefusals.ts FILE.jsonl [STEP]   (default STEP 1)
 */
import { writeFileSync } from 'node:fs';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { refusingCheck } from '../src/answer/covered.js';
import { QuestionError } from '../src/answer/questionError.js';
import { coverageRow } from './coverageRow.js';
import { bestOver, DEFAULT_SQUAD_PATH, loadSquad, paragraphStories, tokenF1 } from './squad.js';

const [file, stepText] = process.argv.slice(2);
if (!file) throw new Error('paragraphRefusals: give the output file');
const { articles, questions } = loadSquad(DEFAULT_SQUAD_PATH);
const byId = new Map(articles.map((a) => [a.id, a]));
const storyOf = paragraphStories(byId, 64);
const step = Number(stepText ?? 1);
const lines: string[] = [];
for (const [i, q] of questions.entries()) {
  if (i % step !== 0) continue;
  const [, a, p] = q.articleId.split('-').map(Number);
  for (const [setting, id] of [
    ['own', q.articleId],
    ['near', `squad-${a}-${p! + 1}`],
    ['other', `squad-${a! + 1}-${p}`],
  ] as const) {
    const article = byId.get(id);
    if (!article || (setting !== 'own' && q.answers.some((g) => article.body.includes(g)))) continue;
    try {
      const story = storyOf(id);
      const trace = traceAnswer(story, q.question, { command: 'ask', limit: 1 });
      if (!trace.short || !trace.coverage) continue;
      lines.push(
        JSON.stringify({
          id: q.id,
          setting,
          question: q.question,
          gold: q.answers[0],
          found: trace.short.text,
          given: trace.answer.answer ? 1 : 0,
          f1Found: bestOver(tokenF1, trace.short.text, q.answers),
          refusedBy: refusingCheck(trace.coverage) ?? null,
          ...coverageRow(story, trace),
        }),
      );
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
    }
  }
}
writeFileSync(file, `${lines.join('\n')}\n`);
console.log(`paragraphRefusals: ${lines.length} rows`);
