import type { Story } from '../story/story.js';
import type { CorroboratedSentence } from './corroborate.js';
import { subjectTerms } from './subjectEvidence.js';
import { termSetOf } from './termMemo.js';

/**
 * Whether a question asked as a request ("Name a river ferry of Tarnco", read as "Which river ferry of Tarnco":
 * questionWord.ts asksByRequest) has a best excerpt that lacks a name the question writes and the story writes. Read as
 * a which-question, a request's coverage rests on its noun phrase alone: its verb, which no story writes, no longer
 * counts against it, and a sentence on another part of the topic that writes the phrase's rarer words ("luxury sedans")
 * covers it. The thing it asks about is the one it names, so the excerpt that covers it must name it too.
 *
 * @param request whether the question, as the member typed it, is such a request
 * @example requestNameUnheld(story, 'Which luxury division of Tarnco?', true, best) // → true when best lacks "Tarnco"
 */
export function requestNameUnheld(story: Story, question: string, request: boolean, best: CorroboratedSentence): boolean {
  if (!request) return false;
  const held = termSetOf(best.sentence.text);
  return subjectTerms(story, question).some((t) => story.documentFrequency.has(t) && !held.has(t));
}
