import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { winkModel as model } from './winkCoreModel.js';
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
/** wink's index of every lexeme by its text (its model's `features.lexeme.hash`, which its cache adds to), caught with it. */
let lexemes: Record<string, number | undefined> = {};
const cacheModule = require.cache[cachePath];
if (cacheModule)
  cacheModule.exports = (...args: unknown[]) => {
    made = makeCache(...args);
    lexemes = (args[0] as { features: { lexeme: { hash: Record<string, number | undefined> } } }).features.lexeme.hash;
    return made;
  };
// wink-nlp binds cache.js's export when its own module first runs: if this module runs again in a process that has
// loaded wink-nlp already (a test runner's `vi.resetModules()` re-evaluates it while Node keeps CommonJS modules), the
// cached wink-nlp would make its cache with the export it bound then and `readsAlone` would be false. Loading wink-nlp
// afresh makes it bind the wrapper above (its other files stay cached; the model is this module's own import).
delete require.cache[require.resolve('wink-nlp')];
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

/** The token category (word, number, …) each entry out of wink's vocabulary was made with, plus one, by its place after the vocabulary. */
let madeAs = new Uint8Array(1024);
/** For a text added with several categories, the entry made with each (`category text`). */
const entryOf = new Map<string, number>();

if (made) {
  const cache = made;
  const intrinsic = cache.intrinsicSize();
  const lookup = cache.lookup;
  const add = cache.add;
  /**
   * wink makes an entry's features once, from the category of the first token of its text ("750" cut from "c.750"
   * as a word), and gives that entry to every later token of the text: a number read later as a number kept a word's
   * features and was tagged as a proper noun, in one reading and not another, by what its thread had read before.
   * Each text out of the vocabulary now has an entry per category it is added with, made from that category, and
   * wink's index points to the one last added.
   */
  const categoryOf = (index: number) => (madeAs[index - intrinsic] ?? 0) - 1;
  const noteAt = (index: number, category: number) => {
    if (index - intrinsic >= madeAs.length) {
      const more = new Uint8Array(Math.max(madeAs.length * 2, index - intrinsic + 1));
      more.set(madeAs);
      madeAs = more;
    }
    madeAs[index - intrinsic] = category + 1;
  };
  /** Notes the category of the entry wink may have made for a text's lower case beside the text's own. */
  const noteLower = (lower: string, category: number) => {
    const index = lexemes[lower];
    if (index !== undefined && index >= intrinsic && categoryOf(index) < 0) noteAt(index, category);
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    if (seen && found && found.length === 1 && found[0]! >= intrinsic && !seen.has(text)) return null;
    return found;
  };
  cache.add = (text, category) => {
    const lower = text.toLowerCase();
    if (seen) {
      seen.add(text);
      seen.add(lower);
    }
    const index = add(text, category);
    // Most tokens are words of the vocabulary: only an entry out of it is checked, after wink has found or made it.
    if (index < intrinsic) return index;
    const was = categoryOf(index);
    if (was === category) return index;
    if (was < 0) {
      noteAt(index, category);
      if (lower !== text) noteLower(lower, category);
      return index;
    }
    entryOf.set(`${was} ${text}`, index);
    const other = entryOf.get(`${category} ${text}`);
    if (other !== undefined) {
      lexemes[text] = other;
      return other;
    }
    delete lexemes[text];
    const made = add(text, category);
    noteAt(made, category);
    if (lower !== text) noteLower(lower, category);
    return made;
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
