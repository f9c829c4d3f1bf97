/**
 * Prints, for a story folder (or SQuAD dev pooled as one story), the name spellings the names stage typed (PERSON,
 * PLACE, ORG) with their mentions, how many of them open their sentence, and for each word how often the story writes
 * it in lower case, whether it is a given name and its WordNet classes: for studying what a capitalised word is.
 *
 *   npx tsx scripts/nameCaseStudy.ts DIR|--squad [--type ORG|PERSON|PLACE] [--lower] [--opening]
 *
 * --lower keeps the spellings with a word the story writes in lower case; --opening those whose every mention opens
 * its sentence.
 */
import { parseArgs } from 'node:util';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { nounClasses } from '../src/lexicon/index.js';
import { buildStory } from '../src/story/buildStory.js';
import { isGivenName } from '../src/text/places.js';
import { DEFAULT_SQUAD_PATH, loadSquad } from './squad.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    type: { type: 'string' },
    lower: { type: 'boolean', default: false },
    opening: { type: 'boolean', default: false },
    squad: { type: 'boolean', default: false },
  },
});
const [dir] = positionals;
if (!dir && !values.squad) throw new Error('nameCaseStudy: usage: DIR|--squad [--type T] [--lower] [--opening]');
const articles = values.squad ? loadSquad(DEFAULT_SQUAD_PATH).articles : (await loadCorpus(dir!)).articles;
const story = buildStory(articles, corpusHash(articles));
const lowerCount = new Map<string, number>();
for (const s of story.sentences)
  for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lowerCount.set(t.text, (lowerCount.get(t.text) ?? 0) + 1);
const OPENING = /^["“‘'([]*$/;
const seen = new Map<string, { n: number; opening: number; canonical: string | undefined; example: string }>();
for (const s of story.sentences)
  for (const e of s.entities) {
    if (!['PERSON', 'PLACE', 'ORG'].includes(e.type)) continue;
    if (values.type && e.type !== values.type) continue;
    const key = `${e.type}\t${e.text}`;
    const row = seen.get(key) ?? { n: 0, opening: 0, canonical: e.canonical, example: s.text.slice(0, 140) };
    row.n += 1;
    if (OPENING.test(s.text.slice(0, e.start))) row.opening += 1;
    seen.set(key, row);
  }
for (const [key, row] of [...seen.entries()].sort()) {
  const words = key.split('\t')[1]!.split(/\s+/);
  const info = words.map((w) => {
    const lower = w.toLowerCase();
    const classes = nounClasses(lower).slice(0, 2).join('/');
    return `${w}[lc ${lowerCount.get(lower) ?? 0}${isGivenName(w) ? ' given' : ''}${classes ? ` ${classes}` : ''}]`;
  });
  if (values.lower && !words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && (lowerCount.get(w.toLowerCase()) ?? 0) > 0)) continue;
  if (values.opening && row.opening < row.n) continue;
  const canonical = row.canonical && row.canonical !== key.split('\t')[1] ? ` → ${row.canonical}` : '';
  console.log(`${key}\t${row.n}/${row.opening}${canonical}\t${info.join(' ')}\t| ${row.example}`);
}
