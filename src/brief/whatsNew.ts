/**
 * What a rebuild brought: the new articles and the most important facts they report that no earlier article
 * did, for an update post ("What's new") after /reindex or an added article.
 */
import { SAME_FACT_OVERLAP } from '../answer/corroborate.js';
import type { ArticleInfo, Story } from '../story/story.js';
import { articleById } from '../story/story.js';
import { pickLines, REDUNDANT_COSINE, sentenceImportance } from './buildBrief.js';
import type { BriefLine } from './buildBrief.js';

/** Options of {@link whatsNew}. */
export interface WhatsNewOptions {
  /** How many facts at most, {@link MIN_NEW_FACTS} to {@link MAX_NEW_FACTS}; default {@link MAX_NEW_FACTS}. */
  facts?: number;
}

export const MIN_NEW_FACTS = 3;
export const MAX_NEW_FACTS = 5;

/** The news of a rebuild. */
export interface WhatsNew {
  /** The new articles that are in the story, in story order. */
  articles: ArticleInfo[];
  /** Their most important facts that no earlier article reports, most important first (as brief lines). */
  facts: BriefLine[];
}

/**
 * The new articles of `story` (ids from the rebuild's report, e.g. `diffArticles(before, after).added`) and up to
 * `facts` of their sentences that matter most (the brief's importance) and that no other article of the story
 * reports: a sentence sharing `SAME_FACT_OVERLAP` of its words, or {@link REDUNDANT_COSINE} cosine, with a
 * sentence of an earlier article is old news. Each fact cites its article and the other new articles that report
 * it. Empty when no id names an article of the story — the caller then posts nothing.
 *
 * @throws RangeError prefixed `whatsNew:` when `facts` is not an integer from 3 to 5.
 * @example whatsNew(after, diffArticles(before.articles, after.articles).added).facts.map((f) => f.text)
 */
export function whatsNew(story: Story, newArticleIds: Iterable<string>, options: WhatsNewOptions = {}): WhatsNew {
  const count = options.facts ?? MAX_NEW_FACTS;
  if (!Number.isInteger(count) || count < MIN_NEW_FACTS || count > MAX_NEW_FACTS) {
    throw new RangeError(`whatsNew: facts must be a whole number from ${MIN_NEW_FACTS} to ${MAX_NEW_FACTS}, not ${String(options.facts)}`);
  }
  const ids = new Set(newArticleIds);
  const byId = articleById(story);
  const articles = story.articles.filter((a) => ids.has(a.id));
  if (articles.length === 0) return { articles: [], facts: [] };

  const importance = sentenceImportance(story);
  const isNew = (sentenceId: number) => ids.has(story.sentences[sentenceId]!.articleId);
  const candidates = story.sentences
    .filter((s) => ids.has(s.articleId) && byId.has(s.articleId))
    .map((s) => s.id)
    .filter((i) => !importance.graph[i]!.some((e) => !isNew(e.id) && (e.overlap >= SAME_FACT_OVERLAP || e.cosine >= REDUNDANT_COSINE)));
  const facts = pickLines(story, importance, candidates, count).map((line) => ({
    ...line,
    alsoIn: line.alsoIn.filter((a) => ids.has(a.articleId)),
  }));
  return { articles, facts };
}
