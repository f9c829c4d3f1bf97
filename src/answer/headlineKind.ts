import type { SentenceHit } from '../search/sentenceIndex.js';
import { articleById, type Story, type StorySentence } from '../story/story.js';
import type { AnswerKind } from './answerKind.js';
import { termSetOf } from './termMemo.js';

/**
 * The kinds of answer a headline's article may give in a sentence that repeats none of the question's words: a
 * figure, a span of time or a date is written once, in the sentence that reports it, and that sentence leaves the
 * event's parties to the headline ("He finished the match in three hours." under "Tellin outlasts Varrow").
 */
export const VALUE_KINDS: ReadonlySet<AnswerKind> = new Set(['duration', 'number', 'date']);

/** What {@link headlineKindHits} adds: the candidates, and the headline's terms each of them is lent. */
export interface HeadlineKindHits {
  hits: SentenceHit[];
  lent: Map<number, ReadonlySet<string>>;
}

/**
 * Sentences a value question may be answered by that the search left out because they write none of its words: in
 * an article whose given headline writes every name the question asks by (`names`, index terms), each sentence
 * holding an answer of the kind asked (`holdsKind`) and not among the hits, scored (and its passage) as the article's best
 * hit's times `share`, with the headline's terms lent to it as the sentence before's are to a pronoun's (antecedent.ts). News
 * writing names an event's parties in the headline and the lead, and tells its figures further down in sentences
 * that say "the match" or "he" ("Tellin outlasts Varrow" … "He then served out the match in four hours."). Only
 * for a question naming someone or something: a headline holding no name lends nothing to tell its article apart.
 *
 * @example headlineKindHits(story, 'duration', ['tellin', 'varrow'], hits, holdsDuration, 1) // → the "four hours" sentence
 */
export function headlineKindHits(
  story: Story,
  kind: AnswerKind,
  names: readonly string[],
  hits: readonly SentenceHit[],
  holdsKind: (sentence: StorySentence) => boolean,
  share: number,
): HeadlineKindHits | undefined {
  if (!VALUE_KINDS.has(kind) || names.length === 0) return undefined;
  const articles = articleById(story);
  const taken = new Set(hits.map((h) => h.id));
  // An article's sentences are consecutive: its first is the hit's id less the hit's index in it.
  const best = new Map<string, { hit: SentenceHit; first: number }>();
  for (const hit of hits) {
    const sentence = story.sentences[hit.id]!;
    if (!best.has(sentence.articleId)) best.set(sentence.articleId, { hit, first: firstOfArticle(story, sentence) });
  }
  let out: HeadlineKindHits | undefined;
  for (const [articleId, { hit, first }] of best) {
    const article = articles.get(articleId);
    if (!article?.titleGiven) continue;
    const headline = termSetOf(article.title);
    if (!names.every((t) => headline.has(t))) continue;
    for (let id = first; id < story.sentences.length; id += 1) {
      const sentence = story.sentences[id]!;
      if (sentence.articleId !== articleId) break;
      if (taken.has(id) || !holdsKind(sentence)) continue;
      out ??= { hits: [], lent: new Map() };
      out.hits.push(
        hit.passage === undefined ? { id, score: hit.score * share } : { id, score: hit.score * share, passage: hit.passage * share },
      );
      out.lent.set(sentence.id, headline);
    }
  }
  return out;
}

/** The id of the first sentence of the sentence's article. */
function firstOfArticle(story: Story, sentence: StorySentence): number {
  let id = sentence.id;
  while (id > 0 && story.sentences[id - 1]!.articleId === sentence.articleId) id -= 1;
  return id;
}
