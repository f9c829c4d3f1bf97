import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/actors/actor.js';
import { findActor, TITLE_MODIFIERS } from '../../src/actors/findActor.js';
import { isRoleNoun } from '../../src/actors/roles.js';
import { HONORIFICS, ROLE_MODIFIERS } from '../../src/nlp/cueWords.js';
import { editDistance } from '../../src/text/editDistance.js';
import { foldText } from '../../src/text/fold.js';

/** An actor of an invented catalogue: only its spellings matter to the lookup. */
function actor(name: string, aliases: string[] = []): Actor {
  const at = { articleId: 'a', sentence: 1 };
  return {
    name,
    aliases,
    roles: [],
    articles: ['a'],
    mentions: 1,
    mentionsByArticle: { a: 1 },
    quotes: [],
    coMentions: [],
    first: at,
    last: at,
  };
}

/** findActor with every edit distance computed to its fixed bound of 3: what the bounded lookup must find. */
function referenceFind(actors: readonly Actor[], query: string): Actor | undefined {
  const q = foldText(query).replace(/'s$/, '');
  if (!q) return undefined;
  const keys = actors.map((a) => {
    const names = [a.name, ...a.aliases].map(foldText);
    return { actor: a, names, nameWords: [...new Set(names.flatMap((n) => n.split(' ')))] };
  });
  const exact = keys.find((k) => k.names.includes(q));
  if (exact) return exact.actor;
  const words = q.split(' ');
  let from = 0;
  while (from < words.length - 1 && (isRoleNoun(words[from]!) || TITLE_MODIFIERS.has(words[from]!))) from += 1;
  const bare = words.slice(from).join(' ');
  const bareExact = keys.find((k) => k.names.includes(bare));
  if (bareExact) return bareExact.actor;
  if (!bare.includes(' ')) {
    const byWord = keys.filter((k) => k.nameWords.includes(bare));
    if (byWord.length === 1) return byWord[0]!.actor;
    if (byWord.length > 1) return undefined;
  }
  let best: { key: (typeof keys)[number]; d: number } | undefined;
  let tie = false;
  for (const k of keys) {
    let d = Infinity;
    for (const c of k.names) d = Math.min(d, editDistance(bare, c, 3));
    if (!bare.includes(' ')) for (const c of k.nameWords) d = Math.min(d, editDistance(bare, c, 3));
    if (!best || d < best.d) {
      best = { key: k, d };
      tie = false;
    } else if (d === best.d && best.key !== k) tie = true;
  }
  if (!best || tie) return undefined;
  const allowed = bare.length <= 4 ? 1 : bare.length <= 8 ? 2 : 3;
  return best.d <= allowed ? best.key.actor : undefined;
}

describe('findActor with bounded edit distances', () => {
  it('finds a misspelt name, and nobody when two are equally near', () => {
    const actors = [actor('Orla Vennick'), actor('Bram Tollen'), actor('Bram Tolley')];
    expect(findActor(actors, 'Venick')?.name).toBe('Orla Vennick');
    expect(findActor(actors, 'Bram Tollex')).toBeUndefined();
    expect(findActor(actors, 'Bram Tollenn')?.name).toBe('Bram Tollen');
  });

  it('finds what the lookup with every distance bounded by 3 finds, on invented catalogues of near names', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'e', 'k', 'l', 'o', 'r'), minLength: 1, maxLength: 9 });
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.array(name, { maxLength: 2 })), { minLength: 1, maxLength: 12 }),
        fc.array(name, { minLength: 1, maxLength: 6 }),
        (entries, queries) => {
          const actors = entries.map(([n, aliases]) => actor(n, aliases));
          for (const q of queries) expect(findActor(actors, q)).toBe(referenceFind(actors, q));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds what the old scan finds on a larger invented catalogue: typos, prefixes, titles and misses', () => {
    const syllable = fc.constantFrom('ba', 'ko', 'ren', 'li', 'vos', 'tam', 'ek', 'dru', 'sa', 'mir');
    const word = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const edit = fc.tuple(fc.nat(), fc.constantFrom('a', 'o', 'r', 'x', ''), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.array(name, { maxLength: 1 })), { minLength: 20, maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.array(edit, { maxLength: 3 }), fc.nat(), fc.constantFrom('', 'president ', 'mr ')), {
          minLength: 10,
          maxLength: 20,
        }),
        fc.array(name, { maxLength: 5 }),
        (entries, derived, misses) => {
          const actors = entries.map(([n, aliases]) => actor(n, aliases));
          const queries = derived.map(([which, edits, cut, title]) => {
            const names = [actors[which % actors.length]!.name, ...actors[which % actors.length]!.aliases];
            let q = names[cut % names.length]!;
            if (cut % 3 === 1) q = q.split(' ').at(-1)!; // a surname
            if (cut % 5 === 2) q = q.slice(0, Math.max(1, q.length - 2)); // a prefix
            for (const [at, c, replace] of edits) {
              const i = at % (q.length + 1);
              q = q.slice(0, i) + c + q.slice(replace ? i + 1 : i);
            }
            return title + q;
          });
          for (const q of [...queries, ...misses]) expect(findActor(actors, q)).toBe(referenceFind(actors, q));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('title words skipped before a name', () => {
  it('skips the qualifiers of an office, an article and a short honorific before the name', () => {
    const catalogue = [actor('Ivo Brandt'), actor('Marta Velden')];
    expect(findActor(catalogue, 'the former deputy mayor Brandt')?.name).toBe('Ivo Brandt');
    expect(findActor(catalogue, 'Vice Chancellor Velden')?.name).toBe('Marta Velden');
    expect(findActor(catalogue, 'Dr Velden')?.name).toBe('Marta Velden');
  });

  it('skips every word the name reader takes into a title, and the honorifics', () => {
    const catalogue = [actor('Ada Vell'), actor('Ivo Brandt'), actor('Marta Velden')];
    expect(findActor(catalogue, 'Acting Mayor Ada Vell')?.name).toBe('Ada Vell');
    expect(findActor(catalogue, 'Secretary of State Brandt')?.name).toBe('Ivo Brandt');
    expect(findActor(catalogue, 'First Lady Marta Velden')?.name).toBe('Marta Velden');
    expect(findActor(catalogue, 'Miss Velden')?.name).toBe('Marta Velden');
    for (const w of ROLE_MODIFIERS) expect(TITLE_MODIFIERS.has(w)).toBe(true);
    for (const w of HONORIFICS) expect(TITLE_MODIFIERS.has(w)).toBe(true);
  });

  it('keeps the last word, so a name that is a title word is still found', () => {
    const catalogue = [actor('Ivo Brandt'), actor('Ada Head')];
    expect(findActor(catalogue, 'Acting Head')?.name).toBe('Ada Head');
  });
});
