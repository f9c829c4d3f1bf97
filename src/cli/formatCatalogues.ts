import type { Actor, Organisation } from '../actors/index.js';
import { actorLine, eventDateLabel, moreReports, NO_ORGANISATIONS, organisationLine, sentenceSource } from '../present/catalogueText.js';
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

/**
 * The organisations for a terminal, one numbered line each, most named first.
 *
 * @param limit how many to list (the console shows the first 25, `--organisations` all)
 */
export function formatOrganisations(story: Story, organisations: readonly Organisation[], limit = Number.MAX_SAFE_INTEGER): string {
  if (organisations.length === 0) return NO_ORGANISATIONS;
  const lines = organisations.slice(0, limit).map((o, i) => `${i + 1}. ${organisationLine(o, story.articles.length)}`);
  if (organisations.length > limit) lines.push(`… and ${organisations.length - limit} more: /organisations name for one.`);
  return lines.join('\n');
}

/** One organisation for a terminal: its spellings, where it is named, and the sentences that name it (the first five). */
export function formatOrganisation(story: Story, organisation: Organisation): string {
  const lines = [organisationLine(organisation, story.articles.length)];
  if (organisation.aliases.length) lines.push(`Also written: ${organisation.aliases.join(', ')}`);
  lines.push('');
  for (const c of organisation.citations.slice(0, 5))
    lines.push(`  ${story.sentences[c.id]?.text ?? ''}`, `  — ${sentenceSource(story, c)}`);
  const rest = organisation.citations.length - 5;
  if (rest > 0) lines.push(`  … and ${rest} more ${rest === 1 ? 'sentence' : 'sentences'}`);
  return lines.join('\n');
}
