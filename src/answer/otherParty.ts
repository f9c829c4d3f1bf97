import type { Story, StorySentence } from '../story/story.js';
import { termsOf } from '../search/terms.js';
import { nameSex, PRONOUN_SEX } from './askedSex.js';
import { namesAskedPerson, peopleAsked } from './heldWords.js';
import { termSetOf } from './termMemo.js';

type AskedPerson = ReturnType<typeof peopleAsked>[number];

/**
 * Whether a question asks of two people together and the answer tells of one of them with someone else: the question
 * names two or more people the story reports on (heldWords `peopleAsked`), the answer's sentence, with the one before it
 * in its article, names one of them but not another, and the sentence names a third person while no pronoun of a person
 * in it may stand for the one left out (a pronoun of that person's sex, or any when their sex is unknown). "When did Ada
 * Vell meet Ivo Brandt?" is not answered by "Friday" of "Ada Vell meets Tam Orsk on Friday": a meeting, a match, a sale
 * or talks between two parties is told by a sentence that names both, and one pairing the first with another tells of
 * another meeting. A sentence naming the pair over two sentences ("Vell lost to Brandt. She had won the first set 6-1.")
 * answers.
 *
 * @example otherParty(story, 'When did Ada Vell meet Ivo Brandt?', id of "Ada Vell meets Tam Orsk on Friday.") // → true
 */
export function otherParty(story: Story, question: string, sentenceId: number): boolean {
  const s = story.sentences[sentenceId];
  if (!s) return false;
  const asked = peopleAsked(story, question);
  if (asked.length < 2) return false;
  const own = termSetOf(s.text);
  const before = story.sentences[sentenceId - 1];
  const around = before?.articleId === s.articleId ? new Set([...own, ...termSetOf(before.text)]) : own;
  const missing = asked.filter((p) => !namesAskedPerson(around, p));
  if (missing.length === 0 || missing.length === asked.length) return false;
  if (missing.some((p) => pronounMayStandFor(s, p))) return false;
  return s.entities.some((e) => e.type === 'PERSON' && !isAsked(asked, e.canonical ?? e.text) && !isAsked(asked, e.text));
}

/** Whether a sentence writes a pronoun of a person that may stand for this one: of their sex, or any when it is unknown. */
function pronounMayStandFor(s: StorySentence, person: AskedPerson): boolean {
  const sex = nameSex(person.name);
  return s.tokens.some((t) => {
    const of = PRONOUN_SEX.get(t.text.toLowerCase());
    return of !== undefined && (sex === undefined || of === sex);
  });
}

/** Whether a name written in a sentence is a spelling of one of the people asked about. */
function isAsked(asked: readonly AskedPerson[], name: string): boolean {
  const terms = termsOf(name);
  return terms.length > 0 && asked.some((p) => p.spellings.some((spelled) => terms.every((t) => spelled.includes(t))));
}
