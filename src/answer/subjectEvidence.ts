import { tagSentence } from '../nlp/entities.js';
import { termOf, termsOf, words } from '../search/terms.js';
import { isCalendarName } from '../text/calendarNames.js';
import { oncePerStory, type Story, type StorySentence } from '../story/story.js';
import { ANSWER_TYPES } from './answerKind.js';
import type { CorroboratedSentence } from './corroborate.js';
import { questionDay, speaksOfDay } from './questionDate.js';
import { hasAnswerEntity, type PreparedQuery } from './rankSentences.js';

/** Sentences read to tell which words the story uses as names (all of them in a story up to this size). */
export const NAME_SAMPLE = 20_000;

/** How many of the best excerpts are searched for the subject together with an answer of the wanted kind. */
export const SUBJECT_EVIDENCE_DEPTH = 5;

/**
 * The index terms of the story's names: words the tagger reads as proper nouns at least half the times
 * they occur ("Keltra", "Okafor", "Marrowby"; not "bank", a proper noun only inside "Bank of …"), made once
 * per story. The tokens are read rather than the typed entities, since an index or a firm is a name to a
 * reader whether or not it was typed as an organisation.
 */
export const nameTerms = oncePerStory((story: Story): Set<string> => {
  const counts = new Map<string, { proper: number; all: number }>();
  // A story of up to NAME_SAMPLE sentences is read whole; a larger one (an archive of thousands of
  // articles) evenly, so the first question after a start does not unpack every sentence's tokens.
  const step = Math.max(1, Math.ceil(story.sentences.length / NAME_SAMPLE));
  for (let i = 0; i < story.sentences.length; i += step)
    for (const t of story.sentences[i]!.tokens) {
      const term = termOf(t.text);
      if (!term) continue;
      const c = counts.get(term) ?? { proper: 0, all: 0 };
      c.all += 1;
      if (t.pos === 'PROPN') c.proper += 1;
      counts.set(term, c);
    }
  return new Set([...counts].filter(([, c]) => c.proper * 2 >= c.all).map(([term]) => term));
});

/**
 * The question's subject as index terms: its words that name someone or something ("How much did the
 * *Keltra* index gain…", "Who beat *Okafor*…"): those the story uses as proper nouns, and those the asker wrote
 * with a capital inside the question (a name the story may never use: "the Bank of *England*"). Month and
 * weekday names are left to the day check. Empty when the question names nothing.
 */
export function subjectTerms(story: Story, question: string): string[] {
  const names = nameTerms(story);
  const out = new Set<string>();
  for (const [i, w] of words(question).entries()) {
    if (isCalendarName(w)) continue;
    const term = termOf(w);
    if (term && (names.has(term) || (i > 0 && /^\p{Lu}/u.test(w)))) out.add(term);
  }
  return [...out];
}

/**
 * Whether the story supports an answer of the wanted kind about the question's subject: one of the best
 * excerpts holds every word of the subject together with an entity of the wanted type that the question
 * does not name, and, when the question names a day, speaks of that day. A question whose subject the
 * story names but whose asked fact it lacks (a trap: "How much prize money did X win?" where X is
 * in every article but no sum is) finds no such sentence. A question that wants no type ("What did X
 * change into?") is answered by a phrase: the evidence is then the sentence the short answer was taken
 * from (`answerSentence`), when it names the subject.
 */
export function subjectEvidence(
  story: Story,
  groups: readonly CorroboratedSentence[],
  query: PreparedQuery,
  question: string,
  answerSentence?: number,
): StorySentence | undefined {
  const untyped = (query.types ?? ANSWER_TYPES[query.kind]).length === 0;
  const named = subjectTerms(story, question);
  // A question that names nothing is about the things its nouns name ("What protects the inner ear?").
  const subject = named.length === 0 && untyped && answerSentence !== undefined ? nounTerms(question) : named;
  if (subject.length === 0) return undefined;
  const day = questionDay(query.text);
  for (const g of groups.slice(0, SUBJECT_EVIDENCE_DEPTH)) {
    for (const s of [g.sentence, ...g.others.map((o) => o.sentence)]) {
      const words = new Set(termsOf(s.text));
      if (!subject.every((t) => words.has(t))) continue;
      if (untyped ? s.id !== answerSentence : !hasAnswerEntity(s, query)) continue;
      if (day && !speaksOfDay(story, s, day)) continue;
      return s;
    }
  }
  return undefined;
}

/** The index terms of a question's common nouns, as wink tags them. */
export function nounTerms(question: string): string[] {
  const out = new Set<string>();
  for (const t of tagSentence(question).tokens) {
    if (t.pos !== 'NOUN') continue;
    const term = termOf(t.text);
    if (term) out.add(term);
  }
  return [...out];
}

/**
 * Whether a sentence holds every name and every common noun of the question but the noun it names its
 * answer by (`focus`: "Which *network* …" is answered by a network's name, not the word): no detail the
 * question gives is missing from it ("Who won the *men's* doubles?" is not answered by a sentence about
 * a doubles title that says nothing of men).
 */
export function holdsQuestionWords(story: Story, sentence: StorySentence, question: string, focus: string | undefined): boolean {
  const skip = focus === undefined ? null : termOf(focus);
  const words = new Set(termsOf(sentence.text));
  for (const t of [...subjectTerms(story, question), ...nounTerms(question)]) if (t !== skip && !words.has(t)) return false;
  return true;
}
