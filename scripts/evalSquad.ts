/**
 * SQuAD v1.1 dev as ReQA-style sentence retrieval (Ahmad et al. 2019): every sentence of every paragraph
 * is a candidate; a question is answered at rank r when excerpt r is the sentence that holds the first
 * gold answer's start (its own sentence: corroborating `alsoIn` sentences do not count). Every question is
 * asked as a free question (`ask`, 5 excerpts). Prints P@1 and MRR@5, and short-answer exact match and
 * token F1 (SQuAD normalisation) over the questions opening with who/when/where.
 *
 *   npm run eval:squad -- [--squad PATH] [--limit N] [--raw] [--verbose]
 *
 * --raw also scores MiniSearch with its default options (`fields: ['text']`, default search) over the
 * same sentences and questions. A question the engine refuses (over 300 characters) counts as a miss.
 * In brackets: P@1 when the sentence of any of the annotators' answers counts (some questions' answers
 * lie in different sentences), for comparison with figures measured that way.
 */
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { buildStory } from '../src/story/buildStory.js';
import { bestOver, DEFAULT_SQUAD_PATH, exactMatch, goldSentenceSets, goldSentences, loadSquad, questionWord, tokenF1 } from './squad.js';

const RANKS = 5;

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    limit: { type: 'string' },
    raw: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const { articles, questions: all } = loadSquad(values.squad);
const questions = values.limit ? all.slice(0, Number(values.limit)) : all;
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
for (const [i, q] of questions.entries()) {
  const t0 = performance.now();
  let rank: number | undefined;
  let topIsAnyGold = false;
  let answerText = '';
  try {
    const answer = answerQuestion(story, q.question, { command: 'ask', limit: RANKS });
    const at = answer.excerpts.findIndex((e) => e.sentenceId === gold[i]);
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
  if (word) ours.addAnswer(word, bestOver(exactMatch, answerText, q.answers), bestOver(tokenF1, answerText, q.answers));
}
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
console.log(`SQuAD v1.1 dev as sentence retrieval: ${questions.length} questions, ${articles.length} paragraphs, ${story.sentences.length} sentences`);
console.log(`                 P@1     MRR@5   (P@1 when any gold answer's sentence counts)`);
console.log(`story-bot        ${f(ours.P1)}   ${f(ours.MRR)}   (${f(ours.P1Any)})`);
if (raw) console.log(`minisearch raw   ${f(raw.P1)}   ${f(raw.MRR)}   (${f(raw.P1Any)})`);
console.log(`short answers (questions opening with who/when/where; EM / token F1):`);
for (const word of ['who', 'when', 'where', 'all']) {
  const t = ours.byWord.get(word);
  if (t) console.log(`  ${word.padEnd(6)} n=${String(t.n).padEnd(5)} EM ${f(t.em / t.n)}  F1 ${f(t.f1 / t.n)}`);
}
const sorted = [...latencies].sort((a, b) => a - b);
const mean = latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1);
console.log(
  `wall ${sec(performance.now() - started)} (build ${sec(built - started)}, questions ${sec(asked - built)}, mean ${mean.toFixed(2)} ms, p99 ${(sorted[Math.ceil(0.99 * sorted.length) - 1] ?? 0).toFixed(2)} ms${raw ? `; raw ${sec(rawMs)}` : ''})`,
);
