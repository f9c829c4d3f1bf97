import type { Article } from '../corpus/article.js';
import { corpusHash } from '../corpus/loadCorpus.js';
import { tagSentence } from '../nlp/entities.js';
import { resolveNames } from '../nlp/names.js';
import { splitSentences } from '../nlp/splitSentences.js';
import { createSentenceIndex } from '../search/sentenceIndex.js';
import { termsOf } from '../search/terms.js';
import type { IndexedDoc, Story, StorySentence } from './story.js';

/** Progress of a build, for a terminal or a Discord reply. */
export interface BuildProgress {
  stage: 'split' | 'tag' | 'names' | 'index';
  done: number;
  total: number;
}

/** Sentences (or index documents) handled between two progress steps. */
const STEP = 200;

/**
 * Builds the story from articles: sentences (wink-nlp), entities (wink-nlp plus names resolved over
 * the whole corpus), and the MiniSearch index. Pure over its input; about a millisecond per sentence.
 *
 * @param hash the corpus content hash, kept so a snapshot knows what it was built from
 */
export function buildStory(articles: Article[], hash: string, onProgress?: (p: BuildProgress) => void): Story {
  const steps = storyBuilder(articles, hash);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

/**
 * The same build, giving the event loop a turn after every step of about 200 sentences, so a live bot
 * keeps answering from its current story while a new one is built beside it (`openStory`, /reindex).
 */
export async function buildStoryYielding(articles: Article[], hash: string, onProgress?: (p: BuildProgress) => void): Promise<Story> {
  const steps = storyBuilder(articles, hash);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The build as a sequence of steps: each yields its progress, and the last returns the story. */
function* storyBuilder(articles: Article[], hash: string): Generator<BuildProgress, Story, void> {
  const sentences: StorySentence[] = [];
  for (const [i, article] of articles.entries()) {
    for (const s of splitSentences(article.id, article.body)) sentences.push({ ...s, id: sentences.length, entities: [], tokens: [] });
    if ((i + 1) % 20 === 0 || i === articles.length - 1) yield { stage: 'split', done: i + 1, total: articles.length };
  }

  const tagged: ReturnType<typeof tagSentence>[] = [];
  for (const s of sentences) {
    tagged.push(tagSentence(s.text));
    if (tagged.length % STEP === 0 || tagged.length === sentences.length) yield { stage: 'tag', done: tagged.length, total: sentences.length };
  }
  const { entities: names, people } = resolveNames(tagged.map((t) => t.names));
  yield { stage: 'names', done: 1, total: 1 };
  for (const [i, s] of sentences.entries()) {
    s.entities = [...tagged[i]!.entities, ...names[i]!].sort((a, b) => a.start - b.start);
    s.tokens = tagged[i]!.tokens;
  }

  const titles = new Map(articles.map((a) => [a.id, a.titleGiven ? a.title : '']));
  const index = createSentenceIndex();
  for (let from = 0; from < sentences.length; from += STEP * 5) {
    const docs: IndexedDoc[] = sentences.slice(from, from + STEP * 5).map((s) => ({
      id: s.id,
      text: s.text,
      context: neighbours(sentences, s.id),
      title: titles.get(s.articleId) ?? '',
    }));
    index.addAll(docs);
    yield { stage: 'index', done: Math.min(sentences.length, from + STEP * 5), total: sentences.length };
  }

  const counts = new Map<string, number>();
  for (const s of sentences) counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + 1);
  return {
    hash,
    articles: articles.map(({ body, ...info }) => ({ ...info, sentenceCount: counts.get(info.id) ?? 0, contentHash: corpusHash([{ body, ...info }]) })),
    sentences,
    people,
    index,
    documentFrequency: documentFrequency(sentences),
  };
}

/** The text of the sentences just before and after sentence i, within its article. */
function neighbours(sentences: StorySentence[], i: number): string {
  const s = sentences[i]!;
  const parts: string[] = [];
  const prev = sentences[i - 1];
  const next = sentences[i + 1];
  if (prev && prev.articleId === s.articleId) parts.push(prev.text);
  if (next && next.articleId === s.articleId) parts.push(next.text);
  return parts.join(' ');
}

/** How many sentences each term occurs in. */
export function documentFrequency(sentences: { text: string }[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(termsOf(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
