import { articleById, type Story } from '../story/story.js';
import { termsOf } from '../search/terms.js';
import type { Answer, Excerpt } from './answer.js';
import { answerKind, type Command } from './answerKind.js';
import { corroborate, type CorroboratedSentence } from './corroborate.js';
import { extractAnswer, type ShortAnswer } from './extractAnswer.js';
import { formatResolvedDate, resolveDate } from '../nlp/resolveDate.js';
import { validateQuestion } from './questionError.js';
import { rankSentences, type PreparedQuery } from './rankSentences.js';

/** Options of one question. */
export interface QuestionOptions {
  command?: Command;
  /** Excerpts to return (default 3). */
  limit?: number;
  /** Excerpts to skip, for paging (default 0). */
  offset?: number;
}

/** Below this idf-weighted coverage of the question by the best sentence, the story does not cover it. */
export const MIN_COVERAGE = 0.5;

/**
 * Answers a question from the story: ranked, corroborated excerpts with citations, the short answer
 * when one can be found, a confidence, and `covered: false` (with the closest sentences as
 * suggestions) when the story does not speak to it.
 *
 * @throws QuestionError for an empty or over-long question
 * @example answerQuestion(story, 'led the Ukrainian delegation', { command: 'who' }).answer
 * // → { text: 'Rustem Umerov', type: 'PERSON' }
 */
export function answerQuestion(story: Story, rawQuery: string, options: QuestionOptions = {}): Answer {
  const command = options.command ?? 'ask';
  const limit = Math.max(1, Math.min(options.limit ?? 3, 25));
  const offset = Math.max(0, options.offset ?? 0);
  const query = validateQuestion(rawQuery);
  const kind = answerKind(command, query);
  const prepared: PreparedQuery = { terms: [...new Set(termsOf(query))], kind, text: query.toLowerCase() };

  const groups = corroborate(rankSentences(story, prepared));
  const best = groups[0];
  const covered = best !== undefined && best.coverage >= MIN_COVERAGE;
  const short = covered ? extractAnswer(story, groups, prepared) : null;
  const confidence = covered ? confidenceOf(best, short !== null, kind !== 'other') : 0;
  return {
    command,
    query,
    kind,
    answer: short ? { text: short.text, type: short.type, ...datedAnswer(story, short) } : null,
    confidence,
    covered,
    excerpts: groups.slice(offset, offset + limit).map((g, i) => toExcerpt(story, g, offset + i + 1)),
    total: groups.length,
  };
}

/** For a DATE/TIME answer, where it falls on the calendar given the article's published date. */
function datedAnswer(story: Story, short: ShortAnswer): Pick<NonNullable<Answer['answer']>, 'date'> {
  if (short.type !== 'DATE' && short.type !== 'TIME') return {};
  const sentence = story.sentences[short.sentenceId];
  if (!sentence) return {};
  const published = articleById(story).get(sentence.articleId)?.published;
  const resolved = resolveDate(short.written, sentence.text, published);
  if (!resolved) return {};
  return { date: { date: resolved.date, precision: resolved.precision, ...(resolved.relation ? { relation: resolved.relation } : {}), label: formatResolvedDate(resolved) } };
}

function confidenceOf(best: CorroboratedSentence, answered: boolean, typed: boolean): number {
  const support = Math.min(1, 0.85 + 0.05 * best.others.length);
  const span = answered ? 1 : typed ? 0.6 : 0.8;
  return Math.round(Math.min(1, best.coverage * support * span) * 100) / 100;
}

function toExcerpt(story: Story, g: CorroboratedSentence, rank: number): Excerpt {
  const articles = articleById(story);
  const a = articles.get(g.sentence.articleId);
  const excerpt: Excerpt = {
    rank,
    text: g.sentence.text,
    score: Math.round(g.score * 1000) / 1000,
    articleId: g.sentence.articleId,
    title: a?.title ?? g.sentence.articleId,
    sentence: g.sentence.index,
    sentenceId: g.sentence.id,
    alsoIn: g.others.map((o) => {
      const other = articles.get(o.sentence.articleId);
      return {
        articleId: o.sentence.articleId,
        sentence: o.sentence.index,
        title: other?.title ?? o.sentence.articleId,
        ...(other?.source ? { source: other.source } : {}),
        ...(other?.url ? { url: other.url } : {}),
      };
    }),
  };
  if (a?.source) excerpt.source = a.source;
  if (a?.url) excerpt.url = a.url;
  if (a?.published) excerpt.published = a.published;
  return excerpt;
}
