/**
 * Scores the people catalogue and the timeline of every development story in ../shared/eval/stories/
 * (storyX-actors.json) and of the bundled story (test/fixtures/story-gold.ts), and prints one table:
 *
 * - people P: of the entries the gold judges (a gold person or a name of `not_people`), those that are gold people;
 *   other: entries the gold does not judge (people named in passing, e.g. a seeding table; read them with --verbose);
 * - R core / R all: gold core people found, core and listed people found (found: an entry carries one of their
 *   spellings);
 * - spellings: the gold spellings of found people that their entry carries;
 * - not-people: names of `not_people` listed as a person (name or alias);
 * - roles: found people with a role matching `role_keywords` (the bundled gold: an accepted phrasing);
 * - dates: anchored gold events with a timeline entry on that date (at the gold precision) that shares a content
 *   word with the gold description (the bundled gold: dated sentences, precision over what the timeline cites);
 * - guessed: timeline entries of undated articles whose date has no written year (must be 0);
 * - dups: extra timeline entries for one gold event (or gold merges not made on the bundled story).
 *
 *   npm run eval:actors [-- --stories ../shared/eval/stories] [--verbose [--held-out storyF,…]]
 *
 * Exits with status 2 when the stories folder is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildActors } from '../src/actors/buildActors.js';
import type { Actor } from '../src/actors/actor.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story } from '../src/story/story.js';
import { buildTimeline } from '../src/timeline/timeline.js';
import type { TimelineEvent } from '../src/timeline/timeline.js';
import { GOLD_DATES, GOLD_MERGES, GOLD_PEOPLE } from '../test/fixtures/story-gold.js';

interface KitActor {
  name: string;
  spellings: string[];
  role: string;
  role_keywords?: string;
  tier: 'core' | 'listed';
}
interface KitEvent {
  date: string | null;
  precision: string;
  text: string;
  anchored: boolean;
}
interface KitGold {
  actors: KitActor[];
  not_people: string[];
  events: KitEvent[];
}

interface Row {
  story: string;
  entries: number;
  people: [number, number];
  other: number;
  core: [number, number];
  all: [number, number];
  spellings: [number, number];
  notPeople: number;
  roles: [number, number];
  dates: [number, number];
  guessed: number;
  dups: number;
  ms: number;
}

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '../shared/eval/stories' },
    corpus: { type: 'string', default: 'corpus' },
    verbose: { type: 'boolean', default: false },
    // Stories whose detail lines --verbose never prints (as in eval:kit): a held-out story is read by its row only.
    'held-out': { type: 'string', default: 'storyF' },
  },
});
const heldOut = new Set(values['held-out'].split(',').filter(Boolean));

const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim();
let current = '';
const log = (...parts: unknown[]) => {
  if (values.verbose && !heldOut.has(current)) console.log(...parts);
};

async function build(dir: string): Promise<{ story: Story; actors: Actor[]; events: TimelineEvent[]; ms: number }> {
  const { articles } = await loadCorpus(dir);
  const t0 = performance.now();
  const story = buildStory(articles, corpusHash(articles));
  // The build keeps the catalogue and the timeline in the story; an older build made them on demand.
  const actors = story.actors ?? buildActors(story);
  const events = story.timeline ?? buildTimeline(story);
  return { story, actors, events, ms: performance.now() - t0 };
}

/** Pairs gold people with catalogue entries: an entry carrying a full (multi-word) spelling first, then any spelling. */
function pairPeople(gold: { name: string; spellings: string[] }[], actors: Actor[]): Map<number, Actor> {
  const pairs = new Map<number, Actor>();
  const used = new Set<Actor>();
  const spellingsOf = (a: Actor) => new Set([a.name, ...a.aliases].map(fold));
  for (const pass of ['full', 'any'] as const) {
    gold.forEach((g, i) => {
      if (pairs.has(i)) return;
      const wanted = [g.name, ...g.spellings].map(fold).filter((s) => pass === 'any' || s.includes(' '));
      const actor = actors.find((a) => !used.has(a) && wanted.some((w) => spellingsOf(a).has(w)));
      if (actor) {
        pairs.set(i, actor);
        used.add(actor);
      }
    });
  }
  return pairs;
}

const STOP = new Set(
  'the and for with from that this into after before over than their they were been have has had its his her was are not but one two three four five six seven days day week weekend monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december article'.split(
    ' ',
  ),
);
const contentWords = (s: string) => new Set((fold(s).match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP.has(w)));

/** Whether a timeline entry stands on a gold event's date, at the gold precision. */
function sameDate(e: TimelineEvent, g: KitEvent): boolean {
  if (!g.date) return false;
  if (g.precision === 'weekend' || g.precision === 'week') return e.precision === 'week' && e.date === g.date;
  if (g.precision === 'day') return e.precision === 'day' && e.date === g.date;
  if (g.precision === 'month') return e.precision === 'month' && e.date === g.date;
  return e.precision === 'year' && e.date === g.date;
}

function eventTexts(story: Story, e: TimelineEvent): string {
  const texts = [e.text];
  for (const r of e.alsoIn) {
    const s = story.sentences.find((x) => x.articleId === r.articleId && x.index === r.sentence);
    if (s) texts.push(s.text);
  }
  return texts.join(' ');
}

async function scoreKit(name: string, dir: string, gold: KitGold): Promise<Row> {
  const { story, actors, events, ms } = await build(dir);
  const pairs = pairPeople(gold.actors, actors);
  const paired = new Set(pairs.values());
  const coreIdx = gold.actors.map((a, i) => (a.tier === 'core' ? i : -1)).filter((i) => i >= 0);
  let spellHit = 0;
  let spellAll = 0;
  let roleHit = 0;
  let roleAll = pairs.size;
  for (const [i, a] of pairs) {
    const g = gold.actors[i]!;
    const have = new Set([a.name, ...a.aliases].map(fold));
    const want = [...new Set([g.name, ...g.spellings].map(fold))];
    spellAll += want.length;
    spellHit += want.filter((w) => have.has(w)).length;
    if (!g.role_keywords) roleAll -= 1;
    else if (a.roles.some((r) => new RegExp(g.role_keywords!, 'i').test(r.text))) roleHit += 1;
    else log(`  ${name} role ✗ ${a.name}: ${a.roles.map((r) => r.text).join(' | ') || '(none)'}  want /${g.role_keywords}/`);
    if (want.some((w) => !have.has(w))) log(`  ${name} spellings ✗ ${a.name}: has ${[...have].join(', ')}; want ${want.join(', ')}`);
  }
  for (const [i, g] of gold.actors.entries()) if (!pairs.has(i)) log(`  ${name} missed ${g.tier} ${g.name}`);
  for (const a of actors) if (!paired.has(a)) log(`  ${name} extra entry ${a.name} [${a.aliases.join(', ')}] ${a.roles[0]?.text ?? ''}`);
  const notPeople = new Set(gold.not_people.map(fold));
  const listedNotPeople = actors.filter((a) => [a.name, ...a.aliases].some((n) => notPeople.has(fold(n))));
  for (const a of listedNotPeople) log(`  ${name} not-person listed: ${a.name}`);

  const published = new Map(story.articles.map((a) => [a.id, a.published]));
  const guessed = events.filter((e) => !published.get(e.articleId) && !/\b\d{4}\b/.test(e.dateText));
  for (const e of guessed) log(`  ${name} guessed date ${e.date} "${e.dateText}": ${e.text.slice(0, 80)}`);
  let dateHit = 0;
  let dups = 0;
  const anchored = gold.events.filter((g) => g.anchored && g.date);
  for (const g of anchored) {
    const words = contentWords(g.text);
    const matching = events.filter((e) => sameDate(e, g) && [...contentWords(eventTexts(story, e))].some((w) => words.has(w)));
    if (matching.length > 0) dateHit += 1;
    else log(`  ${name} event ✗ ${g.date} ${g.text.slice(0, 90)}`);
    // Entries that tell this event: on its date and sharing at least three content words with the gold description.
    const telling = matching.filter((e) => [...contentWords(eventTexts(story, e))].filter((w) => words.has(w)).length >= 3);
    if (telling.length > 1) {
      dups += telling.length - 1;
      log(`  ${name} event told ${telling.length}×: ${g.date} ${g.text.slice(0, 60)}`);
      for (const e of telling) log(`    ${e.articleId}:${e.sentence} (+${e.alsoIn.length}) ${e.text.slice(0, 90)}`);
    }
  }
  return {
    story: name,
    entries: actors.length,
    people: [paired.size, paired.size + listedNotPeople.length],
    other: actors.length - paired.size - listedNotPeople.length,
    core: [coreIdx.filter((i) => pairs.has(i)).length, coreIdx.length],
    all: [pairs.size, gold.actors.length],
    spellings: [spellHit, spellAll],
    notPeople: listedNotPeople.length,
    roles: [roleHit, roleAll],
    dates: [dateHit, anchored.length],
    guessed: guessed.length,
    dups,
    ms,
  };
}

async function scoreBundled(dir: string): Promise<Row> {
  const { story, actors, events, ms } = await build(dir);
  const gold = GOLD_PEOPLE.map((p) => ({ name: p.name, spellings: p.aliases }));
  const pairs = pairPeople(gold, actors);
  const paired = new Set(pairs.values());
  let spellHit = 0;
  let spellAll = 0;
  let roleHit = 0;
  for (const [i, a] of pairs) {
    const g = GOLD_PEOPLE[i]!;
    const have = new Set([a.name, ...a.aliases].map(fold));
    const want = [...new Set([g.name, ...g.aliases].map(fold))];
    spellAll += want.length;
    spellHit += want.filter((w) => have.has(w)).length;
    const variants = g.roles.flat();
    if (a.roles.some((r) => variants.some((v) => fold(r.text).includes(v)))) roleHit += 1;
  }
  for (const a of actors) if (!paired.has(a)) log(`  bundled extra entry ${a.name}`);
  const sentenceOf = (article: string, contains: string) =>
    story.sentences.find((s) => s.articleId.startsWith(article) && s.text.includes(contains));
  const key = (d: { date: string; precision: string; relation?: string | undefined }) => `${d.date}|${d.precision}|${d.relation ?? ''}`;
  let dateHit = 0;
  for (const g of GOLD_DATES) {
    const s = sentenceOf(g.article, g.contains);
    const keys = [key(g), ...(g.alt ?? []).map(key)];
    const ok =
      s !== undefined &&
      events.some(
        (e) =>
          keys.includes(key(e)) &&
          [{ articleId: e.articleId, sentence: e.sentence }, ...e.alsoIn].some(
            (r) => r.articleId === s.articleId && r.sentence === s.index,
          ),
      );
    if (ok) dateHit += 1;
    else log(`  bundled date ✗ ${g.article} "${g.mention}" → ${key(g)}`);
  }
  let unmerged = 0;
  for (const m of GOLD_MERGES) {
    const refs = m.reports.map((r) => sentenceOf(r.article, r.contains)).map((s) => `${s?.articleId}:${s?.index}`);
    const together = events.some((e) => {
      const cited = new Set([`${e.articleId}:${e.sentence}`, ...e.alsoIn.map((r) => `${r.articleId}:${r.sentence}`)]);
      return refs.every((r) => cited.has(r));
    });
    if (!together) unmerged += 1;
  }
  return {
    story: 'bundled',
    entries: actors.length,
    people: [paired.size, actors.length],
    other: 0,
    core: [pairs.size, GOLD_PEOPLE.length],
    all: [pairs.size, GOLD_PEOPLE.length],
    spellings: [spellHit, spellAll],
    notPeople: 0,
    roles: [roleHit, pairs.size],
    dates: [dateHit, GOLD_DATES.length],
    guessed: 0,
    dups: unmerged,
    ms,
  };
}

if (!existsSync(values.stories)) {
  console.error(`evalActors: no stories folder at ${values.stories} (the development stories live in ../shared/eval/stories)`);
  process.exit(2);
}

const rows: Row[] = [];
for (const file of readdirSync(values.stories)
  .filter((f) => /^story\w+-actors\.json$/.test(f))
  .sort()) {
  const name = file.replace(/-actors\.json$/, '');
  current = name;
  const dir = path.join(values.stories, name);
  if (!existsSync(dir)) continue;
  rows.push(await scoreKit(name, dir, JSON.parse(readFileSync(path.join(values.stories, file), 'utf8')) as KitGold));
}
current = 'bundled';
rows.push(await scoreBundled(values.corpus));

const ratio = ([a, b]: [number, number]) => (b === 0 ? '  –  ' : (a / b).toFixed(2));
const cell = (p: [number, number]) => `${ratio(p)} ${`${p[0]}/${p[1]}`.padStart(5)}`;
const header = [
  'story',
  'entries',
  'people P',
  'other',
  'core R',
  'all R',
  'spellings',
  'not-ppl',
  'roles',
  'dates',
  'guessed',
  'dups',
  'ms',
];
console.log(header.join(' | '));
console.log(header.map(() => '---').join(' | '));
for (const r of rows) {
  console.log(
    [
      r.story,
      r.entries,
      cell(r.people),
      r.other,
      cell(r.core),
      cell(r.all),
      cell(r.spellings),
      r.notPeople,
      cell(r.roles),
      cell(r.dates),
      r.guessed,
      r.dups,
      Math.round(r.ms),
    ].join(' | '),
  );
}
