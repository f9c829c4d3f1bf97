import winkStem from 'wink-porter2-stemmer';

/**
 * Porter2 stemming, word for word what `wink-porter2-stemmer` gives (MIT; its quirks kept: regions tested by
 * containment, step 5's "an e anywhere in R2"), written with string tests instead of its 40-odd regular
 * expressions a word. A word of lower-case ASCII letters (after lower-casing; nearly every word an index or a
 * question has) is stemmed here, about 20× faster; any other word goes to the package itself. A word is stemmed
 * once and cached by `termOf`, so this is what a word costs the first time: the build's every distinct word, and
 * a question's new words (a typed question's mending stems every string one edit from an unknown word).
 *
 * @example stem('consisting') // → 'consist'
 */
export function stem(word: string): string {
  const str = word.toLowerCase();
  if (str.length < 3) return str;
  if (!isLowerAscii(str)) return winkStem(word);
  const exception = EXCEPTIONS.get(str);
  if (exception !== undefined) return exception;
  let s = step1a(prelude(str));
  if (!EXCEPTIONS_AFTER_1A.has(s)) s = step5(step4(step3(step2(step1c(step1b(s))))));
  return s.includes('3') ? s.replace(/3/g, 'y') : s;
}

/** Whether every character is a–z. */
function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The package's first exception list (whole words, before any step). */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['skis', 'ski'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['idly', 'idl'],
  ['gently', 'gentl'],
  ['ugly', 'ugli'],
  ['early', 'earli'],
  ['only', 'onli'],
  ['singly', 'singl'],
  ['sky', 'sky'],
  ['news', 'news'],
  ['atlas', 'atlas'],
  ['cosmos', 'cosmos'],
  ['bias', 'bias'],
  ['andes', 'andes'],
]);

/** Words left as step 1a gives them (the package's second exception list). */
const EXCEPTIONS_AFTER_1A: ReadonlySet<string> = new Set([
  'inning',
  'outing',
  'canning',
  'herring',
  'proceed',
  'exceed',
  'succeed',
  'earring',
]);

/** a e i o u y (the marker 3, a consonant y, is not one). */
function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/** A leading y, and the first y after a vowel, marked as a consonant ('3'). */
function prelude(s: string): string {
  let out = s.charCodeAt(0) === 121 ? `3${s.slice(1)}` : s;
  for (let i = 1; i < out.length; i += 1) {
    if (out[i] === 'y' && 'aeiou'.includes(out[i - 1]!)) {
      out = `${out.slice(0, i)}3${out.slice(i + 1)}`;
      break;
    }
  }
  return out;
}

/** The package's isShort: ends consonant–vowel–consonant (not w, x or a marked y), or is a vowel and at most one consonant. */
function isShort(s: string): boolean {
  const n = s.length;
  if (n >= 3 && !isVowel(s[n - 3]) && isVowel(s[n - 2]) && !isVowel(s[n - 1]) && !'wx3'.includes(s[n - 1]!)) return true;
  return (n === 1 && isVowel(s[0])) || (n === 2 && isVowel(s[0]) && !isVowel(s[1]));
}

/**
 * Where the region after the first vowels-then-consonant of `s` from `from` starts (the package's
 * /[aeiouy]+([^aeiouy].+)/ with its first character dropped), or `s.length` for none. Regions are suffixes of the
 * word, kept as their start.
 */
function region(s: string, from: number): number {
  const n = s.length;
  let i = from;
  while (i < n && !isVowel(s[i])) i += 1;
  if (i === n) return n;
  while (i < n && isVowel(s[i])) i += 1;
  return i <= n - 2 ? i + 1 : n;
}

/** Where the package's R1 starts (with its special prefixes gener, commun, arsen); `s.length` for an empty one. */
function r1Start(s: string): number {
  const a = region(s, 0);
  if (a === s.length) return a;
  if (s.startsWith('gener') || s.startsWith('arsen')) return 5;
  return s.startsWith('commun') ? 6 : a;
}

/** Whether `s` has a vowel before index `end`. */
function vowelBefore(s: string, end: number): boolean {
  for (let i = 0; i < end; i += 1) if (isVowel(s[i])) return true;
  return false;
}

function step1a(s: string): string {
  const n = s.length;
  if (n >= 5 && s.endsWith('sses')) return `${s.slice(0, -4)}ss`;
  const ied = s.endsWith('ied') || s.endsWith('ies');
  if (ied && n >= 5) return `${s.slice(0, -3)}i`;
  if (ied && n === 4) return `${s.slice(0, -3)}ie`;
  if (n >= 3 && (s.endsWith('us') || s.endsWith('ss'))) return s;
  if (n >= 2 && s.endsWith('s') && vowelBefore(s, n - 2)) return s.slice(0, -1);
  return s;
}

function step1b(s: string): string {
  const n = s.length;
  const eedly = s.endsWith('eedly');
  if (eedly || s.endsWith('eed')) {
    return n - (eedly ? 5 : 3) >= r1Start(s) ? `${s.slice(0, eedly ? -5 : -3)}ee` : s;
  }
  const cut = s.endsWith('ed') ? 2 : s.endsWith('edly') ? 4 : s.endsWith('ingly') ? 5 : s.endsWith('ing') ? 3 : 0;
  if (cut === 0 || !vowelBefore(s, n - cut)) return s;
  const sd = s.slice(0, n - cut);
  if (sd.endsWith('at') || sd.endsWith('bl') || sd.endsWith('iz')) return `${sd}e`;
  if (DOUBLES.has(sd.slice(-2))) return sd.slice(0, -1);
  return isShort(sd) && r1Start(sd) === sd.length ? `${sd}e` : sd;
}

const DOUBLES: ReadonlySet<string> = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);

function step1c(s: string): string {
  const n = s.length;
  const last = s[n - 1];
  return n >= 3 && (last === 'y' || last === '3') && !isVowel(s[n - 2]) ? `${s.slice(0, -1)}i` : s;
}

/** The longest of `suffixes` that `s` ends with (a regular expression's leftmost match of their alternation, anchored at the end). */
function longestSuffix(s: string, byLast: ReadonlyMap<string, readonly string[]>): string | undefined {
  const list = byLast.get(s[s.length - 1]!);
  if (list) for (const x of list) if (s.endsWith(x)) return x;
  return undefined;
}

/** Suffixes by their last letter, longest first. */
function byLastLetter(suffixes: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const x of [...suffixes].sort((a, b) => b.length - a.length)) {
    const list = out.get(x.at(-1)!);
    if (list) list.push(x);
    else out.set(x.at(-1)!, [x]);
  }
  return out;
}

const STEP2 = byLastLetter([
  'ization',
  'ational',
  'fulness',
  'ousness',
  'iveness',
  'tional',
  'biliti',
  'lessli',
  'entli',
  'ation',
  'alism',
  'aliti',
  'ousli',
  'iviti',
  'fulli',
  'enci',
  'anci',
  'abli',
  'izer',
  'ator',
  'alli',
  'bli',
  'ogi',
  'li',
]);

/** Step 2's replacements in the package's order: suffix, what replaces it. */
const STEP2_RULES: readonly [string, string][] = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['lessli', 'less'],
  ['iviti', 'ive'],
  ['ousli', 'ous'],
  ['ation', 'ate'],
  ['entli', 'ent'],
];

function step2(s: string): string {
  const match = longestSuffix(s, STEP2);
  if (match === undefined || s.indexOf(match, r1Start(s)) === -1) return s;
  for (const [suffix, by] of STEP2_RULES) if (s.endsWith(suffix)) return s.slice(0, -suffix.length) + by;
  const n = s.length;
  if (s.endsWith('alism') || s.endsWith('aliti')) return `${s.slice(0, -5)}al`;
  for (const [suffix, by] of STEP2_TAIL) if (s.endsWith(suffix)) return s.slice(0, -suffix.length) + by;
  if (s.endsWith('logi')) return `${s.slice(0, -3)}og`;
  if (n >= 3 && s.endsWith('li') && 'cdeghkmnrt'.includes(s[n - 3]!)) return s.slice(0, -2);
  return s;
}

/** Step 2's rules after alism / aliti, in the package's order. */
const STEP2_TAIL: readonly [string, string][] = [
  ['fulli', 'ful'],
  ['alli', 'al'],
  ['ator', 'ate'],
  ['izer', 'ize'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['bli', 'ble'],
];

const STEP3 = byLastLetter(['ational', 'tional', 'alize', 'icate', 'iciti', 'ative', 'ical', 'ness', 'ful']);

function step3(s: string): string {
  const match = longestSuffix(s, STEP3);
  if (match === undefined) return s;
  const r1 = r1Start(s);
  if (s.indexOf(match, r1) === -1) return s;
  if (s.endsWith('ational')) return `${s.slice(0, -7)}ate`;
  if (s.endsWith('tional')) return `${s.slice(0, -6)}tion`;
  if (s.endsWith('alize')) return `${s.slice(0, -5)}al`;
  if (s.endsWith('icate') || s.endsWith('iciti')) return `${s.slice(0, -5)}ic`;
  if (s.endsWith('ical')) return `${s.slice(0, -4)}ic`;
  if (s.endsWith('ness')) return s.slice(0, -4);
  if (s.endsWith('ful')) return s.slice(0, -3);
  if (s.endsWith('ative') && s.indexOf('ative', region(s, r1)) !== -1) return s.slice(0, -5);
  return s;
}

const STEP4 = byLastLetter([
  'ement',
  'ance',
  'ence',
  'able',
  'ible',
  'ment',
  'ant',
  'ent',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
  'al',
  'er',
  'ic',
]);

function step4(s: string): string {
  const match = longestSuffix(s, STEP4) ?? (s.endsWith('ion') ? 'ion' : undefined);
  if (match === undefined || s.indexOf(match, region(s, r1Start(s))) === -1) return s;
  if (match !== 'ion') return s.slice(0, -match.length);
  const n = s.length;
  return n >= 4 && (s[n - 4] === 's' || s[n - 4] === 't') ? s.slice(0, -3) : s;
}

function step5(s: string): string {
  const last = s[s.length - 1];
  if (last !== 'e' && last !== 'l') return s;
  const r1 = r1Start(s);
  const r2 = region(s, r1);
  if (last === 'e') {
    const preceding = s.slice(0, -1);
    return s.indexOf('e', r2) !== -1 || (s.indexOf('e', r1) !== -1 && !isShort(preceding)) ? preceding : s;
  }
  return r2 < s.length && s.endsWith('ll') ? s.slice(0, -1) : s;
}
