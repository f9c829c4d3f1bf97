import { findActor } from '../actors/findActor.js';
import { storyActors } from '../story/catalogues.js';
import { sentenceAt, type Story } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { phraseAnswer } from './phraseAnswer.js';

/**
 * "Who is X?" answered with what the story says X is: the role the people catalogue gives X most often
 * ("head of the Harbour Safety and Rescue Board"), from the sentence that states it. Null when X
 * is no person of the story or the story gives no role.
 *
 * @example describePerson(story, 'ortiz')?.text // → 'mayor of the harbour town'
 */
export function describePerson(story: Story, name: string): ShortAnswer | null {
  const actor = findActor(storyActors(story), name);
  const role = actor?.roles[0];
  if (!actor || !role) return null;
  const sentence = sentenceAt(story, role.articleId, role.sentence);
  if (!sentence) return null;
  const support = actor.roles.filter((r) => r.text.toLowerCase() === role.text.toLowerCase()).length;
  return phraseAnswer(role.text, 0, sentence.id, { near: 1, margin: 1 / actor.roles.length, support: Math.min(1, support / 3), typed: 1 });
}
