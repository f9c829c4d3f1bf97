/**
 * Lists near-duplicate timeline entries of a story: pairs of entries whose dates lie within a few days of each other
 * (or whose spans overlap), cited from different articles, with the best share of weighted event terms any two of
 * their reports hold in common (as `mergeReports` measures it; "clause" and "rare" when their date clauses or their
 * rare terms would merge them: `sameClause`, `sharesRareTerms`) and the terms they share, heaviest first. To see which
 * reports of one event stay apart, and why (another date key, too little overlap).
 *
 *   npx tsx scripts/timelinePairs.ts [--corpus corpus] [--days 3] [--min 0.15]
 */
import { parseArgs } from 'node:util';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { parseIsoDay } from '../src/nlp/dateCalendar.js';
import { buildStory } from '../src/story/buildStory.js';
import { sameClause, sharedShare, sharesRareTerms, type WeightedTerms } from '../src/timeline/mergeReports.js';
import { buildTimeline, dateSpan, type TimelineEvent, timelineReports } from '../src/timeline/timeline.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'corpus' },
    days: { type: 'string', default: '3' },
    min: { type: 'string', default: '0.15' },
  },
});
const days = Number(values.days);
const min = Number(values.min);

const { articles } = await loadCorpus(values.corpus);
const story = buildStory(articles, corpusHash(articles));
const events = story.timeline ?? buildTimeline(story);
const { reports, weight } = timelineReports(story);

const refKey = (articleId: string, sentence: number) => `${articleId}:${sentence}`;
const termsByRef = new Map<string, { key: string; terms: WeightedTerms; text: string }[]>();
for (const r of reports) {
  const k = refKey(r.item.sentence.articleId, r.item.sentence.index);
  const list = termsByRef.get(k) ?? [];
  list.push({ key: r.key, terms: r.terms, text: r.item.resolved.text });
  termsByRef.set(k, list);
}
const refsOf = (e: TimelineEvent) => [refKey(e.articleId, e.sentence), ...e.alsoIn.map((r) => refKey(r.articleId, r.sentence))];
const articlesOf = (e: TimelineEvent) => new Set(refsOf(e).map((r) => r.split(':')[0]));
/** The reports of an entry: each cited sentence's report on the entry's date (or its first one). */
const reportsOf = (e: TimelineEvent) =>
  refsOf(e).map((r) => {
    const list = termsByRef.get(r) ?? [];
    return list.find((x) => x.key.startsWith(`${e.date}|`)) ?? list[0]!;
  });

const daysApart = (a: TimelineEvent, b: TimelineEvent): number => {
  const [a0, a1] = dateSpan(a).map((d) => parseIsoDay(d) ?? 0) as [number, number];
  const [b0, b1] = dateSpan(b).map((d) => parseIsoDay(d) ?? 0) as [number, number];
  if (a1 >= b0 && b1 >= a0) return 0;
  return a1 < b0 ? b0 - a1 : a0 - b1;
};

let shown = 0;
for (let i = 0; i < events.length; i += 1) {
  for (let j = i + 1; j < events.length; j += 1) {
    const a = events[i]!;
    const b = events[j]!;
    if (daysApart(a, b) > days) continue;
    const aa = articlesOf(a);
    const ab = articlesOf(b);
    if (aa.size === 1 && ab.size === 1 && [...ab].every((x) => aa.has(x))) continue;
    let best = 0;
    let pair: [WeightedTerms, WeightedTerms] | undefined;
    let clause = false;
    let rare = false;
    for (const x of reportsOf(a))
      for (const y of reportsOf(b)) {
        if (!x || !y) continue;
        const share = sharedShare(x.terms, y.terms, weight);
        if (share >= best) {
          best = share;
          pair = [x.terms, y.terms];
        }
        clause ||= sameClause(x.terms, y.terms, weight);
        rare ||= sharesRareTerms(x.terms, y.terms);
      }
    if (best < min || !pair) continue;
    shown += 1;
    const shared = [...pair[0].terms].filter((t) => pair[1].terms.has(t)).sort((p, q) => weight(q) - weight(p));
    const label = (e: TimelineEvent) => `${e.date} ${e.precision}${e.relation ? ` ${e.relation}` : ''} "${e.dateText}"`;
    console.log(`\n${best.toFixed(2)}${clause ? ' clause' : ''}${rare ? ' rare' : ''}  ${label(a)}  ~  ${label(b)}`);
    console.log(`  shared: ${shared.map((t) => `${t}(${weight(t).toFixed(1)})`).join(' ')}`);
    console.log(`  A ${refsOf(a).join(' ')}: ${a.text.slice(0, 160)}`);
    console.log(`  B ${refsOf(b).join(' ')}: ${b.text.slice(0, 160)}`);
  }
}
console.log(`\n${events.length} entries, ${shown} pairs shown`);
