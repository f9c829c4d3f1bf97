/**
 * Questions as people type them: every kit question (story-dev and each ../shared/eval/stories/storyX) asked
 * as written and then under one general perturbation at a time, with hit@1 / answer / not-covered / refused /
 * answers at ≥ 0.8 wrong per perturbation beside the clean question (figures as in scripts/storyEval.ts), so
 * a drop shows where typed questions break. The perturbations are deterministic (a seeded typo) and know
 * nothing of any story but its own text (which words it spells with a capital).
 *
 *   npm run eval:typed -- [--shared ../shared/eval] [--verbose [--only lower,typo]] [--held-out storyF,…]
 *
 * --verbose prints the misses a perturbation adds to the clean question's (the command's for command rows).
 *
 * Sets in --held-out (storyF by default) print their figures only, never their misses; the macro mean is over
 * the other sets, the held-out rows follow it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import type { Story } from '../src/story/story.js';
import { type GoldItem, type ModeScore, readGold, scoreMode } from './storyEval.js';

/** What a perturbation may read besides the question: the words the story spells with a capital, lower case. */
export interface PerturbContext {
  /** A stable key of the question (its id): seeds the choices a perturbation makes. */
  seed: string;
  /** Lower-case forms of words the story writes capitalised (names and the like). */
  capitalised: ReadonlySet<string>;
}

/** One perturbation: the question as typed, or the question unchanged when it does not apply. */
export interface Perturbation {
  name: string;
  /** Command mode perturbs the command's query; question mode the free question. */
  mode: 'command' | 'question';
  apply: (text: string, context: PerturbContext) => string;
  /** For a perturbation made from the whole item rather than the asked text: the question asked. */
  item?: (item: GoldItem) => string;
}

/** A small deterministic hash (FNV-1a) of a string, for seeded choices. */
export function seedOf(key: string): number {
  let h = 0x811c9dc5;
  for (const c of key) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** All lower case. */
export function lowerCase(q: string): string {
  return q.toLowerCase();
}

/** The final question mark (and any space before it) left off. */
export function noQuestionMark(q: string): string {
  return q.replace(/\s*\?+\s*$/, '');
}

/**
 * No capitals and no punctuation: apostrophes are dropped inside words ("men's" → "mens"), other marks become
 * spaces, but a number keeps its marks ("41.5%", "11,000", "6-4", "$12"), as people type numbers as they read them.
 */
export function flat(q: string): string {
  return q
    .toLowerCase()
    .replace(/(?<=\p{L})['’](?=\p{L})/gu, '')
    .replace(/(?<!\p{N})[.,:'’-]|[.,:'’-](?!\p{N})|[^\p{L}\p{N}\s.,:'’%$£€-]|(?<!\p{N})%|[$£€](?!\p{N})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One typo in the longest word of the question that the story spells with a capital (not the question's first
 * word): a letter deleted, doubled, or two neighbours swapped, at a seeded place after the first letter. Words of
 * fewer than four letters are left alone; no such word, no change.
 */
export function typo(q: string, context: PerturbContext): string {
  return typoIn(q, context, (w) => context.capitalised.has(w.toLowerCase()));
}

/** One typo as `typo` makes, in the longest word of five letters or more that the story does not write as a name. */
export function wordTypo(q: string, context: PerturbContext): string {
  return typoIn(q, context, (w) => w.length >= 5 && !context.capitalised.has(w.toLowerCase()));
}

/** One seeded typo in the longest word (after the first, of four letters or more) that `eligible` accepts. */
function typoIn(q: string, context: PerturbContext, eligible: (word: string) => boolean): string {
  const words = [...q.matchAll(/\p{L}+/gu)].filter((m) => m.index > 0 && m[0].length >= 4 && eligible(m[0]));
  if (words.length === 0) return q;
  const target = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  const word = target[0];
  const h = seedOf(context.seed);
  // A swap needs two different neighbours after the first letter; a word with none gets a letter deleted.
  const swaps = [...word.slice(1, -1)].map((_c, i) => i + 1).filter((i) => word[i] !== word[i + 1]);
  const op = h % 3 === 2 && swaps.length === 0 ? 0 : h % 3;
  // A place after the first letter: 1 … length-1.
  const at = op === 2 ? swaps[(h >>> 2) % swaps.length]! : 1 + ((h >>> 2) % (word.length - 1));
  const typed =
    op === 0
      ? word.slice(0, at) + word.slice(at + 1)
      : op === 1
        ? word.slice(0, at + 1) + word.slice(at)
        : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return q.slice(0, target.index) + typed + q.slice(target.index + word.length);
}

/** Chat around the question, one of four by the seed: `@everyone`, a user mention, an emoji, **markdown**. */
export function chat(q: string, context: PerturbContext): string {
  switch (seedOf(context.seed) % 4) {
    case 0:
      return `@everyone ${q}`;
    case 1:
      return `<@123456789012345678> ${q}`;
    case 2:
      return `${q} 🤔`;
    default:
      return `**${q}**`;
  }
}

/** "What is / Who is / Where is / How is …" written "whats / whos / wheres / hows" (and "what's" → "whats"). */
export function contraction(q: string): string {
  return q.replace(/^(what|who|where|how)(?:\s+is\b|['’]s\b)/i, (_m, w: string) => `${w}s`);
}

/** Ways people open a question in a chat, as written before it. */
export const PREAMBLES = ['does anyone know ', 'can someone tell me ', 'quick question: ', 'hey, ', 'do you know '] as const;

/**
 * The question asked in passing, one of three by the seed: after a preamble ("does anyone know who won?"), in
 * quotation marks, or with its question mark doubled.
 */
export function chatty(q: string, context: PerturbContext): string {
  const h = seedOf(context.seed);
  switch (h % 3) {
    case 0:
      return PREAMBLES[(h >>> 2) % PREAMBLES.length] + q.charAt(0).toLowerCase() + q.slice(1);
    case 1:
      return `"${q}"`;
    default:
      return q.replace(/\?*$/, '??');
  }
}

/** Lower case, no question mark and one typo together: how a hurried question is typed. */
export function hurried(q: string, context: PerturbContext): string {
  return noQuestionMark(lowerCase(typo(q, context)));
}

/**
 * A fragment typed as a free question: the command's name and its query ("when men's final", "who Lind's
 * opponent"), as a newcomer types who has not found the slash commands. Only for who/when/where items.
 */
export function fragment(item: Pick<GoldItem, 'command' | 'query' | 'question'>): string {
  return item.command === 'ask' ? item.question : `${item.command} ${item.query}`;
}

/** The perturbations measured, after the clean question and command. */
export const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'clean', mode: 'question', apply: (q) => q },
  { name: 'lower', mode: 'question', apply: lowerCase },
  { name: 'no ?', mode: 'question', apply: noQuestionMark },
  { name: 'flat', mode: 'question', apply: flat },
  { name: 'typo', mode: 'question', apply: typo },
  { name: 'word typo', mode: 'question', apply: wordTypo },
  { name: 'chat', mode: 'question', apply: chat },
  { name: 'whats', mode: 'question', apply: contraction },
  { name: 'chatty', mode: 'question', apply: chatty },
  { name: 'hurried', mode: 'question', apply: hurried },
  { name: 'fragment', mode: 'question', apply: (q) => q, item: fragment },
  { name: 'cmd', mode: 'command', apply: (q) => q },
  { name: 'cmd lower', mode: 'command', apply: lowerCase },
  { name: 'cmd typo', mode: 'command', apply: typo },
];

/**
 * Lower-case forms of the words a story writes as names: with a capital after a sentence's first word at least as
 * often as without ("Halvorsen", "Kestrel"; not "company", capitalised in a heading now and then).
 */
export function capitalisedWords(texts: Iterable<string>): Set<string> {
  const counts = new Map<string, { capital: number; lower: number }>();
  for (const text of texts)
    for (const m of text.matchAll(/(?<=\s)\p{L}+/gu)) {
      const key = m[0].toLowerCase();
      const c = counts.get(key) ?? { capital: 0, lower: 0 };
      if (/^\p{Lu}/u.test(m[0])) c.capital += 1;
      else c.lower += 1;
      counts.set(key, c);
    }
  return new Set([...counts].filter(([, c]) => c.capital > 0 && c.capital >= c.lower).map(([w]) => w));
}

/** The items with a perturbation applied to the asked text; also how many it changed. */
export function perturbItems(items: GoldItem[], p: Perturbation, capitalised: ReadonlySet<string>): { items: GoldItem[]; changed: number } {
  let changed = 0;
  const out = items.map((item) => {
    const context = { seed: item.id, capitalised };
    if (p.mode === 'command') {
      const query = p.apply(item.query, context);
      if (query !== item.query) changed += 1;
      return { ...item, query };
    }
    const question = p.item ? p.item(item) : p.apply(item.question, context);
    if (question !== item.question) changed += 1;
    return { ...item, question };
  });
  return { items: out, changed };
}

/** The question id of a miss line of scoreMode ("✗ question D-who-01 …"). */
function missId(miss: string): string {
  return miss.split(' ')[2] ?? '';
}

/** What a miss of scoreMode got (the answer and whether excerpts hit), without the text asked. */
function missOutcome(miss: string): string {
  return miss.split('\n')[1] ?? '';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string', default: '../shared/eval' },
      verbose: { type: 'boolean', default: false },
      only: { type: 'string', default: '' },
      'held-out': { type: 'string', default: 'storyF' },
    },
  });
  const shared = values.shared;
  const heldOut = new Set(values['held-out'].split(',').filter(Boolean));
  const only = new Set(values.only.split(',').filter(Boolean));
  const devGold = join(shared, 'story-dev.jsonl');
  const storiesDir = join(shared, 'stories');
  if (!existsSync(devGold) || !existsSync(storiesDir)) {
    console.error(`evalTyped: the development kit is missing (${devGold}, ${storiesDir}); pass --shared DIR`);
    process.exit(2);
  }
  const sets: { name: string; corpus: string; gold: string }[] = [{ name: 'story-dev', corpus: 'corpus', gold: devGold }];
  for (const entry of readdirSync(storiesDir).sort()) {
    const gold = join(storiesDir, `${entry}-gold.jsonl`);
    if (existsSync(gold) && existsSync(join(storiesDir, entry))) sets.push({ name: entry, corpus: join(storiesDir, entry), gold });
  }

  const started = Date.now();
  const scores = new Map<string, { set: string; s: ModeScore; changed: number }[]>();
  for (const set of sets) {
    const items = readGold(set.gold);
    const { articles } = await loadCorpus(set.corpus);
    const story: Story = buildStory(articles, corpusHash(articles));
    const capitalised = capitalisedWords(story.sentences.map((s) => s.text));
    for (const p of PERTURBATIONS) {
      const { items: asked, changed } = perturbItems(items, p, capitalised);
      const s = scoreMode(story, asked, p.mode);
      // The clean question's (or command's) own misses are the kit's business: only the new ones are shown.
      const base = scores.get(p.mode === 'command' ? 'cmd' : 'clean')?.find((o) => o.set === set.name);
      const missed = new Map(base?.s.misses.map((m) => [missId(m), missOutcome(m)]) ?? []);
      if (values.verbose && !heldOut.has(set.name) && (only.size === 0 || only.has(p.name)))
        for (const m of s.misses)
          if (p.name === 'clean' || p.name === 'cmd' || missed.get(missId(m)) !== missOutcome(m))
            console.log(`${set.name} [${p.name}] ${m}`);
      const list = scores.get(p.name) ?? [];
      list.push({ set: set.name, s, changed });
      scores.set(p.name, list);
    }
  }

  const f = (x: number) => x.toFixed(3);
  const row = (name: string, label: string, of: { s: ModeScore; changed: number }[]) => {
    const mean = (pick: (s: ModeScore) => number, among = of.map((o) => o.s)) =>
      among.reduce((a, s) => a + pick(s), 0) / (among.length || 1);
    const withUncovered = of.map((o) => o.s).filter((s) => s.nUncovered > 0);
    const confident = of.reduce((a, o) => a + o.s.confident, 0);
    const wrong = of.reduce((a, o) => a + o.s.confidentWrong, 0);
    const changed = of.reduce((a, o) => a + o.changed, 0);
    const n = of.reduce((a, o) => a + o.s.n + o.s.nUncovered, 0);
    const v = [mean((s) => s.hit1), mean((s) => s.answer), mean((s) => s.notCovered), mean((s) => s.refused, withUncovered)];
    return `${label.padEnd(11)} ${name.padEnd(10)} ${`${changed}/${n}`.padStart(7)}   ${v.map(f).join('  ')}   ${String(confident).padStart(6)}  ${confident ? f(wrong / confident) : '    -'}`;
  };
  console.log('set         typed      changed   hit@1  answer  not-cov  refused  ≥0.8 n  ≥0.8 wrong');
  for (const p of PERTURBATIONS) {
    const all = scores.get(p.name) ?? [];
    console.log(
      row(
        p.name,
        'macro',
        all.filter((o) => !heldOut.has(o.set)),
      ),
    );
  }
  for (const set of sets) {
    console.log('');
    for (const p of PERTURBATIONS) {
      const o = (scores.get(p.name) ?? []).filter((x) => x.set === set.name);
      console.log(row(p.name, set.name, o));
    }
  }
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
