/**
 * SQuAD v1.1 as ReQA-style sentence retrieval: shared by scripts/evalSquad.ts and scripts/bench.ts.
 *
 * One Article per paragraph (`squad-<articleIdx>-<paraIdx>`, title = the Wikipedia title with
 * underscores as spaces); a question's gold sentence is the sentence of its paragraph whose [start, end)
 * body offsets hold the first answer's `answer_start`.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../src/corpus/article.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story, StorySentence } from '../src/story/story.js';

export const DEFAULT_SQUAD_PATH = '../shared/eval/squad/dev-v1.1.json';

interface SquadFile {
  version: string;
  data: {
    title: string;
    paragraphs: {
      context: string;
      qas: { id: string; question: string; answers: { answer_start: number; text: string }[] }[];
    }[];
  }[];
}

/** One SQuAD question with where its answer lies. */
export interface SquadQuestion {
  id: string;
  question: string;
  articleId: string;
  /** Offset of the first answer in the paragraph (= article body). */
  answerStart: number;
  /** Offsets of every gold answer (the annotators' answers may lie in different sentences). */
  answerStarts: number[];
  /** Every gold answer text (for EM/F1 the best over them counts, as in SQuAD). */
  answers: string[];
}

export interface SquadSet {
  articles: Article[];
  questions: SquadQuestion[];
}

/**
 * Loads the SQuAD file as articles and questions.
 *
 * @param copies how many times to repeat every paragraph under new ids (`squad-<copy>-<a>-<p>` for copies
 *   after the first); questions always point at the first copy
 */
export function loadSquad(path: string, copies = 1): SquadSet {
  const file = JSON.parse(readFileSync(path, 'utf8')) as SquadFile;
  const articles: Article[] = [];
  const questions: SquadQuestion[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const [a, article] of file.data.entries()) {
      const title = article.title.replace(/_/g, ' ');
      for (const [p, para] of article.paragraphs.entries()) {
        const id = copy === 0 ? `squad-${a}-${p}` : `squad-${copy}-${a}-${p}`;
        articles.push({ id, title, titleGiven: true, body: para.context, file: `${id}.md` });
        if (copy > 0) continue;
        for (const qa of para.qas) {
          const first = qa.answers[0];
          if (!first) continue;
          questions.push({
            id: qa.id,
            question: qa.question,
            articleId: id,
            answerStart: first.answer_start,
            answerStarts: qa.answers.map((x) => x.answer_start),
            answers: qa.answers.map((x) => x.text),
          });
        }
      }
    }
  }
  return { articles, questions };
}

/** The half of SQuAD the candidate model's fit never sees: odd-numbered Wikipedia articles (scripts/fitCandidates.ts trains on the even). */
export function heldBack(articleId: string): boolean {
  return Number(/^squad-(\d+)-/.exec(articleId)?.[1] ?? 0) % 2 === 1;
}

/**
 * The story sentence id holding each question's answer: the sentence of its article whose [start, end)
 * contains the first answer's start (or, should it fall in the space between two sentences, the one
 * before). With `every`, the ids of the sentences holding any of the gold answers.
 */
export function goldSentences(sentences: StorySentence[], questions: SquadQuestion[]): number[] {
  const find = sentenceFinder(sentences);
  return questions.map((q) => find(q.articleId, q.answerStart));
}

export function goldSentenceSets(sentences: StorySentence[], questions: SquadQuestion[]): Set<number>[] {
  const find = sentenceFinder(sentences);
  return questions.map((q) => new Set(q.answerStarts.map((at) => find(q.articleId, at))));
}

function sentenceFinder(sentences: StorySentence[]): (articleId: string, offset: number) => number {
  const byArticle = new Map<string, StorySentence[]>();
  for (const s of sentences) {
    const list = byArticle.get(s.articleId);
    if (list) list.push(s);
    else byArticle.set(s.articleId, [s]);
  }
  return (articleId, offset) => {
    const list = byArticle.get(articleId) ?? [];
    const inside = list.find((s) => s.start <= offset && offset < s.end);
    if (inside) return inside.id;
    const before = list.filter((s) => s.start <= offset).at(-1);
    return (before ?? list[0])?.id ?? -1;
  };
}

/** SQuAD's answer normalisation: lower case, no punctuation, no articles, single spaces. */
export function normalizeAnswer(s: string): string {
  return s
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

export function tokenF1(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction).split(' ').filter(Boolean);
  const g = normalizeAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      same += 1;
      counts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Best score over the gold answers, as SQuAD's official script does. */
export function bestOver(metric: (p: string, g: string) => number, prediction: string, golds: string[]): number {
  return Math.max(0, ...golds.map((g) => metric(prediction, g)));
}

/** The question word a question opens with, for the who/when/where breakdown. */
export function questionWord(question: string): 'who' | 'when' | 'where' | undefined {
  const m = /^\s*(who|when|where)\b/i.exec(question);
  return m ? (m[1]!.toLowerCase() as 'who' | 'when' | 'where') : undefined;
}

/** The words a question opens with, for the breakdowns by kind of question ("how many", "which"…); "other" for the rest. */
export function openingWord(question: string): string {
  return /^\W*(who|whom|whose|when|where|what|which|why|how many|how much|how)\b/i.exec(question)?.[1]?.toLowerCase() ?? 'other';
}

/** Percentile of sorted values (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Each SQuAD paragraph (an article of `loadSquad`, by its id) as a story of its own, built when first asked for and kept; past
 * `keep` stories the oldest is let go (the paragraph studies read a few paragraphs around each question).
 */
export function paragraphStories(byId: ReadonlyMap<string, Article>, keep = Number.POSITIVE_INFINITY): (id: string) => Story {
  const stories = new Map<string, Story>();
  return (id) => {
    let s = stories.get(id);
    if (!s) stories.set(id, (s = buildStory([byId.get(id)!], id)));
    if (stories.size > keep) stories.delete(stories.keys().next().value!);
    return s;
  };
}
