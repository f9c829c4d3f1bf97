import type { Story } from '../story/story.js';
import type { CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';

/** Coverage of the question the best excerpt needs before the time its paragraph sets is read as the answer's. */
const MIN_CONTEXT_COVERAGE = 0.5;

/**
 * A question that opens by asking when ("when …", "/when …", "in what year …"); a "when" inside it ("What was he
 * charged with when he was arrested?") asks something else.
 */
const ASKS_WHEN = /^(?:when\b|(?:(?:in|on|by|during)\s+)?(?:what|which)\s+(?:year|date|day|month|week|time)\b)/i;

/**
 * The time a paragraph has set for the event its best-matching sentence tells, for a when-question whose best
 * excerpts hold no date of their own: news states the time once and tells the event in the next sentence
 * ("The vote is set for Thursday. Delegates from every district will travel to the capital, …"). Read only from the sentence
 * just before the best excerpt in the same paragraph, and only when that sentence holds exactly one date or time
 * (two would be a guess between them). The best excerpt must cover at least half the question. `asked` is the
 * question with its command word ("when …" for /when).
 *
 * @example contextDate(story, groups, 'when will the delegates travel') // → { text: 'Thursday', type: 'DATE', … } or null
 */
export function contextDate(story: Story, groups: readonly CorroboratedSentence[], asked: string): ShortAnswer | null {
  const best = groups[0];
  if (!ASKS_WHEN.test(asked.trim()) || !best || best.coverage < MIN_CONTEXT_COVERAGE) return null;
  const own = best.sentence;
  const before = story.sentences[own.id - 1];
  if (!before || before.articleId !== own.articleId || before.paragraph !== own.paragraph) return null;
  const dates = before.entities.filter((e) => e.type === 'DATE' || e.type === 'TIME');
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  return {
    text: date.text,
    type: date.type,
    from: 0,
    sentenceId: before.id,
    written: date.text,
    evidence: { near: 0, margin: 1, support: 0, typed: 1 },
  };
}
