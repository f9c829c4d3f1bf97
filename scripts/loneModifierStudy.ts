/**
 * How often the short answer is a lone describing word taken out of its noun phrase ("**Norse**" of "the Norse
 * fleets", "**Supplementary**" of "Supplementary rules"): read from eval:squad's reading rows (`--rows FILE`) or
 * eval:refusal's dump (`--dump FILE`, own and near settings). An answer of one word (after "the") is a lone modifier
 * where its paragraph writes it right before a noun, and is sorted by what the word is (a demonym, a capitalised
 * describing word, another capitalised word, a lower-case adjective or noun) and by how the gold stands to it (the gold
 * holds it and more: the whole noun phrase; the gold is the noun after it; other). Counts by question word.
 *
 *   npx tsx scripts/loneModifierStudy.ts --rows rows.tsv [--list]
 *   npx tsx scripts/loneModifierStudy.ts --dump refusal.jsonl [--list]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDictionaryWord, nounClasses } from '../src/lexicon/index.js';
import { type Token, tagSentence } from '../src/nlp/entities.js';
import { placeKind } from '../src/text/places.js';
import { DEFAULT_SQUAD_PATH, loadSquad, normalizeAnswer } from './squad.js';
import { readReadingRows } from './squadReading.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string' },
    dump: { type: 'string' },
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    list: { type: 'boolean', default: false },
  },
});

interface Row {
  word: string;
  setting: string;
  f1: number;
  answer: string;
  gold: string;
  question: string;
  /** The text the answer was read from: its sentence, or its paragraph. */
  context: string;
}

const rows: Row[] = [];
if (values.rows) {
  const { articles, questions } = loadSquad(values.squad!);
  const body = new Map(articles.map((a) => [a.id, a.body]));
  const paragraphOf = new Map(questions.map((q) => [q.id, body.get(q.articleId) ?? '']));
  for (const r of readReadingRows(values.rows)) {
    if (!r.answer) continue;
    rows.push({
      word: r.opening,
      setting: 'reading',
      f1: r.f1,
      answer: r.answer,
      gold: r.gold,
      question: r.question,
      context: paragraphOf.get(r.id) ?? '',
    });
  }
} else if (values.dump) {
  for (const line of readFileSync(values.dump, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (r.setting === 'other' || !r.covered || !r.found) continue;
    rows.push({
      word: String(r.word),
      setting: `${r.split} ${r.setting}`,
      f1: Number(r.f1Found ?? 0),
      answer: String(r.found),
      gold: String(r.gold),
      question: String(r.question),
      context: String(r.answerSentence ?? ''),
    });
  }
}

const tagged = new Map<string, readonly Token[]>();
function tokensOf(text: string): readonly Token[] {
  let t = tagged.get(text);
  if (!t) tagged.set(text, (t = tagSentence(text).tokens));
  return t;
}

/** What a lone word is, or undefined where the answer is no lone word before a noun. */
function loneKind(row: Row): { kind: string; noun: string } | undefined {
  const word = row.answer.replace(/^the\s+/i, '');
  if (!/^[\p{L}'’-]+$/u.test(word)) return undefined;
  const tokens = tokensOf(row.context);
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (t.text !== word) continue;
    const next = tokens[k + 1]!;
    if (next.pos !== 'NOUN' && !(next.pos === 'PROPN' && /^\p{Ll}/u.test(next.text))) continue;
    if (!/^\s+$/.test(row.context.slice(t.end, next.start))) continue;
    let end = k + 1;
    while (tokens[end + 1] && tokens[end + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[end + 1]!.text)) end += 1;
    const noun = row.context.slice(next.start, tokens[end]!.end);
    const capital = /^\p{Lu}/u.test(word);
    if (capital && placeKind(word) === 'demonym') return { kind: 'demonym', noun };
    const lower = word.toLowerCase();
    const adjective = isDictionaryWord(lower) && tagSentence(`it is ${lower}`).tokens.at(-1)?.pos === 'ADJ';
    if (capital) return { kind: adjective ? 'capital-adj' : nounClasses(lower).length > 0 ? 'capital-noun' : 'capital-other', noun };
    return { kind: t.pos === 'ADJ' ? 'lower-adj' : t.pos === 'NOUN' ? 'lower-noun' : `lower-${t.pos}`, noun };
  }
  return undefined;
}

/** How the gold stands to a lone word before `noun`. */
function goldRelation(row: Row, noun: string): string {
  const gold = normalizeAnswer(row.gold).split(' ');
  const answer = normalizeAnswer(row.answer);
  const head = normalizeAnswer(noun).split(' ');
  if (row.f1 >= 1) return 'right';
  if (gold.includes(answer) && gold.length > 1) return gold.some((w) => head.includes(w)) ? 'gold NP (word+noun)' : 'gold holds word';
  if (head.some((w) => gold.includes(w))) return 'gold the noun';
  return 'other';
}

const tally = new Map<string, number>();
const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const answered = new Map<string, number>();
for (const row of rows) {
  answered.set(`${row.setting}`, (answered.get(row.setting) ?? 0) + 1);
  const lone = loneKind(row);
  if (!lone) continue;
  const relation = goldRelation(row, lone.noun);
  add(`${row.setting}\t${lone.kind}\t${relation}\tall`);
  add(`${row.setting}\t${lone.kind}\t${relation}\t${row.word}`);
  add(`${row.setting}\tALL\t${relation}\tall`);
  add(`${row.setting}\tALL\tALL\t${row.word}`);
  if (values.list)
    console.log(
      [row.setting, row.word, lone.kind, relation, row.f1.toFixed(2), row.answer, `[${lone.noun}]`, row.gold, row.question].join('\t'),
    );
}
console.log('setting\tkind\tgold\tword\tn');
for (const [key, n] of [...tally].sort()) console.log(`${key}\t${n}`);
console.log('answered', JSON.stringify(Object.fromEntries(answered)));
