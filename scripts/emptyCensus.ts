/**
 * Study (round 59 A): the SQuAD reading questions a rows file (evalSquad --rows) shows with no answer, each traced again
 * with why: the refusing check of covered.ts, whether a short answer was found (and its F1), the best excerpt's
 * coverage, whether the gold sentence is the best excerpt, and the candidates ranked.
 *
 *   npx tsx scripts/emptyCensus.ts ROWS > census.jsonl
 */
import { readFileSync } from 'node:fs';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { refusingCheck } from '../src/answer/covered.js';
import { QuestionError } from '../src/answer/questionError.js';
import { buildStory } from '../src/story/buildStory.js';
import { candidateRows, watchCandidates } from './candidateRows.js';
import { bestOver, DEFAULT_SQUAD_PATH, goldSentenceSets, loadSquad, tokenF1, type SquadQuestion } from './squad.js';

const rows = readFileSync(process.argv[2]!, 'utf8')
  .trim()
  .split('\n')
  .map((l) => l.split('\t'));
const empty = new Map(rows.filter((r) => r[5] === '').map((r) => [r[0]!, r]));
const { articles, questions } = loadSquad(DEFAULT_SQUAD_PATH);
const byParagraph = new Map<string, SquadQuestion[]>();
for (const q of questions) byParagraph.set(q.articleId, [...(byParagraph.get(q.articleId) ?? []), q]);
const takeSeen = watchCandidates();
for (const paragraph of articles) {
  const qs = byParagraph.get(paragraph.id) ?? [];
  if (!qs.some((q) => empty.has(q.id))) continue;
  const story = buildStory([paragraph], paragraph.id);
  const gold = goldSentenceSets(story.sentences, qs);
  for (const [i, q] of qs.entries()) {
    const row = empty.get(q.id);
    if (!row) continue;
    takeSeen();
    try {
      const trace = traceAnswer(story, q.question, { command: 'ask', limit: 1 });
      const best = trace.ranked[0];
      const e = trace.coverage;
      console.log(
        JSON.stringify({
          id: q.id,
          half: row[1],
          wh: row[2],
          question: q.question,
          gold: q.answers,
          source: row[8],
          kind: trace.answer.kind,
          short: trace.short?.text ?? null,
          shortType: trace.short?.type ?? null,
          shortF1: trace.short ? Number(bestOver(tokenF1, trace.short.text, q.answers).toFixed(3)) : null,
          check: e ? refusingCheck(e) : 'noExcerpt',
          coverage: e ? Number(e.coverage.toFixed(3)) : null,
          untyped: e?.untyped ?? null,
          bestGold: best !== undefined && gold[i]!.has(best.sentence.id),
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
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
      console.log(JSON.stringify({ id: q.id, half: row[1], wh: row[2], check: 'questionError' }));
    }
  }
}
