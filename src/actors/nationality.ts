/**
 * A person's country as the text ties them to it, read as a role: "Norway's Hugo Vane" and "Hugo Vane (Norway)"
 * make him "French"; a country the gazetteer knows no demonym for stands as written. General English news usage
 * (sports draws, lists of delegates, wire copy), no story's names.
 */
import { countryOf, placeKind } from '../text/places.js';
import { gazetteerData } from '../text/gazetteerData.js';

let demonyms: Map<string, string> | undefined;

/**
 * The demonym of a country named by `text` ("France" → "French", "US" → "American"), the country's name when the
 * gazetteer has none, undefined when `text` names no country.
 *
 * @example nationalityOf('Croatia') // → 'Croatian'
 */
export function nationalityOf(text: string): string | undefined {
  if (placeKind(text) !== 'country') return undefined;
  const country = countryOf(text);
  if (country === undefined) return undefined;
  demonyms ??= new Map(gazetteerData().countries.map((c) => [c.name, c.demonyms[0]?.split(',')[0]?.trim() || c.name]));
  return demonyms.get(country) ?? country;
}
