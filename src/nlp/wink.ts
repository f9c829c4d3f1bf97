import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import type WinkFn from 'wink-nlp';

/** The part of wink-nlp's lexicon cache (`wink-nlp/src/cache.js`) that `readAlone` wraps. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

const require = createRequire(import.meta.url);
const cachePath = join(dirname(require.resolve('wink-nlp')), 'cache.js');
const makeCache = require(cachePath) as (...args: unknown[]) => WinkCache;
/** The cache wink-nlp makes for the instance below, caught as it is made (wink keeps it to itself). */
let made: WinkCache | undefined;
const cacheModule = require.cache[cachePath];
if (cacheModule)
  cacheModule.exports = (...args: unknown[]) => {
    made = makeCache(...args);
    return made;
  };
const winkNLP = require('wink-nlp') as typeof WinkFn;

/**
 * One shared wink-nlp instance: loading the model is the slow part, so it happens once per process. Only the
 * annotations the engine reads: sentence boundaries, part-of-speech tags (and the lemmas made from them) and
 * entities; negation, sentiment and custom entities would cost a third of every reading for nothing.
 */
export const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
export const its = nlp.its;
export const as = nlp.as;
if (cacheModule) cacheModule.exports = makeCache;

/** Words wink added to its cache (out of its vocabulary) within the reading `readAlone` is running; undefined outside one. */
let seen: Set<string> | undefined;

/** True when `readAlone` can hide what earlier readings added (wink's cache was caught as it was made). */
export const readsAlone: boolean = made !== undefined;

if (made) {
  const cache = made;
  const intrinsic = cache.intrinsicSize();
  const lookup = cache.lookup;
  const add = cache.add;
  // wink's tokenizer asks the cache whether a piece of text is a known word before it cuts it: a word it
  // kept whole once ("Name's" at a sentence end) is kept whole ever after. Within `readAlone`, a word out of
  // wink's vocabulary is known only if this reading added it, as in a process that read nothing before.
  cache.lookup = (text) => {
    const found = lookup(text);
    if (seen && found && found.length === 1 && found[0]! >= intrinsic && !seen.has(text)) return null;
    return found;
  };
  cache.add = (text, category) => {
    if (seen) {
      seen.add(text);
      seen.add(text.toLowerCase());
    }
    return add(text, category);
  };
}

/**
 * Runs `read` (wink readings) as a process that had read nothing before would: wink adds every word out of
 * its vocabulary to a cache it keeps, and how it cuts a later word depends on what is there, so without this
 * an article's tokens depend on the articles read before it on the same thread. The words stay in wink's
 * cache (their features are not worked out again); only whether the tokenizer knows them is reset.
 *
 * @example readAlone(() => readArticle(id, body)) // the same tokens whatever was read before
 */
export function readAlone<T>(read: () => T): T {
  const outer = seen;
  seen = new Set();
  try {
    return read();
  } finally {
    seen = outer;
  }
}
