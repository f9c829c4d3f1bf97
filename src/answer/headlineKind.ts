import type { SentenceHit } from '../search/sentenceIndex.js';
import { articleById, type Story, type StorySentence } from '../story/story.js';
import type { AnswerKind } from './answerKind.js';
import { termSetOf } from './termMemo.js';
import { termOf, words } from '../search/terms.js';
import { NAME_JOINERS } from './subjectEvidence.js';

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
 * an article whose given headline writes two of the names the question asks by apart (`parties`, each as its index
 * terms; {@link namesTwoParties}), each sentence holding an answer of the kind asked (`holdsKind`) and not among the
 * hits, scored (and its passage) as the article's best hit's times `share`, with the headline's terms lent to it as
 * the sentence before's are to a pronoun's (antecedent.ts). A news headline names an event's two parties ("Tellin
 * outlasts Varrow"), and the report tells its figures further down in sentences that say "the match" or "he" ("He
 * then served out the match in four hours."). A topic title naming one subject ("Fort Mirela") lends nothing: it names
 * what every paragraph under it is about, not the event the question asks of.
 *
 * @example headlineKindHits(story, 'duration', [['tellin'], ['varrow']], hits, holdsDuration, 1) // → the "four hours" sentence
 */
export function headlineKindHits(
  story: Story,
  kind: AnswerKind,
  parties: readonly (readonly string[])[],
  hits: readonly SentenceHit[],
  holdsKind: (sentence: StorySentence) => boolean,
  share: number,
): HeadlineKindHits | undefined {
  if (!VALUE_KINDS.has(kind) || parties.length < 2) return undefined;
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
    if (!article?.titleGiven || !namesTwoParties(article.title, parties)) continue;
    const headline = termSetOf(article.title);
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

/**
 * Whether the given headline of the sentence's article writes two of the question's names apart
 * ({@link namesTwoParties}): the sentence is told under the event the question asks of, whose parties it may leave
 * to the headline.
 */
export function headlineNamesParties(story: Story, sentence: StorySentence, parties: readonly (readonly string[])[] | undefined): boolean {
  if (parties === undefined || parties.length < 2) return false;
  const article = articleById(story).get(sentence.articleId);
  return article?.titleGiven === true && namesTwoParties(article.title, parties);
}

/** The id of the first sentence of the sentence's article. */
function firstOfArticle(story: Story, sentence: StorySentence): number {
  let id = sentence.id;
  while (id > 0 && story.sentences[id - 1]!.articleId === sentence.articleId) id -= 1;
  return id;
}

/** Words between two names that leave them one name or one pair ("Tellin *and* Varrow", "the Bank *of* Norland"). */
const PAIRING = new Set([...NAME_JOINERS, 'and', '&']);

/**
 * Whether a headline writes two of the parties (each as its index terms) apart: a word of one and a word of another
 * with a word between them that neither joins nor pairs names ("Tellin *outlasts* Varrow", "Tellin *v* Varrow"). A
 * topic title writes one name ("Fort Mirela") or a compound of two ("Tellin and Varrow Stadium"), not an event
 * between two.
 *
 * @example namesTwoParties('Tellin outlasts Varrow', [['orla', 'tellin'], ['varrow']]) // → true
 */
export function namesTwoParties(headline: string, parties: readonly (readonly string[])[]): boolean {
  const ws = words(headline);
  // The party each headline word names (-1: none; a word two parties share names neither apart).
  const of = ws.map((w) => {
    const term = termOf(w);
    const found = term ? parties.flatMap((p, i) => (p.includes(term) ? [i] : [])) : [];
    return found.length === 1 ? found[0]! : -1;
  });
  for (let a = 0; a < ws.length; a += 1) {
    if (of[a]! < 0) continue;
    for (let b = a + 1; b < ws.length; b += 1) {
      if (of[b]! < 0) continue;
      if (of[b] === of[a]) break;
      if (ws.slice(a + 1, b).some((w, i) => of[a + 1 + i]! < 0 && !PAIRING.has(w.toLowerCase()))) return true;
      break;
    }
  }
  return false;
}
