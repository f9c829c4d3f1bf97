/**
 * Census of SQuAD reading's what-questions answered below F1 1 where the ranker put a gold sentence first (eval:squad's
 * rows): each miss split by the path that gave its short answer and by the miss's shape, with the F1 points each class
 * lost (1 − F1 of the answer shown, summed).
 *
 *   npx tsx scripts/whatMissCensus.ts ROWS [--half T|H|all] [--words what] [--dump FILE]
 *
 * ROWS is eval:squad's `--rows` file; --dump writes each miss (question, gold, answer, path, shape), a JSON line each.
 * Paths: the question's frame where it decides the reader (definition, reason clause, action clause, a person described,
 * speech); else the extractor's candidate choice where one was made and gave the short answer (by its hand filter and
 * the answer's type); else the deed readers (actionPhrase.ts) where one gives the same answer; else another reader
 * (another name, an alternative, a date of the context); none where no short answer was found. Shapes, by the answer's
 * words against the nearest gold's: refused though right (a short answer overlapping a gold, withheld), refused (none
 * overlapping), too long (holds every gold word), too short (every word of it a gold's), partial (overlap both ways),
 * another phrase of the right sentence (no overlap, the short answer from a gold sentence), another sentence. Where a
 * candidate choice gave another phrase of the right sentence, whether the gold (a candidate at F1 ½ or more) was among
 * its candidates, and offered.
 *
 * Round 64 (base f3220c98): of 4,766 what-questions 2,604 below F1 1; 619 with the right sentence not first (589.5 F1
 * points), 1,985 with it first (1,592.6 points; training / held back 1,007 / 978). By path (rows, points): the model's
 * choice among all offered phrases 1,180 (979.0), among offered typed candidates 139 (109.5), no short answer 104
 * (104.0: 70 typed questions under the coverage floor, 34 untyped the readers find nothing for), a hand filter 440
 * (inRole 105 / 69.5, linked 55 / 46.5, kinds 62 / 37.8, names 46 / 36.9, titles 43 / 36.7, namings 29 / 22.3, others
 * 102 / 76.7), the deed and other readers 44 (27.6), the action clause 35 (21.3), speech 15, definition 16, verb phrase
 * 10. By shape: another phrase of the right sentence 892 (892.0), refused 181, too short 370 (160.8), partial 157
 * (107.4), refused though right 103, too long 213 (79.4), another sentence 69. Of the candidate choices' wrong phrases
 * (857), the gold was offered and ranked lower in 725, never a candidate in 132: the mass is the model's ranking, no
 * shape a rule reaches. Too short and too long spread over many small shapes: a member of a coordination ~27, a
 * slash or hyphen compound cut ~9, a lower-case describer before a name (as many right as wrong), "most"/"more" 3.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { actionOnObject, actionPhrase } from '../src/answer/actionPhrase.js';
import { questionFrame } from '../src/answer/questionFrame.js';
import { DEFAULT_SQUAD_PATH, loadSquad } from './squad.js';
import { eachParagraphQuestion, readQuestion, readReadingRows } from './squadReading.js';
import { watchFirst } from './watchExtraction.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    half: { type: 'string', default: 'all' },
    words: { type: 'string', default: 'what' },
    dump: { type: 'string' },
  },
});
const wanted = new Set(values.words!.split(','));
const rows = new Map(
  readReadingRows(positionals[0]!)
    .filter((r) => r.f1 < 1 && (values.half === 'all' || r.half === values.half) && wanted.has(r.opening))
    .map((r) => [r.id, r]),
);
const { articles, questions } = loadSquad(values.squad!);

/** SQuAD's answer normalisation: lower case, no punctuation, no articles. */
const tokens = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(a|an|the)$/.test(w));

/** SQuAD's token F1 of an answer against one gold. */
function f1(answer: string, gold: string): number {
  const a = tokens(answer);
  const g = tokens(gold);
  const shared = a.filter((w) => g.includes(w)).length;
  return shared === 0 ? 0 : (2 * shared) / (a.length + g.length);
}

/** The miss's shape against the gold it overlaps most. */
function shapeOf(shown: string, found: string, golds: readonly string[], inGold: boolean): string {
  const f = tokens(found);
  const overlap = (g: string[]) => g.filter((w) => f.includes(w)).length;
  if (shown === '') return found !== '' && golds.some((g) => overlap(tokens(g)) > 0) ? 'refused though right' : 'refused';
  const best = golds.map(tokens).sort((a, b) => overlap(b) - overlap(a))[0] ?? [];
  const shared = overlap(best);
  if (shared === 0) return inGold ? 'another phrase of the right sentence' : 'another sentence';
  if (best.every((w) => f.includes(w))) return 'too long';
  if (f.every((w) => best.includes(w))) return 'too short';
  return 'partial';
}

interface Tally {
  n: number;
  lost: number;
}
const tally = new Map<string, Tally>();
const add = (key: string, lost: number) => {
  const t = tally.get(key) ?? { n: 0, lost: 0 };
  t.n += 1;
  t.lost += lost;
  tally.set(key, t);
};
const dump: string[] = [];
const seeChoice = watchFirst('choice');
const chosen = questions.filter((q) => rows.has(q.id));
eachParagraphQuestion({ articles, questions: chosen }, (asked) => {
  const { question: q, gold } = asked;
  const row = rows.get(q.id)!;
  seeChoice();
  const { trace } = readQuestion(asked);
  const choice = seeChoice();
  const first = trace?.ranked[0];
  if (!trace || !first || ![first.sentence, ...first.others.map((o) => o.sentence)].some((s) => gold.has(s.id))) {
    add('(right sentence not first)', 1 - row.f1);
    return;
  }
  const frame = questionFrame('ask', q.question);
  const short = trace.short;
  let path: string;
  if (!short) path = 'none';
  else if (frame.define) path = 'definition';
  else if (frame.describe) path = 'person described';
  else if (frame.speaker) path = 'speech';
  else if (frame.clause === 'reason') path = 'reason clause';
  else if (frame.clause === 'action') path = 'action clause';
  else if (choice && choice.every[choice.winner]?.text === short.text) path = `candidate ${choice.rule} ${short.type}`;
  else if (actionOnObject(trace.ranked, q.question)?.text === short.text) path = 'deed on object';
  else if (actionPhrase(trace.ranked, q.question)?.text === short.text) path = 'verb phrase';
  else path = `other reader ${short.type}`;
  const shape = shapeOf(row.answer, short?.text ?? '', q.answers, short !== null && gold.has(short.sentenceId));
  const lost = 1 - row.f1;
  add('all right-first misses', lost);
  add(`path ${path}`, lost);
  add(`shape ${shape}`, lost);
  add(`path×shape ${path} | ${shape}`, lost);
  // Whether a candidate of the choice holds the gold (F1 at least a half), and where the choice ranked it.
  if (choice && path.startsWith('candidate') && shape === 'another phrase of the right sentence') {
    const at = choice.every.findIndex((c) => q.answers.some((g) => f1(c.text, g) >= 0.5));
    const where = at < 0 ? 'never a candidate' : !choice.every[at]!.offered ? 'a candidate, not offered' : 'offered, ranked lower';
    add(`offered's wrong phrase: gold ${where}`, lost);
  }
  dump.push(
    JSON.stringify({
      every: choice?.every.slice(0, 8).map((c) => [c.text, c.offered, c.score.toFixed(2)]),
      id: q.id,
      half: row.half,
      q: q.question,
      gold: q.answers[0],
      answer: row.answer,
      short: short?.text,
      path,
      shape,
      f1: row.f1,
    }),
  );
});
const lines = [...tally].sort((a, b) => a[0].localeCompare(b[0]) || b[1].lost - a[1].lost);
for (const [key, t] of lines) console.log(`${key.padEnd(72)} ${String(t.n).padStart(5)} ${t.lost.toFixed(1).padStart(7)}`);
if (values.dump) writeFileSync(values.dump, `${dump.join('\n')}\n`);
