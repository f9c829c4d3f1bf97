/**
 * Prints the hand ranker's first sentences, with their scores and coverage, for questions on one story directory.
 * With `--find TEXT` (repeatable), also each candidate sentence holding TEXT — its rank among the candidates, score,
 * coverage and the hand score's parts (BM25 and paragraph shares, the question terms it holds by paraphrase, converse,
 * the sentence before or the asked noun's kind, those it lacks, whether it holds an answer of the wanted kind) — or that
 * no candidate holds it: for telling a right sentence ranked low from one the search never found.
 *
 *   npx tsx scripts/rankTrace.ts DIR 'question' ['question' …] [--top 6] [--find TEXT …]
 */
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { type HandParts, observeRanking, type PreparedQuery, rankSentences } from '../src/answer/rankSentences.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '6' }, find: { type: 'string', multiple: true, default: [] } },
});
const [dir, ...asked] = positionals;
if (!dir || asked.length === 0) throw new Error("rankTrace: usage: DIR 'question' … [--top N] [--find TEXT …]");
const top = Number(values.top);
const wanted = values.find;
const { articles } = await loadCorpus(dir);
const story = buildStory(articles, corpusHash(articles));
for (const q of asked) {
  let seen: PreparedQuery | undefined;
  // The first ranking's parts of each candidate, by sentence id (the question as the answer first ranks it).
  let parts: Map<number, HandParts | undefined> | undefined;
  observeRanking((candidates, query) => {
    if (seen) return;
    seen = query;
    parts = new Map(candidates.map((c) => [c.sentence.id, c.parts]));
  });
  traceAnswer(story, q, { command: 'ask', limit: 1 });
  observeRanking(undefined);
  const query = seen as PreparedQuery | undefined;
  if (!query) continue;
  console.log(`${q}  terms ${query.terms.join(' ')} kind ${query.kind}`);
  const ranked = rankSentences(story, query);
  for (const r of ranked.slice(0, top))
    console.log(`  ${r.score.toFixed(3)} cov ${r.coverage.toFixed(2)}  ${r.sentence.text.slice(0, 140)}`);
  for (const text of wanted) {
    const found = ranked.flatMap((r, i) => (r.sentence.text.includes(text) ? [{ r, rank: i + 1 }] : []));
    if (found.length === 0) console.log(`  find "${text}": in none of the ${ranked.length} candidates`);
    for (const { r, rank } of found) {
      console.log(
        `  find "${text}": rank ${rank} of ${ranked.length}, ${r.score.toFixed(3)} cov ${r.coverage.toFixed(2)}  ${r.sentence.text.slice(0, 100)}`,
      );
      const p = parts?.get(r.sentence.id);
      if (p) console.log(`    ${describeParts(p)}`);
    }
  }
}

/** A candidate's hand-score parts in one line: shares, the idf share held each way, what it lacks, its answer type. */
function describeParts(p: HandParts): string {
  const held = (Object.entries(p.heldBy) as [string, number][])
    .filter(([, w]) => w > 0)
    .map(([as, w]) => `${as} ${(w / (p.contrastTotal ?? p.total)).toFixed(2)}`);
  return [
    `share ${p.share.toFixed(2)}`,
    `passage ${p.passage.toFixed(2)}`,
    `held ${held.join(', ') || 'none'}`,
    `lacked ${p.lacked.join(' ') || 'none'}`,
    `typed ${p.typed}`,
    ...(p.borrowedTerms.length > 0 ? [`from before ${p.borrowedTerms.join(' ')}`] : []),
  ].join('; ');
}
