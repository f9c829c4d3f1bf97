/**
 * SQuAD reading comprehension (each paragraph alone a story) with the extractor's candidates laid open: one JSON
 * row per question of the opening words asked for, with the answer, the short answer's sentence (right or wrong
 * for the gold), and every candidate the model ranked (its text, model score and token F1 against the gold), for
 * grouping the misses by what went wrong (a candidate list without the gold phrase, the gold ranked lower, a span
 * too long or too short around it), and the check of covered.ts that refused it where one did.
 *
 *   npx tsx scripts/readingCandidates.ts [--squad PATH] [--words which,where,how] > rows.jsonl
 */
import { parseArgs } from 'node:util';
import { refusingCheck } from '../src/answer/covered.js';
import { candidateRows, watchCandidates } from './candidateRows.js';
import { bestOver, DEFAULT_SQUAD_PATH, heldBack, loadSquad, openingWord, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';

const { values } = parseArgs({
  options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, words: { type: 'string', default: 'which,where,how' } },
});
const wanted = new Set(values.words!.split(','));
const { articles, questions } = loadSquad(values.squad);
/** The first candidate list the extractor ranked since the last call. */
const takeSeen = watchCandidates();
const chosen = questions.filter((q) => wanted.has(openingWord(q.question)));
eachParagraphQuestion({ articles, questions: chosen }, (asked) => {
  const { question: q, story } = asked;
  takeSeen();
  const { trace, source } = readQuestion(asked);
  const answer = trace?.answer.answer?.text ?? '';
  const short = trace?.short?.text ?? '';
  const sentence = trace?.short ? story.sentences[trace.short.sentenceId]!.text : '';
  const refusedBy = !trace || trace.answer.covered ? undefined : trace.coverage ? refusingCheck(trace.coverage) : 'noExcerpt';
  const candidates = candidateRows(takeSeen()).map(({ text, z, on }) => ({
    text,
    z,
    f1: Number(bestOver(tokenF1, text, q.answers).toFixed(3)),
    on,
  }));
  console.log(
    JSON.stringify({
      id: q.id,
      held: heldBack(q.articleId),
      wh: openingWord(q.question),
      question: q.question,
      gold: q.answers,
      answer,
      short,
      f1: bestOver(tokenF1, answer, q.answers),
      shortF1: bestOver(tokenF1, short, q.answers),
      source,
      refusedBy,
      sentence,
      candidates,
    }),
  );
});
