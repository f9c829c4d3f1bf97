/**
 * How much of what people ask about a story its brief holds: on every development story (../shared/eval/stories/
 * storyX with storyX-gold.jsonl, and the bundled corpus/ with ../shared/eval/story-dev.jsonl), the share of the
 * answerable gold questions with an evidence fragment inside a brief line, beside a baseline of the first
 * sentences of the first article (the same number of lines). One table; exits 2 when ../shared is missing.
 * `briefCoverage` gives the same to another script (eval:kit).
 *
 *   npm run eval:brief [-- --shared ../shared/eval] [--corpus corpus]
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildBrief, MAX_BRIEF_LINES, MIN_BRIEF_LINES } from '../src/brief/buildBrief.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story } from '../src/story/story.js';
import { fold, readGold } from './storyEval.js';
import type { GoldItem } from './storyEval.js';

/** One story's row of the coverage table. */
export interface BriefCoverageRow {
  story: string;
  articles: number;
  sentences: number;
  /** Answerable gold questions (not `uncovered`, with evidence). */
  questions: number;
  /** Questions covered by the brief / by the lead, for each brief length in {@link BRIEF_SIZES}. */
  brief: Record<number, number>;
  lead: Record<number, number>;
  /** Time to choose the brief, ms. */
  ms: number;
}

/** The brief lengths measured: the shortest and the longest. */
export const BRIEF_SIZES = [MIN_BRIEF_LINES, MAX_BRIEF_LINES] as const;

/**
 * Brief coverage on every development story under `shared` (the bundled corpus with story-dev.jsonl, and each
 * stories/storyX with storyX-gold.jsonl), with the printed table. For `eval:kit` and this script.
 *
 * @throws Error prefixed `evalBrief:` when `shared` is missing or holds no gold file.
 */
export async function briefCoverage(shared = '../shared/eval', corpus = 'corpus'): Promise<{ rows: BriefCoverageRow[]; table: string }> {
  if (!existsSync(shared))
    throw new Error(
      `evalBrief: ${shared} not found — the development stories and gold questions live in ../shared/eval (pass --shared DIR)`,
    );
  const sets: { name: string; corpus: string; gold: string }[] = [];
  const dev = path.join(shared, 'story-dev.jsonl');
  if (existsSync(dev)) sets.push({ name: 'bundled', corpus, gold: dev });
  const storiesDir = path.join(shared, 'stories');
  if (existsSync(storiesDir)) {
    for (const name of readdirSync(storiesDir).sort()) {
      const gold = path.join(storiesDir, `${name}-gold.jsonl`);
      if (existsSync(gold) && existsSync(path.join(storiesDir, name))) sets.push({ name, corpus: path.join(storiesDir, name), gold });
    }
  }
  if (sets.length === 0)
    throw new Error(`evalBrief: no gold files under ${shared} (expected story-dev.jsonl and stories/storyX-gold.jsonl)`);

  const rows: BriefCoverageRow[] = [];
  for (const set of sets) {
    const items = readGold(set.gold).filter((i) => !i.uncovered && i.evidence.length > 0);
    const { articles } = await loadCorpus(set.corpus);
    const story = buildStory(articles, corpusHash(articles));
    const started = performance.now();
    const brief = buildBrief(story, { sentences: MAX_BRIEF_LINES });
    const ms = performance.now() - started;
    const row: BriefCoverageRow = {
      story: set.name,
      articles: articles.length,
      sentences: story.sentences.length,
      questions: items.length,
      brief: {},
      lead: {},
      ms,
    };
    for (const n of BRIEF_SIZES) {
      row.brief[n] = items.filter((i) =>
        covered(
          i,
          brief.slice(0, n).map((l) => l.text),
        ),
      ).length;
      row.lead[n] = items.filter((i) => covered(i, leadLines(story, n))).length;
    }
    rows.push(row);
  }
  return { rows, table: formatTable(rows) };
}

/** Whether one of the question's evidence fragments is inside one of the lines. */
function covered(item: GoldItem, lines: readonly string[]): boolean {
  const folded = lines.map(fold);
  return item.evidence.some((ev) => folded.some((l) => l.includes(fold(ev))));
}

/** The first n sentences of the story's first article. */
function leadLines(story: Story, n: number): string[] {
  const first = story.articles[0]?.id;
  return story.sentences
    .filter((s) => s.articleId === first)
    .slice(0, n)
    .map((s) => s.text);
}

function share(hits: number, n: number): string {
  return n === 0 ? '-' : `${(hits / n).toFixed(3)} (${hits})`;
}

function formatTable(rows: readonly BriefCoverageRow[]): string {
  const header = ['story', 'articles', 'sentences', 'questions', ...BRIEF_SIZES.flatMap((n) => [`brief ${n}`, `lead ${n}`]), 'brief ms'];
  const total = rows.reduce((sum, r) => sum + r.questions, 0);
  const cells = rows.map((r) => [
    r.story,
    String(r.articles),
    String(r.sentences),
    String(r.questions),
    ...BRIEF_SIZES.flatMap((n) => [share(r.brief[n] ?? 0, r.questions), share(r.lead[n] ?? 0, r.questions)]),
    r.ms.toFixed(1),
  ]);
  cells.push([
    'all',
    '',
    '',
    String(total),
    ...BRIEF_SIZES.flatMap((n) => [
      share(
        rows.reduce((s, r) => s + (r.brief[n] ?? 0), 0),
        total,
      ),
      share(
        rows.reduce((s, r) => s + (r.lead[n] ?? 0), 0),
        total,
      ),
    ]),
    '',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((r) => (r[c] ?? '').length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    'Brief coverage: share of answerable gold questions with an evidence fragment in the brief (lead = first sentences of the first article)',
    line(header),
    ...cells.map(line),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { shared: { type: 'string', default: '../shared/eval' }, corpus: { type: 'string', default: 'corpus' } },
  });
  try {
    console.log((await briefCoverage(values.shared, values.corpus)).table);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
