/**
 * Census of the extractor's hand filters (the lists in extractAnswer.ts that narrow an answer's choice to the
 * candidates of one reading: `inRole` the object or subject of the question's verb, `linked` the subject of "be", …) on
 * SQuAD reading questions (each paragraph alone a story): one JSON row per question whose short answer a hand filter
 * narrowed, with the filter, the answer and what the model would rank first among the next filter's candidates (or
 * all offered) and among all offered, each with its token F1 against the gold; whether the gold (a candidate at
 * F1 1) was offered and dropped by the filter. A summary per filter and question word goes to stderr: the rows where
 * dropping the filter would win (the next choice scores higher) and lose, by half.
 *
 * Round 62 (base 5f384bb3): a hand filter decides 2,784 of the 10,570 questions; in 317 it drops an offered gold (inRole
 * 61, ofKind 40, titles 38, linked 31, afterPreposition 23, kinds 23). Dropping each filter in turn (the model's first
 * among all offered against among those it keeps) 124 won / 415 lost; no filter wins dropped on both halves (inRole
 * 8 / 11 training, 8 / 20 held back; linked 4 / 12, 6 / 23; ofKind 15 / 24, 15 / 21; titles 15 / 28, 5 / 5). Re-scored
 * with the filter as a weight (its kept candidates +w, every offered one ranked), the training half's best: ofKind
 * 2.5 (5 / 3), titles 1.5 (5 / 4), inRole 1 or 1.5 (2 / 1); linked at 1.5 1 / 0 (3 / 3 held back), namings at 2 1 / 1,
 * kinds 2.5 1 / 1, the rest lose at every weight. Of inRole's answers holding a question word, 21 right and 14 wrong on
 * the training half: no narrowing there. titles and inRole weigh up now (extractAnswer.ts SOFT_FILTERS); ofKind as a
 * weight answered a near question eval:refusal must refuse and stayed a filter.
 *
 *   npx tsx scripts/handFilterCensus.ts [--squad PATH] > rows.jsonl
 */
import { parseArgs } from 'node:util';
import { bestOver, DEFAULT_SQUAD_PATH, heldBack, loadSquad, openingWord, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';
import { watchFirst } from './watchExtraction.js';

const { values } = parseArgs({ options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH } } });
const { articles, questions } = loadSquad(values.squad);
/** The first hand filter the extractor reported since the last call (the short answer's; later ones are other passes). */
const takeSeen = watchFirst('handFilter');
/** Per filter and question word, then half: [rows, next wins, next loses, offered wins, offered loses, gold dropped]. */
const tally = new Map<string, number[]>();
const add = (key: string, i: number) => {
  const t = tally.get(key) ?? [0, 0, 0, 0, 0, 0];
  t[i]! += 1;
  tally.set(key, t);
};
eachParagraphQuestion({ articles, questions }, (asked) => {
  const q = asked.question;
  takeSeen();
  const { trace, source } = readQuestion(asked);
  const short = trace?.short?.text ?? '';
  const o = takeSeen();
  if (!o) return;
  const f1 = (text: string) => Number(bestOver(tokenF1, text, q.answers).toFixed(3));
  const row = {
    id: q.id,
    held: heldBack(q.articleId),
    wh: openingWord(q.question),
    question: q.question,
    gold: q.answers,
    source,
    short,
    shortF1: f1(short),
    filter: o.filter,
    first: o.first,
    firstF1: f1(o.first),
    next: o.next,
    nextFirst: o.nextFirst,
    nextF1: f1(o.nextFirst),
    offeredFirst: o.offeredFirst,
    offeredF1: f1(o.offeredFirst),
    goldDropped: o.offered.some((c) => f1(c.text) === 1) && !o.offered.some((c) => c.kept && f1(c.text) === 1),
    offered: o.offered.map((c) => ({ ...c, f1: f1(c.text) })),
  };
  console.log(JSON.stringify(row));
  for (const key of [`${o.filter}\t${row.wh}\t${row.held ? 'H' : 'T'}`, `${o.filter}\tall\t${row.held ? 'H' : 'T'}`]) {
    add(key, 0);
    if (row.nextF1 > row.firstF1) add(key, 1);
    if (row.nextF1 < row.firstF1) add(key, 2);
    if (row.offeredF1 > row.firstF1) add(key, 3);
    if (row.offeredF1 < row.firstF1) add(key, 4);
    if (row.goldDropped) add(key, 5);
  }
});
console.error('filter\twh\thalf\trows\tnextWins\tnextLoses\tofferedWins\tofferedLoses\tgoldDropped');
for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) console.error(`${key}\t${t.join('\t')}`);
