import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type WinkModel from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
/** The model package's built files (its `main` is dist/model.js). */
const DIST = dirname(require.resolve('wink-eng-lite-web-model'));
/** The core model's file: wink's lexicon, its features and their packing. */
const CORE_MODEL_FILE = join(DIST, 'languages', 'cur', 'models', 'eng-core-web-model.json');

/** The parts of the core model's JSON that loading reads or rewrites (the rest is handed to wink as parsed). */
interface CoreModelJson {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** Per feature: [_, mask, shift, 0 when it has a list of values, 1 when it is an extra feature, _]. */
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  /** The tokenizer's regular expressions (source, flags, category): ltc and lex classify a token, rtc cuts one out of text. */
  trex: { ltc: [string, string, number][]; rtc: [string, string, number][]; lex: [string, string, number][] };
}

/** The last range of wink's letter classes (Latin-1's lower-case letters), as its regular expressions' source writes it. */
const LATIN1_TAIL = '\\u00F8-\\u00FF';
/**
 * The same range carried on through the letters of every alphabet a news story quotes a name in, each script's
 * combining marks with its letters; never its punctuation, digits or numeral signs (the Greek question mark and ano
 * teleia, Armenian full stop, Hebrew maqaf, Arabic comma and digits, Georgian paragraph mark), which still end a word.
 */
const LETTER_TAIL = [
  // Latin Extended-A and -B (Central European, Turkish, Baltic, romanised Arabic and Sanskrit: ł ğ ş ı ř ā ī).
  '\\u00F8-\\u024F',
  // Greek, both cases, and its archaic letters (not its numeral signs, punctuation or a tonos written alone).
  '\\u0370-\\u0373\\u0376\\u0377\\u037B-\\u037D\\u037F\\u0386\\u0388-\\u03FF',
  // Cyrillic and its supplement, both cases, with its combining marks (not the thousands sign).
  '\\u0400-\\u0481\\u0483-\\u052F',
  // Armenian, both cases (not its apostrophe, emphasis, comma, question mark or full stop).
  '\\u0531-\\u0556\\u0559\\u0560-\\u0588',
  // Hebrew letters and points (no case).
  '\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7\\u05D0-\\u05EA\\u05EF-\\u05F2',
  // Arabic script (Arabic, Persian, Urdu letters, their vowel marks and the tatweel; no case) and its supplement.
  '\\u0610-\\u061A\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F',
  // Georgian, both its cases (Asomtavruli and Mkhedruli).
  '\\u10A0-\\u10C5\\u10C7\\u10CD\\u10D0-\\u10FA\\u10FC-\\u10FF',
  // Latin Extended Additional (Vietnamese, dotted transliterations: ạ ộ ṣ ḥ).
  '\\u1E00-\\u1EFF',
  // Greek Extended: polytonic letters, both cases (not the breathing and accent marks written alone).
  '\\u1F00-\\u1FBC\\u1FBE\\u1FC2-\\u1FCC\\u1FD0-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FFC',
].join('');

/**
 * wink's tokenizer knows a letter only up to Latin-1 (its classes end `\u00F8-\u00FF`): a name with any other Latin
 * letter ("Ayşe Kılıçoğlu", "Đora") came out in pieces ("Ay|ş|e", "Đ|ora"), each piece tagged on its own, so taggers,
 * entities, answer spans and index terms all saw fragments; a word in Greek, Cyrillic or another alphabet was no word
 * at all (an unknown token, tagged X, cut from a Latin letter, figure or apostrophe beside it: "Ο|'|Κόννορ"). Its
 * letter classes are widened to every letter of those scripts, in the regular expressions it compiles once (their `i`
 * flag folds the cases), so a word written without a space is one word token; no check per token.
 */
export function widenLetters(trex: CoreModelJson['trex']): void {
  for (const list of [trex.ltc, trex.rtc, trex.lex]) for (const rx of list) rx[0] = rx[0].split(LATIN1_TAIL).join(LETTER_TAIL);
}

/** Base64 text as 32-bit words, in an array buffer of their own (what wink's `atob` and byte loop make, by Buffer's decoder). */
function wordsOfBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Uint32Array(bytes.length / Uint32Array.BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/**
 * wink's core model, made as the model package's own `core()` makes it (its read-core-model.js and load-core-model.js,
 * version 1.8): the JSON read from its file and parsed once. The package's loader parses the file at `require` and
 * then copies it whole (`JSON.parse(JSON.stringify(...))`) before decoding its two base64 arrays a character at a
 * time: about 0.15 s of CPU in every process that reads (and in each reading thread), measured, for the same object.
 */
export function loadCoreModel(): unknown {
  const model = JSON.parse(readFileSync(CORE_MODEL_FILE, 'utf8')) as CoreModelJson;
  const { packing, features, pos } = model;
  widenLetters(model.trex);
  model.lexicon = wordsOfBase64(model.lexicon as string);
  model.xpansions = wordsOfBase64(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    features[f]!.list.forEach((value, k) => (hash[value as string] = k));
    features[f]!.hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  features.lexeme!.list.forEach((value, k) => (lexemes[value as string] = k));
  features.lexeme!.hash = lexemes;
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const [, mask, shift, listed, extra] = packing.layout[f]!;
    if (listed === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = mask! >>> shift!;
    }
    if (extra === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/** One of the model package's built files (loaders, setters, add-ons), by name. */
const part = (name: string): unknown => require(join(DIST, name));

/**
 * wink's English model as the package's index (dist/model.js) puts it together (objects without a prototype, as
 * there), but with `core` from {@link loadCoreModel}: the package's index is not loaded, so neither is its copy of
 * the core model's JSON.
 */
export const winkModel = Object.assign(Object.create(null) as object, {
  core: loadCoreModel,
  sbd: part('load-sbd-model.js'),
  pos: part('load-pos-model.js'),
  ner: part('load-ner-model.js'),
  negation: part('load-negation-model.js'),
  sa: part('load-sa-model.js'),
  metaCER: part('load-cer-meta-model.js'),
  featureFn: part('feature.js'),
  addons: Object.assign(Object.create(null) as object, {
    stem: part('porter-stemmer.js'),
    lemmatize: part('lemmatize.js'),
    readabilityStats: part('readability-stats.js'),
    wordVectors: undefined,
  }),
}) as unknown as typeof WinkModel;
