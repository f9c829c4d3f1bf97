/**
 * Scoring a question set against a story, shared by scripts/eval.ts and scripts/evalKit.ts.
 *
 * A gold line is `{id, command, query, question, answers, evidence, uncovered?, tags?}` (the format of
 * ../shared/eval/story-dev.jsonl and ../shared/eval/stories/storyX-gold.jsonl). Per mode (`command`:
 * the slash command and query; `question`: the natural question as a free question):
 * - hit@1 / hit@3: excerpt 1 / excerpts 1–3 hold an evidence fragment (answerable questions only);
 * - answer: the short answer has at most 8 words and contains an accepted answer (answerable only);
 * - not covered: answerable questions the engine said the story does not cover (lower is better);
 * - refused: `uncovered` questions answered with `covered: false` (higher is better);
 * - reliability: short answers per confidence band and the share of them that are right (an answer to
 *   an uncovered question is wrong).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../src/answer/answerKind.js';
import { type AnswerTrace, traceAnswer } from '../src/answer/answerQuestion.js';
import { refusingCheck } from '../src/answer/covered.js';
import { type Answer, SURE_CONFIDENCE } from '../src/answer/answer.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story } from '../src/story/story.js';
import { countAnswer, formatReliability, type Reliability, reliability } from './reliability.js';

/** One gold question. */
export interface GoldItem {
  id: string;
  command: Command;
  query: string;
  question: string;
  answers: string[];
  evidence: string[];
  uncovered?: boolean;
  tags?: string[];
}

/** The figures of one mode. */
export interface ModeScore {
  mode: 'command' | 'question';
  /** Answerable questions. */
  n: number;
  hit1: number;
  hit3: number;
  answer: number;
  /** Share of answerable questions answered `covered: false`. */
  notCovered: number;
  /** Uncovered questions, and the share refused. */
  nUncovered: number;
  refused: number;
  /** Per confidence band: short answers given, and how many were right. */
  bands: Reliability;
  /** Answers at confidence ≥ 0.8, and the share wrong. */
  confident: number;
  confidentWrong: number;
  misses: string[];
}

/** Folding the eval READMEs ask for: straight quotes and dashes, collapsed white space, lower case. */
export function fold(s: string): string {
  return s
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Reads a JSONL gold file. @throws Error naming the file when it is missing or a line is not JSON */
export function readGold(file: string): GoldItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`storyEval: cannot read ${file}: ${(error as Error).message}`);
  }
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as GoldItem;
      } catch {
        throw new Error(`storyEval: ${file} line ${i + 1} is not JSON`);
      }
    });
}

/** Whether a short answer is right for an item: at most 8 words holding an accepted answer. */
export function answerIsRight(item: GoldItem, answer: Answer): boolean {
  return answer.answer !== null && textIsRight(item, answer.answer.text);
}

/** Whether a short answer's text, shown or withheld, would be right: at most 8 words holding an accepted answer. */
export function textIsRight(item: GoldItem, written: string): boolean {
  if (item.uncovered) return false;
  const text = fold(written);
  return text !== '' && text.split(' ').length <= 8 && item.answers.some((a) => text.includes(fold(a)));
}

/** Scores one mode of a gold set on a story; `onTrace` is shown each question's trace (eval:kit's `--dump`). */
export function scoreMode(
  story: Story,
  items: GoldItem[],
  mode: 'command' | 'question',
  onTrace?: (item: GoldItem, trace: AnswerTrace) => void,
): ModeScore {
  const s: ModeScore = {
    mode,
    n: 0,
    hit1: 0,
    hit3: 0,
    answer: 0,
    notCovered: 0,
    nUncovered: 0,
    refused: 0,
    bands: reliability(),
    confident: 0,
    confidentWrong: 0,
    misses: [],
  };
  for (const item of items) {
    const asked = mode === 'command' ? `/${item.command} ${item.query}` : item.question;
    const trace =
      mode === 'command'
        ? traceAnswer(story, item.query, { command: item.command, limit: 3 })
        : traceAnswer(story, item.question, { limit: 3 });
    onTrace?.(item, trace);
    const { answer } = trace;
    const right = answerIsRight(item, answer);
    if (answer.answer) {
      countAnswer(s.bands, answer.confidence, right);
      if (answer.confidence >= SURE_CONFIDENCE) {
        s.confident += 1;
        if (!right) s.confidentWrong += 1;
      }
    }
    if (item.uncovered) {
      s.nUncovered += 1;
      if (!answer.covered) s.refused += 1;
      else
        s.misses.push(
          `✗ ${mode} ${item.id} (uncovered) ${asked}\n   answered: ${answer.answer?.text ?? '(none)'} (${answer.confidence})  top: ${answer.excerpts[0]?.text ?? '(none)'}`,
        );
      continue;
    }
    s.n += 1;
    const evidence = item.evidence.map(fold);
    const hits = answer.excerpts.map((e) => evidence.some((ev) => fold(e.text).includes(ev)));
    if (hits[0]) s.hit1 += 1;
    if (hits.slice(0, 3).some(Boolean)) s.hit3 += 1;
    if (right) s.answer += 1;
    if (!answer.covered) s.notCovered += 1;
    if (!hits[0] || !right) {
      s.misses.push(
        `✗ ${mode} ${item.id} [${answer.kind}${answer.covered ? '' : `, not covered: ${refusedBy(trace)}`}] ${asked}\n   answer: ${answer.answer?.text ?? (trace.short ? `(withheld: ${trace.short.text})` : '(none)')} (${answer.confidence})  want: ${item.answers.join(' | ')}  hit@1: ${hits[0] ?? false}  hit@3: ${hits.slice(0, 3).some(Boolean)}\n   gold: ${item.evidence.join(' | ')}\n${answer.excerpts
          .slice(0, 3)
          .map((e, i) => `   ${i + 1}${hits[i] ? '*' : ' '} ${e.text}`)
          .join('\n')}`,
      );
    }
  }
  s.hit1 /= s.n || 1;
  s.hit3 /= s.n || 1;
  s.answer /= s.n || 1;
  s.notCovered /= s.n || 1;
  s.refused /= s.nUncovered || 1;
  return s;
}

const f = (x: number) => x.toFixed(3);

/** One line of figures for a mode. */
export function formatMode(s: ModeScore): string {
  const conf = s.confident ? `${s.confidentWrong}/${s.confident} wrong` : '-';
  return `${s.mode.padEnd(8)}  n=${s.n}  hit@1 ${f(s.hit1)}  hit@3 ${f(s.hit3)}  answer ${f(s.answer)}  not-covered ${f(s.notCovered)}  refused ${s.nUncovered ? f(s.refused) : '  -  '} (of ${s.nUncovered})  ≥0.8: ${conf}`;
}

/** The reliability table of a mode: short answers per confidence band and the share right. */
export function formatBands(s: ModeScore): string {
  const rows = formatReliability(s.bands, '');
  return [`${s.mode} reliability:`, ...rows].join('\n');
}

/** The development stories a fit may read — story-dev and storyD, storyE — never the held-out storyF. */
export const FIT_STORIES = ['story-dev', 'storyD', 'storyE'] as const;

/**
 * The fit stories built, each with its answerable gold questions, and its uncovered ones too when
 * `options.uncovered` (`shared` is ../shared/eval or a copy). Throws, naming `script`, when a gold file is missing.
 */
export async function fitStories(
  shared: string,
  script: string,
  options: { uncovered?: boolean } = {},
): Promise<{ story: Story; items: GoldItem[] }[]> {
  const sets = FIT_STORIES.map((s) =>
    s === 'story-dev'
      ? { corpus: 'corpus', gold: join(shared, 'story-dev.jsonl') }
      : { corpus: join(shared, 'stories', s), gold: join(shared, 'stories', `${s}-gold.jsonl`) },
  );
  const built: { story: Story; items: GoldItem[] }[] = [];
  for (const set of sets) {
    if (!existsSync(set.gold)) throw new Error(`${script}: ${set.gold} is missing (pass --shared DIR)`);
    const { articles } = await loadCorpus(set.corpus);
    built.push({
      story: buildStory(articles, corpusHash(articles)),
      items: readGold(set.gold).filter((item) => options.uncovered || !item.uncovered),
    });
  }
  return built;
}

/**
 * The check of covered.ts that refused an answer (refusingCheck), for reading a not-covered miss: 'covered' when none
 * did, 'no excerpt' without evidence.
 */
export function refusedBy(trace: AnswerTrace): string {
  return trace.coverage ? (refusingCheck(trace.coverage) ?? 'covered') : 'no excerpt';
}
