import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { winkModel as model } from './winkCoreModel.js';
import type { Document, ItsFunction } from 'wink-nlp';
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

/** A document's tokens as `readTokens` gives them: each one's text, part-of-speech tag and (for verbs) lemma. */
export interface TokenReading {
  words: string[];
  pos: string[];
  /** Lemmas of VERB and AUX tokens only, at their tokens' places (tense is read from them); wink computes each on demand. */
  lemmas: (string | undefined)[];
}

/** wink-nlp's token mapper functions (`its.value` …) take a token's index, the document's raw data and the model's addons. */
type TokenMapper = (index: number, rdd: unknown, addons: unknown) => unknown;
/** The reading `readToken` fills, while `readTokens` runs. */
let reading: TokenReading | undefined;
/** Its typings declare `its.lemma` and the rest with a signature of their own; called as wink calls them. */
const value = its.value as unknown as TokenMapper;
const partOfSpeech = its.pos as unknown as TokenMapper;
const lemmaOf = its.lemma as unknown as TokenMapper;
/**
 * One token's text, tag and verb lemma, by wink's own mappers with the arguments wink gives them: the outputs of
 * `tokens().out()`, `tokens().out(its.pos)` and `itemAt(i).out(its.lemma)`, read in one pass with no item object
 * (seven closures) made per verb.
 */
const readToken: TokenMapper = (index, rdd, addons) => {
  const read = reading!;
  const word = value(index, rdd, addons) as string;
  const pos = tagOf(word, partOfSpeech(index, rdd, addons) as string);
  read.words.push(word);
  read.pos.push(pos);
  if (pos === 'VERB' || pos === 'AUX') read.lemmas[index] = lemmaOf(index, rdd, addons) as string;
  return undefined;
};
/** A letter in lower case (a module constant: tsx writes a literal with \p{…} inside a function as a RegExp made at each call). */
const LOWER_LETTER = /\p{Ll}/u;

/**
 * wink's tag of a word, but a noun for a proper noun that opens with a lower-case letter beyond Latin-1 ("γδ", "κτείς",
 * "вода"): wink tags a word out of its vocabulary whose letters are not ASCII lower case as a proper noun, whatever
 * their case, so a lower-case word in Greek or Cyrillic was read as a name.
 */
function tagOf(word: string, pos: string): string {
  return pos === 'PROPN' && word.charCodeAt(0) > 0xff && LOWER_LETTER.test(word[0]!) ? 'NOUN' : pos;
}

/** The token mappers wink-nlp accepts (`allowed.js`: any other is read as `its.value`), where `readToken` is added. */
const tokenMappers = (() => {
  try {
    return (require(join(dirname(require.resolve('wink-nlp')), 'allowed.js')) as { its4tokens?: Set<unknown> }).its4tokens;
  } catch {
    return undefined;
  }
})();
tokenMappers?.add(readToken);

/** True when `readTokens` reads a document's tokens in one pass (wink-nlp took `readToken` as a mapper of its own). */
export const readsTokensInOnePass: boolean = (() => {
  if (tokenMappers === undefined) return false;
  reading = { words: [], pos: [], lemmas: [] };
  const probe = reading;
  nlp
    .readDoc('It went.')
    .tokens()
    .out(readToken as unknown as ItsFunction<unknown>);
  reading = undefined;
  return probe.words.join(' ') === 'It went .' && probe.lemmas[1] === 'go';
})();

/**
 * A document's tokens: each one's text (`tokens().out()`), tag (`out(its.pos)`) and, for a verb, lemma
 * (`itemAt(i).out(its.lemma)`), read in one pass over the tokens by a mapper added to those wink-nlp accepts
 * (`readsTokensInOnePass`); through those three public calls if wink does not take it.
 */
export function readTokens(doc: Document): TokenReading {
  const all = doc.tokens();
  if (readsTokensInOnePass) {
    const read: TokenReading = { words: [], pos: [], lemmas: [] };
    reading = read;
    all.out(readToken as unknown as ItsFunction<unknown>);
    reading = undefined;
    return read;
  }
  const words = all.out();
  const pos = (all.out(its.pos) as string[]).map((p, i) => tagOf(words[i]!, p));
  const lemma = its.lemma as unknown as ItsFunction<string>;
  const lemmas: (string | undefined)[] = [];
  for (let i = 0; i < pos.length; i += 1) if (pos[i] === 'VERB' || pos[i] === 'AUX') lemmas[i] = all.itemAt(i).out(lemma) as string;
  return { words, pos, lemmas };
}

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
