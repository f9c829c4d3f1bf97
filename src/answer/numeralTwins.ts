/**
 * A number written in words and in figures is the same word of a question: "five lanterns" is held by "5 lanterns", "the
 * tenth voyage" by "the 10th voyage" (news style spells one to nine out and writes figures above, and questions
 * are worded either way). The twin of a search term: the figure of a number word from two to twenty (and its
 * ordinal, "4th" for "fourth"), and the word of such a figure. "One" and "first" are left out: most are no count
 * ("one of the", "at first").
 */
const CARDINALS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ORDINALS = [
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

function ordinalFigure(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

const TWINS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  CARDINALS.forEach((w, i) => map.set(w, String(i + 2)).set(String(i + 2), w));
  ORDINALS.forEach((w, i) => map.set(w, ordinalFigure(i + 2)).set(ordinalFigure(i + 2), w));
  return map;
})();

/**
 * The other spelling of a number term, if it is one (search terms are lower case).
 * @example numeralTwin('five') // → '5'
 * @example numeralTwin('10th') // → 'tenth'
 */
export function numeralTwin(term: string): string | undefined {
  return TWINS.get(term);
}
