import type { Actor } from '../actors/index.js';
import { actorLine, eventDateLabel, moreReports, sentenceSource } from '../present/catalogueText.js';
import type { Story } from '../story/story.js';
import type { TimelineEvent } from '../timeline/index.js';

/** The people list for a terminal, one numbered line each. */
export function formatActors(story: Story, actors: readonly Actor[]): string {
  if (actors.length === 0) return 'No people match.';
  return actors.map((a, i) => `${i + 1}. ${actorLine(a, story.articles.length)}`).join('\n');
}

/** One person's profile for a terminal. */
export function formatActor(story: Story, actor: Actor): string {
  const lines = [
    actor.name + (actor.aliases.length ? `  (also: ${actor.aliases.join(', ')})` : ''),
    actorLine(actor, story.articles.length),
  ];
  if (actor.side) lines.push(`Side: ${actor.side}`);
  if (actor.roles.length) lines.push('', 'Roles:', ...actor.roles.map((r) => `  • ${r.text}  — ${sentenceSource(story, r)}`));
  if (actor.quotes.length) lines.push('', 'Said:', ...actor.quotes.slice(0, 5).map((q) => `  “${q.text}”  — ${sentenceSource(story, q)}`));
  if (actor.coMentions.length)
    lines.push(
      '',
      `Appears most with: ${actor.coMentions
        .slice(0, 5)
        .map((c) => `${c.name} (${c.count})`)
        .join(', ')}`,
    );
  lines.push('', `First mention: ${sentenceSource(story, actor.first)} · last: ${sentenceSource(story, actor.last)}`);
  return lines.join('\n');
}

/** Dated events for a terminal, in order. */
export function formatTimeline(story: Story, events: readonly TimelineEvent[]): string {
  if (events.length === 0) return 'No dated events match.';
  return events
    .map((e) => {
      const also = moreReports(e.alsoIn.length);
      return `${eventDateLabel(e)}\n  ${e.text}\n  — ${sentenceSource(story, e)}${also ? ` (${also})` : ''}`;
    })
    .join('\n');
}
