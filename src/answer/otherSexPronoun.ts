import { termSetOf } from './termMemo.js';
import { namesAskedPerson, peopleAsked } from './heldWords.js';
import type { Story } from '../story/story.js';
import { nameSex, PRONOUN_SEX } from './askedSex.js';

/**
 * Whether the answer's sentence tells of someone of the other sex than every person the question names: the question
 * names people the story reports on (heldWords `peopleAsked`), all of one sex by their names (askedSex `nameSex`: an honorific, else the given name), and the sentence names
 * none of them by any spelling nor any name the question writes, while each pronoun of a person it writes is of the other
 * sex ("He has won four Velden cups" for "How many cups has Ada Vell won?"). The figure or place is that man's or woman's,
 * not the one asked about. A sentence with no such pronoun, or one of the asked sex too, is left alone; so is a person
 * whose given name the lists give to both sexes or do not hold. Other names the question writes ("the Velden Cup") may
 * stand in the sentence: they name what the man or woman it tells of won, not who won it.
 *
 * @example otherSexPronoun(story, 'How many Velden cups has Ada Vell won?', id of "He has won four Velden cups.") // → true
 */
export function otherSexPronoun(story: Story, question: string, sentenceId: number): boolean {
  const s = story.sentences[sentenceId];
  if (!s) return false;
  const sexes = new Set(s.tokens.map((t) => PRONOUN_SEX.get(t.text.toLowerCase())).filter((x) => x !== undefined));
  if (sexes.size !== 1) return false;
  const asked = peopleAsked(story, question);
  if (
    asked.length === 0 ||
    asked.some((p) => {
      const sex = nameSex(p.name);
      return sex === undefined || sexes.has(sex);
    })
  )
    return false;
  const own = termSetOf(s.text);
  return !asked.some((p) => namesAskedPerson(own, p));
}
