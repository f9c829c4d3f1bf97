/**
 * SQuAD v1.1 dev as ReQA-style sentence retrieval (Ahmad et al. 2019): every sentence of every paragraph
 * is a candidate; a question is answered at rank r when excerpt r is the sentence that holds the first
 * gold answer's start (its own sentence: corroborating `alsoIn` sentences do not count). Every question is
 * asked as a free question (`ask`, 5 excerpts). Prints P@1 and MRR@5, and short-answer exact match and
 * token F1 (SQuAD normalisation) over the questions opening with who/when/where.
 *
 *   npm run eval:squad -- [--squad PATH] [--limit N] [--raw] [--verbose] [--reading-only | --pooled-only] [--answer-first]
 *                          [--rows FILE] [--pooled-rows FILE]
 *
 * --answer-first also prints P@1 in the ranker's own order (the excerpts by score, before the one holding the short
 * answer is moved first) and what moving it did: how many questions each move won and lost, by the moved excerpt's
 * share of the first one's score and the answer's confidence, to choose when the answer's excerpt should lead.
 *
 * Then the reading-comprehension setting (as in the SQuAD paper): each paragraph alone is a story, every
 * question is asked of its own paragraph, and the short answer is scored by exact match and token F1
 * over all questions (no answer scores 0), by the question's opening word, and over the held-back half (the
 * odd-numbered articles, which the candidate model's fit never trains on); in brackets the F1 had the
 * engine given its best candidate even where it judged the paragraph not to cover the question. `--limit N` takes the first
 * N questions (and only their paragraphs), since building two thousand small stories takes a while. With
 * DIGITS=1 in the environment the reading F1 is printed to four places (to tell apart changes of a few questions).
 * `--rows FILE` also writes one tab-separated row per reading question (id, H for held back or T, opening word, F1,
 * EM, answer, first gold answer, question, then where the short answer found came from: R when its sentence holds a
 * gold answer, W when another sentence, - when none was found; its type, PHRASE or the entity type; and the confidence
 * shown, empty when no answer was given), to count the questions two versions won and lost and to tell a wrong span of
 * the right sentence from a wrong sentence. The reading setting also prints the reliability table of its short answers
 * (scripts/reliability.ts) per half and, per opening word, the answers shown at 0.8 or more and how many were wrong.
 * `--pooled-rows FILE` writes one row per pooled question, in question order (id, opening word, 1 when the first
 * excerpt holds any gold answer, the rank of the first gold answer's sentence or 0, the short answer's F1 for
 * who/when/where or -, the short answer, the question); `npx tsx scripts/pooledRows.ts BASE BRANCH [--ids]` counts
 * the questions two such files won and lost at first right and short who/when/where F1.
 *
 * --raw also scores MiniSearch with its default options (`fields: ['text']`, default search) over the
 * same sentences and questions. A question the engine refuses (over 300 characters) counts as a miss.
 * In brackets: P@1 when the sentence of any of the annotators' answers counts (some questions' answers
 * lie in different sentences), for comparison with figures measured that way.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Article } from '../src/corpus/article.js';
import {
  bestOver,
  DEFAULT_SQUAD_PATH,
  exactMatch,
  goldSentenceSets,
  goldSentences,
  heldBack,
  loadSquad,
  openingWord,
  questionWord,
  tokenF1,
  type SquadQuestion,
} from './squad.js';
import { pooledRowLine } from './pooledRows.js';
import { countAnswer, formatReliability, reliability } from './reliability.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';

const RANKS = 5;

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    limit: { type: 'string' },
    raw: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'reading-only': { type: 'boolean', default: false },
    'pooled-only': { type: 'boolean', default: false },
    'answer-first': { type: 'boolean', default: false },
    rows: { type: 'string' },
    'pooled-rows': { type: 'string' },
  },
});

const started = performance.now();
const { articles, questions: all } = loadSquad(values.squad);
const questions = values.limit ? all.slice(0, Number(values.limit)) : all;
if (!values['pooled-only']) readingComprehension(articles, questions);
if (values['reading-only']) process.exit(0);
const story = buildStory(articles, 'squad-dev');
const built = performance.now();
const gold = goldSentences(story.sentences, questions);
const anyGold = goldSentenceSets(story.sentences, questions);

/** Retrieval and short-answer tallies. */
class Tally {
  n = 0;
  p1 = 0;
  rr = 0;
  /** Top excerpt holds any gold answer (not only the first one). */
  p1Any = 0;
  readonly byWord = new Map<string, { n: number; em: number; f1: number }>();
  add(rank: number | undefined, topIsAnyGold: boolean): void {
    this.n += 1;
    if (topIsAnyGold) this.p1Any += 1;
    if (rank === 1) this.p1 += 1;
    if (rank !== undefined && rank <= RANKS) this.rr += 1 / rank;
  }
  addAnswer(word: string, em: number, f1: number): void {
    for (const key of [word, 'all']) {
      const t = this.byWord.get(key) ?? { n: 0, em: 0, f1: 0 };
      t.n += 1;
      t.em += em;
      t.f1 += f1;
      this.byWord.set(key, t);
    }
  }
  get P1(): number {
    return this.p1 / (this.n || 1);
  }
  get MRR(): number {
    return this.rr / (this.n || 1);
  }
  get P1Any(): number {
    return this.p1Any / (this.n || 1);
  }
}

const ours = new Tally();
const latencies: number[] = [];
/** Questions whose first excerpt was moved there for holding the short answer (for --answer-first). */
const moves: AnswerMove[] = [];
let rankerFirst = 0;
const pooledRows: string[] = [];
for (const [i, q] of questions.entries()) {
  const t0 = performance.now();
  let rank: number | undefined;
  let topIsAnyGold = false;
  let answerText = '';
  try {
    const { answer } = traceAnswer(story, q.question, { command: 'ask', limit: RANKS });
    const at = answer.excerpts.findIndex((e) => e.sentenceId === gold[i]);
    if (values['answer-first']) {
      const move = answerMove(answer.excerpts, gold[i], answer.confidence, answer.answer?.type ?? 'none');
      if (move) moves.push(move);
      if (move ? move.rankerRight : at === 0) rankerFirst += 1;
    }
    rank = at < 0 ? undefined : at + 1;
    topIsAnyGold = answer.excerpts[0] !== undefined && anyGold[i]!.has(answer.excerpts[0].sentenceId);
    answerText = answer.answer?.text ?? '';
    if (values.verbose && rank !== 1) {
      console.log(`✗ ${q.id} rank ${rank ?? '-'}: ${q.question}`);
      console.log(`   gold: ${story.sentences[gold[i]!]?.text}`);
      console.log(`   top:  ${answer.excerpts[0]?.text ?? '(none)'}`);
    }
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
  }
  latencies.push(performance.now() - t0);
  ours.add(rank, topIsAnyGold);
  const word = questionWord(q.question);
  let shortF1: number | undefined;
  if (word) {
    shortF1 = bestOver(tokenF1, answerText, q.answers);
    ours.addAnswer(word, bestOver(exactMatch, answerText, q.answers), shortF1);
  }
  if (values['pooled-rows'])
    pooledRows.push(
      pooledRowLine({
        id: q.id,
        opening: openingWord(q.question),
        topAnyGold: topIsAnyGold,
        rank: rank ?? 0,
        answer: answerText,
        f1: shortF1,
        question: q.question,
      }),
    );
}
if (values['pooled-rows']) writeFileSync(values['pooled-rows'], `${pooledRows.join('\n')}\n`);
const asked = performance.now();

let raw: Tally | undefined;
let rawMs = 0;
if (values.raw) {
  const r0 = performance.now();
  const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  mini.addAll(story.sentences.map((s) => ({ id: s.id, text: s.text })));
  raw = new Tally();
  for (const [i, q] of questions.entries()) {
    const hits = mini.search(q.question).slice(0, RANKS);
    const at = hits.findIndex((h) => h.id === gold[i]);
    raw.add(at < 0 ? undefined : at + 1, hits[0] !== undefined && anyGold[i]!.has(hits[0].id as number));
  }
  rawMs = performance.now() - r0;
}

const f = (x: number) => x.toFixed(3);
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `SQuAD v1.1 dev as sentence retrieval: ${questions.length} questions, ${articles.length} paragraphs, ${story.sentences.length} sentences`,
);
console.log(`                 P@1     MRR@5   (P@1 when any gold answer's sentence counts)`);
console.log(
  `story-bot        ${f(ours.P1)}   ${f(ours.MRR)}   (${f(ours.P1Any)})${process.env.DIGITS ? `   first right ${Math.round(ours.P1 * questions.length)}` : ''}`,
);
if (raw) console.log(`minisearch raw   ${f(raw.P1)}   ${f(raw.MRR)}   (${f(raw.P1Any)})`);
console.log(`short answers (questions opening with who/when/where; EM / token F1):`);
for (const word of ['who', 'when', 'where', 'all']) {
  const t = ours.byWord.get(word);
  if (t) console.log(`  ${word.padEnd(6)} n=${String(t.n).padEnd(5)} EM ${f(t.em / t.n)}  F1 ${f(t.f1 / t.n)}`);
}
if (values['answer-first']) reportMoves(ours.n, rankerFirst, moves);
const sorted = [...latencies].sort((a, b) => a - b);
const mean = latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1);
console.log(
  `wall ${sec(performance.now() - started)} (build ${sec(built - started)}, questions ${sec(asked - built)}, mean ${mean.toFixed(2)} ms, p99 ${(sorted[Math.ceil(0.99 * sorted.length) - 1] ?? 0).toFixed(2)} ms${raw ? `; raw ${sec(rawMs)}` : ''})`,
);

/** One question whose first excerpt is not the ranker's first: the answer's excerpt was moved up. */
interface AnswerMove {
  /** The moved excerpt's score as a share of the ranker's first excerpt's. */
  share: number;
  confidence: number;
  /** The short answer's type (PERSON, DATE, PHRASE, …). */
  type: string;
  /** Whether the ranker's first excerpt was the gold sentence, and whether the one shown first is. */
  rankerRight: boolean;
  shownRight: boolean;
}

/**
 * The move, if any, that put the first excerpt first: excerpts keep their group's score when moved, so the ranker's
 * own first is the best-scored one (the first of equals).
 */
function answerMove(
  excerpts: readonly { score: number; sentenceId: number }[],
  goldId: number | undefined,
  confidence: number,
  type: string,
): AnswerMove | undefined {
  const first = excerpts[0];
  if (!first) return undefined;
  let best = first;
  for (const e of excerpts) if (e.score > best.score) best = e;
  if (best === first) return undefined;
  return {
    share: first.score / best.score,
    confidence,
    type,
    rankerRight: best.sentenceId === goldId,
    shownRight: first.sentenceId === goldId,
  };
}

/** P@1 in the ranker's order, and the moves' wins and losses by score share and confidence. */
function reportMoves(n: number, rankerFirst: number, moves: readonly AnswerMove[]): void {
  const won = (m: AnswerMove) => m.shownRight && !m.rankerRight;
  const lost = (m: AnswerMove) => m.rankerRight && !m.shownRight;
  console.log(
    `answer first: ranker's own first excerpt P@1 ${(rankerFirst / n).toFixed(3)}; ${moves.length} moved, ${moves.filter(won).length} won, ${moves.filter(lost).length} lost`,
  );
  console.log("  moved only when share ≥ s and confidence ≥ c: questions right at rank 1 against the ranker's order");
  const shares = [0, 0.5, 0.7, 0.8, 0.9, 0.95];
  console.log(`  c \\ s ${shares.map((s) => String(s).padStart(6)).join('')}`);
  for (const c of [0, 0.6, 0.7, 0.8, 0.9, 0.95]) {
    const row = shares.map((s) => {
      const kept = moves.filter((m) => m.share >= s && m.confidence >= c);
      return String(kept.filter(won).length - kept.filter(lost).length).padStart(6);
    });
    console.log(`  ${String(c).padEnd(6)}${row.join('')}`);
  }
  const types = [...new Set(moves.map((m) => m.type))].sort();
  console.log(
    `  by the answer's type, won/lost with share < 0.9 and ≥ 0.9: ${types
      .map((t) => {
        const of = (m: AnswerMove) => m.type === t;
        const low = moves.filter((m) => of(m) && m.share < 0.9);
        const high = moves.filter((m) => of(m) && m.share >= 0.9);
        return `${t} ${low.filter(won).length}/${low.filter(lost).length} ${high.filter(won).length}/${high.filter(lost).length}`;
      })
      .join(', ')}`,
  );
}

/**
 * Each paragraph alone as a story: every question asked of its own paragraph, the short answer scored
 * by EM and token F1 (SQuAD normalisation, best over the gold answers, no answer = 0) over all
 * questions, overall and by opening word.
 */
function readingComprehension(paragraphs: Article[], asked: SquadQuestion[]): void {
  const t0 = performance.now();
  const tally = new Map<string, { n: number; em: number; f1: number; answered: number; f1Found: number }>();
  const add = (key: string, em: number, f1: number, answered: boolean, f1Found: number) => {
    const t = tally.get(key) ?? { n: 0, em: 0, f1: 0, answered: 0, f1Found: 0 };
    t.n += 1;
    t.em += em;
    t.f1 += f1;
    t.f1Found += f1Found;
    if (answered) t.answered += 1;
    tally.set(key, t);
  };
  const rows: string[] = [];
  // The short answers shown, by confidence band and by opening word at 0.8 or more, per half (right: token F1 ≥ 0.5, as
  // fitConfidence and eval:refusal count them), to check the promise of a sure answer where many answers are given.
  const bands = new Map([
    ['train', reliability()],
    ['held back', reliability()],
  ]);
  const sure = new Map<string, { n: number; wrong: number }>();
  const read = eachParagraphQuestion({ articles: paragraphs, questions: asked }, (one) => {
    const q = one.question;
    const { trace, source } = readQuestion(one);
    const text = trace?.answer.answer?.text ?? '';
    const found = trace?.short?.text ?? '';
    const type = trace?.short?.type ?? '';
    const confidence = trace?.answer.confidence ?? 0;
    const em = bestOver(exactMatch, text, q.answers);
    const f1 = bestOver(tokenF1, text, q.answers);
    const f1Found = bestOver(tokenF1, found, q.answers);
    const opening = openingWord(q.question);
    add(opening, em, f1, text !== '', f1Found);
    add('all', em, f1, text !== '', f1Found);
    if (heldBack(q.articleId)) add('held back', em, f1, text !== '', f1Found);
    const half = heldBack(q.articleId) ? 'held back' : 'train';
    if (text !== '') countAnswer(bands.get(half)!, confidence, f1 >= 0.5);
    if (text !== '' && confidence >= 0.8) {
      const key = `${half}|${opening}`;
      const t = sure.get(key) ?? { n: 0, wrong: 0 };
      t.n += 1;
      if (f1 < 0.5) t.wrong += 1;
      sure.set(key, t);
    }
    if (values.verbose && f1 < 0.5) console.log(`rc ✗ ${q.id} ${q.question}\n   answer: ${text || '(none)'}  gold: ${q.answers[0]}`);
    const row = [
      q.id,
      heldBack(q.articleId) ? 'H' : 'T',
      opening,
      f1.toFixed(4),
      String(em),
      text,
      q.answers[0] ?? '',
      q.question,
      source,
      type,
      text === '' ? '' : confidence.toFixed(2),
    ];
    rows.push(row.map((cell) => cell.replace(/[\t\n]/g, ' ')).join('\t'));
  });
  if (values.rows) writeFileSync(values.rows, `${rows.join('\n')}\n`);
  console.log(
    `SQuAD v1.1 dev, reading comprehension (each paragraph alone a story): ${asked.length} questions, ${read} paragraphs, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  for (const key of [
    'who',
    'whom',
    'whose',
    'when',
    'where',
    'what',
    'which',
    'why',
    'how many',
    'how much',
    'how',
    'other',
    'all',
    'held back',
  ]) {
    const t = tally.get(key);
    if (t)
      console.log(
        `  ${key.padEnd(9)} n=${String(t.n).padEnd(5)} answered ${(t.answered / t.n).toFixed(3)}  EM ${(t.em / t.n).toFixed(3)}  F1 ${(t.f1 / t.n).toFixed(process.env.DIGITS ? 4 : 3)}  (F1 had it never refused ${(t.f1Found / t.n).toFixed(3)})`,
      );
  }
  console.log('half       band           n  share right (short answers shown, right at token F1 ≥ 0.5)');
  for (const [half, table] of bands) for (const row of formatReliability(table, half)) console.log(row);
  for (const half of bands.keys()) {
    const words = [...sure].filter(([key]) => key.startsWith(`${half}|`)).sort((a, b) => b[1].n - a[1].n);
    const cells = words.map(([key, t]) => `${key.slice(half.length + 1)} ${t.n} (${t.wrong})`);
    console.log(`${half}: answers at confidence ≥ 0.8 by opening word, n (wrong): ${cells.join(', ')}`);
  }
}
