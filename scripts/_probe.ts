import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import { sharedShare, sameClause } from '../src/timeline/mergeReports.js';
import { timelineReports } from '../src/timeline/timeline.js';
const { articles } = await loadCorpus(process.argv[2] ?? 'corpus');
const story = buildStory(articles, corpusHash(articles));
const { reports, weight } = timelineReports(story);
const want = (process.argv[3] ?? '').split(',');
const sel = reports.filter((r) => want.some((w) => `${r.item.sentence.articleId.slice(0,3)}:${r.item.sentence.index}|${r.key}`.startsWith(w)));
for (const a of sel) for (const b of sel) if (a !== b && a.item.order < b.item.order) {
  const id = (r: typeof a) => `${r.item.sentence.articleId.slice(0,3)}:${r.item.sentence.index} ${r.key}`;
  const ca = a.terms.clause, cb = b.terms.clause;
  console.log(id(a), '~', id(b), sharedShare(a.terms, b.terms, weight).toFixed(2), sameClause(a.terms, b.terms, weight), 'part', [...(a.terms.participants??[])], [...(b.terms.participants??[])], 'clauses', ca ? [...ca.terms].join(' ') : '-', '|', cb ? [...cb.terms].join(' ') : '-');
}
