/**
 * Study (round 64 E): eval:squad's reading answers that hold a gold answer and run on past it, or that a gold answer holds
 * and that stop short of it — by where the longer one goes on (a comma, a participle, a relative clause, a preposition,
 * "and" / "or", another word) and by the question's shape ("What is X?" as `definedThing` reads it, "Who is X?", another
 * "what is / was", "what kind / type of", the rest). Counts and F1 points (1 − F1 summed), training half and held back
 * apart; with `--list SHAPE`, that shape's rows.
 *
 *   npx tsx scripts/descriptionCensus.ts --rows ROWS [--squad PATH] [--list what-is] > census.txt
 */
import { parseArgs } from 'node:util';
import { SUBJECT_RELATIVES } from '../src/text/functionWords.js';
import { definedThing } from '../src/answer/defineThing.js';
import { tagSentence } from '../src/nlp/entities.js';
import { bestOver, DEFAULT_SQUAD_PATH, loadSquad, tokenF1 } from './squad.js';
import { readReadingRows } from './squadReading.js';

const { values } = parseArgs({
  options: { rows: { type: 'string' }, squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, list: { type: 'string' } },
});
if (!values.rows) throw new Error('descriptionCensus: --rows FILE (eval:squad --rows) is required');
const golds = new Map(loadSquad(values.squad!).questions.map((q) => [q.id, q.answers]));

/** The question's shape. */
function shape(question: string): string {
  const q = question.trim();
  if (definedThing(q) !== undefined) return 'define';
  if (/^who\s+(?:is|was|are|were)\s/i.test(q)) return 'who-is';
  if (/^what\s+(?:kind|type|sort)s?\s+of\s/i.test(q)) return 'kind';
  if (/^what\s+(?:is|was|are|were)\s/i.test(q)) return 'what-is';
  return 'other';
}

/** Where a longer text goes on past the shorter one it holds: its first word after it, read in the longer text. */
function goesOn(longer: string, at: number): string {
  const rest = longer.slice(at).trimStart();
  if (rest === '') return 'end';
  if (/^[,;:(—–]/.test(rest)) return 'comma';
  const token = tagSentence(longer).tokens.find((t) => t.start >= at);
  if (!token) return 'other';
  const word = token.text.toLowerCase();
  if (SUBJECT_RELATIVES.has(word)) return 'relative';
  if (/^(?:and|or|but)$/.test(word)) return 'and';
  if (token.pos === 'VERB' && /(?:ed|ing|en|wn)$/i.test(word)) return 'participle';
  if (token.pos === 'ADP') return 'preposition';
  return `other ${token.pos}`;
}

interface Case {
  id: string;
  half: string;
  shape: string;
  way: 'longer' | 'shorter';
  stop: string;
  lost: number;
  answer: string;
  gold: string;
  question: string;
}

const cases: Case[] = [];
for (const row of readReadingRows(values.rows)) {
  if (row.answer === '' || row.f1 >= 0.999 || row.f1 <= 0) continue;
  const answers = golds.get(row.id) ?? [];
  const f1 = bestOver(tokenF1, row.answer, answers);
  const lower = row.answer.toLowerCase();
  // The gold the answer holds or is held by, the one nearest in F1 first.
  const sorted = [...answers].sort((a, b) => tokenF1(row.answer, b) - tokenF1(row.answer, a));
  const base = { id: row.id, half: row.half, shape: shape(row.question), lost: 1 - f1, answer: row.answer, question: row.question };
  const held = sorted.find((g) => lower.includes(g.toLowerCase().trim()));
  if (held) {
    const g = held.trim();
    const at = lower.indexOf(g.toLowerCase());
    const after = goesOn(row.answer, at + g.length);
    // An answer that runs on only before the gold ("the whole X" for "X") is told by what it opens with.
    const stop = after === 'end' ? `before: ${tagSentence(row.answer).tokens[0]?.pos ?? '?'}` : after;
    cases.push({ ...base, way: 'longer', stop, gold: g });
    continue;
  }
  const holding = sorted.find((g) => g.toLowerCase().includes(lower));
  if (holding) {
    const at = holding.toLowerCase().indexOf(lower);
    const after = goesOn(holding, at + lower.length);
    const stop = after === 'end' ? `before: ${tagSentence(holding).tokens[0]?.pos ?? '?'}` : after;
    cases.push({ ...base, way: 'shorter', stop, gold: holding });
  }
}

const table = new Map<string, { n: number; lost: number; h: number; hLost: number }>();
for (const c of cases) {
  for (const key of [`${c.way} ${c.shape} ${c.stop}`, `${c.way} all ${c.stop}`]) {
    const t = table.get(key) ?? { n: 0, lost: 0, h: 0, hLost: 0 };
    t.n += 1;
    t.lost += c.lost;
    if (c.half === 'H') {
      t.h += 1;
      t.hLost += c.lost;
    }
    table.set(key, t);
  }
}
console.log('way shape stop: rows (F1 points) | held back rows (F1 points)');
for (const [key, t] of [...table].sort((a, b) => a[0].localeCompare(b[0], 'en') || b[1].lost - a[1].lost)) {
  console.log(`${key}: ${t.n} (${t.lost.toFixed(1)}) | ${t.h} (${t.hLost.toFixed(1)})`);
}
if (values.list) {
  for (const c of cases.filter((x) => x.shape === values.list || values.list === 'all')) {
    console.log(
      `\n${c.half} ${c.way} ${c.stop} ${(1 - c.lost).toFixed(2)} ${c.id} | ${c.question}\n  answer [${c.answer}]\n  gold   [${c.gold}]`,
    );
  }
}
