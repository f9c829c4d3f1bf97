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
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { refusingCheck } from '../src/answer/covered.js';
import { QuestionError } from '../src/answer/questionError.js';
import { buildStory } from '../src/story/buildStory.js';
import { candidateRows, watchCandidates } from './candidateRows.js';
import { bestOver, DEFAULT_SQUAD_PATH, goldSentenceSets, heldBack, loadSquad, openingWord, tokenF1, type SquadQuestion } from './squad.js';

const { values } = parseArgs({
  options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, words: { type: 'string', default: 'which,where,how' } },
});
const wanted = new Set(values.words!.split(','));
const { articles, questions } = loadSquad(values.squad);
const byParagraph = new Map<string, SquadQuestion[]>();
for (const q of questions)
  if (wanted.has(openingWord(q.question))) byParagraph.set(q.articleId, [...(byParagraph.get(q.articleId) ?? []), q]);
/** The first candidate list the extractor ranked since the last call. */
const takeSeen = watchCandidates();
for (const paragraph of articles) {
  const qs = byParagraph.get(paragraph.id);
  if (!qs) continue;
  const story = buildStory([paragraph], paragraph.id);
  const gold = goldSentenceSets(story.sentences, qs);
  for (const [i, q] of qs.entries()) {
    takeSeen();
    let answer = '';
    let short = '';
    let source = '-';
    let sentence = '';
    let refusedBy: string | undefined;
    try {
      const trace = traceAnswer(story, q.question, { command: 'ask', limit: 1 });
      answer = trace.answer.answer?.text ?? '';
      short = trace.short?.text ?? '';
      if (!trace.answer.covered) refusedBy = trace.coverage ? refusingCheck(trace.coverage) : 'noExcerpt';
      if (trace.short) {
        source = gold[i]?.has(trace.short.sentenceId) ? 'R' : 'W';
        sentence = story.sentences[trace.short.sentenceId]!.text;
      }
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
    }
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
  }
}
