/**
 * The coverage evidence of one answered question as a flat row, for the dumps of eval:refusal and eval:kit: what
 * src/answer/covered.ts decided from (coverage, scores, held shares, the checks' verdicts), the rule that covered a
 * question below MIN_COVERAGE, and the texts the evidence was read from (for reading the rows, not fitted on). One
 * row format for both, so a refusal rule studied on SQuAD's halves can be replayed on the kit's news stories.
 */
import type { AnswerTrace } from '../src/answer/answerQuestion.js';
import { coveringRule, MIN_COVERAGE, rulesCover } from '../src/answer/covered.js';
import type { Story } from '../src/story/story.js';

/** The row of a question's trace; empty when no excerpt was found (no evidence). */
export function coverageRow(story: Story, trace: AnswerTrace): Record<string, unknown> {
  const e = trace.coverage;
  if (!e) return {};
  return {
    ...trace.features,
    coverage: e.coverage,
    bestScore: e.bestScore,
    described: e.described,
    answered: e.answered,
    confidence: e.confidence,
    untyped: e.untyped,
    mannerAsked: e.mannerAsked,
    answerInBest: e.answerInBest,
    missingDetail: e.missingDetail(),
    absentName: e.absentName(),
    unwrittenName: e.unwrittenName(),
    subjectBeside: e.subjectBeside(),
    detailsInAnswer: e.detailsInAnswer(),
    offArticleNoun: e.offArticleNoun(),
    absentNoun: e.absentNoun(),
    kindClash: e.kindClash(),
    roleHeldByBody: e.roleHeldByBody(),
    placeOwnsPerson: e.placeOwnsPerson(),
    countOfOtherNoun: e.countOfOtherNoun(),
    otherPerson: e.otherPerson(),
    otherSexPronoun: e.otherSexPronoun(),
    // The rule that covers it below MIN_COVERAGE (covered.ts coveringRule), when one does.
    rule: e.answered ? (coveringRule(e) ?? null) : null,
    // The rows the support model decides (scripts/fitSupport.ts reads these).
    supportDecides: !e.missingDetail() && e.coverage < MIN_COVERAGE && e.answered && rulesCover(e),
    ...e.held(),
    storySentences: e.storySentences,
    // The texts the evidence was read from, for reading the rows (not fitted on).
    answerSentence: trace.short ? (story.sentences[trace.short.sentenceId]?.text ?? '') : '',
    bestSentence: trace.ranked[0]?.sentence.text ?? '',
    shortType: trace.short?.type ?? '',
    // The first five excerpts' coverage and ranking score, in the ranker's order.
    rankedCoverage: trace.ranked.slice(0, 5).map((g) => g.coverage),
    rankedScore: trace.ranked.slice(0, 5).map((g) => g.score),
  };
}
