/**
 * Surnames a headline writes for people its article names only in full. A headline is short and names people by
 * surname ("Vell edges past Rask" over a report of "Mira Vell" and "Ottar Rask"), though the article's sentences may
 * never write the surname alone; the headline is not one of the sentences the names stage reads, so that spelling
 * would be missing from the person's catalogue entry.
 */
import type { Article } from '../corpus/article.js';
import type { Entity } from '../nlp/entities.js';
import type { Person } from '../nlp/names.js';
import { foldText } from '../text/fold.js';
import { wholeWordAt } from '../text/words.js';
import type { Actor } from './actor.js';

/** Entity types that make a word somebody else's name (a body or a place), not a person's surname. */
export const OTHER_NAME_TYPES: ReadonlySet<Entity['type']> = new Set<Entity['type']>(['ORG', 'PLACE']);

/** A capitalised word of two letters or more, a hyphen or an apostrophe inside ("Vell", "Ruiz-Vell", "O'Dell"). */
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;
/** Words that end a name and are no surname ("Jr", "III"), folded. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Adds to each actor's aliases the surname (the last word of a name of two words or more) that the headline of an
 * article naming them writes as a whole, capitalised word, when no spelling of theirs is it already. Only a
 * surname of one person of the story (no other person's name or spelling ends in it), and never a word of an
 * organisation's or a place's name in that article ("Quarrie" over a story of Quarrie Motors and a Mr Quarrie).
 *
 * @param articles the story's articles (a derived title, `titleGiven` false, is the body's start: not read)
 * @param people the story's people (every spelling, for the surnames two people share)
 * @param otherNames the folded ORG and PLACE entity texts of an article, by its id (asked only of an article whose
 *   headline writes a surname, so that a large story's entities are not all made for it)
 * @example an article "Vell edges past Rask" naming "Ottar Rask" only in full: Ottar Rask's aliases gain "Rask"
 */
export function addHeadlineSurnames(
  actors: Actor[],
  articles: readonly Pick<Article, 'id' | 'title' | 'titleGiven'>[],
  people: readonly Person[],
  otherNames: (articleId: string) => Iterable<string>,
): void {
  // Folded surname → how many people of the story a name or spelling of theirs ends in it.
  const holders = new Map<string, number>();
  for (const p of people) {
    const ends = new Set([p.name, ...p.aliases].map((n) => foldText(n).split(' ').at(-1)!));
    for (const end of ends) holders.set(end, (holders.get(end) ?? 0) + 1);
  }
  const headlines = new Map(articles.filter((a) => a.titleGiven).map((a) => [a.id, a.title] as const));
  for (const actor of actors) {
    const words = actor.name.split(' ');
    if (words.length < 2) continue;
    const surname = words.at(-1)!;
    const key = foldText(surname);
    if (!SURNAME.test(surname) || SUFFIXES.has(key) || holders.get(key) !== 1 || actor.aliases.some((a) => foldText(a) === key)) continue;
    const written = actor.articles.some((id) => {
      const headline = headlines.get(id);
      if (headline === undefined || wholeWordAt(headline, surname) < 0) return false;
      for (const name of otherNames(id)) if (name.split(' ').includes(key)) return false;
      return true;
    });
    if (written) actor.aliases.push(surname);
  }
}
