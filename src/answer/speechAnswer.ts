import type { Actor } from '../actors/actor.js';
import { findActor } from '../actors/findActor.js';
import { storyActors } from '../story/catalogues.js';
import type { Story, StorySentence } from '../story/story.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { quoteOf } from './clauseAnswers.js';
import { groupSentences, type CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';

/**
 * "What did X say / tell / write …?": what X said, from the best excerpts first. A sentence of the first
 * {@link SPEECH_DEPTH} excerpts gives it when X speaks there: a quotation the people catalogue attributes to X
 * in that sentence, or reported speech ("X said the port would reopen", "X told reporters that …", "The
 * port will reopen, the mayor X said"). A verb of the family asked wins over another speech verb ("What did X write?"
 * is answered by "X wrote …" before a quotation X spoke). With none there, the quotation of X that shares
 * most words with the question. Null when X says nothing in the story.
 */
export function speechOf(story: Story, groups: CorroboratedSentence[], speaker: string, question: string): ShortAnswer | null {
  const actor = findActor(storyActors(story), speaker);
  const spellings = [...new Set([speaker, ...(actor ? [actor.name, ...actor.aliases] : [])])].filter((s) => s.length > 1);
  const asked = speechFamily(question, speaker);
  const spoken = asked === undefined || SPOKEN.has(asked);
  for (const sameFamily of [true, false]) {
    if (!sameFamily && !spoken) break;
    for (const { rank, group, sentence } of groupSentences(groups, SPEECH_DEPTH)) {
      const said = (spoken && quoteIn(actor, sentence)) || reportedIn(sentence, spellings, sameFamily ? asked : undefined);
      if (said) return { text: said, type: 'PHRASE', from: rank, sentenceId: sentence.id, written: said, evidence: SPEECH_EVIDENCE(group) };
    }
  }
  return spoken ? quoteOf(story, speaker, question) : null;
}

/** How many of the best excerpts are read for X's words. */
export const SPEECH_DEPTH = 3;
/** Longest reported clause given as the answer, in words; a longer one is cut there. */
const MAX_SPEECH_WORDS = 30;

const SPEECH_EVIDENCE = (group: CorroboratedSentence) => ({ near: group.coverage, margin: 1, support: 0.33, typed: 1 });

/** Verbs of saying and writing by family: the form asked ("say") and the forms a report uses. General English. */
const FAMILIES: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said'],
  tell: ['tell', 'tells', 'told'],
  write: ['write', 'writes', 'wrote', 'written'],
  post: ['post', 'posts', 'posted'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  announce: ['announce', 'announces', 'announced'],
  claim: ['claim', 'claims', 'claimed'],
  warn: ['warn', 'warns', 'warned'],
  add: ['add', 'adds', 'added'],
  state: ['state', 'states', 'stated'],
};
/** Families whose report may be a quotation of spoken words. */
const SPOKEN = new Set(['say', 'tell', 'announce', 'claim', 'warn', 'add', 'state']);
const FORM_FAMILY = new Map(Object.entries(FAMILIES).flatMap(([family, forms]) => forms.map((f) => [f, family] as const)));
const ALL_FORMS = [...FORM_FAMILY.keys()];
/** Verbs that take the one told before the clause ("told reporters that …"). */
const TELLING = new Set(FAMILIES['tell']!);

/**
 * The family of the speech verb a question asks about ("What did X *write*?" → write): the first one after
 * the speaker when given, so a noun before it ("What did the State Auditor say?") is not read as the verb.
 */
export function speechFamily(question: string, speaker?: string): string | undefined {
  const lower = question.toLowerCase();
  const at = speaker ? lower.indexOf(speaker.toLowerCase()) : -1;
  const after = at < 0 ? lower : lower.slice(at + speaker!.length);
  for (const w of after.match(/[a-z]+/g) ?? []) {
    const family = FORM_FAMILY.get(w);
    if (family) return family;
  }
  return undefined;
}

/** X's quotation in this sentence, as the people catalogue attributes it. */
function quoteIn(actor: Actor | undefined, sentence: StorySentence): string | undefined {
  const quote = actor?.quotes.find((q) => q.articleId === sentence.articleId && q.sentence === sentence.index)?.text;
  return quote === undefined ? undefined : trimSpeech(quote) || undefined;
}

/**
 * What X says in the sentence as reported speech: the clause after "X said (that)", "X told someone (that)",
 * or before ", X said" / ", said X". Only verbs of `family` when it is given, else any speech verb.
 */
export function reportedIn(sentence: StorySentence, spellings: readonly string[], family: string | undefined): string | undefined {
  const text = sentence.text;
  for (const spelling of spellings) {
    // Both patterns hold the spelling as written: a sentence without it is not read (nor are they compiled for it).
    if (!text.includes(spelling) || !speechVerbIn(text, family)) continue;
    const { after: afterRe, before: beforeRe } = reportPatterns(spelling, family);
    // "X said (on Monday) (that) …", "X, the mayor, said …", "X told reporters (that) …"
    const after = afterRe.exec(text);
    if (after) {
      let rest = after[2]!;
      if (TELLING.has(after[1]!)) rest = rest.replace(/^(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\p{L}-]+\s+/u, '');
      const clause = clean(rest.replace(/^that\s+/, ''));
      if (clause) return clause;
    }
    // "The port will reopen in May, X said." / "…, said X."
    const before = beforeRe.exec(text);
    if (before) {
      const clause = clean(before[1]!);
      if (clause) return clause;
    }
  }
  return undefined;
}

/**
 * The two patterns of X's reported speech with verbs of `family` (any speech verb when undefined), made once per
 * spelling and family: a question reads them against every sentence of its best excerpts, and a pattern compiled
 * per sentence was most of that question's time the first time it was met.
 */
function reportPatterns(spelling: string, family: string | undefined): { after: RegExp; before: RegExp } {
  const key = `${family ?? ''}\u0000${spelling}`;
  let made = reportPatternCache.get(key);
  if (!made) {
    const verbs = (family ? FAMILIES[family]! : ALL_FORMS).join('|');
    const name = escapeRegExp(spelling);
    made = {
      after: new RegExp(
        String.raw`\b${name}\b(?:,[^,]{1,60},)?\s+(?:also\s+|later\s+|has\s+|had\s+)?(${verbs})\b(?:\s+on\s+\p{Lu}\p{L}+)?\s*(.*)$`,
        'u',
      ),
      before: new RegExp(
        String.raw`^(.{12,}?),\s+(?:(?:${verbs})\s+(?:[\p{L}-]+\s+){0,4}?\b${name}\b|(?:[\p{L}-]+\s+){0,4}?\b${name}\b\s+(?:${verbs}))\b[^,]*$`,
        'u',
      ),
    };
    if (reportPatternCache.size >= 1000) reportPatternCache.clear();
    reportPatternCache.set(key, made);
  }
  return made;
}
const reportPatternCache = new Map<string, { after: RegExp; before: RegExp }>();

/**
 * Whether a text writes a verb of `family` (any speech verb when undefined) after white space and before a word's end,
 * as both of `reportPatterns`' patterns need to match: without one, neither is compiled nor run for the text (a
 * speaker's two patterns were compiled for every sentence holding the name, about 3 ms the first time per name
 * and family, however few of those sentences report speech).
 */
export function speechVerbIn(text: string, family: string | undefined): boolean {
  const key = family ?? '';
  let re = verbPatterns.get(key);
  if (!re) verbPatterns.set(key, (re = new RegExp(String.raw`\s(?:${(family ? FAMILIES[family]! : ALL_FORMS).join('|')})\b`, 'u')));
  return re.test(text);
}
/** One pattern per family (a handful), kept for good. */
const verbPatterns = new Map<string, RegExp>();

/** How many speakers' pairs of patterns (per spelling and family) are kept now: what `reportedIn` has had to compile. */
export function reportPatternsKept(): number {
  return reportPatternCache.size;
}

/** Words said without the quotation marks, colon or closing punctuation around them. */
function trimSpeech(text: string): string {
  return text.replace(/^[\s"“”'‘’:,]+|[\s"“”'‘’.,;:!?]+$/gu, '');
}

/** A reported clause, trimmed (trimSpeech) and cut at MAX_SPEECH_WORDS; none under three words. */
function clean(clause: string): string | undefined {
  const words = trimSpeech(clause).split(/\s+/).filter(Boolean);
  if (words.length < 3) return undefined;
  return words.slice(0, MAX_SPEECH_WORDS).join(' ');
}
