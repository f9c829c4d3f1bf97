import type { AutocompleteInteraction } from 'discord.js';
import { suggestActors } from '../actors/index.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME_LENGTH } from './reply/limits.js';
import { truncate } from './reply/truncate.js';
import { filterTimeline, renderTimelinePng, type TimelineFilter } from '../timeline/index.js';
import { storyActors, storyTimeline } from '../story/catalogues.js';
import type { Story } from '../story/story.js';
import type { BotReply } from './reply/botReply.js';
import { renderActorList, renderTimelinePage } from './reply/renderCatalogues.js';

/** File name of the timeline picture attached to /timeline replies. */
export const TIMELINE_IMAGE = 'timeline.png';

/** A page of /actors, filtered by name, alias or role prefix. */
export function actorListReply(story: Story, filter: string, page: number): BotReply {
  const actors = filter.trim() ? suggestActors(storyActors(story), filter, Number.MAX_SAFE_INTEGER) : storyActors(story);
  return renderActorList(story, actors, page, filter.trim());
}

/** A page of /timeline with the picture of every matching event attached. */
export async function timelineReply(story: Story, filter: TimelineFilter, page: number): Promise<BotReply> {
  const events = filterTimeline(storyTimeline(story), filter);
  const reply = renderTimelinePage(story, events, page, filter, events.length > 0 ? TIMELINE_IMAGE : undefined);
  if (events.length === 0) return reply;
  // Drawing takes tens of milliseconds; let the event loop breathe first.
  await new Promise((resolve) => setImmediate(resolve));
  const title = ['Timeline', filter.actor && `with ${filter.actor}`, filter.from && `from ${filter.from}`, filter.to && `to ${filter.to}`].filter(Boolean).join(' ');
  return { ...reply, files: [{ name: TIMELINE_IMAGE, data: renderTimelinePng(events, { title }), description: `${title}: ${events.length} dated events` }] };
}

/**
 * Autocomplete for a person option: up to 25 people whose name, spelling or role starts with what was
 * typed ("kreml" → "Dmitry Peskov — Kremlin spokesman"); the value is the canonical name.
 */
export async function respondWithActors(interaction: AutocompleteInteraction, story: Story): Promise<void> {
  const choices = suggestActors(storyActors(story), interaction.options.getFocused(), MAX_AUTOCOMPLETE_CHOICES).map((a) => {
    const role = a.roles[0]?.text;
    return { name: truncate(role ? `${a.name} — ${role}` : a.name, MAX_CHOICE_NAME_LENGTH), value: truncate(a.name, MAX_CHOICE_NAME_LENGTH) };
  });
  await interaction.respond(choices);
}
