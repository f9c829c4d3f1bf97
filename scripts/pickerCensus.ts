/**
 * SQuAD reading rows whose short answer came from a lower excerpt than the first, laid open (round 61, task J): for each,
 * the candidate shown, the best candidate of the gold's sentence and the best of the first excerpt, each with its
 * candidate-model score and the features that are on, and the narrowing rule whose list the model ranked
 * (extractAnswer.ts `observeExtraction`, its `choice` view). Rows where the answer came from the first excerpt and no gold sentence ranks above it are left out.
 * One JSON row per question to stdout; `--limit N` reads only the first N paragraphs. Group them with a few lines of
 * Python or jq: the gold's sentence ranked above the shown one (goldFrom < winnerFrom) and short F1 under 0.5 is the
 * picker's miss; winnerFrom > 0 with short F1 0.5 or more is a lower excerpt's right answer (the cost of a change).
 * Each row also gives the question's kind, the excerpt the gold's sentence stands in (`goldRank`, 99: none) and every
 * candidate of the first excerpt with what the filters kept (`top`; empty: the first excerpt offered none — round 62,
 * task A). `--ids FILE` asks only the questions the file lists, for a second look at a census's rows after a change.
 *
 *   npx tsx scripts/pickerCensus.ts [--limit N] [--ids FILE] > rows.jsonl
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CANDIDATE_FEATURES, candidateWeights } from '../src/answer/candidateModel.js';
import { linearScore } from '../src/answer/linearModel.js';
import { questionFrame } from '../src/answer/questionFrame.js';
import { bestOver, DEFAULT_SQUAD_PATH, heldBack, loadSquad, openingWord, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';
import { watchFirst } from './watchExtraction.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, ids: { type: 'string' } } });
const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
// `--ids FILE`: only the questions whose ids the file lists (one a line), for a second look at a census's rows.
const only = values.ids ? new Set(readFileSync(values.ids, 'utf8').split(/\s+/).filter(Boolean)) : undefined;
// The first choice since the question was asked: the short answer's (later ones are other passes).
const takeSeen = watchFirst('choice');
const weights = candidateWeights()!;
const { articles, questions } = loadSquad(DEFAULT_SQUAD_PATH);
const on = (f: number[]) => Object.fromEntries(f.flatMap((v, k) => (v !== 0 ? [[CANDIDATE_FEATURES[k], Number(v.toFixed(3))]] : [])));
const listed = only ? questions.filter((q) => only.has(q.id)) : questions;
eachParagraphQuestion({ articles, questions: listed, limit }, (asked) => {
  const { question: q, gold: goldSet } = asked;
  takeSeen();
  const { trace } = readQuestion(asked);
  const answer = trace?.answer.answer?.text ?? '';
  const short = trace?.short?.text ?? '';
  // The first excerpt (by the ranker's order) holding a gold sentence, 99 where none does.
  const at = trace?.ranked.findIndex((g) => goldSet.has(g.sentence.id) || g.others.some((o) => goldSet.has(o.sentence.id))) ?? -1;
  const goldRank = at >= 0 ? at : 99;
  const choice = takeSeen();
  if (!choice || !short) return;
  const every = choice.every.map((c) => ({
    ...c,
    z: linearScore(weights, c.features),
    f1: bestOver(tokenF1, c.text, q.answers),
    inGold: goldSet.has(c.sentenceId),
  }));
  // 99: no candidate of a gold sentence.
  const goldFrom = Math.min(99, ...every.filter((c) => c.inGold).map((c) => c.from));
  const chosen = every[choice.winner];
  if (!chosen || (chosen.from === 0 && goldFrom >= chosen.from)) return;
  const best = (list: typeof every) => list.sort((a, b) => b.f1 - a.f1 || b.z - a.z)[0];
  const laid = (c: (typeof every)[number] | undefined) =>
    c && {
      text: c.text,
      from: c.from,
      z: Number(c.z.toFixed(3)),
      f1: Number(c.f1.toFixed(3)),
      offered: c.offered,
      member: c.member,
      on: on(c.features),
    };
  console.log(
    JSON.stringify({
      id: q.id,
      half: heldBack(q.articleId) ? 'H' : 'T',
      wh: openingWord(q.question),
      kind: questionFrame('ask', q.question).kind,
      q: q.question,
      gold: q.answers[0],
      answer,
      short,
      f1: bestOver(tokenF1, answer, q.answers),
      shortF1: bestOver(tokenF1, short, q.answers),
      winnerFrom: chosen.from,
      goldFrom,
      goldRank,
      rule: choice.rule,
      modelFirst: choice.modelFirst,
      chosen: laid(chosen),
      goldBest: laid(best(every.filter((c) => c.inGold))),
      topBest: laid(every.filter((c) => c.from === 0 && c.member).sort((a, b) => b.z - a.z)[0]),
      // Every candidate of the first excerpt, as far as the filters kept it: o offered, m ranked.
      top: every.filter((c) => c.from === 0).map((c) => `${c.text}|${c.f1.toFixed(2)}|${c.offered ? 'o' : ''}${c.member ? 'm' : ''}`),
    }),
  );
});
