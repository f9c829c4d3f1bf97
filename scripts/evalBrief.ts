/**
 * How much of what people ask about a story its brief holds: on every development story (../shared/eval/stories/
 * storyX with storyX-gold.jsonl, and the bundled corpus/ with ../shared/eval/story-dev.jsonl), the share of the
 * answerable gold questions with an evidence fragment inside a brief line, beside a baseline of the first
 * sentences of the first article (the same number of lines). One table; exits 2 when ../shared is missing.
 *
 *   npm run eval:brief [-- --shared ../shared/eval]
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBrief, MAX_BRIEF_LINES, MIN_BRIEF_LINES } from '../src/brief/buildBrief.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story } from '../src/story/story.js';
import { fold, readGold } from './storyEval.js';
import type { GoldItem } from './storyEval.js';

const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared/eval' }, corpus: { type: 'string', default: 'corpus' } } });
const shared = values.shared;
if (!existsSync(shared)) {
  console.error(`evalBrief: ${shared} not found — the development stories and gold questions live in ../shared/eval (pass --shared DIR)`);
  process.exit(2);
}

interface Set_ {
  name: string;
  corpus: string;
  gold: string;
}
const sets: Set_[] = [];
const dev = path.join(shared, 'story-dev.jsonl');
if (existsSync(dev)) sets.push({ name: 'bundled', corpus: values.corpus, gold: dev });
const storiesDir = path.join(shared, 'stories');
if (existsSync(storiesDir)) {
  for (const name of readdirSync(storiesDir).sort()) {
    const gold = path.join(storiesDir, `${name}-gold.jsonl`);
    if (existsSync(gold) && existsSync(path.join(storiesDir, name))) sets.push({ name, corpus: path.join(storiesDir, name), gold });
  }
}
if (sets.length === 0) {
  console.error(`evalBrief: no gold files under ${shared} (expected story-dev.jsonl and stories/storyX-gold.jsonl)`);
  process.exit(2);
}

/** Whether one of the question's evidence fragments is inside one of the lines. */
function covered(item: GoldItem, lines: readonly string[]): boolean {
  const folded = lines.map(fold);
  return item.evidence.some((ev) => folded.some((l) => l.includes(fold(ev))));
}

/** The first n sentences of the story's first article. */
function leadLines(story: Story, n: number): string[] {
  const first = story.articles[0]?.id;
  return story.sentences.filter((s) => s.articleId === first).slice(0, n).map((s) => s.text);
}

const sizes = [MIN_BRIEF_LINES, MAX_BRIEF_LINES];
const header = ['story', 'articles', 'sentences', 'questions', ...sizes.flatMap((n) => [`brief ${n}`, `lead ${n}`]), 'brief ms'];
const rows: string[][] = [];
const totals = { questions: 0, hits: new Map<string, number>() };
for (const set of sets) {
  const items = readGold(set.gold).filter((i) => !i.uncovered && i.evidence.length > 0);
  const { articles } = await loadCorpus(set.corpus);
  const story = buildStory(articles, corpusHash(articles));
  const started = performance.now();
  const brief = buildBrief(story, { sentences: MAX_BRIEF_LINES });
  const ms = performance.now() - started;
  const cells: string[] = [];
  for (const n of sizes) {
    const briefHits = items.filter((i) => covered(i, brief.slice(0, n).map((l) => l.text))).length;
    const leadHits = items.filter((i) => covered(i, leadLines(story, n))).length;
    for (const [key, hits] of [[`brief ${n}`, briefHits], [`lead ${n}`, leadHits]] as const) {
      totals.hits.set(key, (totals.hits.get(key) ?? 0) + hits);
      cells.push(share(hits, items.length));
    }
  }
  totals.questions += items.length;
  rows.push([set.name, String(articles.length), String(story.sentences.length), String(items.length), ...cells, ms.toFixed(1)]);
}
rows.push(['all', '', '', String(totals.questions), ...header.slice(4, -1).map((k) => share(totals.hits.get(k) ?? 0, totals.questions)), '']);

function share(hits: number, n: number): string {
  return n === 0 ? '-' : `${(hits / n).toFixed(3)} (${hits})`;
}

const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
console.log('Brief coverage: share of answerable gold questions with an evidence fragment in the brief (lead = first sentences of the first article)');
console.log(line(header));
for (const r of rows) console.log(line(r));
