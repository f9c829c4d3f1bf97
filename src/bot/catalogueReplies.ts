import type { AutocompleteInteraction } from 'discord.js';
import { findActor, findOrganisation, storyOrganisationsYielding, suggestActors, suggestOrganisations } from '../actors/index.js';
import { didYouMean, NO_ORGANISATIONS, nearActors, noOrganisation } from '../present/catalogueText.js';
import { truncate } from '../present/truncate.js';
import { storyActors, storyTimeline } from '../story/catalogues.js';
import type { Story } from '../story/story.js';
import { filterTimeline, renderTimelinePngAsync, searchEvents, type TimelineFilter } from '../timeline/index.js';
import type { BotReply } from './reply/botReply.js';
import { quoteUserText } from './reply/escape.js';
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME_LENGTH } from './reply/limits.js';
import {
  CATALOGUE_PAGE_SIZE,
  renderActorList,
  renderActorProfile,
  renderEvents,
  renderOrganisationList,
  renderOrganisationProfile,
  renderTimelinePage,
} from './reply/renderCatalogues.js';
import { UserError } from './userError.js';

/** File name of the timeline picture attached to /timeline replies. */
export const TIMELINE_IMAGE = 'timeline.png';

/**
 * Nothing found, the one rule: a private notice that says what found nothing and suggests names.
 * Thrown as a UserError, so the dispatcher shows it to the user alone.
 */
function nothingFound(what: string, story: Story, query: string, hint: string): UserError {
  const names = didYouMean(nearActors(storyActors(story), query).map((a) => a.name));
  return new UserError([what, names, hint].filter(Boolean).join(' '));
}

/** A page of /actors, filtered by name, alias or role prefix. */
export function actorListReply(story: Story, filter: string, page: number): BotReply {
  const q = filter.trim();
  const actors = q ? suggestActors(storyActors(story), q, Number.MAX_SAFE_INTEGER) : storyActors(story);
  if (q && actors.length === 0)
    throw nothingFound(`No one in the story matches ${quoteUserText(q)}.`, story, q, '/actors with no filter lists everyone.');
  return renderActorList(story, actors, page, q);
}

/** One person's profile, found by name, spelling or role (the nearest spelling when none is exact). */
export function actorReply(story: Story, name: string): BotReply {
  const actors = storyActors(story);
  const actor = findActor(actors, name) ?? suggestActors(actors, name, 1)[0];
  if (!actor) throw nothingFound(`No one called ${quoteUserText(name)} appears in the story.`, story, name, '/actors lists everyone.');
  return renderActorProfile(story, actor);
}

/**
 * /organisations: the list, or with a name one organisation and the sentences that name it (the nearest spelling when
 * none is exact). A story without organisations, or a name that finds none, gets a private notice.
 */
export async function organisationsReply(story: Story, name: string): Promise<BotReply> {
  const organisations = await storyOrganisationsYielding(story);
  if (organisations.length === 0) throw new UserError(NO_ORGANISATIONS);
  const q = name.trim();
  if (!q) return renderOrganisationList(story, organisations);
  const organisation = findOrganisation(organisations, q) ?? suggestOrganisations(organisations, q, 1)[0];
  if (!organisation) throw new UserError(noOrganisation(organisations, q, quoteUserText(q)));
  return renderOrganisationProfile(story, organisation);
}

/** Autocomplete for an organisation option: up to 25 whose spelling starts with (or holds) what was typed. */
export async function respondWithOrganisations(interaction: AutocompleteInteraction, story: Story): Promise<void> {
  const organisations = await storyOrganisationsYielding(story);
  const choices = suggestOrganisations(organisations, interaction.options.getFocused(), MAX_AUTOCOMPLETE_CHOICES).map((o) => ({
    name: truncate(o.name, MAX_CHOICE_NAME_LENGTH),
    value: truncate(o.name, MAX_CHOICE_NAME_LENGTH),
  }));
  await interaction.respond(choices);
}

/** The events matching some words. */
export function eventsReply(story: Story, query: string): BotReply {
  const q = query.trim();
  if (!q) throw new UserError('Give some words to look for, e.g. a word from the story.');
  const events = searchEvents(storyTimeline(story), q);
  if (events.length === 0) throw new UserError(`No dated event matches ${quoteUserText(q)}. /timeline lists them all.`);
  return renderEvents(story, q, events);
}

/** Timeline pages kept per story (text and picture), most recently used last. */
const TIMELINE_PAGES_KEPT = 64;
const timelinePages = new WeakMap<Story, Map<string, Promise<BotReply>>>();

/**
 * A page of /timeline with the picture of that same page attached: drawn in a worker thread, off the event
 * loop. The whole page (text and picture) is kept per story, so a burst of /timeline or paging back and
 * forth costs next to nothing on the event loop after the first time; a reindex makes a new story, and so
 * new pages.
 */
export function timelineReply(story: Story, filter: TimelineFilter, page: number): Promise<BotReply> {
  let pages = timelinePages.get(story);
  if (!pages) timelinePages.set(story, (pages = new Map()));
  const key = JSON.stringify([filter.actor ?? '', filter.from ?? '', filter.to ?? '', page]);
  const kept = pages.get(key);
  if (kept) {
    pages.delete(key);
    pages.set(key, kept);
    return kept;
  }
  const made = buildTimelineReply(story, filter, page);
  pages.set(key, made);
  made.catch(() => pages.delete(key));
  if (pages.size > TIMELINE_PAGES_KEPT) pages.delete(pages.keys().next().value!);
  return made;
}

async function buildTimelineReply(story: Story, filter: TimelineFilter, page: number): Promise<BotReply> {
  const events = filterTimeline(storyTimeline(story), filter);
  if (events.length === 0) {
    if (filter.actor) throw nothingFound(`No dated events name ${quoteUserText(filter.actor)}.`, story, filter.actor, '');
    throw new UserError('No dated events fall in that range. /timeline with no dates lists them all.');
  }
  const pages = Math.ceil(events.length / CATALOGUE_PAGE_SIZE);
  const p = Math.min(Math.max(0, page), pages - 1);
  const reply = renderTimelinePage(story, events, p, filter, TIMELINE_IMAGE);
  const title = ['Timeline', filter.actor && `with ${filter.actor}`, filter.from && `from ${filter.from}`, filter.to && `to ${filter.to}`]
    .filter(Boolean)
    .join(' ');
  const png = await renderTimelinePngAsync(events, {
    title: pages > 1 ? `${title} (${p + 1}/${pages})` : title,
    page: p,
    perPage: CATALOGUE_PAGE_SIZE,
  });
  const shown = Math.min(CATALOGUE_PAGE_SIZE, events.length - p * CATALOGUE_PAGE_SIZE);
  return { ...reply, files: [{ name: TIMELINE_IMAGE, data: png, description: `${title}: ${shown} of ${events.length} dated events` }] };
}

/**
 * Autocomplete for a person option: up to 25 people whose name, spelling or role starts with what was
 * typed (a role prefix finds the person who holds it); the value is the canonical name.
 */
export async function respondWithActors(interaction: AutocompleteInteraction, story: Story): Promise<void> {
  const choices = suggestActors(storyActors(story), interaction.options.getFocused(), MAX_AUTOCOMPLETE_CHOICES).map((a) => {
    const role = a.roles[0]?.text;
    return {
      name: truncate(role ? `${a.name} — ${role}` : a.name, MAX_CHOICE_NAME_LENGTH),
      value: truncate(a.name, MAX_CHOICE_NAME_LENGTH),
    };
  });
  await interaction.respond(choices);
}
