import { refusingCheck } from '../src/answer/covered.js';
import { candidateRows, watchCandidates } from './candidateRows.js';
import { bestOver, DEFAULT_SQUAD_PATH, loadSquad, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion, readReadingRows } from './squadReading.js';

const empty = new Map(
  readReadingRows(process.argv[2]!)
    .filter((r) => r.answer === '')
    .map((r) => [r.id, r]),
);
const { articles, questions } = loadSquad(DEFAULT_SQUAD_PATH);
const takeSeen = watchCandidates();
const chosen = questions.filter((q) => empty.has(q.id));
eachParagraphQuestion({ articles, questions: chosen }, (asked) => {
  const { question: q, story, gold } = asked;
  const row = empty.get(q.id)!;
  takeSeen();
  const { trace } = readQuestion(asked);
  if (!trace) {
    console.log(JSON.stringify({ id: q.id, half: row.half, wh: row.opening, check: 'questionError' }));
    return;
  }
  const best = trace.ranked[0];
  const e = trace.coverage;
  console.log(
    JSON.stringify({
      id: q.id,
      half: row.half,
      wh: row.opening,
      question: q.question,
      gold: q.answers,
      source: row.source,
      kind: trace.answer.kind,
      short: trace.short?.text ?? null,
      shortType: trace.short?.type ?? null,
      shortF1: trace.short ? Number(bestOver(tokenF1, trace.short.text, q.answers).toFixed(3)) : null,
      check: e ? refusingCheck(e) : 'noExcerpt',
      coverage: e ? Number(e.coverage.toFixed(3)) : null,
      untyped: e?.untyped ?? null,
      bestGold: best !== undefined && gold.has(best.sentence.id),
      ...(e && trace.short
        ? {
            p: Number(e.confidence.toFixed(3)),
            inBest: e.answerInBest,
            subject: e.subjectBeside(),
            details: e.detailsInAnswer(),
            held: Object.fromEntries(Object.entries(e.held()).map(([k, v]) => [k, Number(Number(v).toFixed(3))])),
            sentences: story.sentences.length,
          }
        : {}),
      candidates: candidateRows(takeSeen())
        .slice(0, 5)
        .map(({ text, z }) => ({ text, z, f1: Number(bestOver(tokenF1, text, q.answers).toFixed(3)) })),
    }),
  );
});
