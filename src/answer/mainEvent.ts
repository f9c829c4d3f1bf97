import { resolveDate } from '../nlp/resolveDate.js';
import type { Entity, EntityType } from '../nlp/entities.js';
import { termOf, termsOf } from '../search/terms.js';
import { articleById, type Story, type StorySentence } from '../story/story.js';
import type { AnswerKind } from './answerKind.js';
import type { CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import type { PreparedQuery } from './rankSentences.js';
import { nounTerms, subjectTerms } from './subjectEvidence.js';

/** An article's lede: its first sentence, where a news report states its main event. */
export const LEDE_SENTENCES = 1;

/** A value becomes the story's answer when at least this many articles' ledes give it… */
export const MAIN_EVENT_ARTICLES = 2;
/**
 * … and at least this share of the story's articles: a main event is what much of the story leads with.
 * Without it, a pooled collection of unrelated texts (SQuAD's 2,067 paragraphs as one story) had two
 * paragraphs' first sentences outvote the best one: pooled P@1 0.705 → 0.704, "where" F1 0.321 → 0.316.
 */
export const MAIN_EVENT_SHARE = 1 / 3;

/** A value counts when it stands within this many words of one of the question's context words. */
export const CONTEXT_REACH = 8;

/** The kinds of question a main event answers, with the entity types that give its values. */
const EVENT_KINDS: Partial<Record<AnswerKind, readonly EntityType[]>> = { date: ['DATE', 'TIME'], place: ['PLACE'] };

/** A lede sentence that holds every context word of the question, with the values near them (key → as written). */
interface LedeSentence {
  sentence: StorySentence;
  score: number;
  values: Map<string, string>;
}

/**
 * When and where of the event the question names, by the story's evidence rather than its one best
 * sentence. Each article states its main event in its lede ("The summit opened on Monday in Varel …")
 * and mentions earlier ones further down ("… after last month's summit in Osk"), where a sentence may
 * match the question's words better. Among the ranked sentences that are ledes and hold every noun and
 * name of the question, the values of the wanted kind standing near those words are counted by article;
 * when no lede gives the extracted answer and some value is given by at least MAIN_EVENT_ARTICLES articles and MAIN_EVENT_SHARE of them,
 * the answer is read again (`extract`) from the ledes that give the values given most. Otherwise the
 * extracted answer stands.
 */
export function mainEventAnswer(
  story: Story,
  groups: readonly CorroboratedSentence[],
  query: PreparedQuery,
  question: string,
  short: ShortAnswer | null,
  extract: (groups: CorroboratedSentence[]) => ShortAnswer | null,
): ShortAnswer | null {
  const types = EVENT_KINDS[query.kind];
  if (!types) return short;
  const least = Math.max(MAIN_EVENT_ARTICLES, Math.ceil(MAIN_EVENT_SHARE * story.articles.length));
  const ledes = ledeSentences(story, groups, query, question, types, least);
  const counts = new Map<string, Set<string>>();
  for (const l of ledes) for (const key of l.values.keys()) counts.set(key, (counts.get(key) ?? new Set()).add(l.sentence.articleId));
  const top = Math.max(least, ...[...counts.values()].map((a) => a.size));
  const leaders = [...counts].filter(([, a]) => a.size === top).map(([key]) => key);
  if (leaders.length === 0) return short;
  // An answer some lede gives stands: the story states it as a main fact too.
  if (short && types.includes(short.type as EntityType) && counts.has(valueKey(story, story.sentences[short.sentenceId]!, short)))
    return withRivalDay(story, short, leaders, ledes);
  const giving = ledes.filter((l) => leaders.some((key) => l.values.has(key)));
  const read = extract(giving.map((l) => ({ sentence: l.sentence, score: l.score, coverage: 1, others: [] })));
  return read ? withRivalDay(story, read, leaders, giving) : short;
}

/**
 * Ledes that give another day than the answer's, as many of them as give any day, disagree with it: the
 * answer keeps that day visible ("Monday (another article: Tuesday)"). Days only: a town beside its region ("Kelby", "Osland")
 * or a day beside its week is no disagreement.
 */
function withRivalDay(story: Story, read: ShortAnswer, leaders: readonly string[], giving: readonly LedeSentence[]): ShortAnswer {
  if (read.disagreement || (read.type !== 'DATE' && read.type !== 'TIME')) return read;
  const mine = valueKey(story, story.sentences[read.sentenceId]!, read);
  const rival = leaders.find((key) => key !== mine && key.endsWith('/day') && mine.endsWith('/day'));
  const lede = rival === undefined ? undefined : giving.find((l) => l.values.has(rival));
  const written = lede && rival !== undefined ? lede.values.get(rival) : undefined;
  return lede && written ? { ...read, disagreement: { text: written, sentenceId: lede.sentence.id } } : read;
}

/** The ranked ledes (corroborating sentences included) that hold every noun and name of the question. */
function ledeSentences(
  story: Story,
  groups: readonly CorroboratedSentence[],
  query: PreparedQuery,
  question: string,
  types: readonly EntityType[],
  least: number,
): LedeSentence[] {
  const ranked = groups.flatMap((g) => [g, ...g.others]).filter((r) => r.sentence.index <= LEDE_SENTENCES);
  // Fewer ranked ledes than the articles a main event needs (a large archive): nothing to count.
  if (ranked.length < least) return [];
  const focus = query.focus ? termOf(query.focus) : null;
  const nouns = nounTerms(question).filter((t) => t !== focus);
  // The event is named by a common noun ("the summit"); a question naming only a thing ("What river runs
  // through Varel?") asks no event's when or where. The value stands by that noun ("the summit … in
  // Varel"), not merely by a name the question gives ("Varel, the capital of Osland").
  if (nouns.length === 0) return [];
  const terms = [...new Set([...nouns, ...subjectTerms(story, question)])];
  const out: LedeSentence[] = [];
  for (const { sentence, score } of ranked) {
    const words = new Set(termsOf(sentence.text));
    if (!terms.every((t) => words.has(t))) continue;
    const values = new Map(
      nearContext(sentence, nouns)
        .filter((e) => types.includes(e.type) && !query.text.includes(e.text.toLowerCase()))
        .map((e) => [valueKey(story, sentence, { written: e.text, text: e.canonical ?? e.text, type: e.type }), e.text] as const),
    );
    if (values.size > 0) out.push({ sentence, score, values });
  }
  return out;
}

/** The sentence's entities that stand within CONTEXT_REACH words of a context word. */
function nearContext(sentence: StorySentence, terms: readonly string[]): Entity[] {
  const words = sentence.tokens.filter((t) => /\p{L}|\p{N}/u.test(t.text));
  const anchors = words.flatMap((t, i) => (terms.includes(termOf(t.text) ?? '') ? [i] : []));
  return sentence.entities.filter((e) => {
    const first = words.findIndex((t) => t.end > e.start);
    const last = words.findLastIndex((t) => t.start < e.end);
    return first >= 0 && anchors.some((a) => (a < first ? first - a : a - last) <= CONTEXT_REACH);
  });
}

/**
 * What a value is, whichever way an article writes it: a date is the calendar day or span it resolves to
 * from the article's date ("Sunday" and "30 November" alike), else its words; a name its canonical form.
 */
function valueKey(story: Story, sentence: StorySentence, value: Pick<ShortAnswer, 'written' | 'text' | 'type'>): string {
  if (value.type !== 'DATE' && value.type !== 'TIME') return value.text.toLowerCase();
  const published = articleById(story).get(sentence.articleId)?.published;
  const r = resolveDate(value.written, sentence.text, published, sentence.tokens);
  return r ? `${r.date}/${r.precision}${r.relation ? `/${r.relation}` : ''}` : termsOf(value.written).join(' ');
}
