/**
 * A name with its number: a bare figure right after a run of name words that belongs to the name ("**Route 46**
 * closed", "listed in **Annex 7**", "the crew of **Velden 8** landed"), not a year, a date, a count of the noun
 * after it or a quantity ("Velden 2024 budget", "the Tarn 3 miles away", "in Orsk 300 people marched").
 */
import type { Entity, Token } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';

/** Nouns that name a thing by its number ("Route 46", "Clause 14", "Platform 4"): the figure after them is theirs. */
const NUMBERED_NOUNS: ReadonlySet<string> = new Set([
  'route',
  'highway',
  'interstate',
  'road',
  'avenue',
  'street',
  'article',
  'schedule',
  'section',
  'chapter',
  'clause',
  'part',
  'book',
  'volume',
  'psalm',
  'canto',
  'amendment',
  'title',
  'rule',
  'paragraph',
  'appendix',
  'annex',
  'table',
  'figure',
  'platform',
  'gate',
  'pier',
  'terminal',
  'runway',
  'track',
  'stage',
  'phase',
  'division',
  'channel',
  'flight',
  'line',
  'unit',
  'ward',
  'district',
  'precinct',
  'block',
  'building',
  'hall',
  'room',
  'level',
  'grade',
  'model',
  'mark',
  'series',
  'version',
  'episode',
  'season',
  'squadron',
  'regiment',
  'battalion',
  'corps',
  'army',
  'fleet',
  'group',
  'reactor',
  'pad',
  'berth',
  'dock',
  'lock',
  'sector',
  'zone',
  'region',
  'area',
  'lot',
  'exit',
]);

/** One to three digits: a thing's number; four are most often a year ("Velden 2024"). */
const SHORT_FIGURE = /^\d{1,3}$/;

/** One to four digits, after a noun that names a thing by its number ("Route 1046"). */
const NUMBERED_FIGURE = /^\d{1,4}$/;

/** Marks written close up after a figure that make it part of another figure: "8:9", "3-2", "30%", "4/5", "5+". */
const FIGURE_JOINERS = new Set([':', '-', '–', '—', '/', '%', '+', '.', ',', '×']);

/** Plurals a count takes that end in no s ("300 people", "40 men"). */
const PLURALS_WITHOUT_S = new Set([
  'people',
  'men',
  'women',
  'children',
  'feet',
  'police',
  'cattle',
  'staff',
  'sheep',
  'fish',
  'deer',
  'geese',
  'mice',
  'teeth',
  'personnel',
]);

/** A plural noun ending in s ("miles", "ships"), not "class" nor "bus". */
const PLURAL_S = /^\p{Ll}{2,}[^s]s$|^\p{Ll}+[sxz]es$/u;

/**
 * Whether token `j` is a bare figure that belongs to the run of name words ending at `j - 1`: the tagger read it as a
 * number alone (a CARDINAL spanning the token) with no mark joining it to another figure, and either the run's last
 * word names a thing by its number ("Annex **7**", "Harbour Route **46**") or the figure is no year (one to three
 * digits) and counts no noun after it ("Velden **8** landed", not "Orsk 3 miles", "Tarn 300 people", "Orsk 1 mile").
 *
 * @example numberAfterName(sentence of "Tolls on Route 46 rose.", 3) // → true
 * @example numberAfterName(sentence of "The Tarn 3 miles away", 2) // → false
 */
export function numberAfterName(sentence: StorySentence, j: number): boolean {
  const tokens = sentence.tokens;
  const figure = tokens[j];
  if (figure === undefined || figure.pos !== 'NUM' || j === 0) return false;
  // A person's name takes no figure after it ("Ivo Brandt 34"): a score, an age or a count; a sovereign's number is Roman.
  const before = tokens[j - 1]!;
  if (sentence.entities.some((e) => e.type === 'PERSON' && e.start <= before.start && e.end >= before.end)) return false;
  const numbered = NUMBERED_NOUNS.has(tokens[j - 1]!.text.toLowerCase());
  if (!(numbered ? NUMBERED_FIGURE : SHORT_FIGURE).test(figure.text)) return false;
  if (!sentence.entities.some((e) => e.type === 'CARDINAL' && e.start === figure.start && e.end === figure.end)) return false;
  const next = tokens[j + 1];
  if (next === undefined) return true;
  if (next.start === figure.end && FIGURE_JOINERS.has(next.text) && closeFigureAfter(tokens, j + 1)) return false;
  if (next.pos === 'NUM') return false;
  return numbered || !countsNoun(figure, next);
}

/**
 * Whether the mark at `k` joins the figure to what follows ("8:9", "3-2", "34-yard", "30%", "2.5", "1,200"): any mark
 * but a full stop or a comma, and those before a figure only ("Route 46.", "Route 46, the coast road").
 */
function closeFigureAfter(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]!.text;
  if (mark !== '.' && mark !== ',') return true;
  const after = tokens[k + 1];
  return after !== undefined && after.start === tokens[k]!.end && /^\d/.test(after.text);
}

/** Whether a figure counts the noun after it: a plural ("3 miles", "300 people"), or any noun after "1" ("1 mile"). */
function countsNoun(figure: Token, next: Token): boolean {
  if (next.pos !== 'NOUN' && next.pos !== 'ADJ') return false;
  const word = next.text;
  if (figure.text === '1' && next.pos === 'NOUN') return true;
  return PLURAL_S.test(word) || PLURALS_WITHOUT_S.has(word.toLowerCase()) || next.pos === 'ADJ';
}

/**
 * A sentence's entities with each place or organisation the tagger ended before its number given it ("**Harbour
 * Route 46**", "**Annex 7**" for "Harbour Route", "Annex"), the figure no candidate of its own; the same list
 * when none is.
 */
export function numberedNames(sentence: StorySentence, entities: readonly Entity[]): readonly Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i += 1) {
    const e = entities[i]!;
    const next = entities[i + 1];
    if ((e.type === 'PLACE' || e.type === 'ORG') && next?.type === 'CARDINAL' && next.start === e.end + 1) {
      const at = tokenStarting(sentence.tokens, next.start);
      if (at > 0 && sentence.tokens[at - 1]!.end === e.end && numberAfterName(sentence, at)) {
        out ??= entities.slice(0, i);
        out.push({ ...e, text: sentence.text.slice(e.start, next.end), end: next.end });
        i += 1;
        continue;
      }
    }
    out?.push(e);
  }
  return out ?? entities;
}

/** The index of the token starting at `start`, or -1. */
function tokenStarting(tokens: readonly Token[], start: number): number {
  for (let k = 0; k < tokens.length; k += 1) if (tokens[k]!.start >= start) return tokens[k]!.start === start ? k : -1;
  return -1;
}
