import type { Entity, EntityType, Token } from '../nlp/entities.js';
import { tagSentence } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { ANSWER_TYPES, FALLBACK_TYPES } from './answerKind.js';
import type { CorroboratedSentence } from './corroborate.js';
import { idf, namedInQuestion, type PreparedQuery } from './rankSentences.js';
import type { Story } from '../story/story.js';

/** A short answer and where it was found. */
export interface ShortAnswer {
  text: string;
  type: EntityType | 'PHRASE';
  /** Rank (0-based) of the excerpt it came from. */
  from: number;
  /** The sentence it was taken from, and the span as written there. */
  sentenceId: number;
  written: string;
}

/** How many excerpts are searched for a typed answer, and their weights by rank. */
const RANK_WEIGHTS = [1, 0.5, 0.3];
/** Longest phrase answer, in words. */
const MAX_PHRASE_WORDS = 8;
/** A person just before the question's verb is its subject ("Umerov described ..."): this bonus. */
const SUBJECT_BONUS = 1.3;

/** A person after "with"/"to"/"by" (past any title words) is an object, not the one who acted. */
const OBJECT_PREPOSITIONS = /\b(with|to|by|from|for|about|against|of|met|meet|meeting|than)\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*|of|and)\s+)*$/u;
const OBJECT_PENALTY = 0.5;
/** A number just before a word of the question ("66 missiles" for "how many missiles") is its count. */
const QUANTITY_BONUS = 1.5;
/** Names inside a quotation rarely answer who said it or where. */
const QUOTED_PENALTY = 0.6;

/** Whether offset `at` lies inside a double quotation of the text. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/\u201C/g) ?? []).length - (before.match(/\u201D/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/** A word of a sentence with its character offsets. */
interface Word {
  start: number;
  end: number;
  term: string | null;
}

/**
 * Picks the short answer from the top excerpts. For who/when/where/how-many questions it is an entity
 * of the wanted type that the question does not name, scored by the excerpt's rank and by how close it
 * stands to the question's words (weighted by idf); a person right before those words is preferred as
 * their subject, and "he"/"she" opening a sentence stands for the person the previous sentence is
 * about. For other questions it is the phrase next to the question's words that the question does not
 * contain ("critics described the proposal as **a Russian wish list**").
 */
export function extractAnswer(story: Story, groups: CorroboratedSentence[], query: PreparedQuery): ShortAnswer | null {
  if (groups.length === 0) return null;
  if (ANSWER_TYPES[query.kind].length === 0) return extractPhrase(groups[0]!.sentence, query);
  return bestEntity(story, groups, query, ANSWER_TYPES[query.kind]) ?? bestEntity(story, groups, query, FALLBACK_TYPES[query.kind]);
}

/** The best-scoring entity of the given types in the top excerpts, or null when they hold none. */
function bestEntity(story: Story, groups: CorroboratedSentence[], query: PreparedQuery, types: readonly EntityType[]): ShortAnswer | null {
  if (types.length === 0) return null;
  const weights = new Map(query.terms.map((t) => [t, idf(story, t)]));

  const best = new Map<string, { score: number; entity: Entity; from: number; sentenceId: number; sentences: Set<number> }>();
  for (const [rank, group] of groups.slice(0, RANK_WEIGHTS.length).entries()) {
    const rankWeight = RANK_WEIGHTS[rank]! * (0.5 + 0.5 * group.coverage);
    for (const sentence of [group.sentence, ...group.others.map((o) => o.sentence)]) {
      const words = wordsOf(sentence.text);
      const anchors = words.flatMap((w, i) => (w.term && weights.has(w.term) ? [{ i, weight: weights.get(w.term)! }] : []));
      const candidates = [...sentence.entities, ...(query.kind === 'person' ? pronounReferents(story, sentence) : [])];
      for (const e of candidates) {
        if (!types.includes(e.type)) continue;
        const name = e.canonical ?? e.text;
        if (namedInQuestion(name, e.text, query.text)) continue;
        const first = words.findIndex((w) => w.end > e.start);
        const last = Math.max(first, words.findLastIndex((w) => w.start < e.end));
        let proximity = 0;
        let subject = false;
        for (const a of anchors) {
          if (a.i >= first && a.i <= last) continue;
          const gap = a.i < first ? first - a.i - 1 : a.i - last - 1;
          proximity = Math.max(proximity, a.weight / (1 + gap));
          if (a.i > last && gap <= 3) subject = true;
        }
        let role = 1;
        if (query.kind === 'person') {
          if (subject || first === 0) role *= SUBJECT_BONUS;
          if (OBJECT_PREPOSITIONS.test(sentence.text.slice(Math.max(0, e.start - 60), e.start))) role *= OBJECT_PENALTY;
        }
        // "66 missiles": a number right before a word of the question counts that thing.
        if (query.kind === 'number' && anchors.some((a) => a.i > last && a.i - last <= 2)) role *= QUANTITY_BONUS;
        if (insideQuote(sentence.text, e.start)) role *= QUOTED_PENALTY;
        const score = rankWeight * proximity * role;
        const key = name.toLowerCase();
        const prev = best.get(key);
        if (!prev) best.set(key, { score, entity: e, from: rank, sentenceId: sentence.id, sentences: new Set([sentence.id]) });
        else {
          prev.sentences.add(sentence.id);
          if (score > prev.score) Object.assign(prev, { score, entity: e, from: rank, sentenceId: sentence.id });
        }
      }
    }
  }
  const ranked = [...best.values()].map((b) => ({ ...b, score: b.score * (1 + 0.1 * (b.sentences.size - 1)) })).sort((a, b) => b.score - a.score);
  const top = ranked[0];
  if (!top || top.score <= 0) return null;
  return { text: top.entity.canonical ?? top.entity.text, type: top.entity.type, from: top.from, sentenceId: top.sentenceId, written: top.entity.text };
}

/** The words of a text with offsets and index terms. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.'’,-][\p{L}\p{N}]+)*/gu)) {
    out.push({ start: m.index, end: m.index + m[0].length, term: termOf(m[0]) });
  }
  return out;
}

/**
 * "He"/"She" before any name in a sentence stands for the first person named in the closest of the two
 * sentences before it in the same article: returned as a PERSON entity at the pronoun.
 */
function pronounReferents(story: Story, sentence: StorySentence): Entity[] {
  const pronoun = /\b(he|she|He|She)\b/.exec(sentence.text);
  if (!pronoun) return [];
  const firstPerson = sentence.entities.find((e) => e.type === 'PERSON');
  if (firstPerson && firstPerson.start < pronoun.index) return [];
  for (let back = 1; back <= 2; back += 1) {
    const prev = story.sentences[sentence.id - back];
    if (!prev || prev.articleId !== sentence.articleId) break;
    const person = prev.entities.find((e) => e.type === 'PERSON');
    if (person) {
      return [{ type: 'PERSON', text: pronoun[0], start: pronoun.index, end: pronoun.index + pronoun[0].length, canonical: person.canonical ?? person.text }];
    }
  }
  return [];
}

const EDGE_POS = new Set(['DET', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'ADV']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'NUM']);

/** The phrase beside the question's words that the question does not hold. */
function extractPhrase(sentence: StorySentence, query: PreparedQuery): ShortAnswer | null {
  const tokens = tagSentence(sentence.text).tokens;
  const wanted = new Set(query.terms);
  const matched = tokens.map((t) => {
    const term = termOf(t.text);
    return term !== null && wanted.has(term);
  });
  const breaks = (t: Token) => t.pos === 'PUNCT' || /^["“”«»()[\]]$/.test(t.text);

  let best: { score: number; from: number; to: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (matched[i] || breaks(tokens[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < tokens.length && !matched[j] && !breaks(tokens[j]!)) j += 1;
    // Trim function words off both edges.
    let from = i;
    let to = j;
    while (from < to && EDGE_POS.has(tokens[from]!.pos)) from += 1;
    while (to > from && EDGE_POS.has(tokens[to - 1]!.pos)) to -= 1;
    const span = tokens.slice(from, to);
    if (span.length > 0 && span.length <= MAX_PHRASE_WORDS && span.some((t) => CONTENT_POS.has(t.pos))) {
      const score = (matched[i - 1] ? 2 : 0) + (matched[j] ? 1 : 0) - 0.05 * span.length;
      if (!best || score > best.score) best = { score, from, to };
    }
    i = j;
  }
  if (!best || best.score <= 0) return null;
  const text = sentence.text.slice(tokens[best.from]!.start, tokens[best.to - 1]!.end);
  return { text, type: 'PHRASE', from: 0, sentenceId: sentence.id, written: text };
}
