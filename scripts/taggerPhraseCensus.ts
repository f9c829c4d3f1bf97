import { parseArgs } from 'node:util';
import { listNounReadAsVerb } from '../src/answer/listOpeningNoun.js';
import { compoundNounReadAsVerb } from '../src/answer/nounReadAsVerb.js';
import { participleAsAdjective } from '../src/answer/participleAdjective.js';
import { nounLemma } from '../src/lexicon/index.js';
import type { Token } from '../src/nlp/entities.js';
import { DEFAULT_SQUAD_PATH, loadSquad } from './squad.js';
import { eachParagraphQuestion, readReadingRows } from './squadReading.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, list: { type: 'string' }, min: { type: 'string', default: '3' } },
});
const rowsPath = positionals[0];
if (!rowsPath) throw new Error('taggerPhraseCensus: give an eval:squad --rows file');

const rows = new Map(readReadingRows(rowsPath).map((r) => [r.id, r]));

const BROKEN_POS = new Set(['VERB', 'ADV', 'AUX']);
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those)$/i;

function tagOf(tokens: readonly Token[], k: number, first: number, last: number): string {
  if (k < first) return k < 0 ? 'START' : `(${classOf(tokens[k]!)})`;
  if (k > last) return k >= tokens.length ? 'END' : `END(${classOf(tokens[k]!)})`;
  return classOf(tokens[k]!);
}

function classOf(t: Token): string {
  if (DETERMINER.test(t.text)) return 'DET';
  return t.pos;
}

function keptAlready(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const capitalised = k > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && !/[.!?:"“]$/.test(tokens[k - 1]!.text);
  return capitalised || listNounReadAsVerb(tokens, k) || participleAsAdjective(tokens, k) || compoundNounReadAsVerb(tokens, k);
}

interface Count {
  rows: Record<string, number>;
  lost: Record<string, number>;
  right: Record<string, number>;
  list: string[];
}
const counts = new Map<string, Count>();
const { articles, questions } = loadSquad(values.squad!);
const chosen = questions.filter((q) => rows.has(q.id));
eachParagraphQuestion({ articles, questions: chosen }, ({ question: q, story }) => {
  const row = rows.get(q.id)!;
  const at = q.answerStart;
  const gold = q.answers[0]!;
  const s = story.sentences.find((x) => x.start <= at && at < x.end);
  if (!s) return;
  const from = at - s.start;
  const to = from + gold.length;
  let first = -1;
  let last = -1;
  for (const [i, t] of s.tokens.entries()) {
    if (t.end <= from || t.start >= to) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return;
  const seen = new Set<string>();
  for (let k = first; k <= last; k += 1) {
    const t = s.tokens[k]!;
    if (!BROKEN_POS.has(t.pos) || keptAlready(s.tokens, k)) continue;
    const shape = `${/^\p{Lu}/u.test(t.text) ? '^' : ''}${/[^s]s$/i.test(t.text) ? 's' : ''}${nounLemma(t.text) === undefined ? '' : 'n'}`;
    const key = `${tagOf(s.tokens, k - 1, first, last)} ${t.pos}${shape ? `[${shape}]` : ''} ${tagOf(s.tokens, k + 1, first, last)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const c = counts.get(key) ?? { rows: {}, lost: {}, right: {}, list: [] };
    counts.set(key, c);
    if (row.f1 >= 1) {
      c.right[row.half] = (c.right[row.half] ?? 0) + 1;
      continue;
    }
    if (row.source !== 'R') continue;
    c.rows[row.half] = (c.rows[row.half] ?? 0) + 1;
    c.lost[row.half] = (c.lost[row.half] ?? 0) + 1 - row.f1;
    if (row.half === 'T')
      c.list.push(`  ${q.id} f1 ${row.f1.toFixed(2)} [${t.text}] gold «${gold}» answer «${row.answer}» | ${q.question}`);
  }
});
const total = (r: Record<string, number>) => (r.T ?? 0) + (r.H ?? 0);
const fmt = (n: number | undefined) => (n ?? 0).toFixed(1).padStart(6);
console.log('pattern                                   T rows  H rows  T lost  H lost  T right H right');
for (const [key, c] of [...counts].sort((a, b) => total(b[1].lost) - total(a[1].lost))) {
  if (total(c.rows) + total(c.right) < Number(values.min)) continue;
  console.log(
    `${key.padEnd(40)} ${String(c.rows.T ?? 0).padStart(6)} ${String(c.rows.H ?? 0).padStart(7)} ${fmt(c.lost.T)}  ${fmt(c.lost.H)}  ${String(c.right.T ?? 0).padStart(6)} ${String(c.right.H ?? 0).padStart(7)}`,
  );
  if (values.list !== undefined && key.startsWith(values.list)) for (const line of c.list) console.log(line);
}
