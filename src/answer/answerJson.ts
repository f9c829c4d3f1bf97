import type { Answer } from './answer.js';

/**
 * The stable JSON form of an answer (the contract of `npm run ask -- --json/--jsonl`):
 * `{"id", "command", "query", "answer": {"text", "type"} | null, "confidence", "covered", "kind",
 *   "excerpts": [{"rank", "text", "score", "articleId", "title", "source", "url", "published",
 *   "sentence", "alsoIn": [{"articleId", "sentence"}]}]}`. Unknown citation fields are null.
 */
export function answerJson(answer: Answer, id?: unknown): Record<string, unknown> {
  return {
    ...(id !== undefined ? { id } : {}),
    command: answer.command,
    query: answer.query,
    kind: answer.kind,
    answer: answer.answer,
    confidence: answer.confidence,
    covered: answer.covered,
    total: answer.total,
    excerpts: answer.excerpts.map((e) => ({
      rank: e.rank,
      text: e.text,
      score: e.score,
      articleId: e.articleId,
      title: e.title,
      source: e.source ?? null,
      url: e.url ?? null,
      published: e.published ?? null,
      sentence: e.sentence,
      alsoIn: e.alsoIn.map((o) => ({ articleId: o.articleId, sentence: o.sentence, title: o.title, source: o.source ?? null })),
    })),
  };
}
