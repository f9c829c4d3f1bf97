/**
 * How honestly the engine says "the story doesn't say": SQuAD v1.1 dev questions asked of stories that
 * hold their answer and of stories that do not.
 *
 * Each Wikipedia article (a title with many paragraphs) is cut in two stories: its even paragraphs and
 * its odd ones. A question is asked three times:
 * - **own**: of the half holding its paragraph — must be answered (covered), and the short answer is scored
 *   by token F1;
 * - **near**: of the other half of its own article — same topic, same names, the answer's paragraph gone
 *   — must be refused. A question whose gold answer is written in that half may still be answerable there
 *   (articles repeat facts), so the strict rate counts only those where no gold answer is;
 * - **other**: of the same half of the next article — another topic — must be refused.
 *
 * A fixed seeded sample of questions; rates by opening word and by article half (articles 0–23 are the
 * half the confidence model and the refusal thresholds are fitted on, 24–47 the held-back half).
 *
 *   npm run eval:refusal -- [--squad PATH] [--sample 2000] [--seed 1] [--dump FILE.jsonl] [--verbose] [--paths]
 *
 * `--dump` writes one line per question and setting with the coverage evidence, the answer found, the first
 * gold answer and the confidence shown, and for reading the rows the answer's sentence, the best excerpt, the
 * answer's type and the first five excerpts' coverage and ranking score (for calibrating
 * src/answer/covered.ts; `npm run fit:support` fits its support model on the rows marked `supportDecides`, `npm run fit:confidence -- --refusal-dump FILE` the
 * shown confidence's sole-answer shift on its training half's answers); `--verbose` lists the train half's wrong refusals (each with the
 * check of src/answer/covered.ts that refused it: refusingCheck) and wrong answers. The summary counts, per half, the own
 * questions each check refused and how many of them the short answer found (withheld) had right, so a check that refuses
 * answerable questions shows which of its refusals cost a right answer. `--paths` prints, per half, the way covered.ts
 * let each covered question through (scripts/coveringPaths.ts: the coverage band and the kind of answer, or the rule below
 * MIN_COVERAGE), with the own questions (and right answers) and the near and other ones that took it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { refusingCheck } from '../src/answer/covered.js';
import type { Article } from '../src/corpus/article.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story } from '../src/story/story.js';
import { coverageRow } from './coverageRow.js';
import { countPath, coveringPath, formatPaths, type PathTally } from './coveringPaths.js';
import { countAnswer, formatReliability, type Reliability, reliability } from './reliability.js';
import { bestOver, DEFAULT_SQUAD_PATH, loadSquad, normalizeAnswer, openingWord, type SquadQuestion, tokenF1 } from './squad.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    sample: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    dump: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    paths: { type: 'boolean', default: false },
  },
});

/** Articles below this index are the training half (as in scripts/fitConfidence.ts). */
const TRAIN_ARTICLES = 24;
const SETTINGS = ['own', 'near', 'other'] as const;
type Setting = (typeof SETTINGS)[number];

const started = performance.now();
const { articles, questions } = loadSquad(values.squad);
const position = (id: string) => {
  const [, a, p] = id.split('-');
  return { article: Number(a), paragraph: Number(p) };
};
const articleCount = Math.max(...articles.map((a) => position(a.id).article)) + 1;

/** The paragraphs of one article's half: 0 the even paragraphs, 1 the odd ones. */
const halves = new Map<string, Article[]>();
for (const a of articles) {
  const { article, paragraph } = position(a.id);
  const key = `${article}/${paragraph % 2}`;
  halves.set(key, [...(halves.get(key) ?? []), a]);
}

/** A seeded shuffle (mulberry32), so the sample is the same every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sample = shuffled(questions, Number(values.seed))
  .slice(0, Number(values.sample))
  .sort((a, b) => position(a.articleId).article - position(b.articleId).article);

const stories = new Map<string, Story>();
/** The story of one article's half, built on first use; only the current and the next article's kept. */
function storyOf(article: number, half: number): Story {
  const key = `${article}/${half}`;
  let story = stories.get(key);
  if (!story) {
    story = buildStory(halves.get(key) ?? [], `refusal-${key}`);
    stories.set(key, story);
  }
  return story;
}
function forget(below: number): void {
  for (const key of stories.keys()) {
    const a = Number(key.split('/')[0]);
    if (a < below && a !== 0) stories.delete(key);
  }
}

/** Whether any gold answer is written in a story's text (folded as SQuAD folds answers). */
function holdsAnswer(story: Story, q: SquadQuestion): boolean {
  const text = ` ${normalizeAnswer(story.sentences.map((s) => s.text).join(' '))} `;
  return q.answers.some((a) => {
    const g = normalizeAnswer(a);
    return g !== '' && text.includes(` ${g} `);
  });
}

interface Tally {
  n: number;
  covered: number;
  f1: number;
  /** near only: questions whose gold answer the other half does not write, and how many were covered. */
  strict: number;
  strictCovered: number;
}
const tallies = new Map<string, Tally>();
function add(key: string, covered: boolean, f1: number, strict: boolean | undefined): void {
  const t = tallies.get(key) ?? { n: 0, covered: 0, f1: 0, strict: 0, strictCovered: 0 };
  t.n += 1;
  if (covered) t.covered += 1;
  t.f1 += f1;
  if (strict) {
    t.strict += 1;
    if (covered) t.strictCovered += 1;
  }
  tallies.set(key, t);
}

/** The opening word, "whom" and "whose" counted with "who". */
const opening = (question: string) => openingWord(question).replace(/^whom$|^whose$/, 'who');

const dump: string[] = [];
/** Per split: how many own questions each check of covered.ts refused, and how many of those the short answer found got right. */
const ownRefusals = new Map<string, { n: number; right: number }>();
/** Per split: short answers given at confidence ≥ 0.8 in any setting, and how many were right. */
const confident = new Map<string, { n: number; right: number }>();
/** Per split: short answers shown per confidence band in any setting, and how many were right (scripts/reliability.ts). */
const reliable = new Map<string, Reliability>();
const reliabilityOf = (split: string) => reliable.get(split) ?? reliable.set(split, reliability()).get(split)!;
/** Per split: the covered questions per covering path (`--paths`). */
const paths = new Map<string, PathTally>();
for (const q of sample) {
  const { article, paragraph } = position(q.articleId);
  forget(article);
  const half = paragraph % 2;
  const split = article < TRAIN_ARTICLES ? 'train' : 'test';
  const targets: Record<Setting, Story> = {
    own: storyOf(article, half),
    near: storyOf(article, 1 - half),
    other: storyOf((article + 1) % articleCount, half),
  };
  for (const setting of SETTINGS) {
    const story = targets[setting];
    let covered = false;
    let text = '';
    let found = '';
    let confidence = 0;
    let line: Record<string, unknown> = {};
    let refusedBy: string | undefined;
    let path: string | undefined;
    try {
      const trace = traceAnswer(story, q.question, { command: 'ask', limit: 3 });
      covered = trace.answer.covered;
      text = trace.answer.answer?.text ?? '';
      found = trace.short?.text ?? '';
      confidence = trace.answer.confidence;
      const e = trace.coverage;
      refusedBy = covered ? undefined : e ? refusingCheck(e) : 'noExcerpt';
      if (covered && e) path = coveringPath(e);
      if (values.dump) line = { ...coverageRow(story, trace), ...(e ? { refusedBy: refusedBy ?? null } : {}) };
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
      refusedBy = 'questionError';
    }
    if (setting === 'own' && refusedBy !== undefined) {
      const key = `${split}|${refusedBy}`;
      const t = ownRefusals.get(key) ?? { n: 0, right: 0 };
      t.n += 1;
      if (bestOver(tokenF1, found, q.answers) >= 0.5) t.right += 1;
      ownRefusals.set(key, t);
    }
    const f1 = setting === 'own' ? bestOver(tokenF1, text, q.answers) : 0;
    const strict = setting === 'near' ? !holdsAnswer(story, q) : undefined;
    if (text !== '') {
      // Right as fitConfidence counts it (the short answer's token F1 ≥ 0.5) where the story may hold the answer; wrong elsewhere.
      const mayHold = setting === 'own' || (setting === 'near' && !strict);
      const right = mayHold && bestOver(tokenF1, found, q.answers) >= 0.5;
      for (const key of [split, 'all']) countAnswer(reliabilityOf(key), confidence, right);
      if (confidence >= 0.8) {
        const sure = confident.get(split) ?? { n: 0, right: 0 };
        sure.n += 1;
        if (right) sure.right += 1;
        confident.set(split, sure);
      }
    }
    if (values.paths && path !== undefined) {
      const tally = paths.get(split) ?? paths.set(split, new Map()).get(split)!;
      countPath(tally, path, setting, bestOver(tokenF1, found, q.answers) >= 0.5, strict);
    }
    for (const key of [`${split}|${setting}|all`, `${split}|${setting}|${opening(q.question)}`, `all|${setting}|all`])
      add(key, covered, f1, strict);
    if (values.dump)
      dump.push(
        JSON.stringify({
          id: q.id,
          split,
          setting,
          word: opening(q.question),
          question: q.question,
          covered,
          strict,
          found,
          gold: q.answers[0],
          given: confidence,
          f1Found: bestOver(tokenF1, found, q.answers),
          ...line,
        }),
      );
    if (values.verbose && split === 'train' && (setting === 'own' ? !covered : covered && strict !== false))
      console.log(
        `${setting} ${covered ? 'answered' : `refused by ${refusedBy}`} ${q.id} ${q.question}  → ${text || found || '-'}  (gold ${q.answers[0]})`,
      );
  }
}
if (values.dump) writeFileSync(values.dump, `${dump.join('\n')}\n`);

const f = (x: number) => x.toFixed(3);
const rate = (t: Tally | undefined, refused: boolean) => (t?.n ? f(refused ? 1 - t.covered / t.n : t.covered / t.n) : '  -  ');
console.log(
  `SQuAD v1.1 dev, refusal: ${sample.length} questions (seed ${values.seed}), each asked of its own article's half (own: must answer), the other half (near: must refuse) and the next article's half (other: must refuse); ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log('split  word       n     own answered  own F1  near refused (strict n, refused)  other refused');
const WORDS = ['who', 'when', 'where', 'what', 'which', 'why', 'how many', 'how much', 'how', 'other', 'all'];
for (const split of ['train', 'test', 'all']) {
  for (const word of split === 'all' ? ['all'] : WORDS) {
    const own = tallies.get(`${split}|own|${word}`);
    if (!own) continue;
    const near = tallies.get(`${split}|near|${word}`);
    const other = tallies.get(`${split}|other|${word}`);
    const strictRefused = near?.strict ? f(1 - near.strictCovered / near.strict) : '  -  ';
    console.log(
      `${split.padEnd(6)} ${word.padEnd(9)} ${String(own.n).padStart(5)}  ${rate(own, false)}         ${f(own.f1 / own.n)}   ${rate(near, true)}        (${String(near?.strict ?? 0).padStart(4)}, ${strictRefused})           ${rate(other, true)}`,
    );
  }
}
console.log('split  own questions refused by each check of covered.ts (n, of which the answer found was right)');
for (const split of ['train', 'test']) {
  const rows = [...ownRefusals].filter(([key]) => key.startsWith(`${split}|`)).sort((a, b) => b[1].n - a[1].n);
  console.log(`${split.padEnd(6)} ${rows.map(([key, t]) => `${key.slice(split.length + 1)} ${t.n} (${t.right})`).join(', ')}`);
}
for (const [split, sure] of confident)
  console.log(`${split}: answers at confidence >= 0.8 in all three settings ${sure.n}, wrong ${f(1 - sure.right / (sure.n || 1))}`);
if (values.paths) {
  console.log('split  covering path (covered questions)   own (right)  near (strict)  other');
  for (const split of ['train', 'test']) for (const row of formatPaths(paths.get(split) ?? new Map(), split)) console.log(row);
}
console.log('split      band           n  share right (answers shown in all three settings)');
for (const split of ['train', 'test', 'all']) for (const row of formatReliability(reliabilityOf(split), split)) console.log(row);
