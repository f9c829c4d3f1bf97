import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Actor, Organisation } from '../../actors/index.js';
import { actorLine, eventDateLabel, moreReports, ORGANISATIONS_SHOWN, organisationLine } from '../../present/catalogueText.js';
import type { TimelineEvent } from '../../timeline/index.js';
import { articleById, type Story } from '../../story/story.js';
import type { BotReply } from './botReply.js';
import { encodeButton, type ButtonAction } from './customIds.js';
import { breakMentions, escapeText } from './escape.js';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBED_FIELD_VALUE_LENGTH, MAX_EMBED_TITLE_LENGTH } from './limits.js';
import { citation } from './renderAnswer.js';
import { truncate } from '../../present/truncate.js';

/** Rows per page of /actors and /timeline. */
export const CATALOGUE_PAGE_SIZE = 10;

/** "— Harbour Gazette, *Title* · sentence 4" for a sentence of the story. */
function cite(story: Story, ref: { articleId: string; sentence: number }): string {
  const a = articleById(story).get(ref.articleId);
  return `${citation(a?.source, a?.title ?? ref.articleId, a?.url)} · sentence ${ref.sentence}`;
}

/** Previous/next buttons for a paged list, when there is more than one page. */
function pager(page: number, pages: number, make: (page: number) => ButtonAction): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const buttons: APIButtonComponent[] = [];
  const prev = encodeButton(make(page - 1));
  const next = encodeButton(make(page + 1));
  if (prev)
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: prev, label: 'Previous', disabled: page <= 0 });
  if (next)
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: next, label: 'Next', disabled: page >= pages - 1 });
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** A page of the people list: "**Name** — main role · in N of M articles". */
export function renderActorList(story: Story, actors: readonly Actor[], page: number, filter: string): BotReply {
  const pages = Math.max(1, Math.ceil(actors.length / CATALOGUE_PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const rows = actors.slice(p * CATALOGUE_PAGE_SIZE, (p + 1) * CATALOGUE_PAGE_SIZE);
  const lines = rows.map((a, i) => `**${p * CATALOGUE_PAGE_SIZE + i + 1}.** ${escapeText(actorLine(a, story.articles.length))}`);
  const embed: APIEmbed = {
    title: truncate(filter ? `People matching “${breakMentions(filter)}”` : 'People in the story', MAX_EMBED_TITLE_LENGTH),
    description: truncate(lines.join('\n') || 'No one matches. Try another word, or /actors with no filter.', MAX_EMBED_DESCRIPTION_LENGTH),
    footer: { text: `page ${p + 1} of ${pages} · ${actors.length} people · /actor name for a profile` },
  };
  return { embeds: [embed], components: pager(p, pages, (n) => ({ kind: 'actors', page: n, filter })) };
}

/** One person's profile: roles with citations, quotes, who they appear with, first and last mention. */
export function renderActorProfile(story: Story, actor: Actor): BotReply {
  const field = (name: string, lines: string[]) => ({ name, value: truncate(lines.join('\n'), MAX_EMBED_FIELD_VALUE_LENGTH) });
  const fields = [];
  if (actor.roles.length)
    fields.push(
      field(
        'Roles',
        actor.roles.slice(0, 6).map((r) => `• ${escapeText(r.text)} — ${cite(story, r)}`),
      ),
    );
  if (actor.quotes.length)
    fields.push(
      field(
        'Said',
        actor.quotes.slice(0, 3).map((q) => `> ${escapeText(truncate(q.text, 250))}\n— ${cite(story, q)}`),
      ),
    );
  if (actor.coMentions.length)
    fields.push(
      field('Appears most with', [
        actor.coMentions
          .slice(0, 5)
          .map((c) => `${escapeText(c.name)} (${c.count})`)
          .join(', '),
      ]),
    );
  fields.push(field('First and last mention', [`first: ${cite(story, actor.first)}`, `last: ${cite(story, actor.last)}`]));
  const about = [
    actorLine(actor, story.articles.length),
    actor.side ? `Side: ${actor.side}` : '',
    actor.aliases.length ? `Also written: ${actor.aliases.join(', ')}` : '',
  ]
    .filter(Boolean)
    .map(escapeText);
  return {
    embeds: [
      {
        title: truncate(actor.name, MAX_EMBED_TITLE_LENGTH),
        description: truncate(about.join('\n'), MAX_EMBED_DESCRIPTION_LENGTH),
        fields,
      },
    ],
  };
}

/** A page of dated events, each with its date, sentence and citation; the picture is attached by the caller. */
export function renderTimelinePage(
  story: Story,
  events: readonly TimelineEvent[],
  page: number,
  filter: { actor?: string; from?: string; to?: string },
  image?: string,
): BotReply {
  const pages = Math.max(1, Math.ceil(events.length / CATALOGUE_PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const blocks = events.slice(p * CATALOGUE_PAGE_SIZE, (p + 1) * CATALOGUE_PAGE_SIZE).map((e) => {
    const also = e.alsoIn.length ? ` · ${moreReports(e.alsoIn.length)}` : '';
    return `**${eventDateLabel(e)}** — ${escapeText(truncate(e.text, 220))}\n— ${cite(story, e)}${also}`;
  });
  const scope = [
    filter.actor && `with ${breakMentions(filter.actor)}`,
    filter.from && `from ${filter.from}`,
    filter.to && `to ${filter.to}`,
  ]
    .filter(Boolean)
    .join(' ');
  let description = blocks.join('\n\n');
  while (description.length > MAX_EMBED_DESCRIPTION_LENGTH && blocks.length > 1) {
    blocks.pop();
    description = blocks.join('\n\n');
  }
  const embed: APIEmbed = {
    title: truncate(`Timeline${scope ? ` ${scope}` : ''}`, MAX_EMBED_TITLE_LENGTH),
    description: truncate(description || 'No dated events match.', MAX_EMBED_DESCRIPTION_LENGTH),
    footer: { text: `page ${p + 1} of ${pages} · ${events.length} events` },
    ...(image ? { image: { url: `attachment://${image}` } } : {}),
  };
  return {
    embeds: [embed],
    components: pager(p, pages, (n) => ({
      kind: 'timeline',
      page: n,
      ...(filter.actor ? { actor: filter.actor } : {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    })),
  };
}

/** The events matching a query, with their dates. */
export function renderEvents(story: Story, query: string, events: readonly TimelineEvent[]): BotReply {
  const reply = renderTimelinePage(story, events, 0, {});
  const embed = reply.embeds![0]!;
  embed.title = truncate(`Events matching “${breakMentions(query)}”`, MAX_EMBED_TITLE_LENGTH);
  if (events.length === 0) embed.description = 'No dated event matches these words. /timeline lists them all.';
  delete embed.footer;
  return { embeds: [embed] };
}

/** The organisations, most named first: "**1.** Name (also: …) · N mentions in A of M articles"; the first 25 shown. */
export function renderOrganisationList(story: Story, organisations: readonly Organisation[]): BotReply {
  const shown = organisations.slice(0, ORGANISATIONS_SHOWN);
  const lines = shown.map((o, i) => `**${i + 1}.** ${escapeText(organisationLine(o, story.articles.length))}`);
  const more =
    organisations.length > shown.length ? `the ${shown.length} most named of ${organisations.length}` : `${organisations.length}`;
  const embed: APIEmbed = {
    title: 'Organisations in the story',
    description: truncate(lines.join('\n'), MAX_EMBED_DESCRIPTION_LENGTH),
    footer: { text: `${more} organisations · /organisations name for one, with its excerpts` },
  };
  return { embeds: [embed] };
}

/** Excerpts shown on an organisation's profile. */
const ORGANISATION_EXCERPTS = 5;

/** One organisation: its spellings, how often and where it is named, and the first sentences that name it, cited. */
export function renderOrganisationProfile(story: Story, organisation: Organisation): BotReply {
  const about = [
    organisationLine(organisation, story.articles.length),
    organisation.aliases.length ? `Also written: ${organisation.aliases.join(', ')}` : '',
  ]
    .filter(Boolean)
    .map(escapeText);
  const excerpts = organisation.citations
    .slice(0, ORGANISATION_EXCERPTS)
    .map((c) => `> ${escapeText(truncate(story.sentences[c.id]?.text ?? '', 300))}\n— ${cite(story, c)}`);
  const rest = organisation.citations.length - excerpts.length;
  const blocks = [about.join('\n'), ...excerpts, ...(rest > 0 ? [`… and ${rest} more ${rest === 1 ? 'sentence' : 'sentences'}`] : [])];
  return {
    embeds: [
      {
        title: truncate(organisation.name, MAX_EMBED_TITLE_LENGTH),
        description: truncate(blocks.join('\n\n'), MAX_EMBED_DESCRIPTION_LENGTH),
      },
    ],
  };
}
