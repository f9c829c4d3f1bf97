/**
 * The evidence a rule deciding whether to move the answer's excerpt first could read, for one traced question:
 * the rows of scripts/answerFirstStudy.ts (SQuAD) and scripts/answerFirstKit.ts (the kit) share it.
 */
import type { traceAnswer } from '../src/answer/answerQuestion.js';
import { ANSWER_TYPES, FALLBACK_TYPES } from '../src/answer/answerKind.js';
import { confidenceModel, probability } from '../src/answer/confidence.js';
import type { CorroboratedSentence } from '../src/answer/corroborate.js';
import { timeInWords } from '../src/answer/timeWords.js';
import { termOf, termsOf, words } from '../src/search/terms.js';
import type { Story, StorySentence } from '../src/story/story.js';
import { tagSentence } from '../src/nlp/entities.js';
import { tokenLemma } from '../src/nlp/tokenLemma.js';
import { usesQuestionVerb } from '../src/answer/extractAnswer.js';
import { subjectTerms } from '../src/answer/subjectEvidence.js';
import { termSetOf } from '../src/answer/termMemo.js';

/** Whether an excerpt (its sentence or a corroborating one) is sentence `id`. */
export function holds(g: CorroboratedSentence, id: number): boolean {
  return g.sentence.id === id || g.others.some((o) => o.sentence.id === id);
}

/** How many of the question's subject terms an excerpt's sentences (its face or a corroborating one) write. */
function subjectHeld(g: CorroboratedSentence | undefined, subject: readonly string[]): number {
  if (!g) return 0;
  const terms = [g.sentence, ...g.others.map((o) => o.sentence)].map((s) => termSetOf(s.text));
  return subject.filter((t) => terms.some((held) => held.has(t))).length;
}

/** Whether an excerpt's sentences write a text, whole words, any case. */
function writes(g: CorroboratedSentence, text: string): boolean {
  const needle = text.toLowerCase();
  return [g.sentence, ...g.others.map((o) => o.sentence)].some((s) => {
    const hay = s.text.toLowerCase();
    const i = hay.indexOf(needle);
    return i >= 0 && !/\w/.test(hay[i - 1] ?? '') && !/\w/.test(hay[i + needle.length] ?? '');
  });
}

/** How many of the question's terms stand within `reach` tokens of a span of a sentence (the span's own words aside). */
function termsBeside(story: Story, sentenceId: number, written: string, qTerms: ReadonlySet<string>, reach = 3): number {
  const s = story.sentences[sentenceId]!;
  const at = s.text.indexOf(written);
  if (at < 0) return 0;
  const end = at + written.length;
  const first = s.tokens.findIndex((t) => t.end > at);
  let last = -1;
  s.tokens.forEach((t, i) => {
    if (t.start < end) last = i;
  });
  if (first < 0 || last < 0) return 0;
  const near = [...s.tokens.slice(Math.max(0, first - reach), first), ...s.tokens.slice(last + 1, last + 1 + reach)];
  const found = new Set<string>();
  for (const t of near) for (const term of termsOf(tokenLemma(t))) if (qTerms.has(term)) found.add(term);
  for (const t of near) for (const term of termsOf(t.text)) if (qTerms.has(term)) found.add(term);
  return found.size;
}

/** The index terms of a question's verbs (not its auxiliaries), as wink tags them. */
function verbTerms(question: string): Set<string> {
  return new Set(tagSentence(question).tokens.flatMap((t) => (t.pos === 'VERB' ? (termOf(t.text) ?? []) : [])));
}

/** Whether a sentence writes one of the question's verbs as a verb (usesQuestionVerb). */
function writesVerb(s: StorySentence, verbs: ReadonlySet<string>): boolean {
  return usesQuestionVerb(s, new Map([...verbs].map((v) => [v, 1])));
}

/** The move's evidence for `question` answered as `trace`; null when nothing was ranked. */
export function moveEvidence(story: Story, question: string, trace: ReturnType<typeof traceAnswer>) {
  const { answer, short, ranked, features, moved } = trace;
  const top = ranked[0];
  if (!top) return null;
  const at = short ? ranked.findIndex((g) => holds(g, short.sentenceId)) : -1;
  const group = at >= 0 ? ranked[at]! : undefined;
  const qTerms = new Set(termsOf(question));
  const inAnswer = short ? termsOf(story.sentences[short.sentenceId]!.text).filter((t) => qTerms.has(t)) : [];
  const inTop = termsOf(top.sentence.text).filter((t) => qTerms.has(t));
  const wanted = new Set([...ANSWER_TYPES[answer.kind], ...FALLBACK_TYPES[answer.kind]]);
  const subject = subjectTerms(story, answer.query);
  const verbs = verbTerms(answer.query);
  const top5 = ranked.slice(0, 5);
  const repeating = short ? top5.filter((g) => writes(g, short.written)) : [];
  return {
    // leadsWithAnswer's judgement whatever the confidence; question terms within three tokens of the answer; the
    // question's subject terms (subjectTerms) and how many the first excerpt and the answer's write; how many of the
    // first five excerpts write the answer, from how many articles; whether the first excerpt writes it.
    leads: trace.leads(),
    questionVerbs: verbs.size,
    verbTop: writesVerb(top.sentence, verbs),
    verbAnswer: short ? writesVerb(story.sentences[short.sentenceId]!, verbs) : false,
    beside: short ? termsBeside(story, short.sentenceId, short.written, qTerms) : 0,
    subject: subject.length,
    subjectTop: subjectHeld(top, subject),
    subjectAnswer: subjectHeld(group, subject),
    repeats: repeating.length,
    repeatArticles: new Set(repeating.flatMap((g) => [g.sentence, ...g.others.map((o) => o.sentence)].map((s) => s.articleId))).size,
    topWrites: short ? writes(top, short.written) : false,
    kind: answer.kind,
    covered: answer.covered,
    how: moved,
    type: short?.type ?? null,
    at,
    share: group ? group.score / top.score : null,
    coverageTop: top.coverage,
    coverageAnswer: group?.coverage ?? null,
    p: short ? probability(confidenceModel(), features) : 0,
    confidence: answer.confidence,
    evidence: short?.evidence ?? null,
    qTerms: qTerms.size,
    termsInAnswer: new Set(inAnswer).size,
    termsInTop: new Set(inTop).size,
    topTyped: short ? top.sentence.entities.some((e) => e.type === short.type || wanted.has(e.type)) : false,
    topOwnType: short ? top.sentence.entities.some((e) => e.type === short.type) : false,
    topTypeWords: short ? timeInWords(top.sentence, short.type, new Set(words(question).map((w) => w.toLowerCase()))) : false,
    othersAnswer: group?.others.length ?? 0,
    othersTop: top.others.length,
  };
}
