import type { Answer } from '../answer/answer.js';
import { describeDifference, differencesFor, knownDifferences, type Difference } from '../differences/index.js';
import type { Story } from '../story/story.js';

/**
 * The "Sources differ on …" lines to show under an answer: the story's disagreements that one of the
 * answer's excerpts takes part in, with that excerpt stating the answered value ("five hours" answered, an
 * excerpt saying "about five hours" and another article "four hours"). Empty for an answer without a short
 * answer, or when the sources agree on it. Uses `differences` when given (e.g. with captions), else those known
 * for the story (`knownDifferences`).
 *
 * @example answerDifferences(story, answer) // → ['Sources differ on how long: five hours (Harbour Post), four hours (Valley Courier)']
 */
export function answerDifferences(
  story: Story,
  answer: Pick<Answer, 'covered' | 'answer' | 'excerpts'>,
  differences: readonly Difference[] = knownDifferences(story),
): string[] {
  if (!answer.covered || !answer.answer || answer.excerpts.length === 0) return [];
  const value = fold(answer.answer.text);
  if (!value) return [];
  const ids = new Set(answer.excerpts.map((e) => e.sentenceId));
  return differencesFor(story, ids, differences)
    .filter((d) =>
      d.values.some((v) =>
        v.citations.some((c) => c.sentenceId !== undefined && ids.has(c.sentenceId) && overlaps(fold(c.mention), value)),
      ),
    )
    .map(describeDifference);
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function overlaps(mention: string, value: string): boolean {
  return mention.length > 0 && (mention.includes(value) || value.includes(mention));
}
