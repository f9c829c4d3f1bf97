/**
 * Reading amounts as written in news text: "nearly 2,300", "about six hours", "a three-hour meeting",
 * "$100 million", "1.5 billion dlrs", "12 pct". General English; nothing here knows a story.
 */

/** How a hedge bends an amount: about it, at most it ("nearly", "up to"), at least it ("more than"). */
export type Hedge = 'about' | 'atMost' | 'atLeast';

/** An amount read from text. */
export interface Amount {
  value: number;
  /**
   * The last written digit's worth ("4.37 billion" → 10 million, "2,300" → 1, "six hours" → 1 hour): two
   * amounts agree when one is the other rounded to its step.
   */
  step: number;
  hedge?: Hedge;
}

const HEDGES: readonly [RegExp, Hedge][] = [
  [
    /^(?:just\s+|only\s+)?(?:nearly|almost|up\s+to|under|below|less\s+than|fewer\s+than|no\s+more\s+than|at\s+most|just\s+under|shy\s+of)\s+/i,
    'atMost',
  ],
  [
    /^(?:just\s+)?(?:more\s+than|over|above|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than|just\s+over)\s+/i,
    'atLeast',
  ],
  [/^(?:about|around|roughly|approximately|some|an\s+estimated|almost|circa|c\.|close\s+to|nearly|approx\.?)\s+/i, 'about'],
];

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  half: 0.5,
};

const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  trn: 1e12,
  tn: 1e12,
};

/**
 * Reads the amount at the start of `text`: digits (with thousands separators and decimals) or number words,
 * scaled by "hundred", "thousand", "million", "mln", "billion"…, after an optional hedge. A currency sign or
 * code before the number is skipped. Returns the amount and how many characters of `text` it used, or
 * null when no number starts the text.
 *
 * @example readAmount('nearly 2,300 drones') // → { amount: { value: 2300, step: 1, hedge: 'atMost' }, length: 12 }
 * @example readAmount('three-hour meeting')  // → { amount: { value: 3, step: 1 }, length: 5 }
 */
export function readAmount(text: string): { amount: Amount; length: number } | null {
  let rest = text;
  let hedge: Hedge | undefined;
  for (const [re, h] of HEDGES) {
    const m = re.exec(rest);
    if (m) {
      hedge = h;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const currency = /^(?:US\$|C\$|A\$|[$€£¥]|(?:USD|EUR|GBP|JPY)\s*)/.exec(rest);
  if (currency) rest = rest.slice(currency[0].length);

  let value: number | undefined;
  let decimals = 0;
  const digits = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/.exec(rest);
  if (digits) {
    const written = digits[0].replace(/,/g, '');
    value = Number(written);
    decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
    rest = rest.slice(digits[0].length);
  } else {
    const wordsRead = readNumberWords(rest);
    if (!wordsRead) return null;
    value = wordsRead.value;
    rest = rest.slice(wordsRead.length);
  }
  const scale = /^[\s-]*(hundred|thousand|million|billion|trillion|mln|bln|mn|bn|trn|tn|k|m|b)\b/i.exec(rest);
  let step = 10 ** -decimals;
  if (scale) {
    const size = SCALES[scale[1]!.toLowerCase()] ?? 1;
    value *= size;
    step *= size;
    rest = rest.slice(scale[0].length);
  }
  if (!Number.isFinite(value)) return null;
  const amount: Amount = hedge ? { value, step, hedge } : { value, step };
  return { amount, length: text.length - rest.length };
}

/** "twenty-five", "a dozen", "a million", "five" at the start of the text. */
function readNumberWords(text: string): { value: number; length: number } | null {
  const article = /^an?\s+(?=(dozen|hundred|thousand|million|billion|trillion)\b)/i.exec(text);
  if (article) {
    if (article[1]!.toLowerCase() === 'dozen') return { value: 12, length: article[0].length + 'dozen'.length };
    return { value: 1, length: article[0].length };
  }
  const m = /^([a-z]+)(?:-([a-z]+))?\b/i.exec(text);
  if (!m) return null;
  const first = m[1]!.toLowerCase();
  const base = UNITS[first];
  if (base === undefined || first === 'a' || first === 'an' || first === 'half') return null;
  const unit = m[2] === undefined ? undefined : UNITS[m[2].toLowerCase()];
  if (base >= 20 && base % 10 === 0 && unit !== undefined && unit >= 1 && unit <= 9) return { value: base + unit, length: m[0].length };
  return { value: base, length: m[1]!.length };
}

/** Seconds in each duration unit (calendar units averaged: a month is 30 days, a year 365). */
export const DURATION_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  week: 604_800,
  fortnight: 1_209_600,
  month: 2_592_000,
  year: 31_536_000,
  decade: 315_360_000,
};

/** The duration unit a word names ("hours" → "hour", "hrs" → "hour"), or undefined. */
export function durationUnit(word: string): string | undefined {
  const w = word.toLowerCase().replace(/[.]$/, '');
  const aliases: Record<string, string> = {
    hr: 'hour',
    hrs: 'hour',
    min: 'minute',
    mins: 'minute',
    sec: 'second',
    secs: 'second',
    yr: 'year',
    yrs: 'year',
  };
  if (aliases[w]) return aliases[w];
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return singular in DURATION_SECONDS ? singular : undefined;
}

/** The currency a sign, code or word names ("$", "dlrs", "euros", "pounds") in lower case, or undefined. */
export function currencyOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const table: Record<string, string> = {
    $: 'usd',
    us$: 'usd',
    usd: 'usd',
    dollar: 'usd',
    dollars: 'usd',
    dlr: 'usd',
    dlrs: 'usd',
    '€': 'eur',
    eur: 'eur',
    euro: 'eur',
    euros: 'eur',
    '£': 'gbp',
    gbp: 'gbp',
    pound: 'gbp',
    pounds: 'gbp',
    sterling: 'gbp',
    '¥': 'jpy',
    jpy: 'jpy',
    yen: 'jpy',
    c$: 'cad',
    a$: 'aud',
  };
  return table[w];
}

/** Relative tolerance of an "about" amount: "roughly 100" agrees with 95 and 105, not with 80. */
export const ABOUT_TOLERANCE = 0.1;

/**
 * Whether two amounts can be the same figure: equal; one is the other rounded to the decimals it is written
 * with ("4.37" and "4.4"); or a hedge covers the other ("nearly 2,300" and "2,300", "more than 20" and 22,
 * "about 100" and 95). "about six" and "three" do not agree.
 */
export function amountsAgree(a: Amount, b: Amount): boolean {
  if (close(a.value, b.value)) return true;
  const rounds = (x: Amount, y: Amount) => y.step > x.step && close(Math.round(x.value / y.step) * y.step, y.value);
  if (rounds(a, b) || rounds(b, a)) return true;
  return covers(a, b) || covers(b, a);
}

function covers(h: Amount, other: Amount): boolean {
  if (!h.hedge) return false;
  const x = h.value;
  const y = other.value;
  const near = Math.abs(x - y) <= ABOUT_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  if (h.hedge === 'about') return near || (other.hedge !== undefined && Math.abs(x - y) <= 2 * ABOUT_TOLERANCE * Math.max(x, y));
  if (h.hedge === 'atMost') return y <= x && (near || other.hedge === 'atMost' || other.hedge === 'about');
  return y >= x && (near || other.hedge === 'atLeast' || other.hedge === 'about');
}

function close(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** The same amount in another unit: value and step multiplied by `factor` (hours → seconds). */
export function scaleAmount(a: Amount, factor: number): Amount {
  return { ...a, value: a.value * factor, step: a.step * factor };
}

/** A compact label for an amount: 1400 → "1,400", 1.5e9 → "1.5 billion". */
export function formatAmount(value: number): string {
  for (const [name, size] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    if (Math.abs(value) >= size) return `${Number((value / size).toFixed(3))} ${name}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}
