/**
 * SQuAD reading comprehension as the studies read it (the setting of eval:squad's reading rows): each paragraph alone
 * a story, each of its questions asked of it. `eachParagraphQuestion` is the loop (one callback a question);
 * `readQuestion` asks one question as eval:squad does and tells where its short answer came from.
 */
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
