/**
 * Study (round 63 B): the SQuAD reading questions `definedThing` reads as "What is X?", each answered again: X as read,
 * the short answer and its F1, whether its sentence holds the gold (R, W, or - when none was found), and the gold's
 * sentence with how it writes X — for telling a misread X ("What are apicoplasts missing?") from a description
 * `defineThing` does not read. Grouped by outcome, training half first.
 *
 *   npx tsx scripts/defineCensus.ts [--squad PATH] [--json] > census.txt
 */
import { parseArgs } from 'node:util';
import { definedThing, thingPattern } from '../src/answer/defineThing.js';
import { bestOver, DEFAULT_SQUAD_PATH, heldBack, loadSquad, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';

const { values } = parseArgs({ options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, json: { type: 'boolean' } } });
const { articles, questions } = loadSquad(values.squad!);
interface Row {
  id: string;
  half: 'T' | 'H';
  thing: string;
  question: string;
  gold: string[];
  short: string;
  f1: number;
  source: 'R' | 'W' | '-';
  /** The gold's sentences, those that write X marked with `*`. */
  goldSentences: string[];
}

const rows: Row[] = [];
eachParagraphQuestion({ articles, questions: questions.filter((q) => definedThing(q.question.trim()) !== undefined) }, (asked) => {
  const { question: q, story, gold } = asked;
  const thing = definedThing(q.question.trim())!;
  const { trace, source } = readQuestion(asked);
  const short = trace?.short?.text ?? '';
  const goldSentences = [...gold].map((id) => {
    const text = story.sentences[id]!.text;
    return `${[...text.matchAll(thingPattern(thing))].length > 0 ? '*' : ' '} ${text}`;
  });
  rows.push({
    id: q.id,
    half: heldBack(q.articleId) ? 'H' : 'T',
    thing,
    question: q.question.trim(),
    gold: q.answers,
    short,
    f1: bestOver(tokenF1, short, q.answers),
    source,
    goldSentences,
  });
});

/** Right (F1 ≥ 0.5), partly right, wrong with the gold's sentence, wrong elsewhere, none. */
function outcome(r: Row): string {
  if (r.short === '') return 'none';
  if (r.f1 >= 0.999) return 'exact';
  if (r.f1 >= 0.5) return 'partial';
  return r.source === 'R' ? 'wrong, right sentence' : 'wrong sentence';
}

rows.sort((a, b) => a.half.localeCompare(b.half, 'en') * -1 || outcome(a).localeCompare(outcome(b), 'en'));
if (values.json) for (const r of rows) console.log(JSON.stringify({ ...r, outcome: outcome(r) }));
else {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(`${r.half} ${outcome(r)}`, (counts.get(`${r.half} ${outcome(r)}`) ?? 0) + 1);
  console.log([...counts].map(([k, n]) => `${k}: ${n}`).join('\n'));
  for (const r of rows) {
    if (outcome(r) === 'exact') continue;
    console.log(`\n${r.half} ${outcome(r)} F1 ${r.f1.toFixed(2)} [${r.thing}] ${r.question}`);
    console.log(`  short [${r.short}] (${r.source}) gold [${r.gold.join(' | ')}]`);
    for (const s of r.goldSentences) console.log(`  ${s}`);
  }
}
