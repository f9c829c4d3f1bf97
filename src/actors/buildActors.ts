import type { NameRun } from '../nlp/entities.js';
import { findNameRuns } from '../nlp/nameRuns.js';
import type { Story, StorySentence } from '../story/story.js';
import type { Actor, ActorQuote, ActorRole, SentenceRef } from './actor.js';
import { addHeadlineSurnames, OTHER_NAME_TYPES } from './headlineSurnames.js';
import { attributeQuotes, quoteSpans } from './quotes.js';
import type { QuoteContext } from './quotes.js';
import { personSpans, rolesInSentence } from './roles.js';
import type { PersonSpan } from './roles.js';
import { sideOfRole } from './side.js';
import { foldText } from '../text/fold.js';
import { wordsOf } from '../text/words.js';

/** How many earlier sentences of an article a pronoun may reach back to. */
const PRONOUN_REACH = 3;
/**
 * People of one sentence whose roles and quotations are read (all are counted as mentions): a list of thousands of
 * names flattened into one sentence costs no more than a long sentence.
 */
const MAX_PEOPLE_READ = 32;

interface Tally {
  mentions: number;
  byArticle: Map<string, number>;
  roles: Map<string, { role: ActorRole; count: number; order: number }>;
  quotes: ActorQuote[];
  co: Map<string, number>;
  first?: SentenceRef;
  last?: SentenceRef;
}

/**
 * Builds the catalogue of the story's people: for each person of `story.people` who is named at least once, their
 * spellings, the roles the text gives them (titles, appositives, "X's son-in-law"), the side those roles tie them to,
 * where and how often they are named, the quotations attributed to them, and who they are named with.
 *
 * Pure over the story; reads the tokens and tags the build kept on each sentence (the tagger does not run again).
 * Nothing here is specific to one story: it works from the story's own entities and phrasing.
 *
 * @param nameRuns the name runs the build found in each sentence (by sentence id), so they are not looked for again;
 *   without them they are re-read from each sentence's tokens (the same runs). A sentence given none names no person
 *   (the names stage gives no runs to such a sentence), so its entities are not read.
 * @returns actors, most mentioned first (ties by name)
 */
export function buildActors(story: Story, nameRuns?: readonly (readonly NameRun[])[]): Actor[] {
  const tallies = new Map<string, Tally>();
  const tally = (name: string): Tally => {
    let t = tallies.get(name);
    if (!t) {
      t = { mentions: 0, byArticle: new Map(), roles: new Map(), quotes: [], co: new Map() };
      tallies.set(name, t);
    }
    return t;
  };
  let roleOrder = 0;
  // A sentence the build found no name runs in names no one: its entities are not made to learn that.
  const peopleOf = (s: StorySentence): PersonSpan[] => (nameRuns?.[s.id]?.length === 0 ? [] : personSpans(s.entities));

  const byArticle = new Map<string, StorySentence[]>();
  for (const s of story.sentences) {
    const list = byArticle.get(s.articleId) ?? [];
    list.push(s);
    byArticle.set(s.articleId, list);
  }

  for (const sentences of byArticle.values()) {
    const previous: QuoteContext['previous'] = [];
    // Most sentences hold no quotation mark at all: only those are scanned for quotations. Speakers are only read by
    // the quotations after them (through pronouns, sentence to sentence), so after an article's last quotation none
    // are sought.
    const quoted = sentences.map((s) => (s.text.includes('"') || s.text.includes('“')) && quoteSpans(s.text).length > 0);
    const lastQuoted = quoted.lastIndexOf(true);
    for (let i = 0; i < sentences.length; i += 1) {
      const s = sentences[i]!;
      const runs = nameRuns?.[s.id];
      const people = peopleOf(s);
      const ref: SentenceRef = { articleId: s.articleId, sentence: s.index };

      // Mentions, first/last, co-mentions.
      const names = [...new Set(people.map((p) => p.canonical))];
      for (const p of people) {
        const t = tally(p.canonical);
        t.mentions += 1;
        t.byArticle.set(s.articleId, (t.byArticle.get(s.articleId) ?? 0) + 1);
        t.first ??= ref;
        t.last = ref;
      }
      const coNamed = names.length > MAX_PEOPLE_READ ? names.slice(0, MAX_PEOPLE_READ) : names;
      for (const a of coNamed) {
        const co = tally(a).co;
        for (const b of coNamed) if (a !== b) co.set(b, (co.get(b) ?? 0) + 1);
      }

      if (people.length === 0 && !quoted[i]) {
        previous.unshift({ speakers: [], firstPerson: undefined, quoteSpeaker: undefined });
        previous.length = Math.min(previous.length, PRONOUN_REACH);
        continue;
      }

      // The tokens and tags the build kept; name runs as the build found them, or re-read from the tokens.
      const words = wordsOf(s.tokens);
      const sentenceRuns = runs ?? findNameRuns(s.text, s.tokens, s.entities);
      const read = people.length > MAX_PEOPLE_READ ? people.slice(0, MAX_PEOPLE_READ) : people;
      for (const r of rolesInSentence(s.text, words, sentenceRuns, read)) {
        const t = tally(r.canonical);
        const key = foldText(r.text);
        const seen = t.roles.get(key);
        if (seen) seen.count += 1;
        else t.roles.set(key, { role: { text: r.text, ...ref }, count: 1, order: roleOrder++ });
      }

      if (i > lastQuoted) {
        previous.unshift({ speakers: [], firstPerson: people[0]?.canonical, quoteSpeaker: undefined });
        previous.length = Math.min(previous.length, PRONOUN_REACH);
        continue;
      }
      const next = sentences[i + 1];
      const signedBy = quoted[i] && next ? signature(next, peopleOf(next)) : undefined;
      const attributed = attributeQuotes(s.text, words, read, { previous, signedBy });
      for (const q of attributed.quotes) tally(q.speaker).quotes.push({ text: q.text, ...ref });

      previous.unshift({
        speakers: attributed.speakers,
        firstPerson: people[0]?.canonical,
        quoteSpeaker: attributed.quotes[attributed.quotes.length - 1]?.speaker,
      });
      previous.length = Math.min(previous.length, PRONOUN_REACH);
    }
  }

  const spellings = new Set<string>();
  for (const p of story.people) for (const n of [p.name, ...p.aliases]) spellings.add(foldText(n));
  const isPersonName = (text: string) => spellings.has(foldText(text));

  // Story order of the articles, so each person's articles are sorted without a walk over every article.
  const articleOrder = new Map(story.articles.map((a, i) => [a.id, i]));
  const inStoryOrder = (ids: Iterable<string>) =>
    [...ids].filter((id) => articleOrder.has(id)).sort((a, b) => articleOrder.get(a)! - articleOrder.get(b)!);

  const actors: Actor[] = [];
  for (const person of story.people) {
    const t = tallies.get(person.name);
    if (!t || t.mentions === 0 || !t.first || !t.last) continue;
    const roles = [...t.roles.values()].sort((a, b) => b.count - a.count || a.order - b.order).map((r) => r.role);
    const actor: Actor = {
      name: person.name,
      aliases: [...person.aliases],
      roles,
      articles: inStoryOrder(t.byArticle.keys()),
      mentions: t.mentions,
      mentionsByArticle: Object.fromEntries(t.byArticle),
      quotes: t.quotes,
      coMentions: [...t.co.entries()]
        .map(([name, count]) => ({ name, count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
      first: t.first,
      last: t.last,
    };
    const side = majoritySide(
      roles.map((r) => r.text),
      isPersonName,
    );
    if (side) actor.side = side;
    actors.push(actor);
  }
  addHeadlineSurnames(actors, story.articles, story.people, (id) =>
    (byArticle.get(id) ?? []).flatMap((s) => s.entities.filter((e) => OTHER_NAME_TYPES.has(e.type)).map((e) => foldText(e.text))),
  );
  return actors.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** The side most of a person's roles state (the first stated wins a tie). */
function majoritySide(roles: string[], isPersonName: (text: string) => boolean): string | undefined {
  const votes = new Map<string, number>();
  for (const r of roles) {
    const side = sideOfRole(r, isPersonName);
    if (side) votes.set(side, (votes.get(side) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [side, n] of votes) if (best === undefined || n > votes.get(best)!) best = side;
  return best;
}

/**
 * A bare name line that signs the quotation before it ("Nils Brisco, Minister of Trade"): the person's name.
 *
 * @param people the people the line names (`personSpans`)
 */
function signature(s: StorySentence, people: readonly PersonSpan[]): string | undefined {
  const first = people[0];
  if (first?.start !== 0 || s.text.length > 100) return undefined;
  const rest = s.text.slice(first.end);
  return /^\s*(?:[,—–-][^.!?"“”]*)?\.?\s*$/u.test(rest) ? first.canonical : undefined;
}
