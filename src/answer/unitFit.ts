import { NUMBER_WORDS } from '../nlp/dates/dateLexicon.js';
import { headedBy } from './figureAsked.js';

/**
 * Units of measure by what they measure, to tell whether an amount is in the unit a question asks for: "How many
 * kilometres …" is not answered by "90 miles" where the sentence also gives "145 km", nor "How many days …" by
 * "36 hours" beside "12 days". General English units and their abbreviations.
 *
 * Tried and dropped (round 36, SQuAD dev reading): a temperature dimension (°C, °F, kelvin, "degrees Celsius"; asked by
 * "what temperature", "how hot / cold") and "what speed" (rpm, knots): 0 won / 1 lost — "How high do plague fevers
 * run?" reads a height, and its temperatures became another measure; SQuAD's temperature questions mostly want no
 * figure or get a phrase.
 */

/** What a unit measures. */
export type Dimension = 'length' | 'mass' | 'area' | 'volume' | 'time' | 'speed';

/** A unit: what it measures and its canonical name (one for each spelling and abbreviation). */
export interface Unit {
  dimension: Dimension;
  name: string;
}

const FORMS: [Dimension, string, string][] = [
  ['length', 'km', 'km kms kilometre kilometres kilometer kilometers'],
  ['length', 'm', 'm metre metres meter meters'],
  ['length', 'cm', 'cm centimetre centimetres centimeter centimeters'],
  ['length', 'mm', 'mm millimetre millimetres millimeter millimeters'],
  ['length', 'mile', 'mi mile miles'],
  ['length', 'ft', 'ft foot feet'],
  ['length', 'inch', 'inch inches'],
  ['length', 'yard', 'yd yds yard yards'],
  ['mass', 'kg', 'kg kgs kilogram kilograms kilo kilos'],
  ['mass', 'g', 'g gram grams gramme grammes'],
  ['mass', 'mg', 'mg milligram milligrams'],
  ['mass', 'tonne', 't tonne tonnes ton tons'],
  ['mass', 'lb', 'lb lbs pound pounds'],
  ['mass', 'oz', 'oz ounce ounces'],
  ['area', 'acre', 'acre acres'],
  ['area', 'hectare', 'ha hectare hectares'],
  ['area', 'sq km', 'km2 km²'],
  ['area', 'sq m', 'm2 m²'],
  ['volume', 'litre', 'l litre litres liter liters'],
  ['volume', 'ml', 'ml millilitre millilitres milliliter milliliters'],
  ['volume', 'gallon', 'gallon gallons'],
  ['time', 'second', 'second seconds sec secs'],
  ['time', 'minute', 'minute minutes min mins'],
  ['time', 'hour', 'hour hours hr hrs'],
  ['time', 'day', 'day days'],
  ['time', 'week', 'week weeks'],
  ['time', 'month', 'month months'],
  ['time', 'year', 'year years'],
  ['time', 'decade', 'decade decades'],
  ['time', 'century', 'century centuries'],
  ['speed', 'mph', 'mph'],
  ['speed', 'km/h', 'km/h kph kmh'],
];

const UNITS = new Map<string, Unit>(FORMS.flatMap(([dimension, name, forms]) => forms.split(' ').map((f) => [f, { dimension, name }])));

/** Words that make a length an area or a volume ("square miles", "cubic metres"), or that only qualify a unit ("metric tons"). */
const SQUARE = /^(?:square|sq\.?)$/;
const CUBIC = /^(?:cubic|cu\.?)$/;
const QUALIFIER = /^(?:metric|short|long|nautical|statute|imperial|us)$/;
/** Scale words between a figure and its unit ("3 million tons"). */
const SCALE = /^(?:hundred|thousand|million|billion|trillion|mln|bn)$/;

/**
 * The unit one word names, in any spelling FORMS gives ("miles", "kg"), or by a metric prefix ("kilotonnes").
 * @example unitOfWord('miles') // → { dimension: 'length', name: 'mile' }
 */
export function unitOfWord(word: string): Unit | undefined {
  const w = word.toLowerCase();
  return UNITS.get(w) ?? UNITS.get(w.replace(METRIC_PREFIX, ''));
}

/** The unit the words from index `k` begin with ("square miles", "metric tons", "kg"), if any, and how many words it takes. */
function unitAt(words: readonly string[], k: number): Unit | undefined {
  let w = words[k];
  if (w === undefined) return undefined;
  if (QUALIFIER.test(w)) w = words[k + 1];
  else if (SQUARE.test(w) || CUBIC.test(w)) {
    const base = words[k + 1] === undefined ? undefined : UNITS.get(words[k + 1]!);
    if (base?.dimension !== 'length') return undefined;
    return SQUARE.test(w) ? { dimension: 'area', name: `sq ${base.name}` } : { dimension: 'volume', name: `cu ${base.name}` };
  }
  return w === undefined ? undefined : UNITS.get(w);
}

/** Lower-case words of a text, split at spaces and hyphens, with the marks around them dropped. */
export function lowerWordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\u00A0-]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}²/]+$/gu, ''))
    .filter((w) => w !== '');
}

/** Questions that ask a measure by its dimension alone ("How far …", "How heavy …"). */
const DIMENSION_ASKED: [RegExp, Dimension][] = [
  [/\bhow\s+(?:far|tall|high|deep|wide|thick)\b/i, 'length'],
  [/\bhow\s+heavy\b/i, 'mass'],
  [/\bhow\s+fast\b/i, 'speed'],
];

/**
 * The unit or dimension a question asks its amount in: the unit counted by "how many / how much" ("How many
 * kilometres …", "how many square miles"), the unit after a closing "in" ("How much did it weigh in kgs?"), or the
 * dimension of "how far / tall / heavy / fast".
 *
 * @example askedUnit('How many kgs of rock came back?') // → { dimension: 'mass', name: 'kg' }
 */
export function askedUnit(question: string): Unit | { dimension: Dimension; name?: undefined } | undefined {
  const words = lowerWordsOf(question);
  for (let k = 0; k + 2 < words.length + 1; k += 1) {
    if (words[k] !== 'how' || (words[k + 1] !== 'many' && words[k + 1] !== 'much')) continue;
    const unit = unitAt(words, k + 2);
    if (unit) return unit;
  }
  const closing = /\bin\s+((?:square|sq|cubic|metric)\s+)?([\p{L}²/]+)\s*\W*$/iu.exec(question);
  if (closing) {
    const unit = unitAt(lowerWordsOf(closing[0].slice(2)), 0);
    if (unit) return unit;
  }
  for (const [re, dimension] of DIMENSION_ASKED) if (re.test(question)) return { dimension };
  return undefined;
}

/**
 * The unit of the amount whose figure starts a text ("145 km", "2 million tons", "8,400 pounds (3,810 kg)" → lb),
 * within the three words after the figure.
 */
export function amountUnit(text: string): Unit | undefined {
  const words = lowerWordsOf(text);
  for (let k = 1; k <= 3 && k < words.length; k += 1) {
    if (SCALE.test(words[k]!)) continue;
    return unitAt(words, k);
  }
  return undefined;
}

/**
 * How well an amount's unit fits the one asked: 1 when the question asks none or the amount has none or the same;
 * `sameDimension` for another unit of what is asked ("miles" for "how many kilometres"); `otherDimension` for a unit
 * of something else ("hours" for "how far").
 */
export function unitFit(
  asked: ReturnType<typeof askedUnit>,
  unit: Unit | undefined,
  sameDimension: number,
  otherDimension: number,
): number {
  if (!asked || !unit) return 1;
  if (unit.dimension !== asked.dimension) return otherDimension;
  return asked.name === undefined || asked.name === unit.name ? 1 : sameDimension;
}

/** A metric prefix before a unit's name ("*giga*tons", "*kilo*litres"). */
const METRIC_PREFIX = /^(?:kilo|mega|giga|tera|centi|milli|micro|nano)(?=\p{L}{2})/u;

/** The dimension of a unit written with a metric prefix the unit list does not spell ("gigatons"), if any. */
const scaledUnit = (word: string) => (METRIC_PREFIX.test(word) ? UNITS.get(word.replace(METRIC_PREFIX, ''))?.dimension : undefined);

/** Most words after the answer that its sentence may write the unit of its figure in ("five consecutive *weeks*"). */
const UNIT_AFTER_WORDS = 3;

/**
 * Whether a question asking an amount in a named unit ("How many yards …", "How many square miles …", "… weigh in
 * pounds?") was answered by words that write no unit of what that unit measures, in the answer or within
 * UNIT_AFTER_WORDS words after it in its sentence: a figure with no such unit counts or dates something else ("four"
 * of "four titles" for "how many yards", "three" of "the three-man crew" for a weight in pounds), as a story on the same
 * topic that never gives the measure offers its other figures. Another unit of the same measure answers ("145 km" for
 * "how many miles": unitFit weighs it). A dimension asked alone ("how far", "how high") is left out: a chart's "number
 * 24" answers "how high", a temperature's "°C" is no unit here.
 *
 * @param written the answer as its sentence writes it
 * @example unitUnanswered('How many yards did he run?', 'four', 'He won four titles.') // → true
 */
export function unitUnanswered(question: string, written: string, sentence: string): boolean {
  const asked = askedUnit(question);
  if (asked?.name === undefined || written === '' || !sentence.includes(written)) return false;
  const answer = lowerWordsOf(written);
  // The sentence may write the answer's words more than once ("four cups over his four years"): any one with the unit answers.
  return !sentence
    .split(written)
    .slice(1)
    .some((rest) => {
      const words = [...answer, ...lowerWordsOf(rest).slice(0, UNIT_AFTER_WORDS)];
      return words.some((_, k) => unitAt(words, k)?.dimension === asked.dimension || scaledUnit(words[k]!) === asked.dimension);
    });
}

/**
 * Questions asking a measure by a dimension whose answer writes its unit ("How far …", "How wide …", "How heavy …"), as
 * against "How high …", which a storey count or a chart place answers bare ("four", "number 24").
 */
const UNIT_NEEDED = /\bhow\s+(?:far|tall|deep|wide|thick|heavy|fast)\b/i;

/**
 * Whether a question asking a measure by its dimension alone (UNIT_NEEDED) was answered by a figure that writes no unit
 * of that dimension: "one" of "one-half mile", "three" of "three blocks". A right answer to "How far is the Tolly mill
 * from Velden?" writes its unit ("12 km"); a bare figure is a part of one or counts something else. Only what the
 * reader is told moves (confidence.ts shownConfidence): such answers stay, shown less sure.
 *
 * @param shown the short answer as shown
 * @example unitlessMeasure('How far is the mill from Velden?', 'three') // → true
 */
export function unitlessMeasure(question: string, shown: string): boolean {
  if (!UNIT_NEEDED.test(question)) return false;
  const dimension = askedUnit(question)?.dimension;
  const words = lowerWordsOf(shown);
  if (dimension === undefined || !words.some(isFigure)) return false;
  return !words.some((w, k) => unitAt(words, k)?.dimension === dimension || scaledUnit(w) === dimension);
}

/** "How far back …" asks how long ago, which a year answers ("as far back as 1583"). */
const FAR_BACK = /\bhow\s+far\s+back\b/i;

/** A figure written as a year is (four digits from 1000 to 2099, no separator). */
const YEAR_SHAPED = /^(?:1\d{3}|20\d{2})$/;

/**
 * Whether a question asking a measure by a dimension whose answer writes its unit (UNIT_NEEDED: "How far / wide / heavy
 * …") was answered by a date: the tagger's date or time, or a bare figure shaped as a year with no unit of the dimension
 * asked in the UNIT_AFTER_WORDS words after it in its sentence ("1583" of "ledgers as far back as 1583" for how far the
 * Tolly mill is from the sea). A length, a mass or a speed is never a time. "How far back …" asks how long ago, which a
 * date answers.
 *
 * @param type the answer's entity type; `written` the answer as its sentence writes it
 * @example measureAnsweredByDate('How far is the mill from Velden?', 'CARDINAL', '1583', 'Records go back to 1583.') // → true
 */
export function measureAnsweredByDate(question: string, type: string, written: string, sentence: string): boolean {
  if (!UNIT_NEEDED.test(question) || FAR_BACK.test(question)) return false;
  if (type === 'DATE' || type === 'TIME') return true;
  const dimension = askedUnit(question)?.dimension;
  if (dimension === undefined || !YEAR_SHAPED.test(written.trim()) || !sentence.includes(written)) return false;
  return !sentence
    .split(written)
    .slice(1)
    .some((rest) => {
      const words = lowerWordsOf(rest).slice(0, UNIT_AFTER_WORDS);
      return words.some((w, k) => unitAt(words, k)?.dimension === dimension || scaledUnit(w) === dimension);
    });
}

/** What a question may ask the measure of: a dimension of the units above, or a temperature (no unit above measures it). */
export type Measure = Dimension | 'temperature';

/** Nouns that ask a measure, by what they measure. */
const MEASURE_NOUNS: [string, Measure][] = [
  ['temperatures?', 'temperature'],
  ['lengths?|heights?|distances?|depths?|widths?|altitudes?|elevations?|diameters?|radius', 'length'],
  ['weights?|mass', 'mass'],
  ['speeds?|velocit(?:y|ies)', 'speed'],
  ['durations?|ages?', 'time'],
];

/**
 * A measure asked by its noun: heading the phrase after the copula ("What is the lake's highest temperature?", figureAsked
 * headedBy) or after "at / to what" ("At what temperature does X boil?", "To what depth …").
 */
const MEASURE_ASKED: [RegExp, Measure][] = MEASURE_NOUNS.flatMap(([nouns, measure]): [RegExp, Measure][] => [
  [headedBy(nouns), measure],
  [new RegExp(`\\b(?:at|to)\\s+what\\s+(?:${nouns})\\b`, 'i'), measure],
]);

/** Measures asked by "how" and a word of the measure that askedUnit leaves out ("how hot", "how old"). */
const HOW_MEASURE: [RegExp, Measure][] = [
  [/\bhow\s+(?:hot|cold|warm)\b/i, 'temperature'],
  [/\bhow\s+old\b/i, 'time'],
];

/**
 * The measure a question asks, if it asks one: the dimension of the unit or of the "how" word askedUnit reads, a measure
 * noun (MEASURE_ASKED), or "how hot / cold / old".
 * @example askedMeasure('At what temperature does the lake freeze?') // → 'temperature'
 */
export function askedMeasure(question: string): Measure | undefined {
  const asked = askedUnit(question)?.dimension;
  if (asked) return asked;
  for (const [re, measure] of [...MEASURE_ASKED, ...HOW_MEASURE]) if (re.test(question)) return measure;
  return undefined;
}

/** Whether a word is a figure, in digits or a number word (not "a" / "an"), which a unit may follow. */
export function isFigure(word: string): boolean {
  return /\d/.test(word) || (NUMBER_WORDS.has(word) && word !== 'a' && word !== 'an');
}

/** Words after a unit that make it a rate of another ("9.81 metres *per* second", "60 miles *an* hour"): a rate is left alone. */
const RATE = /^(?:per|a|an|each|every)$/;

/**
 * Whether a question asking a measure (askedMeasure) was answered by an amount in a unit of another measure, written
 * right after a figure of the answer (the answer and the UNIT_AFTER_WORDS words after it where its sentence first writes
 * it), and no amount in a unit of the measure asked: "12.5 mg" for a temperature, "1,742 m" for the highest monthly
 * temperature, "about 60 km" for how old someone was. The figure measures something else, as a story on the same topic
 * that never gives the measure asked offers the other measures of its subject. A rate ("metres per second") is left alone,
 * and so is a figure with no unit (a chart's "number 24" answers "how high", a temperature is written without one here).
 *
 * @param written the answer as its sentence writes it
 * @example measureClash('At what temperature does the lake freeze?', '12.5 mg', 'Each litre holds 12.5 mg of salt.') // → true
 */
export function measureClash(question: string, written: string, sentence: string): boolean {
  const asked = askedMeasure(question);
  if (asked === undefined || written === '') return false;
  const at = sentence.indexOf(written);
  const answer = lowerWordsOf(written);
  const words = [...answer, ...(at < 0 ? [] : lowerWordsOf(sentence.slice(at + written.length)).slice(0, UNIT_AFTER_WORDS))];
  const measures: Measure[] = [];
  // The answer's own figures, each with the unit after it, in the answer or right after it in the sentence.
  for (let k = 0; k < answer.length; k += 1) {
    if (!isFigure(words[k]!)) continue;
    let u = k + 1;
    while (words[u] !== undefined && SCALE.test(words[u]!)) u += 1;
    const unit = unitAt(words, u);
    const width = words[u] !== undefined && (QUALIFIER.test(words[u]!) || SQUARE.test(words[u]!) || CUBIC.test(words[u]!)) ? 2 : 1;
    if (unit && !RATE.test(words[u + width] ?? '') && words[u + width] !== '/') measures.push(unit.dimension);
  }
  return measures.length > 0 && !measures.includes(asked);
}
