/**
 * SQuAD reading comprehension as the studies read it (the setting of eval:squad's reading rows): each paragraph alone
 * a story, each of its questions asked of it. `eachParagraphQuestion` is the loop (one callback a question);
 * `readQuestion` asks one question as eval:squad does and tells where its short answer came from; `readReadingRows`
 * reads back the rows eval:squad's `--rows FILE` wrote.
 */
import { readFileSync } from 'node:fs';
import { type AnswerTrace, traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story } from '../src/story/story.js';
import { goldSentenceSets, type SquadQuestion, type SquadSet } from './squad.js';

/** One question with its paragraph built alone as a story and the ids of that story's sentences holding a gold answer. */
export interface ParagraphQuestion {
  question: SquadQuestion;
  story: Story;
  gold: ReadonlySet<number>;
}

/**
 * Calls `each` for every question of the set, paragraph by paragraph in the order of its articles and in the set's
 * order within a paragraph; each paragraph holding a question is built once, alone. With `limit`, only the first
 * `limit` such paragraphs are read. Returns how many paragraphs were read.
 */
export function eachParagraphQuestion(
  { articles, questions, limit = Number.POSITIVE_INFINITY }: SquadSet & { limit?: number },
  each: (asked: ParagraphQuestion) => void,
): number {
  const byParagraph = new Map<string, SquadQuestion[]>();
  for (const q of questions) {
    const list = byParagraph.get(q.articleId);
    if (list) list.push(q);
    else byParagraph.set(q.articleId, [q]);
  }
  let read = 0;
  for (const paragraph of articles) {
    const qs = byParagraph.get(paragraph.id);
    if (!qs) continue;
    if (read === limit) break;
    read += 1;
    const story = buildStory([paragraph], paragraph.id);
    const gold = goldSentenceSets(story.sentences, qs);
    for (const [i, question] of qs.entries()) each({ question, story, gold: gold[i]! });
  }
  return read;
}

/**
 * What asking one question of its paragraph gave: the trace (undefined where it was not read as a question) and where
 * the short answer found came from — R a sentence holding a gold answer, W another sentence, - none found.
 */
export interface ParagraphReading {
  trace: AnswerTrace | undefined;
  source: 'R' | 'W' | '-';
}

/** Asks a question of its paragraph as eval:squad's reading setting does (`ask`, one excerpt). */
export function readQuestion({ question, story, gold }: ParagraphQuestion): ParagraphReading {
  try {
    const trace = traceAnswer(story, question.question, { command: 'ask', limit: 1 });
    return { trace, source: trace.short ? (gold.has(trace.short.sentenceId) ? 'R' : 'W') : '-' };
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    return { trace: undefined, source: '-' };
  }
}

/** One reading question as eval:squad's `--rows FILE` writes it (scripts/evalSquad.ts names the columns). */
export interface ReadingRow {
  id: string;
  /** H for a held-back article, T for a training one. */
  half: string;
  /** The question's opening word (`openingWord`). */
  opening: string;
  f1: number;
  em: number;
  /** The short answer shown, empty where none was. */
  answer: string;
  /** The first gold answer. */
  gold: string;
  question: string;
  /** R where the short answer's sentence holds a gold answer, W another sentence, - none found. */
  source: string;
  /** The short answer's type (PHRASE or an entity type), empty in a file from before that column. */
  type: string;
}

/** The rows of an eval:squad `--rows` file, in its order (a line with fewer than its first nine columns is skipped). */
export function readReadingRows(path: string): ReadingRow[] {
  const rows: ReadingRow[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 9) continue;
    rows.push({
      id: c[0]!,
      half: c[1]!,
      opening: c[2]!,
      f1: Number(c[3]),
      em: Number(c[4]),
      answer: c[5]!,
      gold: c[6]!,
      question: c[7]!,
      source: c[8]!,
      type: c[9] ?? '',
    });
  }
  return rows;
}
