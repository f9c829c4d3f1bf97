/**
 * The evidence a rule deciding whether to move the answer's excerpt first could read, for one traced question:
 * the rows of scripts/answerFirstStudy.ts (SQuAD) and scripts/answerFirstKit.ts (the kit) share it.
 */
import type { traceAnswer } from '../src/answer/answerQuestion.js';
import { ANSWER_TYPES, FALLBACK_TYPES } from '../src/answer/answerKind.js';
import { confidenceModel, probability } from '../src/answer/confidence.js';
import type { CorroboratedSentence } from '../src/answer/corroborate.js';
import { timeInWords } from '../src/answer/timeWords.js';
import { termsOf, words } from '../src/search/terms.js';
import type { Story } from '../src/story/story.js';

/** Whether an excerpt (its sentence or a corroborating one) is sentence `id`. */
export function holds(g: CorroboratedSentence, id: number): boolean {
  return g.sentence.id === id || g.others.some((o) => o.sentence.id === id);
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
  return {
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
