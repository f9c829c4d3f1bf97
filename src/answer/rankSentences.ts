import type { Story, StorySentence } from '../story/story.js';
import { slicedPerStory } from '../story/warmUp.js';
import { searchSentences, type Passages, type SentenceHit, type SentenceSearch } from '../search/sentenceIndex.js';
import { isDigitCode, isWordCode } from '../text/words.js';
import { questionFrameNouns, questionFrameWords, STOP_WORDS, termOf } from '../search/terms.js';
import { shiftedHeadsOf, termListOf, termSetOf, termSetWithoutShiftedHeads } from './termMemo.js';
import { linearScore } from './linearModel.js';
import { isQuestionBigram, questionBigrams } from './spanContext.js';
import { aroundShares, matchWindow, questionNames, rankFeatures, rankWeights, type ReadSentence } from './rankModel.js';
import { antecedentTerms, opensWithPronoun, pointsBack } from './antecedent.js';
import { otherNumberTerms, questionNumbers } from './nounNumber.js';
import { converseTerms, kindTerms, paraphraseTerms } from './paraphrase.js';
import { questionDay, speaksOfDay } from './questionDate.js';
import { writesOnlyAsName } from './typos.js';
import { givesReason } from './reasonWords.js';
import { asksPast, speaksAhead } from './speaksAhead.js';
import type { EntityType } from '../nlp/entities.js';
import { ANSWER_TYPES, type AnswerKind } from './answerKind.js';
import { abbreviationSpellings, askedNameInitials, spellsOut } from './acronym.js';
import { numeralTwin } from './numeralTwins.js';
import { describesThing, thingPattern } from './defineThing.js';
import { leadsWithVerb, saysHave } from './questionVerb.js';
import { countsAsked, isAmount } from './amountSpan.js';
import { NUMBER_WORDS } from '../nlp/dates/dateLexicon.js';
import { peopleCount } from './peopleAsked.js';
import { headlineKindHits } from './headlineKind.js';

/** Ranking weights, chosen by measurement on SQuAD dev and the story dev set (README, "Quality"; each round's figures in docs/history.md). */
export const RANKING = {
  /**
   * How many BM25 hits are re-ranked. Measured in round 12 (MEASURED below): 60 / 30, 7,772 / 7,778 against 7,780;
   * a right sentence among the candidates for 10,227 / 10,091 questions against 10,152.
   */
  candidates: 40,
  /**
   * Weight of idf-weighted query coverage. Re-measured with antecedents (SQuAD P@1 / kit): 0.7 0.700 but
   * storyE hit@1 (question) and storyF (command) down one each; 0.8 0.696, 1.0 0.696, both with the same
   * losses; 0.45 0.693.
   */
  coverage: 0.6,
  /**
   * Bonus when the sentence holds an entity of the wanted kind that the question does not name (re-measured:
   * 0.35 SQuAD P@1 0.698 → 0.698; 0.15 0.699 but storyD hit@1 down two, storyE one).
   * Tried and dropped in round 12 (MEASURED below, 7,780 before): the bonus halved for a sentence none of whose
   * wanted entities stands within 6 tokens of a question word, 7,793 (window 3 / 10: 7,794 / 7,788; the bonus
   * dropped there instead of halved: 7,767), but storyE hit@1 0.861 → 0.833 (a date ending the sentence, far from
   * the words it answers); not for when-questions, 7,784 (window 3: 7,787), kit unchanged, eval:refusal within one
   * question: too few to keep. For a how-many question, the bonus halved unless a figure stands just before the
   * counted noun ("85 lanterns"), 7,791, but story-dev hit@1 0.929 → 0.857 (a count written after its verb, "wounded N others", for
   * "how many people"); only for sentences that hold the counted noun, 7,781. Half the bonus for a proper noun the
   * tagger left untyped (who/where), 7,772 (the whole bonus: 7,768).
   */
  answerType: 0.25,
  /** The same bonus for some kinds of answer: wink-nlp tags numbers and dates far more reliably than names. */
  answerTypeByKind: { number: 1, date: 0.4 } as Partial<Record<AnswerKind, number>>,
  /**
   * Weight of a WordNet paraphrase of a question word against the word itself in coverage (0: none).
   * Also searching for paraphrases lost SQuAD P@1 (0.645 → 0.636) and kit hit@1 (0.725 → 0.680); measured
   * again searching them at 0.2 or 0.4 of their question word's weight: kit macro hit@1 (command) 0.788 →
   * 0.742 / 0.735. With multiword lemmas and antecedents, 0.5 → 0.7: SQuAD P@1 0.694 → 0.695 (0.3: 0.693,
   * 0.85: 0.695), kit unchanged.
   * Tried and dropped (ranker's own first sentence right on SQuAD pooled, 7,576 of 10,570 questions before): WordNet's
   * wider links of each question word as a paraphrase of their own at 0.4 in coverage: verb hypernyms and troponyms
   * one level up and down with adjective attributes ("tall" → "height"), 7,584 (at 0.7, 7,582); with noun hypernyms
   * and similar adjectives instead of troponyms, 7,578; with antonyms and entailments besides, at 0.5, 7,583 — a few
   * questions, too few to keep. Round 12 (MEASURED below, 7,780 before): the question words' WordNet relatives that
   * share their first four letters (derivations: "married" → "marriage") searched as well, at 0.5 / 1 of their word's
   * boost: 7,738 / 7,647 (right sentence among the candidates 10,152 → 10,172 / 10,158).
   */
  paraphrase: 0.7,
  /**
   * Weight, in coverage, of a converse of a question verb (converseTerms: "beat" for "lost", "sell" for "bought")
   * against the verb itself (0: none); with the roles turned round in answering (converseRoles), SQuAD reading 2
   * questions won, none lost (F1 0.5184 → 0.5186), pooled P@1 0.725 and eval:refusal unchanged (train own F1 0.491 →
   * 0.492), kit unchanged. At 0.35 or 0.7 storyD's answer rate dropped one (a "who beat X" question: a sentence where
   * someone else "lost to" a third name came up, and its winner stood on the side asked for); the turned roles alone
   * (0 here) won 1.
   */
  converse: 0.2,
  /**
   * Weight, in coverage, of a kind of the noun a "which/what NOUN" question asks about ("which religion" ←
   * "Buddhism": kindTerms) against the noun itself. SQuAD P@1 7385 → 7387 questions (0.7: 7386), kit
   * unchanged. Kinds of every question noun, not only the asked-about one: 0.5 or 0.3, 7393, but storyF's
   * hit@1 down one (with people's kinds too, 7395, and storyD's down one as well). Also counting such a sentence
   * as holding the wanted answer (the answer-type bonus): 7394 → 7396 the same moment, kit unchanged — noise, left out.
   * Round 12 (MEASURED below): the asked-about noun's own weight times 0.5 / 0.75 / 1.5 (the answer's sentence often
   * names the member, not the class), 7,762 / 7,777 / 7,770 against 7,780.
   */
  kind: 1,
  /**
   * Weight of a question term that a sentence opening with a pronoun or "the" lacks and the sentence before
   * it holds (antecedent.ts): "She resigned on Monday." after "Ann Lee chaired the board." answers "When did
   * Ann Lee resign?". SQuAD P@1 0.690 → 0.694 (0.5: 0.692; pronouns without "the": 0.692; every sentence
   * borrowing both neighbours' terms at 0.25 besides: 0.692, storyD hit@1 down; with the shares below, 0.8:
   * 0.699 → 0.698). Round 12: a sentence holding a third-person pronoun anywhere (not only opening with one)
   * borrowing the before's terms at 0.5 / 1, 7,790 / 7,784 of 10,570 against 7,781 (MEASURED below), but storyD
   * question hit@1 0.583 → 0.556. Round 40 (scripts/rankRefit.ts, 7,882 before): a subject pronoun after a comma or a
   * clause word ("…, and it was later moved") lending the before's terms in the score's coverage, 0.3 / 0.5 / 0.8 →
   * 7,882 / 7,880 / 7,875, storyD first right 44 → 42 at each; a possessive there, 7,883 / 7,881 (figures in rankRefit.ts).
   */
  antecedent: 1,
  /**
   * A sentence opening with a pronoun that holds a question word the sentence before it lacks scores with
   * the before's BM25 share times this when that is more than its own: the pair tells one fact, and the
   * search scores the pronoun's sentence low because the question's subject is written only before it
   * ("The orchard guild of Harrowby sang in Welsh." + "They turned to Cornish after a quarrel." for "Why
   * did the Harrowby guild turn to Cornish?"). SQuAD P@1 0.694 → 0.697 (0.95: 0.697, 0.85: 0.695; also
   * for "the"-led sentences at 0.95: 0.698 but storyD hit@1 down one and storyE down two; also taking the
   * before's paragraph score: no change; for "the"-led sentences in the same paragraph as the before: 0.699
   * but storyD down one, storyE two), kit unchanged. Tried and dropped, the other way round: a sentence holding
   * an answer of the wanted kind whose next sentence opens with a pronoun and holds none, taking that one's
   * words and BM25 share (the speaker of '"We are ruined," he said.' is named in the sentence before): storyE hit@1
   * 0.833 → 0.889, SQuAD 0.697 → 0.696; for who-questions only, storyE 0.861, SQuAD 7370 → 7366 questions.
   * Also dropped: the pronoun's sentence taking the before's share when it adds only a paraphrase of a question word
   * (ranker P@1 on SQuAD pooled 7,576 → 7,575) or an answer of the wanted type the before lacks (7,562).
   */
  antecedentShare: 1,
  /**
   * A sentence that lacks a name the question asks by, while the sentence just before it in its paragraph writes it,
   * and that holds another of the question's words, scores with the before's BM25 share times this when that is more
   * than its own: the pair tells one fact, its subject named once ("Ada Vell founded the Tarrow mill." + "In 1881 the
   * mill moved to Brisk." for "When did Ada Vell's mill move?"), whether the second sentence says "it", "the mill" or
   * nothing (0: none). Only the question's names (subjectEvidence's subjectTerms): a common word the before shares
   * says nothing of whom the sentence speaks. Round 32 (scripts/rankRefit.ts, the ranker's own first sentence right on
   * SQuAD pooled, 7,833 of 10,570 before, even / odd 3,822 / 4,011; kit 133 of 172): at 1, 7,843 (3,831 / 4,012), kit 135
   * (storyE +2); at 0.8, 7,837, kit 133; without the other question word, 7,839 (at 0.8, 7,837); the question's nouns
   * as well as its names, 7,844 (3,831 / 4,013) but kit 133; the paragraph's first sentence instead of the one before,
   * 7,833 (3,824 / 4,009) and kit 135, without the other word 7,828 and kit 137; any of the 3 before, 7,840 (3,831 /
   * 4,009). eval:kit storyE hit@1 0.889 → 0.917 (both modes), the rest identical; eval:squad pooled P@1 0.726 → 0.727,
   * MRR 0.792, short answers F1 0.557 → 0.555; reading F1 0.5258 identical with the story-size gate below (0.5243
   * without it); eval:typed macro hit@1 clean 0.837 → 0.847, answer unchanged; eval:refusal near refused train 0.683
   * → 0.685, test 0.699 → 0.700, own F1 0.494 → 0.495 / 0.530 → 0.531. Tried and dropped in the same refit: the
   * names (or nouns) the sentence before, the paragraph's first or the 3 before hold counted in coverage at 0.15–0.8
   * (up to 7,849 with the first sentence's nouns at 0.8), storyD first right 44 → 42 (both modes) from 0.5 up, SQuAD +5 at 0.3.
   */
  subjectShare: 1,
  /**
   * Weight, in the score's coverage (not the coverage reported for "not covered"), of a name the question asks by
   * (PreparedQuery.subject) that a sentence lacks in every way while the sentence just before it in its paragraph
   * writes it, for a sentence that does not open with a name of its own (0: none): a paragraph names its subject once
   * and goes on with "the mill", "the 23-year-old" or a clause with no subject of its own; a sentence opening with
   * another name speaks of that one ("Ada Vell founded the mill. Nell Ross ran it."). Only in a story longer than the
   * ranker's candidates, as RANKING.subjectShare.
   * Round 33 (scripts/rankRefit.ts, the ranker's own first sentence right on SQuAD pooled, 7,847 of 10,570 before,
   * even / odd 3,834 / 4,013; kit 135 of 172): without the opening test (round 32's form), 0.3 / 0.5 / 0.8, 7,851 /
   * 7,853 / 7,851, kit 135 / 133 / 133 (from 0.5 a storyD "which NOUN did X beat" question's first went to a
   * sentence opening with the answer's name, its before writing X); with it, 0.3 / 0.5 / 0.8 / 1, 7,851 / 7,853 (3,838
   * / 4,015) / 7,854 (3,837 / 4,017) / 7,849, kit 135 at each. Tried beside it: no person or organisation named before
   * the sentence's first verb instead of the opening, 0.5 / 0.8, 7,853 / 7,853; none in the sentence at all, 7,848 /
   * 7,849; any of the 3 before, 0.5, 7,855 (3,840 / 4,015); the paragraph's first, 7,851; the question's nouns as well,
   * 0.3, 7,851; the before's BM25 share for a sentence holding the name only through antecedent.ts (any paragraph),
   * 7,828–7,853 with storyE's first right 65 → 63.
   * What it adds to the score is marked (RankedSentence.lent) and left out of the score covered.ts's gates read: with
   * it in, eval:refusal's test near refused 0.701 → 0.699 (strict 0.734 → 0.731); left out, 0.701 (0.734), train near
   * 0.687 → 0.688, own and other as before, SQuAD pooled first right 7,680 → 7,689, reading and the kit unchanged.
   */
  beforeNames: 0.5,
  /** Bonus for a sentence that speaks of the day the question names ("on October 6"): see questionDate.ts. */
  day: 0.6,
  /** Bonus per query bigram found as adjacent terms in the sentence (0.12: SQuAD P@1 +5 questions, storyF down one). */
  bigram: 0.08,
  /**
   * Weight, added to the score, of the idf share a sentence holds only by a WordNet paraphrase (besides its
   * place in coverage), for a sentence that holds at least `paraphraseFloor` of the question's idf weight
   * literally: the learned ranker's fit gave that share a large weight of its own. Ranker's own P@1 on
   * SQuAD pooled, even / odd articles, 0.6928 / 0.7684 → 0.6980 / 0.7695 (0.5: 0.6971 / 0.7691, 1.5: 0.7002 /
   * 0.7688; with no floor 0.6989 / 0.7695, but eval:refusal's near-refused rate 0.395 → 0.390: a sentence
   * that only paraphrases the question came first in stories that do not answer it), kit unchanged.
   * Tried and dropped: the question words a sentence lacks that its article's title holds, as a share of
   * the question's weight (0.25: 0.7000 / 0.7703 with this; eval:squad pooled P@1 0.705 → 0.711 together)
   * put one more wrong answer at >= 0.8 confidence on eval:refusal's train half, and at 0.5 storyD's hit@1
   * (question) down one; a penalty for the rarest question word the sentence lacks (its idf over the
   * largest, 0.4: 0.7006 / 0.7701 with both) put story-dev hit@1 up one but storyE's and storyF's down one.
   */
  paraphraseShare: 1,
  paraphraseFloor: 0.4,
  /**
   * In the BM25 search a query term weighs idf^queryIdf more, so rare words lead (0: all alike). Ranker's own first
   * sentence right on SQuAD pooled: 0.5 7,576 questions, 0.3 7,561, 0.75 7,582 (even half up, odd half down).
   * MiniSearch's BM25 parameters measured at the same time: k 0.9 7,579, k 1.8 7,553, b 0.4 7,543, b 0.9 7,572 —
   * the defaults (k 1.2, b 0.7) stay. Also dropped: a sentence holding the question's verb (tagged VERB, or a
   * paraphrase of it) scoring 1.1 / 1.25 / 1.5 times more, 7,586 / 7,591 / 7,586, but at 1.25 storyE hit@1
   * 0.861 → 0.833 (a question about days of losses lifted a sentence with "lost") and storyD question answer 0.694 →
   * 0.667 (a "which … did X beat?" question whose answer is written "Y has lost to X": the verb lifted a sentence
   * with "beat"); at 1.1 storyD question hit@1 down one as well (storyF's summary line: hit@1 0.750 → 0.778 at
   * both). Round 12 (MEASURED below, 7,780 before): the index's field boosts (sentence 1, neighbours 0.1, headline
   * 0.15) with neighbours 0.05 / 0.2, 7,776 / 7,747, headline 0.05 / 0.3, 7,777 / 7,785; BM25+'s d 0 / 1 (0.5 now),
   * 7,759 / 7,784 — they stay.
   */
  queryIdf: 0.5,
  /**
   * Weight of the BM25 score of the sentence's paragraph as a whole (as a share of the best paragraph's):
   * a question's words spread over the paragraph that answers it. Re-measured with antecedents: 0.7 SQuAD
   * P@1 0.694 → 0.693 and storyE, storyF down one; 1.4 0.695, storyD down two.
   */
  passage: 1,
  /**
   * Whether the head of a compound under a prefix that shifts its meaning ("president" of "vice-president", "minister" of
   * "ex-minister": shiftedHeads in terms.ts) is not counted as the question's word, unless the question says the
   * prefix too. kit hit@3 storyD 0.694 / 0.667 → 0.722 / 0.694, hit@1 and SQuAD pooled P@1 unchanged.
   * Tried and dropped beside it: a bonus for the question's matched words standing close together (matched
   * terms over the smallest stretch holding them, 0.1 / 0.3): SQuAD ranker P@1 7649 → 7646 / 7640 questions.
   */
  shiftedHeads: true as boolean,
  /**
   * A "which/what NOUN" question whose noun a pronoun-led sentence lacks and the sentence before it names ("Which
   * guild sang in Welsh?" ← "The orchard guild of Harrowby met. It sang in Welsh."): the pronoun stands for the
   * answer, so the sentence before scores at least the pronoun's sentence's score times this, and covers as much
   * of the question (0: off).
   * kit hit@1 storyE 0.833 / 0.833 → 0.861 / 0.861, storyD and storyF unchanged; SQuAD ranker P@1 unchanged
   * (7649: two questions won, two lost; held-back half +1). With any noun the question frame names as its
   * focus, not only one right after the wh-word ("What surrounds X?"): 7648 (seven lost). Also for a
   * who/when/where/how-many question when the sentence before holds an answer of the wanted type and the
   * pronoun's sentence none: 7642. Without the coverage, eval:refusal's train own answered 0.958 → 0.957. For a
   * who-question, a quotation a pronoun says ('"…," he said.') lifting the sentence before that names a person:
   * storyE hit@1 0.861 → 0.889 but its answer 0.944 → 0.917 (not covered, the quote's words not in the lifted
   * sentence); with the coverage as well, no change.
   */
  referent: 1.01,
  /**
   * Share of the hand score's coverage that is contrastive: each question word weighs its idf times the share of
   * the candidate sentences that lack it, so a word every candidate holds (the story's or the article's topic:
   * the team, the country) tells them apart no more, and the word that picks out one fact weighs the most (0:
   * plain idf coverage). The coverage reported with the sentence (for "not covered") stays the plain one.
   * Ranker's own first sentence right on SQuAD pooled 7,576 → 7,605 of 10,570 (even / odd articles 0.6806 /
   * 0.7545 → 0.6852 / 0.7553; at 0.5, 7,588); kit unchanged. With it, coverage weight 0.45 / 0.8 / 1: 7,593 /
   * 7,596 / 7,598; the lacking share squared or its square root: 7,596 / 7,592. Tried beside it and dropped: idf
   * squared (or to the power 1.5) in coverage, 7,583 / 7,578.
   */
  contrast: 1,
  /**
   * Boost, against their own, of the WordNet relatives searched for a question word the story never writes
   * (absentRelatives: "yelled" when the story says "shouted"; 0: none). Such a word adds nothing to the search, so the
   * sentence saying it in the story's words was no candidate at all (round 15: storyD hit@1 0.639 / 0.583 → 0.667 /
   * 0.611, hit@3 0.722 → 0.750 / 0.750, storyE and storyF's summary line unchanged; at 1.5 and 2 storyE's answer
   * 0.944 → 0.917, a question not covered). SQuAD pooled, the ranker's first sentence right (scripts/rankVariants.ts)
   * 7,779 → 7,784 of 10,570 (even / odd articles 3,788 / 3,991 → 3,789 / 3,995; 0.5: 7,783, 1.5: 7,779, 2: 7,776), eval:squad pooled P@1
   * 0.718 → 0.719; reading F1 unchanged (0.4604, held back 0.4757) with the story-size bar (searched in every story:
   * 0.4603 / 0.4755, more answered and none more right); eval:typed macro hit@1 clean 0.791 → 0.800, typo 0.782 →
   * 0.791; eval:refusal (2,000) training half own answered 0.943 → 0.938, near refused 0.529 → 0.524, test half own
   * 0.955 unchanged, near 0.536 → 0.538 (strict 0.567 → 0.576), at ≥ 0.8 test 40 at 0.100 wrong → 41 at 0.098.
   * Tried and dropped beside it (7,779 before): a sentence borrowing, at 0.5 of their weight, the question
   * terms it lacks that the sentence before it in its paragraph holds (not only after a pronoun: "the company", "the
   * Russian", an ellipsis), 7,786 (even 3,794 / odd 3,992; only when it holds 0.3 of the question itself, 7,786; only
   * when it holds a question term the neighbour lacks, 7,785; only the neighbour's tagged names, 7,782; the sentence
   * after as well, 7,761), but storyD question hit@1 0.583 → 0.556 in every form (a neighbour's name lifted a
   * sentence on another event of the same person); the sentence after each of the 5 best hits brought in as a
   * candidate at half the hit's score when it holds an answer of the wanted kind the hit lacks ("… won the vote. The
   * count took four hours."), 7,779 (right sentence among the candidates 10,152 → 10,164; at 0.8 of the score 7,775), kit
   * unchanged.
   */
  absentParaphrase: 1,
  /**
   * Whether the words of a person's full name (the catalogue's canonical name of a mention) count as written in the
   * sentence that names the person by surname alone: a question asking by the full name is covered by "Varden sailed
   * …" (round 16: SQuAD pooled, the ranker's first sentence right, scripts/rankVariants.ts, 7,784 → 7,785 of 10,570;
   * eval:squad pooled P@1 0.719 / MRR 0.788 and reading F1 0.463 unchanged, who/when/where F1 0.488 → 0.489;
   * eval:typed macro typo answer 0.837 → 0.847, not covered 0.028 → 0.019; kit and eval:refusal (2,000) unchanged: a news story names its people by surname after the first mention, and the gold
   * sentence of a storyD question gained the given name its question asks by, still third).
   * Tried and dropped beside it (7,785 before): a question term the question writes only capitalised, inside a name,
   * held by a sentence that writes it only in lower case ("Open" of a tournament against "will open") at 0 / 0.25 /
   * 0.5 / 0.75 of its weight, 7,787 / 7,786 / 7,781 / 7,785; the terms only a question's clause of time writes ("…
   * after a storm hit the town?": the answer's sentence often tells the main clause, the sentence before the time
   * clause) at 0.25 / 0.5 / 0.75 of their weight, 7,788 / 7,786 / 7,786; the contrast's shares (RANKING.contrast)
   * counted over the best 5 / 8 / 10 / 12 / 15 / 20 hits instead of all 40, 7,789 / 7,797 / 7,798 / 7,796 / 7,784 /
   * 7,783 (at 10 storyD question hit@1 0.611 → 0.583 and answer 0.694 → 0.667, storyF command hit@1 0.750 → 0.722: a
   * converse verb's sentence, "X beat Y", came first for "Which Y did X beat?"), or each hit counted by its BM25 share
   * to the power 1 / 2 / 3 / 4 / 5 / 8, 7,787 / 7,789 / 7,800 / 7,803 / 7,804 / 7,757 (at 4 storyE answer 0.944 /
   * 0.917 → 0.889 / 0.889 and hit@1 0.861 → 0.833 (question), storyD hit@3 0.750 → 0.722): the best hits of a small
   * news story share its topic, and the contrast took the question's subject for a common word; with each term keeping
   * at least 0.2 / 0.35 of its idf, 7,803 / 7,790 (at power 4 and 0.2, storyD unchanged but storyE's answer 0.944 /
   * 0.917 → 0.917 / 0.889, an answer taken from the second excerpt, and storyF command hit@1 0.750 → 0.722; the floor
   * alone, 7,783).
   * Also tried: a capitalised abbreviation in the sentence holding the question's consecutive words its initials spell
   * ("NRU" for "Northern Rowing Union"): 7,785 → 7,785, kit unchanged (no question moved), left out.
   */
  canonicalNames: true as boolean,
  /**
   * For a why-question, the answer-type bonus (in place of RANKING.answerType) for a sentence that gives a reason or a
   * purpose in words that say so ("because", "due to", "in order to": reasonWords.ts), as a sentence holding a date
   * gets it for a when-question (0: none). Round 22 (scripts/firstExcerptVariants.ts, eval:squad's first excerpt on
   * SQuAD pooled, 7,624 of 10,570 right before, training / held-back halves 3,708 / 3,916): 0.25, 7,629 (3,710 /
   * 3,919; 5 won, none lost); 0.5, 7,628 (5 won, 1 lost); kit and eval:typed unchanged.
   * Round 58: the words read are those the clause reader reads too (reasonWords.ts, with "in an attempt to", "as the
   * result of", "in hopes of" and "…, citing" / "…, arguing that"): eval:squad 1 won (held back), none lost; pooled
   * first right, kit, eval:typed and eval:refusal unchanged.
   * Tried and dropped the same round (each alone, 7,624 before): BM25TP's term-pair proximity (each pair of question
   * terms the sentence holds adding the smaller idf over the square of the terms between them, over the question's
   * weight) at 0.05 / 0.15 / 0.4, 7,621 / 7,620 / 7,617; the answer-type bonus halved / dropped when no wanted entity
   * shares a clause (cut at commas, brackets, dashes, quotes and relative words) with a question word, 7,610 / 7,592
   * (the ranker's own first 7,619 → 7,623 / 7,585).
   */
  reason: 0.25,
  /**
   * For a "What is X?" question (PreparedQuery.define), the answer-type bonus (in place of RANKING.answerType) for a
   * sentence that describes X the ways the answer is read from it (defineThing.ts `describesThing`: "X is a …", "X, a
   * …", "… (X)", "… called X"), and for "What does X stand for?" (PreparedQuery.expands) for one spelling X out
   * (acronym.ts `spellsOut`): the description is the answer of the wanted kind (0: none). Round 31
   * (scripts/rankVariants.ts, the ranker's own first sentence right on SQuAD pooled, 7,816 of 10,570 before, even / odd
   * 3,818 / 3,998, MRR 0.8118): descriptions alone at 0.25 / 0.5 / 1 / 2, 7,825 / 7,827 / 7,828 / 7,828 (the odd half
   * only: 4,007 / 4,009 / 4,010 / 4,010); with the spellings out at 1, 7,833 (3,822 / 4,011, MRR 0.8129). Through the
   * answer stage (eval:squad pooled, first excerpt holding the first gold answer) 7,672 → 7,675 (3 won, all "stand for"
   * questions, none lost; P@1 0.726, MRR 0.792, any gold 0.742 → 0.743): the answer's excerpt, read by defineThing from
   * the describing sentence, was mostly moved first already. eval:kit, eval:typed and SQuAD reading (with both:
   * F1 0.5258, 0 won / 0 lost) identical; eval:refusal own / near / other identical, answers at ≥ 0.8 train 58 at 0.052
   * wrong → 60 at 0.050, test 42 at 0.071 → 43 at 0.070 (three more right).
   */
  description: 1,
  /**
   * Weight, in the score's coverage (not the coverage reported for "not covered"), of a question word (a lower-case
   * noun) that the sentence writes only in the other number ("races" for "the race": otherNumberTerms), against the
   * word itself (1: no difference). Round 24 (scripts/firstExcerptVariants.ts, 7,655 of 10,570 right before, training /
   * held-back halves 3,718 / 3,937): 0.8, 7,664 (3,722 / 3,942; the ranker's own first 7,625 → 7,634); eval:squad
   * pooled P@1 0.724 → 0.725, MRR 0.791 → 0.792, reading F1 0.5037 → 0.5035 (2 won, 6 lost), held back 0.5251 →
   * 0.5252; kit and eval:typed unchanged. At 0.7, 7,670 (3,725 / 3,945), but a storyD answer lost (its sentence writes
   * the question's word in the plural, in a clause on other events, and fell below the sixth candidate). With the
   * sentence's word read as a noun whatever its tag: 0.85 / 0.8 / 0.7 / 0.5, 7,660 / 7,666 / 7,672 / 7,669, the same
   * storyD answer lost from 0.75 down; only for a question's plural / singular word at 0.7, 7,663 / 7,664.
   */
  otherNumber: 0.8,
  /**
   * Weight of the score of a sentence that speaks of what is yet to come or may come (a modal before its verb: "will
   * sail", "could shut": speaksAhead.ts) for a question asking in the past ("What was …", "Who did X defeat …") and not
   * when (a preview dates the event it announces): a preview names the event asked about but does not tell what
   * happened in it (1: no difference). Round 24 (scripts/firstExcerptVariants.ts, eval:squad's first excerpt right on
   * SQuAD pooled, 7,667 of 10,570 before; training / held back 3,728 / 3,939; measured with the modal found by a
   * pattern, not its tag): 0.8, 7,667 (3,729 / 3,938: 8 won, 8 lost; the ranker's own first 7,636 → 7,634); 0.9, 7,667
   * (4 won, 4 lost). kit, with RANKING.askedUnit: storyD hit@1 0.694 / 0.639 → 0.722 / 0.694 (command / question),
   * answer 0.778 / 0.750 → 0.778 / 0.778; story-dev, storyE and storyF's summary line unchanged (alone: storyD question
   * hit@1 0.667, answer 0.778). At 0.7, a storyD duration question refused (not covered 0.056 → 0.083); also for
   * when-questions, storyD question hit@3 0.806 → 0.778: a preview dates the event it announces ("the vote on
   * Friday") and answers when it was. With both, as committed: eval:squad pooled P@1 0.725, MRR 0.792 unchanged;
   * reading F1 0.5184 unchanged (2 won, 2 lost), held back 0.5455 → 0.5453; eval:typed macro hit@1 clean 0.810 →
   * 0.828, answer 0.865 → 0.874 (typo 0.800 → 0.819); eval:refusal train own answered 0.917, F1 0.491 → 0.492,
   * near refused 0.616 → 0.617, test own 0.933 → 0.931, F1 0.524 → 0.523, near 0.628 → 0.629, other 0.979 → 0.981.
   */
  preview: 0.8,
  /**
   * Whether a question whose noun asks for one shape of value (PreparedQuery.unit: "What was the score …" wants "6-4
   * 6-3") reads its answer type as a value of that unit where a candidate holds one: the answer-type bonus goes only to
   * such sentences (not to one with a count or an age), such a value holds the asked noun in coverage, and the noun's
   * WordNet relatives are not searched when the story never writes it ("score" → "hit", "mark": the story writes
   * scores as figures). Round 24: alone, kit storyD answer 0.778 / 0.750 → 0.750 / 0.722 and hit@1 unchanged (a preview
   * holding another match's score came first, the relatives' sentence no longer before it); with RANKING.preview and
   * a score never read as another article disagreeing (extractAnswer's `disagreeing`), see RANKING.preview. SQuAD
   * pooled unchanged, 7,667 (SQuAD writes scores with an en dash, which amounts.ts then did not read as one; it reads
   * one in a sentence speaking of a contest since: amounts.ts CONTEST_RE).
   */
  askedUnit: true as boolean,
  /**
   * Whether a short question word the story never writes ("HM") counts as held by a sentence that spells it out in
   * capitalised words ("Harbour Master": abbreviationSpellings, read in the candidates' articles), the spelt-out words
   * searched as well: the sentence naming them may hold none of the question's other words. Round 27: kit storyE hit@1
   * 0.861 / 0.861 → 0.889 / 0.889 (command / question), hit@3 0.944 → 0.972, the rest of the kit unchanged; SQuAD pooled
   * (scripts/rankVariants.ts) unchanged, 7,816 of 10,570, MRR 0.8118 (SQuAD's pooled story writes nearly every
   * abbreviation a question asks by); SQuAD reading F1 0.5208 → 0.5213 (8 won, 1 lost: a paragraph alone often writes
   * a country's name in full where its question abbreviates it), held back 0.5473 → 0.5481; eval:typed macro hit@1 clean 0.828 →
   * 0.837, word typo 0.819 → 0.828 (answer unchanged); eval:refusal train own F1 0.491 → 0.493, near refused 0.661 →
   * 0.662, test own answered 0.915 → 0.913, F1 0.523 → 0.527, near 0.676 → 0.675, other unchanged. WordNet does not
   * give it: a multiword synonym is no related word, and the senses it gives a two-letter word are mostly others (an element, a unit).
   */
  spelledAbbreviation: true as boolean,
  /**
   * Whether a question's number word counts as held by a sentence writing it in figures and the other way round ("five
   * lanterns" by "5 lanterns", "the 10th voyage" by "the tenth voyage"; numeralTwins.ts). Without it such a sentence misses
   * a question word it writes, and a paragraph's own question may fall under MIN_COVERAGE_FLOOR, unread. Round 50,
   * with the extractor's anchors read the same way: SQuAD reading F1 0.5739 → 0.5745 (7 won, 1 lost; held back 4 won,
   * 0 lost), pooled first right 7,759 → 7,763; eval:kit identical; eval:refusal test near refused 0.747 → 0.746 (one
   * near paragraph writes a figure for the ordinal the question spells out).
   */
  numeralTwins: true as boolean,
  /**
   * Whether the words of a name of capitalised words the question writes ("the Harbour Survey Board") count as held by a
   * sentence writing the name's initials ("HSB chair Orla Tellin"; acronym.ts askedNameInitials) and not the name. Round 50:
   * SQuAD reading 1 won (train half), 0 lost; eval:kit and eval:refusal unchanged.
   */
  nameInitials: true as boolean,
  /**
   * Added to the score, times the square of the score's coverage (the contrast share), of a sentence whose first verb is
   * the question's first verb (PreparedQuery.verb; questionVerb.ts `leadsWithVerb`): the sentence tells the asked event
   * in its first clause, not beside another event (0: none); squared, so a sentence holding little else of the question
   * (one sharing only the verb with the question) gains little. Round 35 (scripts/rankRefit.ts's
   * `mainVerb`, the ranker's own first sentence right on SQuAD pooled, 7,863 of 10,569 before, even / odd 3,842 / 4,021;
   * kit 135 of 172): squared 0.4 / 0.6, 7,877 / 7,884 (3,851 / 4,033); times the coverage 0.2 / 0.3 / 0.4 / 0.6, 7,876 /
   * 7,880 / 7,871 / 7,869; a flat 0.03 / 0.1 / 0.15 / 0.2 / 0.25 / 0.3 / 0.4 / 0.6, 7,863 / 7,869 / 7,873 / 7,877 /
   * 7,869 / 7,869 / 7,852 / 7,841 (at 0.2 eval:kit storyD question answer 0.778 → 0.750: a lower sentence of another match, its
   * first verb the question's, came up to the third excerpt and its contest gave the answer); times the BM25 share 0.2 / 0.3, 7,872 / 7,868; the score ×1.1 / 1.2 / 1.3,
   * 7,869 / 7,856 / 7,840; kit 135 at each. Tried beside it and dropped, each a contrast share in coverage: the
   * question's nouns and names (before / after its first verb: the subject's side or the object's) held on the same
   * side of the sentence's first verb +0.1 / 0.2 / 0.4, 7,862 / 7,864 / 7,859; held only on the other side −0.1 / −0.2 /
   * −0.4, 7,866 / 7,868 / 7,854 (odd half 4,020 / 4,020 / 4,009, storyD +1); its names only, −0.1 / −0.2 / −0.4 and
   * +0.1 / 0.2, 7,860–7,864; either with the same first verb, 7,841–7,872; the wanted kind's entity on the side the
   * question asks (PreparedQuery.role) +0.05 / 0.1 / 0.2, 7,864 / 7,864 / 7,865 with storyD 44 → 43, or only on the
   * other −0.05 / −0.1 / −0.2, 7,862 / 7,863 / 7,860.
   */
  mainVerb: 0.6,
  /**
   * Added to the score, times the square of the score's coverage (the contrast share, as RANKING.mainVerb), of a sentence
   * saying "have" as a main verb ("The Tolly mill has three wheels.") for a question asking by it ("How many wheels does
   * the mill have?"; questionVerb.ts `asksByHave` / `saysHave`): a stop word, so no term of the search meets it and
   * `mainVerb` never reads it (0: none). Only in a story longer than the candidates, as RANKING.subjectShare; left out of
   * the score refusal's gates read, as mainVerb's bonus. Round 41 (scripts/rankRefit.ts `paraphraseFeatures`, on round
   * 39's save: 7,883 of 10,569 before, even / odd 3,849 / 4,034, kit 135): squared 0.2 / 0.4 / 0.6, 7,885 / 7,886 (3,850
   * / 4,036; 5 won / 2 lost) / 7,885; flat 0.03 / 0.1 / 0.2 / 0.3, 7,884 / 7,884 / 7,887 (3,851 / 4,036; 7 won / 3 lost)
   * / 7,884 — kit first right 135 at each, but built flat at 0.2 eval:kit storyD answer 0.806 / 0.778 → 0.778 / 0.750
   * (not covered 0.056 → 0.083: a "which of … had" question). It marks 2,014 candidates, 150 of them right.
   */
  haveVerb: 0.4,
  /**
   * Added to the score, times the score's coverage (the contrast share), of a sentence where the noun a how-many question
   * counts follows a figure (amountSpan.ts `countsAsked`: "17 interceptions" for "How many interceptions …?"): the count
   * asked written as such, not a figure elsewhere in a sentence naming the noun (0: none); times the coverage, so a
   * sentence counting the noun about another matter (holding little else of the question) gains little. Left out of the
   * score refusal's gates read, as RANKING.mainVerb's bonus. Round 37 (scripts/rankRefit.ts, the ranker's own first
   * sentence right on SQuAD pooled, 7,863 of 10,569 before, even / odd 3,841 / 4,022; kit 135 of 172): a flat bonus 0.15 /
   * 0.3 / 0.5 / 0.8, 7,866 / 7,868 / 7,868 / 7,869 (story-dev 26 → 24 at 0.8: a count written after its verb, "wounded
   * N others"); times the coverage 0.3 / 0.6 / 1, 7,866 / 7,869 / 7,872 (3,843 / 4,029); times its square 0.5 / 1 / 2,
   * 7,868 / 7,870 / 7,874 (story-dev 24 at 2). The text's own reading (a figure word up to 3 words before the noun) alone:
   * 7,866–7,868 from 0.1 to 1.2. Built at 1 times the
   * coverage: eval:squad pooled first right 7,726 → 7,732 (P@1 0.731 → 0.732, MRR 0.795 → 0.796, any gold 0.747 → 0.748;
   * who / when / where unchanged); reading F1 0.5449 → 0.5453 (4 won, none lost; how many 0.7834 → 0.7890), held back
   * 0.5693 → 0.5695; eval:kit and eval:typed identical; eval:refusal train near refused 0.707 → 0.706 and own F1 (how
   * many) 0.724 → 0.718 (one question each), test identical but one more right answer at ≥ 0.8 (45 at 0.067 wrong → 46 at
   * 0.065). The flat 0.3 as built: pooled 7,729, reading 3 won, refusal train near 0.706 and test near 0.728 → 0.726.
   */
  countedFigure: 1,
  /**
   * A sentence holding an answer of the wanted kind scores at least this times the score of its neighbour in its
   * paragraph (the sentence just before or after) that holds none, when it lacks fewer of the question's terms than
   * that one (0: none): the neighbour sets the scene, the question's subject and topic with a higher BM25 share, and this
   * one tells the asked fact beside it ("The harbour trial began on …, dogged by faults." / "First the crew
   * noticed a leak …"). What it adds is lent (left out of refusal's score), in a story of any size; not for a
   * who-question (a name beside the scene is as often another person of it, and the tagger reads names less surely
   * than figures: RANKING.answerTypeByKind). Round 59 (h59H): also in a story of no more sentences than the candidates
   * (a passage read alone, where it had been left out as RANKING.subjectShare is): SQuAD reading 2 won / 0 lost (held
   * back 1 / 0; four answers changed), pooled, eval:kit, eval:refusal, typed, actors and the snapshot identical; with
   * who-questions too 4 won / 1 lost (held back 1 / 1). Round 38 (scripts/rankRefit.ts `pairFeatures`, the ranker's own first
   * sentence right on SQuAD pooled, 7,872 of 10,569 before, even / odd 3,843 / 4,029; kit 135 of 172): 1.01 / 1.1,
   * 7,884 (3,851 / 4,033: even 8 won / 0 lost, odd 6 / 2), kit 135; 0.9 / 1, no question moved. Tried beside it and
   * dropped: the same when it holds more of the question's contrast weight than the neighbour lacks (liftMore), 1.01
   * / 1.1, 7,883 / 7,882; when it holds any question term the neighbour lacks, 7,875 (26 won / 23 lost); when it holds
   * every term the neighbour holds and one more, 1.01 / 1.1 / 1.25, 7,883 / 7,883 / 7,880; the share of the question's
   * terms a typed sentence lacks that its neighbour holds added to the coverage (0.1 / 0.3 / 0.6: 7,867 / 7,862 /
   * 7,844, storyD 44 → 42, story-dev 26 → 24), only from an untyped neighbour (7,870 / 7,865 / 7,862, storyD 42), or
   * flat (0.1 / 0.3: 7,867 / 7,859); the untyped neighbour's BM25 share taken (0.5 / 0.8 / 1: 7,872 / 7,869 / 7,837); an
   * untyped sentence beside a typed one that holds its terms weighed down (−0.05 / −0.15 / −0.3: 7,872 / 7,871 / 7,872);
   * the lift for dates, numbers and durations only, 7,877; for all but who-questions (as built) 7,881. Built for every
   * kind: eval:squad pooled first right 7,733 → 7,737 (P@1 0.732), but pooled who short answers F1 0.543 → 0.541 and
   * eval:refusal train own F1 0.513 → 0.512 (a who-answer), near 0.714 → 0.715. Built as kept, all but who: pooled first
   * right 7,733 → 7,735 (P@1 0.732, MRR 0.796), short answers, reading F1 (the story-size gate), eval:kit and eval:typed
   * identical; eval:refusal train near 0.714 → 0.716, own F1 0.513, test near 0.738, own F1 0.549 (one where-answer
   * a part lower: where 0.756 → 0.748).
   * Of 2,697 SQuAD misses, the right sentence is the first's neighbour in 603; both lack the wanted kind in 382 of them,
   * only the first in 56, only the right one in 58 — the kind alone does not tell the pair apart.
   */
  kindBeside: 1.01,
  /**
   * The hand score's product (share, coverage, answer type, day) times 1 + this for a sentence holding every question
   * term literally, as a paraphrase or as a converse — none lacked, none held only through the sentence before's words
   * (antecedent.ts) or as the focus's kind, the looser holds (0: none). Only in a story longer than the candidates (as
   * RANKING.subjectShare): among many passages a sentence lacking a term is likelier of another subject, while within one
   * short passage a term is often left to the sentences around. A ranking-only lift (RankedSentence.evidence): it orders
   * the excerpts shown; the answer, its confidence and the refusal read the scores without it.
   * Round 52 (h52A / h52Q, 0.2 with the lift only lent to refusal): pooled first right +8, but the confidence's topShare
   * and the extractor's margin read the lifted scores (eval:refusal near refused −0.001). Round 53 (h53A): with topShare,
   * the extractor's excerpt weights and the answer-first share reading the score without it, pooled 7,769 → 7,773 (12 won
   * / 8 lost) and eval:refusal near refused test still 0.748 → 0.747 (the lifted first excerpt is the answer's, its
   * coverage, `lower` and the rules read it); with the answer read from the sentences in their evidence order (as here):
   * pooled first right 7,769 → 7,776 (18 won / 11 lost; held back 10 / 6), reading rows identical, eval:kit, eval:refusal,
   * typed, actors and the snapshot identical.
   */
  allTrusted: 0.2,
  /**
   * RANKING.kindBeside also for the sentence right after one whose subject it continues (`continuesSubject`: it opens by
   * pointing back, "He …" / "The miller, who …", and the one before names one of the question's subject names ahead of
   * its verb, a name it does not write itself), across a paragraph break (a news lede is its own paragraph) and when it
   * lacks as many of the question's terms as that one: "Ivo Brandt built the Tolly mill." / "The miller, who came to the
   * valley as a boy, built it in 1887." for "When did Ivo Brandt build the Tolly mill?". Round 45: eval:kit storyD hit@1 +1 in both modes
   * (0.778 / 0.750 → 0.806 / 0.778; the answer was right already), the rest of the kit, `--actors`, eval:refusal and
   * SQuAD reading (the story-size gate) identical; eval:typed storyD hit@1 +1 in every form; eval:squad pooled first
   * right 7,744 → 7,745 (1 won, 0 lost; P@1 0.732 → 0.733), short where +1. Without the question term it must write
   * itself, pooled 7,742 (1 won, 3 lost: "It is the third …" after a lede holding every question word).
   */
  subjectBeside: true as boolean,
  /**
   * Whether a question that itself writes a modal of what may come ("What did the board say the mill could grind?") ranks
   * no preview lower (RANKING.preview): it asks of what was possible, and the sentence saying "could" tells it. Round 43
   * (the ranker's own first sentence right on SQuAD pooled, 7,905 of 10,570 before): 7,906 (1 won, none lost); eval:squad
   * pooled first right 7,739 unchanged, reading F1 0.5588 → 0.5589 (1 won, none lost); eval:kit identical.
   * Tried beside it and dropped (7,905 before): a negated "could" ("could not reach") and "could / might / may have" read
   * as the past, no preview, 7,905 (2 won, 2 lost; with this, 7,906); RANKING.preview at 1 gives 7,908 (11 won, 8
   * lost), a trade, and it was kept for the kit's storyD rows (round 24).
   */
  previewAsked: true as boolean,
  /**
   * Whether a when-question's answer-type bonus is withheld from a sentence whose only dates stand right before a noun
   * of the question written there in the other number ("the 1998 and 2001 regattas" for "When was the regatta?":
   * `datesOtherReferent`): those years pick out the other regattas, as RANKING.otherNumber reads the noun itself.
   * Round 44: eval:kit storyD hit@1 +1 in both modes (a when-question's first excerpt went from such a sentence to the one
   * dating the asked event; its answer was right already), the rest of the kit, eval:typed (storyD hit@1 +1 in every
   * form), eval:refusal and SQuAD reading (rows byte-identical) unchanged.
   */
  otherReferentDates: true as boolean,
  /**
   * Whether an amount (a count, a span of time, a measure, a sum, a share) the question names only by its unit ("six
   * years" for "How many years …?", "20 percent" for "What percentage …?") still counts as an answer of the wanted kind
   * in the answer-type bonus: only a figure or a number word the question writes names an amount, as the extractor
   * reads an amount by its figure (mentions.ts: a span of time without its unit, a share without "percent"). Before, a
   * word of the unit the question writes named the amount, so the sentence telling the asked count of years lost the
   * bonus to one holding any other amount. Round 44: eval:squad pooled first right 7,740 → 7,743 (P@1 0.732 → 0.733, MRR
   * 0.796, short who / when / where answers identical); reading (every sentence a candidate) and eval:kit identical;
   * eval:refusal one question each way (train near refused 0.726 → 0.725, test own F1 of how-questions 0.450 → 0.467,
   * all own F1 0.535 → 0.536), answers at ≥ 0.8 identical.
   */
  amountUnits: true as boolean,
  /**
   * Whether a noun of the question's frame ("in what **century**", "which **year**", "what **kind** of":
   * questionFrameNouns) names no entity in the answer-type bonus: it names what the answer is, so "the 16th century"
   * answers "In what century was the Tolly mill built?" rather than being the century the question already gives. Before,
   * any word of the entity the question wrote named it, and the sentence dating the mill to its century lost the bonus
   * to one holding another date. Round 45: eval:squad pooled first right 7,744 → 7,746 (2 won, none lost; short who / when /
   * where identical); reading rows, eval:kit and eval:refusal identical.
   */
  frameNouns: true as boolean,
  /**
   * A value question's candidates from an article whose headline writes two of the names it asks by apart ("Tellin
   * outlasts Varrow"), among the sentences the search left out, at this share of the article's best hit
   * (headlineKind.ts; 0: none).
   */
  headlineKind: 1,
} as const;

/*
 * MEASURED (round 12): the ranker's own first sentence right on SQuAD v1.1 dev pooled, by `rankSentences` alone on
 * each question as `traceAnswer` prepares it, counting a sentence holding any annotator's answer: 7,780 of 10,570
 * on the tree before (even / odd articles 3,789 / 3,991; a right sentence among the 40 candidates for 10,152).
 * Not comparable with the counts above (taken through `npm run fit:ranker`'s features): compare within one count.
 * Of the training half's 1,607 misses: 252 with no right sentence among the candidates, 525 with it second; 873
 * untyped ("what", "which") questions, 274 who, 163 where, 151 when, 138 how many.
 * Round 16 (scripts/rankDump.ts, both halves, 7,785 right): of the 2,218 misses with a right sentence among the first 15,
 * 1,331 put first a sentence of another paragraph (1,063 of the same Wikipedia article), 358 the sentence just before
 * the right one (which opens with a pronoun or "the" only 143 times), 229 the one just after, 300 another of the same
 * paragraph. The wanted kind of answer tells them apart little: among the misses with the right sentence in the first 10,
 * the right one holds an answer of the wanted kind the first lacks 140 times and the reverse 142 (who 52 / 52, when 31
 * / 18, where 37 / 27, how many 10 / 21). The first holds more of the question's verbs (tagged VERB) than the right
 * one in 322 of the 1,783 misses with the right one in the first 5, the reverse in 176. A listwise linear fit over
 * such facts (length, words the question lacks, verbs and nouns held, a neighbour's words, the first's next sentence)
 * on the even half: +6 there, −18 on the odd half.
 * Round 20 (scripts/rankVariants.ts, 7,790 right before, even / odd 3,796 / 3,994), each tried alone and dropped:
 * - the question's verbs (wink tags VERB) weighing 0.5 / 0.75 / 1.25 of their idf in coverage, 7,780 / 7,784 / 7,779
 *   (at 0.75 storyE question hit@1 0.861 → 0.833): a storyD natural question loses to its command form because
 *   its verb ("beat") matches a sentence on another match, but on SQuAD the verb tells the right sentence more often;
 * - a sentence naming a year, none of the question's, when the question names one, scoring ×0.9 / 0.8 / 0.7 / 0.5:
 *   7,792 / 7,792 / 7,792 / 7,789 (odd half unchanged or down), kit unchanged;
 * - a sentence with no verb or auxiliary (a table row, a caption) ×0.8 / 0.6: 7,786 / 7,784, and storyD question
 *   not-covered 0.028 → 0.056;
 * - a question's word held only inside another name of two or more capitalised words ("Ada Brune" for a
 *   question on "Ida Brune", "the Spring Cup" for "the Autumn Cup") not counted as held: 7,786 (even
 *   3,790, odd 3,996), kit hit@1 unchanged but storyF answer 0.722 → 0.694 (summary line);
 * - for a question asking what did / was, a sentence with could / might / may ×0.8 (previews against results):
 *   storyF question hit@1 0.750 → 0.722, storyD unchanged;
 * - the answer-type bonus per kind (0.25 now for who / where): person 0.4 / 0.15, 7,783 / 7,787; place 0.4 / 0.15,
 *   7,791 / 7,788; duration 0.6, 7,790; date 0.6, 7,792 — the hand weights sit at a flat optimum.
 * Round 24 (scripts/firstExcerptVariants.ts, eval:squad's first excerpt right, 7,655 before; training / held back 3,718
 * / 3,937), each tried alone and dropped:
 * - the question's common words (not names) the sentence before in its paragraph holds, at 0.15 / 0.3 / 0.5 in the
 *   score's coverage: 7,653 / 7,652 / 7,651, and storyD question hit@1 0.639 → 0.611 at each;
 * - the question's words the article's headline holds, 0.15 / 0.3: 7,654 / 7,655; storyD and storyE hit@1 down one;
 * - a question word held only as an adverb in "-ly" ("shortly" for "short") not counted: 7,653, storyD not-covered up;
 * - a sentence mostly inside quotation marks, for a question not asking what was said, ×0.85 / 0.7 / 0.5: 7,654 /
 *   7,654 / 7,638, storyD hit@1 and answers down (news quotations answer questions of fact);
 * - a sentence speaking only of the other sex than the side a question names ("the women's race"), ×0.8 / 0.6: kit
 *   hit@1 unchanged, storyD not-covered up at 0.6; a who-question's type bonus for a sentence opening with a definite
 *   description of a person ("The Norwegian …"): 7,655 (2 won, 2 lost); "those", "such", "both", "among them" opening
 *   an antecedent's sentence, on the tree with RANKING.otherNumber (7,664): 7,664 (with its share, 7,666: training
 *   half only);
 * - corroborate's SAME_FACT_OVERLAP 0.5 / 0.4 (more near-copies folded): kit answers and storyE hit@1 down.
 * Round 24 (kit, with RANKING.preview and RANKING.askedUnit), each tried and dropped:
 * - a sentence whose people are all of the other sex than the one asked (askedSex: "the men's final"), read from its
 *   named people's given names or honorifics, its he / she pronouns and its person nouns of one sex, scoring ×0.8 /
 *   0.6 / 0.4: kit hit@1 unchanged at each (the sentence below the demoted one was wrong too), a storyD question
 *   refused; SQuAD first excerpt at 0.6, 7,667 → 7,668 (2 won, 1 lost);
 * - a sentence opening with a definite description of a person ("The Norwegian, who …", "The 31-year-old …": a
 *   demonym, an age or a person noun among the words after "the") taking the sentence before's BM25 share as a
 *   pronoun's sentence does (RANKING.antecedentShare): storyD question hit@3 0.806 → 0.778 and answer down one (the
 *   share went to a description on another match; the wanted one adds no question word to the sentence before).
 * Round 26 (scripts/rankVariants.ts, the ranker's own first sentence right on SQuAD pooled, 7,816 of 10,570 before,
 * even / odd 3,818 / 3,998, MRR 0.8118), each tried alone and dropped:
 * - the question's words standing together in one clause (the sentence cut at commas, semicolons, colons, brackets,
 *   dashes and quotation marks): the idf share held by the best clause added to the score at 0.05 / 0.15, 7,808 /
 *   7,808; the share held outside it as a penalty, ×(1 − 0.15 / 0.4 × share), 7,812 / 7,769 (word proximity again:
 *   the coverage and the pair bonus already read what concentration tells);
 * - a sentence whose article never writes the question's rarest term the story writes, ×0.95 / 0.9 / 0.75 / 0.5:
 *   7,827 / 7,819 / 7,776 / 7,612; the rarest of the question's names (questionNames) ×0.9 / 0.75 / 0.5, 7,823 /
 *   7,801 / 7,748; each name the article lacks ×0.85 / 0.6, 7,809 / 7,749. On the kit every form lost: storyF's
 *   summary line command hit@1 0.750 → 0.722 at each of rarest 0.95 / 0.9 and names 0.9 / 0.95 / 0.75 / 0.6 /
 *   0.5 (and rarest 0.95 storyD question hit@1 0.694 → 0.667, rarest 0.9 storyE answer 0.972 → 0.889): an article
 *   of a news story is long and its rarest question word often stands in a sibling article (on SQuAD an article is
 *   a paragraph, which RANKING.passage already reads);
 * - a question's word pair written the other way round ("renamed the ferry" for "the ferry renamed") counted as a
 *   pair at 0.5 / 1 of RANKING.bigram, 7,813 / 7,809; a pair with one word written as its WordNet paraphrase
 *   ("Tarrow purchased" for "Tarrow bought") at 0.7 / 1 / 1.5, 7,818 / 7,817 / 7,819 (kit unchanged: noise).
 * WordNet's derivations ("resign" / "resignation") were already paraphrases (relatedWords) and the stem joins most
 * ("elected" / "election"): nothing added.
 * Round 27 (scripts/rankVariants.ts, 7,816 of 10,570 before, MRR 0.8118), each tried alone and dropped:
 * - a wider pool: 20 / 40 more BM25 hits re-ranked, the contrast's shares still counted over the first 40 (counted
 *   over all, the wider pool lost: round 12's 60 candidates): 7,816 / 7,816, right sentence among the candidates
 *   10,152 → 10,231 / 10,286, MRR 0.8123 / 0.8125 — the added hits never come first, and each costs the ranker's work;
 * - a "he"/"she" sentence holding the name of the person last named in the 2 / 3 / 5 sentences before it in its
 *   article (the name's words alone, at 0.5 / 1 of their weight; antecedentTerms reads only the sentence before, or
 *   two when that one points back too): 7,816 at each, MRR 0.8118 → 0.8119; kit unchanged;
 * - for a "who said" question, a quotation a pronoun says ('"…," he said.') lifting the sentence before it that names
 *   a person, as RANKING.referent lifts: kit unchanged (the answer's own sentence, the quotation the catalogue
 *   attributes, is shown first whatever the ranker puts first).
 * - a second search seeking the question's WordNet paraphrases as well (at 0.15 / 0.2 / 0.3 / 0.4 / 0.7 / 1 of their
 *   own boost), its best 10 / 20 / 40 hits not among the 40 added as candidates (BM25 share scaled to the first
 *   search's best; the contrast still over the first 40): pool 20 at 0.7 / 0.4 / 0.2, 7,804 / 7,819 / 7,815 (among the
 *   candidates 10,251 / 10,257 / 10,261, MRR 0.8107 / 0.8125 / 0.8125); pool 10 at 0.7, 7,804; pool 40 at 1 / 0.3,
 *   7,793 / 7,818 (MRR 0.8129): a few questions for a second search per question, too few to keep.
 * Round 28 (kit misses with the right sentence not first, storyD and storyE, both modes: 29 rows; what beat it: a
 *   paraphrase the question does not use, 12 (six questions: WordNet links three of the pairs not at all, one a noun
 *   derived from a phrasal verb's synonym, one a converse verb; the one it links stands 30th in BM25); the question's
 *   subject written only in a sentence two or more before, or in the speaker's, 9; a sentence on another event naming
 *   the same people or category, 4; a near tie, 4 — 12 of the rows have the right sentence second or third and the
 *   right answer read from it, not moved first).
 *   Each tried alone and dropped (scripts/rankVariants.ts, 7,816 of 10,570 before, even / odd 3,818 / 3,998, MRR
 *   0.8118):
 * - the BM25 share to a power in the hand score (share^p: a share held by one rare question word weighs less against
 *   coverage): p 0.5 / 0.75 / 0.9, 7,829 / 7,830 / 7,825 (MRR 0.8131 / 0.8129 / 0.8124); kit hit@1 unchanged at 0.75 to
 *   0.9, but from 0.85 down a storyE answer lost (the flatter scores weigh a lower excerpt's answer more in extraction)
 *   and at 0.75 a storyD one; at 0.9 SQuAD reading F1 0.52263 → 0.52257 (5 won, 6 lost), held back 0.5501 → 0.5495,
 *   eval:refusal train own answered 0.898 → 0.896 (test F1 0.528 → 0.529), eval:typed unchanged but one fewer right
 *   answer at ≥ 0.8; the scores raised back to the power 1 / p after ranking (the order kept, the scale restored),
 *   storyD hit@1 down one, storyF command down one;
 * - for a question asking by a focus noun, a sentence where a name the question does not give stands right before
 *   that noun ("the Corvane lender" for "which lender") taking 0.15 / 0.25 / 0.4 more answer-type bonus: storyE hit@1
 *   0.889 → 0.917 (both modes), the rest of the kit unchanged, but SQuAD 7,812 at each (even −4);
 * - the name of the speaker the people catalogue attributes a sentence's quotation to counted as written in it, alone
 *   and with the share of the sentence naming the speaker (up to 3 before): 7,816, kit unchanged (the quotation that
 *   answered one storyE question adds no question word to its speaker's sentence, and it is a paraphrase it misses);
 * - WordNet related words from the first sense per part of speech only / three senses (scripts/buildLexicon.ts
 *   RELATED_SENSES, 2): kit storyD hit@1 0.722 / 0.694 → 0.694 / 0.667 (not-covered 0.056 → 0.028) / storyF's
 *   summary line hit@1 0.750 → 0.722 — a second sense's synonym lifts a wrong storyD sentence, but the first sense
 *   alone loses more.
 * Round 28, the passage score and word forms (scripts/rankVariants.ts, 7,816 before), each tried alone and dropped:
 * - the passage score (RANKING.passage) with BM25 parameters of its own (the sentences' k 1.2, b 0.7, d 0.5): b 0.8,
 *   7,821 (3,816 / 4,005, MRR 0.8122), kit, eval:typed and SQuAD reading identical (a paragraph alone is its own best
 *   passage), but eval:refusal train own answered 0.898 → 0.897, F1 0.494 → 0.493, near refused 0.666 → 0.665, test F1
 *   0.528 → 0.527, near 0.676 → 0.675; b 0.85 / 0.9 / 1, 7,823 / 7,825 / 7,828 (MRR 0.8129 at 1, both halves up), but
 *   storyD answer 0.778 → 0.750 at each (a short when-question refused, another match's sentence first) and at 0.9
 *   storyF command hit@1 0.750 → 0.722; b 0.5 / 0.3, 7,805 / 7,787; k 0.8 / 2 / 3, 7,817 / 7,812 / 7,793; d 0 / 1,
 *   7,813 / 7,818 (b 0.8 with d 1, 7,820, storyD question hit@1 0.694 → 0.667); b 0.9 with k 0.8, 7,825, with
 *   RANKING.passage 1.2, 7,823; b 1 with k 1.5, 7,823. A paragraph's length weighing more lifts a short paragraph
 *   that holds the question's words over a long one repeating its topic, but a dozen questions in 10,570;
 * - the passage share to the power 0.5 / 2 in the score, 7,795 / 7,801; as a share of the best candidate's passage
 *   rather than the story's best, 7,816 (the same passages nearly always);
 * - a bonus per three consecutive question terms in the sentence (beside RANKING.bigram's pairs) at 0.04 / 0.1, 7,811 /
 *   7,806;
 * - the question terms a sentence lacks that the first sentence of its paragraph holds (the subject a paragraph names
 *   once, later sentences saying "it" or nothing) counted in coverage at 0.15 / 0.3 / 0.5 of their weight: 7,818 /
 *   7,817 / 7,824 (MRR 0.8120 / 0.8121 / 0.8125); kit identical at 0.15 and 0.3 (eval:typed too at 0.3), at 0.5 storyD
 *   question hit@1 0.694 → 0.667 and answer 0.778 → 0.722 — RANKING.passage already reads a paragraph's words.
 * What the stemmer misses is not where the misses are: of the even half's 1,327 misses with a right sentence among
 * the candidates, a question word the right sentence (and not the first) writes in another form joins it 0–3 times
 * for each of WordNet's noun and adjective exception lists (wink-eng-lite-web-model ships both), British / American
 * spellings, ordinals ("22nd" / "22") and decades written "1980's"; comparatives and superlatives by their ending,
 * 18 (most of them "after" / "other" read as comparatives).
 * Round 30 (scripts/rankVariants.ts, 7,816 of 10,570 before, even / odd 3,818 / 3,998, MRR 0.8118), each tried alone
 * and dropped:
 * - WordNet's related words read the other way: a story word that lists a question word among its related words when
 *   the question word does not list it (a word's relatives come from its two most frequent senses, so 63,942 of the
 *   table's 201,900 links run one way only: the shared sense is the story word's frequent one and the question word's
 *   rare one), counted in coverage at 0.3 / 0.5 / 0.7 of the word's weight: 7,815 / 7,814 / 7,813 (MRR 0.8119 /
 *   0.8118 / 0.8117), kit unchanged at 0.5 — the rare senses of common words bring in noise as often as a paraphrase;
 *   only for a question word the story never writes, counted and searched beside absentRelatives' at 0.5 / 0.7 / 1:
 *   7,817 at each (3,818 / 3,999), but storyF's summary line hit@1 and answer 0.750 → 0.722 in both modes;
 * - a definite description anywhere in the sentence ("the" + a common noun whose first WordNet sense is a person, a
 *   place or an organisation, not followed by a name of its own: "the town", not "the town of X") credited with the
 *   terms of the last name of a matching entity type in the 3 sentences before it in its article, in coverage at 0.3
 *   / 0.5 / 0.8: 7,816 at each (MRR 0.8119); with the naming sentence's BM25 share taken as a pronoun's sentence takes
 *   its before's (inheritedShare) at 0.5 / 0.8 / 1: 7,816 / 7,817 / 7,817 (MRR 0.8119 / 0.8120 / 0.8120); kit hit@1
 *   unchanged at 0.8 and at 0.8 with the share at 1 (storyE's question answers at ≥ 0.8 12 → 11). Few SQuAD sentences
 *   carry such a description whose referent the tagger typed, and the share rarely reaches the right one from below.
 * Round 33 (scripts/rankRefit.ts, the ranker's own first sentence right on SQuAD pooled, 7,847 of 10,570 before, even /
 * odd 3,834 / 4,013; kit 135 of 172, storyD 44): the sentence before's names in the score is kept (RANKING.beforeNames,
 * with its figures and the gates tried beside it); each of these was tried and dropped:
 * - a question's verb (wink's VERB) the sentence holds only as another part of speech ("the lead designer" for "Who
 *   led …?", one term through the irregular-verb table) counted at −0.1 / −0.2 / −0.4 more in coverage: 7,848 / 7,847 /
 *   7,849 (even 3,834 / 3,833 / 3,833), kit unchanged; the verb held as a verb +0.05 / 0.1 / 0.2, 7,848 / 7,845 / 7,846,
 *   storyD 44 → 43 from 0.1; a question term the sentence holds only after former / ex- / then / onetime / erstwhile /
 *   previous / outgoing / late, when the question writes none of them, −0.2 / −0.5, 7,847 / 7,849 (2 questions), for a
 *   question asking in the present only, −0.3 / −0.6, no question moved: SQuAD and the kit's stories seldom set a past
 *   role against the asked one.
 * Round 34 (scripts/rankRefit.ts's context features, 7,850 of 10,570 before, even / odd 3,836 / 4,014; kit 135 of 172,
 * storyD 44, storyE 65), each tried and dropped:
 * - a question name (PreparedQuery.subject) the sentence lacks in every way, the sentence before not lending it
 *   (RANKING.beforeNames), written by its article's first sentence (a news lead naming in full whom "the Briton",
 *   "the 23-year-old" stand for paragraphs later) or by its title, counted in the score's coverage and lent as
 *   beforeNames', for a sentence not opening with a name of its own: lead 0.2 / 0.5 / 0.8 / 1, title 0 → 7,851 / 7,852 /
 *   7,852 / 7,852; lead and title 0.3 / 0.3 → 7,849, 0.2 / 0.2 → 7,850, lead and title 0.5 / 0.5 → 7,852, title 0.5 alone 7,850; kit 135 at every weight;
 *   with lead and title at 0.3, eval:kit identical on every row, SQuAD reading identical (F1 0.5323, held back
 *   0.5596: the rule reads only stories longer than the candidates), eval:refusal near 0.695 / 0.708 and ≥ 0.8
 *   identical. Without the opening gate (and over terms beforeNames lends as well): lead names 0.2 / 0.3 / 0.4 / 0.5,
 *   7,853 / 7,855 / 7,855 / 7,854, title names 0.3 / 0.5, 7,852 / 7,854, but storyD 44 → 42 at each from 0.2 (a
 *   "which NOUN did X beat" question's first went to a sentence opening with the answer's surname, its lead
 *   writing X), as round 33's ungated beforeNames did; 0.1 / 0.15, 7,850. Every question term the title or the lead
 *   writes (not only names) 0.15–0.5, 7,848–7,853, storyD 42 from 0.3 / 0.5; the learned ranker's headline share added
 *   to the hand score at 0.03 / 0.05, 7,849 with storyD 44 → 46 (a near tie flipped: the title writes "final"), below
 *   0.03 nothing moves. A paragraph of one sentence read with the sentence after it (the before's names in coverage,
 *   its BM25 share as RANKING.subjectShare's), at 0.5 / 1: no question moved on any set (SQuAD's articles are one
 *   paragraph each). The lead's gains sit in the even half (lead 0.8: even 3,836 → 3,839, odd 4,014 → 4,013).
 * Round 35 (scripts/rankRefit.ts's `roleFeatures`, 7,863 of 10,569 before, even / odd 3,842 / 4,021; kit 135 of 172,
 * storyD 44):
 * - kept, as RANKING.mainVerb (squared 0.6), once extractAnswer's contest fallback asked the candidate's sentence for a
 *   question noun, name or adjective beside it (which mended the storyD loss below): a sentence whose first verb
 *   (wink's VERB) is the question's first verb, the asked event told in its first clause:
 *   a flat bonus 0.03 / 0.1 / 0.15 / 0.2 / 0.25 / 0.3 / 0.4 / 0.6, 7,863 / 7,869 / 7,873 / 7,877 (3,849 / 4,028) /
 *   7,869 / 7,869 / 7,852 / 7,841; times the sentence's contrast coverage 0.2 / 0.3 / 0.4 / 0.6, 7,876 / 7,880 / 7,871 /
 *   7,869; times its square 0.4 / 0.6, 7,877 / 7,884 (3,851 / 4,033); times the BM25 share 0.2 / 0.3, 7,872 / 7,868; the
 *   score ×1.1 / 1.2 / 1.3, 7,869 / 7,856 / 7,840; only where the sentence holds every question name (the learned
 *   ranker's `names`), squared 0.4 / 0.6 / 0.8, 7,863 / 7,868 / 7,868 — kit 135 at each. Built (questionVerb.ts,
 *   PreparedQuery.verb, the bonus left out of refusal's score as `lent` is), flat 0.2 and squared 0.6 alike: eval:kit
 *   storyD question answer 0.778 → 0.750 (a "who did X beat in the …" question: a sentence of another match, its first verb
 *   the question's, rose into the third excerpt and the extractor took Y from it), eval:typed clean answer 0.902 →
 *   0.893 (the same question); eval:squad pooled first right 7,701 → 7,727 (P@1 0.729 → 0.731, MRR 0.794 → 0.795),
 *   reading F1 0.5371 → 0.5376 (held back 0.5639 → 0.5644), pooled who / where F1 0.536 / 0.455 → 0.534 / 0.451,
 *   eval:refusal near train 0.699, test 0.724 → 0.723; flat 0.2 with the bonus in refusal's score, eval:refusal near
 *   train 0.699 → 0.692, test 0.724 → 0.721;
 * - tried and dropped: the question's nouns and names (before / after its first verb: the subject's side or the object's) held on the same
 *   side of the sentence's first verb, in coverage +0.1 / 0.2 / 0.4, 7,862 / 7,864 / 7,859; held only on the other side
 *   −0.1 / −0.2 / −0.4, 7,866 / 7,868 / 7,854 (odd 4,020 / 4,020 / 4,009; storyD 44 → 45); its names only −0.1 / −0.2 /
 *   −0.4 and +0.1 / +0.2, 7,860–7,864 (storyD 45); either only with the same first verb, 7,841–7,872; the wanted kind's
 *   entity on the side the question asks (PreparedQuery.role) +0.05 / 0.1 / 0.2, 7,864 / 7,864 / 7,865 with storyD 44 →
 *   43, or only on the other side −0.05 / −0.1 / −0.2, 7,862 / 7,863 / 7,860.
 */

/** A sentence with its score and how much of the question it covers. */
export interface RankedSentence {
  sentence: StorySentence;
  score: number;
  /** idf-weighted share of the question's terms that the sentence holds, in [0, 1]. */
  coverage: number;
  /**
   * The part of `score` the refusal's gates leave out (absent: none): what names only the sentence before writes lend
   * (RANKING.beforeNames) and the first verb's bonus (RANKING.mainVerb) — each orders the sentences, neither tells
   * whether the story answers.
   */
  lent?: number;
  /**
   * The score as evidence, without the ranking-only lifts (absent: `score` itself) — such as RANKING.allTrusted's factor,
   * which orders the sentences and tells nothing of whether or how surely the story answers. The answer, its confidence
   * and the refusal read the sentences by this (answerQuestion.ts), the excerpts are shown by `score`; `lent` is a part
   * of this, not of the lift.
   */
  evidence?: number;
}

/**
 * A ranked sentence's score as evidence: its score without the ranking-only lifts (RankedSentence.evidence).
 *
 * @example evidenceScore({ sentence, score: 1.2, coverage: 1, evidence: 1 }) // → 1
 */
export function evidenceScore(r: Pick<RankedSentence, 'score' | 'evidence'>): number {
  return r.evidence ?? r.score;
}

/** The question as the ranker and the extractor see it. */
export interface PreparedQuery {
  terms: string[];
  kind: AnswerKind;
  /** Lower-cased question text, to tell which entities it already names. */
  text: string;
  /**
   * The question as written, its capitals kept (absent: `text`): what the tagger reads its verbs from, which takes a
   * capitalised word for part of a name ("Where was the Tolly **Bowl** held?") and its lower-cased form for a verb.
   */
  written?: string;
  /** Entity types that answer it, best first (default: those of `kind`). */
  types?: readonly EntityType[];
  /** Types that answer only when the top excerpts hold none of `types` (default: those of `kind`). */
  fallback?: readonly EntityType[];
  /** Where the question puts its answer: the subject of its verb, its object, or either (default). */
  role?: 'subject' | 'object' | 'any';
  /** Terms of the noun a how-many question counts ("how many *drones*"). */
  counted?: string[];
  /** The noun a "which/what NOUN" question names its answer by ("which *insurer*"). */
  focus?: string;
  /** The unit an amount answering it is written in ('score': "6-4 6-3"), where its noun asks for one shape of value. */
  unit?: string;
  /** Whether the question asks for a title or a call sign (questionFrame's `titled`). */
  titled?: boolean;
  /** Whether the question asks why (its frame wants a reason clause). */
  asksReason?: boolean;
  /** For "What is X?" with X a thing (questionFrame's `define`): X, whose description is wanted. */
  define?: string;
  /** For "What does X stand for?" (acronym.ts `abbreviationAsked`): X, whose spelling out is wanted. */
  expands?: string;
  /** The index terms of the names the question asks by (subjectEvidence.ts `subjectTerms`; none given: none). */
  subject?: readonly string[];
  /** The names the question asks by, each as its index terms (subjectEvidence.ts `subjectNames`; none given: none). */
  parties?: readonly (readonly string[])[];
  /** The index term of the question's first verb (questionVerb.ts `questionVerbTerm`; none given: none). */
  verb?: string;
  /** The question asks by "have" as a main verb (questionVerb.ts `asksByHave`; RANKING.haveVerb). */
  have?: true;
}

/** Inverse document frequency of a term in the story. */
export function idf(story: Story, term: string): number {
  const n = story.sentences.length;
  const df = story.documentFrequency.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Ranks sentences for a question: BM25 over sentence, neighbours and headline (the MiniSearch index,
 * read by `searchSentences`; rare query words weigh more, the question's frame words not at all) finds
 * the candidates; they are re-scored by idf-weighted coverage of the question, by holding an entity of
 * the wanted kind that the question does not already name, by shared word pairs, by how well their
 * whole paragraph matches the question, and by the question words only a paraphrase holds. A sentence opening with a pronoun also covers the question words
 * of the sentence before it (antecedent.ts), and scores with that sentence's BM25 share when it adds a
 * question word to it (RANKING.antecedentShare); for a "which NOUN" question, the sentence naming the noun
 * before a pronoun-led one that lacks it scores at least as high as that one (RANKING.referent). A question
 * asking for a score wants a sentence holding one (RANKING.askedUnit); one asking what happened ranks a
 * preview of the event lower (RANKING.preview).
 */
export function rankSentences(story: Story, query: PreparedQuery): RankedSentence[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const weights = new Map(terms.map((t) => [t, idf(story, t)]));
  // "on October 6": a sentence of an article published that day ("today") or dated to it holds those
  // words. They count only there: "October" of "since October 1982" is another day, and searching for
  // the day's words finds such sentences (storyE hit@1 0.778 → 0.833, SQuAD P@1 unchanged).
  const day = questionDay(query.text);
  const dayTerms = new Set(day?.terms ?? []);
  const searched = terms.filter((t) => !dayTerms.has(t));
  const search: SentenceSearch = { limit: RANKING.candidates };
  if (RANKING.queryIdf > 0) search.termBoosts = new Map(terms.map((t) => [t, weights.get(t)! ** RANKING.queryIdf]));
  if (RANKING.passage > 0) search.passages = passagesOf(story);
  // WordNet paraphrases of the question's words count toward coverage (searching for them measured worse).
  const related = RANKING.paraphrase > 0 ? paraphraseTerms(story, query.text, terms) : new Map<string, string[]>();
  const converses = RANKING.converse > 0 ? converseTerms(story, query.text, terms) : undefined;
  const focus = RANKING.kind > 0 && query.focus ? termOf(query.focus) : null;
  const kinds = focus !== null && weights.has(focus) ? kindTerms(story, query.focus!, terms) : undefined;
  const searchFor = [...(searched.length > 0 ? searched : terms)];
  if (RANKING.absentParaphrase > 0 && story.sentences.length > RANKING.candidates) {
    // The noun of a value written as figures ("score": "6-4 6-3") has no relatives worth searching (RANKING.askedUnit).
    const unitNoun = RANKING.askedUnit && query.unit !== undefined && query.focus ? termOf(query.focus) : null;
    const own = unitNoun === null ? searchFor : searchFor.filter((t) => t !== unitNoun);
    searchFor.push(...absentRelatives(story, own, related, search));
  }
  let hits = searchSentences(story.index, searchFor, search);
  const spelled = RANKING.spelledAbbreviation ? abbreviationSpellings(story, searchFor, candidateArticleSentences(story, hits)) : undefined;
  if (spelled) {
    // The spelt-out words are searched too, each at its own boost: the sentence naming "Harbour Master" may hold none of
    // the question's other words.
    const boosts = new Map(search.termBoosts ?? []);
    for (const spelt of spelled.values())
      for (const r of spelt) {
        if (searchFor.includes(r)) continue;
        searchFor.push(r);
        boosts.set(r, idf(story, r) ** RANKING.queryIdf);
      }
    search.termBoosts = boosts;
    hits = searchSentences(story.index, searchFor, search);
  }
  if (hits.length === 0) return [];
  const top = hits[0]!.score;
  // Value sentences of an article whose headline names the question's parties (headlineKind.ts), after the hits.
  const headlined =
    RANKING.headlineKind > 0 && story.sentences.length > RANKING.candidates && query.parties
      ? headlineKindHits(story, query.kind, query.parties, hits, (s) => hasAnswerEntity(s, query), RANKING.headlineKind)
      : undefined;
  if (headlined) hits = [...hits, ...headlined.hits];
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const bigrams = questionBigrams(query.terms);
  const why = RANKING.reason > 0 && query.asksReason === true;
  const described = RANKING.description > 0 && query.define !== undefined ? thingPattern(query.define) : undefined;
  const expanded = RANKING.description > 0 ? query.expands : undefined;
  const typeBonus = why
    ? RANKING.reason
    : described || expanded
      ? RANKING.description
      : (RANKING.answerTypeByKind[query.kind] ?? RANKING.answerType);

  const mainVerb = RANKING.mainVerb > 0 ? query.verb : undefined;
  const haveAsked = RANKING.haveVerb > 0 && query.have === true && story.sentences.length > RANKING.candidates;
  const counted = RANKING.countedFigure > 0 && query.counted && query.counted.length > 0 ? new Set(query.counted) : undefined;
  const maxIdf = Math.max(...weights.values()) || 1;
  const read = hits.map((hit): ReadSentence => {
    const sentence = story.sentences[hit.id]!;
    const words = termListOf(sentence.text);
    // The text's term set is shared (termMemo), read only; a copy is made only where a shifted head is taken out and
    // another kept.
    let present = termSetOf(sentence.text);
    // "president" of "vice-president" is not the president a question asks of (unless it says "vice" too).
    const heads = RANKING.shiftedHeads ? shiftedHeadsOf(sentence.text) : undefined;
    if (heads && heads.size > 0) present = withoutShiftedHeads(sentence.text, present, heads, weights);
    if (RANKING.canonicalNames) present = withCanonicalNames(sentence, present, weights);
    return { sentence, words, present };
  });
  const model = rankWeights();
  // The learned model's features (and the fit's) are computed only when they are read.
  const watched = observer !== undefined || rescorer !== undefined;
  const names = model || watched ? questionNames(read, weights) : new Set<string>();

  const contrast = RANKING.contrast > 0 ? contrastWeights(weights, read) : undefined;
  const pastAsked =
    RANKING.preview < 1 && query.kind !== 'date' && asksPast(query.text) && !(RANKING.previewAsked && ASKED_MODAL.test(query.text));
  const unit =
    RANKING.askedUnit && query.unit !== undefined && read.some((r) => holdsUnit(r.sentence, query.unit!)) ? query.unit : undefined;
  const asked = RANKING.otherNumber < 1 ? questionNumbers(query.text, weights.keys()) : undefined;
  // The question's terms and weights as arrays, read by index for each candidate: iterating the map made an entry
  // and an iterator result per term and candidate (2,000 SQuAD questions at 100k: about 40 candidates and 5 terms each).
  const initials = RANKING.nameInitials ? askedNameInitials(query.written ?? '') : undefined;
  const termList = [...weights.keys()];
  const weightList = [...weights.values()];
  // Only in a story of more sentences than the candidates, as RANKING.absentParaphrase: in one paragraph alone (SQuAD
  // reading) every sentence is a candidate and the sentence before's share lifted a neighbour (reading F1 0.5258 → 0.5243).
  const subjectNames =
    RANKING.subjectShare > 0 && query.subject && story.sentences.length > RANKING.candidates
      ? query.subject.filter((t) => weights.has(t))
      : NO_NAMES;
  // Each candidate's question terms held in no way, negative (−1 − n) where it holds no answer of the wanted kind
  // (RANKING.kindBeside).
  const typedLacked = RANKING.kindBeside > 0 && !model && query.kind !== 'person' ? new Int16Array(hits.length) : undefined;
  // RANKING.allTrusted: only in a story longer than the candidates, where a sentence lacking a term is likelier of
  // another subject; within one short passage a term is often left for the sentences around to say.
  const pooledStory = story.sentences.length > RANKING.candidates;
  const ranked = hits.map((hit, rank): RankedSentence & { x?: number[]; parts?: HandParts | undefined } => {
    const { sentence, words, present } = read[rank]!;
    const onDay = day !== undefined && speaksOfDay(story, sentence, day);
    const lentHeadline = headlined?.lent.get(sentence.id);
    const before = RANKING.antecedent > 0 ? withHeadline(antecedentTerms(story, sentence), lentHeadline) : undefined;
    const otherNumber = asked && asked.size > 0 ? otherNumberTerms(asked, sentence) : undefined;
    let covered = 0;
    let paraphrased = 0;
    let conversed = 0;
    let borrowed = 0;
    let kinded = 0;
    let missing = 0;
    let contrasted = 0;
    // The part of `contrasted` held through the sentence before's names (RANKING.beforeNames).
    let lentContrast = 0;
    let renumbered = 0;
    // The contrast's sum split by how each term is held (for `HandParts`, read only by an observer).
    const heldBy: Record<HeldAs, number> | undefined = watched
      ? { literal: 0, renumbered: 0, paraphrase: 0, converse: 0, antecedent: 0, kind: 0, beforeName: 0 }
      : undefined;
    const lacked: string[] | undefined = watched ? [] : undefined;
    const borrowedTerms: string[] | undefined = watched ? [] : undefined;
    // A question name the sentence holds in no way (RANKING.subjectShare: the sentence before may name it).
    let lackedName = false;
    // How many question terms it holds in no way (RANKING.kindBeside).
    let lackedCount = 0;
    // The terms of the sentence before in its paragraph, read for the first such name (RANKING.beforeNames).
    let namedBefore: ReadonlySet<string> | null | undefined;
    for (let k = 0; k < termList.length; k += 1) {
      const t = termList[k]!;
      const w = weightList[k]!;
      let held = 1;
      let as: HeldAs = 'literal';
      if (dayTerms.has(t)) covered += onDay ? w : 0;
      else if (present.has(t)) {
        covered += w;
        if (otherNumber?.has(t)) {
          renumbered += w;
          held = RANKING.otherNumber;
          as = 'renumbered';
        }
      } else if (holdsEvery(spelled?.get(t), present)) {
        covered += w;
      } else if (RANKING.numeralTwins && present.has(numeralTwin(t) ?? '')) {
        // "five lanterns" held by "5 lanterns" (numeralTwins.ts).
        covered += w;
      } else if (initials !== undefined && present.has(initials.get(t) ?? '')) {
        // "the Harbour Survey Board" held by "HSB" (askedNameInitials).
        covered += w;
      } else if (holdsSome(related.get(t), present)) {
        paraphrased += w;
        held = RANKING.paraphrase;
        as = 'paraphrase';
      } else if (holdsSome(converses?.get(t), present)) {
        conversed += w;
        held = RANKING.converse;
        as = 'converse';
      } else if (before?.has(t)) {
        borrowed += w;
        held = RANKING.antecedent;
        as = 'antecedent';
        borrowedTerms?.push(t);
      } else if (t === focus && ((unit !== undefined && holdsUnit(sentence, unit)) || hasAny(kinds, present))) {
        kinded += w;
        held = RANKING.kind;
        as = 'kind';
      } else {
        missing = Math.max(missing, w);
        held = 0;
        lackedCount += 1;
        lacked?.push(t);
        if (subjectNames.includes(t)) {
          lackedName = true;
          if (RANKING.beforeNames > 0) {
            if (namedBefore === undefined) namedBefore = paragraphBeforeTerms(story, sentence);
            if (namedBefore?.has(t)) {
              held = RANKING.beforeNames;
              as = 'beforeName';
            }
          }
        }
      }
      if (contrast && held > 0 && (!dayTerms.has(t) || onDay)) {
        contrasted += held * contrast.weights.get(t)!;
        if (as === 'beforeName') lentContrast += held * contrast.weights.get(t)!;
        if (heldBy) heldBy[as] += contrast.weights.get(t)!;
      }
    }
    const coverage =
      (covered + RANKING.paraphrase * paraphrased + RANKING.converse * conversed + RANKING.antecedent * borrowed + RANKING.kind * kinded) /
      totalWeight;
    const scoreCoverage = coverage - ((1 - RANKING.otherNumber) * renumbered) / totalWeight;
    const scored = contrast ? (1 - RANKING.contrast) * scoreCoverage + RANKING.contrast * (contrasted / contrast.total) : scoreCoverage;
    let pairs = 0;
    for (let i = 1; i < words.length; i += 1) if (isQuestionBigram(bigrams, words[i - 1], words[i])) pairs += 1;
    let typed = described
      ? describesThing(sentence, described)
      : expanded
        ? spellsOut(sentence.text, expanded)
        : (unit !== undefined ? holdsUnit(sentence, unit) : hasAnswerEntity(sentence, query)) || (why && givesReason(sentence.text));
    // "the 1998 and 2001 regattas" for "When was the regatta?": those years date the other regattas.
    if (
      RANKING.otherReferentDates &&
      typed &&
      query.kind === 'date' &&
      otherNumber !== undefined &&
      otherNumber.size > 0 &&
      datesOtherReferent(sentence, query, otherNumber)
    )
      typed = false;
    const typeScore = typeBonus > 0 && typed ? typeBonus : 0;
    const dayBonus = onDay ? RANKING.day : 0;
    const antecedent = before && opensWithPronoun(sentence) ? hitWithId(hits, sentence.id - 1) : undefined;
    let share = antecedent ? inheritedShare(hit.score / top, antecedent.score / top, before!, present, weights) : hit.score / top;
    if (lackedName) share = pairedShare(story, sentence, share, hits, top, present, termList, subjectNames);
    const previewed = pastAsked && speaksAhead(sentence) ? RANKING.preview : 1;
    const verbBonus = mainVerb !== undefined && leadsWithVerb(sentence, mainVerb) ? RANKING.mainVerb * scored * scored : 0;
    const countsFigure = counted !== undefined && figureCounts(sentence, counted);
    const figureBonus = countsFigure ? RANKING.countedFigure * scored : 0;
    const saysHaveAsked = haveAsked && saysHave(sentence);
    const haveBonus = saysHaveAsked ? RANKING.haveVerb * scored * scored : 0;
    const product = share * (1 + RANKING.coverage * scored) * (1 + typeScore) * (1 + dayBonus);
    const trustedLift =
      RANKING.allTrusted > 0 && pooledStory && lackedCount === 0 && borrowed === 0 && kinded === 0
        ? product * RANKING.allTrusted * previewed
        : 0;
    // The score as evidence, then with the ranking-only lift (RankedSentence.evidence).
    const evidence =
      (product +
        RANKING.bigram * pairs +
        RANKING.passage * (hit.passage ?? 0) +
        (covered / totalWeight >= RANKING.paraphraseFloor ? RANKING.paraphraseShare * (paraphrased / totalWeight) : 0)) *
        previewed +
      verbBonus +
      figureBonus +
      haveBonus;
    const hand = trustedLift > 0 ? evidence + trustedLift : evidence;
    // What the sentence before's names add to `hand`, through the contrast's share of `scored` alone.
    const lent =
      verbBonus +
      figureBonus +
      haveBonus +
      (lentContrast > 0
        ? share * RANKING.coverage * RANKING.contrast * (lentContrast / contrast!.total) * (1 + typeScore) * (1 + dayBonus) * previewed
        : 0);
    if (typedLacked) typedLacked[rank] = typed ? lackedCount : -1 - lackedCount;
    if (!model && !watched)
      return trustedLift > 0 ? { sentence, score: hand, coverage, lent, evidence } : { sentence, score: hand, coverage, lent };
    const x = rankFeatures({
      hand,
      share: hit.score / top,
      rank,
      coverage: covered / totalWeight,
      paraphrase: paraphrased / totalWeight,
      missingIdf: missing / maxIdf,
      pairs,
      ...matchWindow(words, weights),
      names: names.size === 0 ? -1 : [...names].filter((t) => present.has(t)).length / names.size,
      typed,
      kind: query.kind,
      passage: hit.passage ?? 0,
      day: onDay,
      length: words.length,
      index: sentence.index,
      paragraph: sentence.paragraph,
      ...aroundShares(story, sentence, weights, present, totalWeight),
    });
    const parts: HandParts | undefined = heldBy && {
      share,
      covered,
      paraphrased,
      conversed,
      borrowed,
      kinded,
      renumbered,
      total: totalWeight,
      contrastTotal: contrast?.total,
      heldBy,
      lacked: lacked!,
      borrowedTerms: borrowedTerms!,
      contrastWeights: contrast?.weights,
      typed,
      typeBonus: why ? 'reason' : described || expanded ? 'description' : query.kind,
      day: onDay,
      pairs,
      passage: hit.passage ?? 0,
      preview: pastAsked && speaksAhead(sentence),
      countsFigure,
      saysHave: saysHaveAsked,
    };
    if (model) return { sentence, score: linearScore(model, x), coverage, lent: 0, x, parts };
    return trustedLift > 0
      ? { sentence, score: hand, coverage, lent, evidence, x, parts }
      : { sentence, score: hand, coverage, lent, x, parts };
  });
  if (rescorer) {
    // A screened variant's change to each candidate's score, before the lifts read the scores (scripts/rankRefit.ts --screen).
    const delta = rescorer(
      ranked.map((r) => ({ sentence: r.sentence, features: r.x!, parts: r.parts })),
      query,
    );
    if (delta)
      for (const [i, d] of delta.entries()) {
        const r = ranked[i]!;
        r.score += d;
        if (r.evidence !== undefined) r.evidence += d;
      }
  }
  const lifts = RANKING.referent > 0 && !model ? liftReferents(ranked, read, focus, query) : NO_LIFTS;
  if (typedLacked)
    liftKindBeside(ranked, typedLacked, (before, after) => continuesSubject(read[before]!, read[after]!, termList, subjectNames));
  observer?.(
    ranked.map((r) => ({ sentence: r.sentence, features: r.x!, parts: r.parts })),
    query,
    lifts,
  );
  // (Copied without the features only where they were made: a copy of every hit was about 6 MB of a warm
  // 2,000-question pass at 100k.)
  const out = (model || watched ? ranked.map(({ x: _x, parts: _p, ...r }) => r) : ranked).sort((a, b) => b.score - a.score);
  // The model's score is a logit: as its odds against the best, it is a share in (0, 1] like the hand score's.
  if (model && out[0]) {
    const best = out[0].score;
    for (const r of out) r.score = Math.exp(r.score - best);
  }
  return out;
}

/**
 * A text's terms less the heads of its shifted compounds whose prefix the question does not write: the set of the text
 * less every such head (termMemo, shared) where the question writes none of the prefixes, the text's own set where it
 * writes them all, a copy only between (a copy for every candidate sentence with such a compound was ~5 MB of a first
 * 2,000-question pass at 100k).
 */
function withoutShiftedHeads(
  text: string,
  present: ReadonlySet<string>,
  heads: ReadonlyMap<string, string>,
  weights: ReadonlyMap<string, number>,
): ReadonlySet<string> {
  let asked = 0;
  for (const prefix of heads.values()) if (weights.has(prefix)) asked += 1;
  if (asked === 0) return termSetWithoutShiftedHeads(text);
  if (asked === heads.size) return present;
  const own = new Set(present);
  for (const [head, prefix] of heads) if (!weights.has(prefix)) own.delete(head);
  return own;
}

/**
 * The sentence's terms with those of the full names its people stand for ("Varden sailed …" holds "ilsa" when the
 * catalogue reads that "Varden" as "Ilsa Varden"), when that adds a question term; else the same set.
 */
function withCanonicalNames(
  sentence: StorySentence,
  present: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
): ReadonlySet<string> {
  let out: Set<string> | undefined;
  for (const e of sentence.entities) {
    if (e.canonical === undefined || e.canonical === e.text) continue;
    for (const t of termSetOf(e.canonical)) {
      if (!weights.has(t) || present.has(t) || out?.has(t)) continue;
      out ??= new Set(present);
      out.add(t);
    }
  }
  return out ?? present;
}

/**
 * The story's words for a question word it never writes ("tummy" when the story says "stomach"): the question's
 * WordNet relatives of such words, searched at RANKING.absentParaphrase of their own boost (their term boosts are
 * added to `search`). A word the story holds brings none: searching every word's relatives drowns the question.
 * Only in a story of more sentences than the candidates (a smaller one has little left out of them to find). Not a
 * relative the story writes only as a name ("brand" of a sword, not the story's "Ada Brand": writesOnlyAsName).
 * Round 17, with a lower-case English word no longer mended to a look-alike name (answerQuestion's mendTypos): kit
 * storyD hit@1 0.667 / 0.611 → 0.694 / 0.639, hit@3 0.750 → 0.778 (the mended word alone: the same, but storyD
 * not-covered 0.028 → 0.056, a relative matching a person's given name).
 */
function absentRelatives(story: Story, terms: readonly string[], related: ReadonlyMap<string, string[]>, search: SentenceSearch): string[] {
  const out: string[] = [];
  const boosts = new Map(search.termBoosts ?? []);
  for (const t of terms) {
    if (story.documentFrequency.has(t)) continue;
    for (const r of related.get(t) ?? []) {
      if (terms.includes(r) || out.includes(r) || writesOnlyAsName(story, r)) continue;
      out.push(r);
      boosts.set(r, idf(story, r) ** RANKING.queryIdf * RANKING.absentParaphrase);
    }
  }
  if (out.length > 0) search.termBoosts = boosts;
  return out;
}

/** Every sentence of the articles the hits stand in, each article once. */
function* candidateArticleSentences(story: Story, hits: readonly SentenceHit[]): Generator<StorySentence> {
  const done = new Set<string>();
  for (const hit of hits) {
    const articleId = story.sentences[hit.id]!.articleId;
    if (done.has(articleId)) continue;
    done.add(articleId);
    let first = hit.id;
    while (first > 0 && story.sentences[first - 1]!.articleId === articleId) first -= 1;
    for (let i = first; i < story.sentences.length && story.sentences[i]!.articleId === articleId; i += 1) yield story.sentences[i]!;
  }
}

/**
 * Each question term's idf times the share of the candidate sentences that lack it (RANKING.contrast), with
 * their sum (1 when all are 0: every candidate holds every term).
 */
function contrastWeights(
  weights: ReadonlyMap<string, number>,
  read: readonly ReadSentence[],
): { weights: Map<string, number>; total: number } {
  const out = new Map<string, number>();
  let total = 0;
  for (const [t, w] of weights) {
    let holding = 0;
    for (const r of read) if (r.present.has(t)) holding += 1;
    const c = w * (1 - holding / read.length);
    out.set(t, c);
    total += c;
  }
  return { weights: out, total: total || 1 };
}

/**
 * The BM25 share of a sentence whose pronoun stands for what the sentence before it names: the before's,
 * times RANKING.antecedentShare, when that is more than its own and it holds a question word the before
 * lacks (else the pair says nothing the before does not say alone).
 */
function inheritedShare(
  own: number,
  antecedent: number,
  before: ReadonlySet<string>,
  present: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
): number {
  const inherited = antecedent * RANKING.antecedentShare;
  if (inherited <= own) return own;
  for (const t of weights.keys()) if (present.has(t) && !before.has(t)) return inherited;
  return own;
}

/**
 * The terms of the sentence just before this one in its paragraph, when this one does not open with a name of its own
 * (a person, place or organisation the tagger found at its start, after an opening quotation mark): null otherwise.
 */
function paragraphBeforeTerms(story: Story, sentence: StorySentence): ReadonlySet<string> | null {
  const before = story.sentences[sentence.id - 1];
  if (!before || before.articleId !== sentence.articleId || before.paragraph !== sentence.paragraph) return null;
  const opening = OPENING_QUOTE.exec(sentence.text)![0].length;
  for (const e of sentence.entities) if (e.start <= opening && OWN_NAME_TYPES.has(e.type)) return null;
  return termSetOf(before.text);
}
const OPENING_QUOTE = /^["“‘']?/u;
const OWN_NAME_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'PLACE', 'ORG']);

/** A modal of what may come in a question ("What could the mill grind?"; not "may", a month as often). */
const ASKED_MODAL = /\b(?:will|could|might|shall)\b/;

/** No names asked by (one shared list: most questions' ranking reads none). */
const NO_NAMES: readonly string[] = [];

/**
 * The BM25 share of a sentence that lacks a name the question asks by (RANKING.subjectShare): the share of the sentence
 * just before it in its paragraph, times the weight, when that one is a hit, writes such a name, and scores more, and
 * this one holds a question word besides the names (else the pair says nothing the before does not say alone).
 */
function pairedShare(
  story: Story,
  sentence: StorySentence,
  own: number,
  hits: readonly SentenceHit[],
  top: number,
  present: ReadonlySet<string>,
  terms: readonly string[],
  names: readonly string[],
): number {
  const before = story.sentences[sentence.id - 1];
  if (!before || before.articleId !== sentence.articleId || before.paragraph !== sentence.paragraph) return own;
  const hit = hitWithId(hits, before.id);
  if (!hit || (hit.score / top) * RANKING.subjectShare <= own) return own;
  const named = termSetOf(before.text);
  if (!names.some((t) => named.has(t) && !present.has(t))) return own;
  if (!terms.some((t) => present.has(t) && !names.includes(t))) return own;
  return (hit.score / top) * RANKING.subjectShare;
}

/**
 * For a question asking "which/what NOUN" (the noun right after the wh-word): a candidate sentence that opens
 * with a pronoun and lacks the noun, after a candidate that names it, lifts that one to RANKING.referent times
 * its own score and to its coverage, since the pronoun stands for the answer the sentence before names.
 * Scores change in place
 * (the candidates in search order, as `read`).
 */
function liftReferents(
  ranked: RankedSentence[],
  read: readonly ReadSentence[],
  focus: string | null,
  query: PreparedQuery,
): readonly [lifted: number, by: number][] {
  let lifts: [number, number][] | undefined;
  if (focus === null || query.focus === undefined) return NO_LIFTS;
  if (!opensWithWhichFocus(query.text, query.focus.toLowerCase())) return NO_LIFTS;
  const at = new Map(ranked.map((r, i) => [r.sentence.id, i]));
  for (const [i, r] of ranked.entries()) {
    if (read[i]!.present.has(focus) || !opensWithPronoun(r.sentence)) continue;
    const j = at.get(r.sentence.id - 1);
    if (j === undefined || ranked[j]!.sentence.articleId !== r.sentence.articleId || !read[j]!.present.has(focus)) continue;
    const l = ranked[j]!;
    // As evidence the lift is weighed on the scores without the ranking-only lifts (RankedSentence.evidence).
    const evidence = r.evidence !== undefined || l.evidence !== undefined ? evidenceScore(l) : undefined;
    const liftsEvidence = evidence !== undefined && evidenceScore(r) * RANKING.referent > evidence;
    if (r.score * RANKING.referent > l.score) {
      l.score = r.score * RANKING.referent;
      if (evidence === undefined) l.lent = (r.lent ?? 0) * RANKING.referent;
    }
    if (evidence !== undefined) {
      if (liftsEvidence) l.lent = (r.lent ?? 0) * RANKING.referent;
      l.evidence = liftsEvidence ? evidenceScore(r) * RANKING.referent : evidence;
    }
    ranked[j]!.coverage = Math.max(ranked[j]!.coverage, r.coverage);
    (lifts ??= []).push([j, i]);
  }
  return lifts ?? NO_LIFTS;
}

/**
 * RANKING.kindBeside: a candidate holding an answer of the wanted kind takes at least the weight times the score of its
 * neighbour in its paragraph (a candidate too) that holds none, when it lacks fewer of the question's terms
 * (`typedLacked`: each candidate's lacked count, −1 − the count where it holds no such answer); the neighbour's own
 * scores are read, not raised ones. With RANKING.subjectBeside, also of the sentence right before it in any paragraph
 * when it continues that one's subject (`continues`, by indexes into `ranked`: continuesSubject), lacking as many.
 * What it adds is lent. Scores change in place (the candidates in search order).
 */
function liftKindBeside(ranked: RankedSentence[], typedLacked: Int16Array, continues: (before: number, after: number) => boolean): void {
  let raised: [number, number, number][] | undefined;
  for (let i = 0; i < ranked.length; i += 1) {
    const lacked = typedLacked[i]!;
    if (lacked < 0) continue;
    const r = ranked[i]!;
    for (let j = 0; j < ranked.length; j += 1) {
      if (typedLacked[j]! >= 0 || Math.abs(ranked[j]!.sentence.id - r.sentence.id) !== 1) continue;
      const n = ranked[j]!;
      if (n.sentence.articleId !== r.sentence.articleId) continue;
      const told = RANKING.subjectBeside && n.sentence.id === r.sentence.id - 1 && continues(j, i);
      if (n.sentence.paragraph !== r.sentence.paragraph && !told) continue;
      const score = n.score * RANKING.kindBeside;
      const neighbourLacked = -1 - typedLacked[j]!;
      if (!(lacked < neighbourLacked || (told && lacked === neighbourLacked))) continue;
      // As evidence the raise is weighed on the scores without the ranking-only lifts (RankedSentence.evidence).
      const evidence = n.evidence !== undefined || r.evidence !== undefined ? evidenceScore(n) * RANKING.kindBeside : score;
      if (score > r.score || evidence > evidenceScore(r)) (raised ??= []).push([i, score, evidence]);
    }
  }
  if (!raised) return;
  for (const [i, score, evidence] of raised) {
    const r = ranked[i]!;
    if (r.evidence === undefined && evidence === score) {
      if (score <= r.score) continue;
      r.lent = (r.lent ?? 0) + score - r.score;
      r.score = score;
      continue;
    }
    // Where a ranking-only lift is read, the evidence is raised (and lent) on its own scores.
    const was = evidenceScore(r);
    if (evidence > was) r.lent = (r.lent ?? 0) + evidence - was;
    r.evidence = Math.max(was, evidence);
    if (score > r.score) r.score = score;
  }
}

/**
 * Whether sentence `a` continues the subject of `b`, the sentence right before it: it opens by pointing back
 * (antecedent.ts), writes one of the question's terms that is not one of its subject names (it tells something asked, not
 * only of whom: "It is the third largest town" holds none), and `b` names, ahead of its first verb, one of the question's
 * subject names that `a` does not write.
 */
function continuesSubject(b: ReadSentence, a: ReadSentence, terms: readonly string[], names: readonly string[]): boolean {
  if (names.length === 0 || !pointsBack(a.sentence)) return false;
  if (!terms.some((t) => a.present.has(t) && !names.includes(t))) return false;
  const lacked = names.filter((t) => !a.present.has(t));
  if (lacked.length === 0) return false;
  for (const token of b.sentence.tokens) {
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
    const t = termOf(token.text);
    if (t !== null && lacked.includes(t)) return true;
  }
  return false;
}

/** No referent lifted (one shared list: most questions lift none, and a list per ranking is an allocation each). */
const NO_LIFTS: readonly [number, number][] = [];

/** A question's opening "which" or "what" (its first group) and the white space after it (its second). */
const WHICH_OR_WHAT = /^(which|what)(\s+)/;

/**
 * Whether a question opens "which/what FOCUS" with the focus a whole word ("which ferry crossed …", not "which
 * ferryman …"): what `/^(?:which|what)\s+FOCUS\b/u` finds, without a pattern made and compiled for every question.
 *
 * @example opensWithWhichFocus('which ferry left Orsk harbour?', 'ferry') // → true
 */
export function opensWithWhichFocus(text: string, focus: string): boolean {
  const opening = WHICH_OR_WHAT.exec(text);
  if (!opening) return false;
  // The pattern's `\s+` gives back white space when the focus opens with some: each place after one space or more.
  for (let at = opening[0].length; at > opening[1]!.length; at -= 1) {
    if (text.startsWith(focus, at) && wordBoundaryAt(text, at + focus.length)) return true;
  }
  return false;
}

/** Whether a regular expression's `\b` (no `i` flag) holds at `at`: the characters either side differ in being word characters. */
function wordBoundaryAt(text: string, at: number): boolean {
  return (at > 0 && isWordCode(text.charCodeAt(at - 1))) !== (at < text.length && isWordCode(text.charCodeAt(at)));
}

/** Whether the sentence holds an amount written in this unit ("6-4 6-3": 'score'). */
export function holdsUnit(sentence: StorySentence, unit: string): boolean {
  return sentence.entities.some((e) => e.unit === unit);
}

/** Whether a sentence's terms hold any of these (none: false). */
/**
 * The hit of sentence `id` among `hits`, or undefined: looked up only for a sentence that opens with a pronoun, so
 * a scan, not a map of every hit made for each question (about 8 MB of a warm 2,000-question pass at 100k). From the
 * end, as a map of them would keep the last of two hits of one sentence.
 */
function hitWithId<H extends { id: number }>(hits: readonly H[], id: number): H | undefined {
  for (let i = hits.length - 1; i >= 0; i -= 1) if (hits[i]!.id === id) return hits[i];
  return undefined;
}

/**
 * Whether `present` holds every one of `terms` (none given: false). Indexed, no closure per term of each candidate
 * sentence (with `holdsSome`, about 5 MB of a warm 2,000-question pass at 100k).
 */
function holdsEvery(terms: readonly string[] | undefined, present: ReadonlySet<string>): boolean {
  if (!terms) return false;
  for (let i = 0; i < terms.length; i += 1) if (!present.has(terms[i]!)) return false;
  return true;
}

/** Whether `present` holds one of `terms` (none given: false). */
function holdsSome(terms: readonly string[] | undefined, present: ReadonlySet<string>): boolean {
  if (!terms) return false;
  for (let i = 0; i < terms.length; i += 1) if (present.has(terms[i]!)) return true;
  return false;
}

function hasAny(wanted: ReadonlySet<string> | undefined, present: ReadonlySet<string>): boolean {
  if (!wanted) return false;
  const [small, large] = wanted.size < present.size ? [wanted, present] : [present, wanted];
  for (const t of small) if (large.has(t)) return true;
  return false;
}

/** How a question term is held, for the contrast's sum split in `HandParts`. */
type HeldAs = 'literal' | 'renumbered' | 'paraphrase' | 'converse' | 'antecedent' | 'kind' | 'beforeName';

/**
 * The inputs of a candidate's hand score before RANKING's weights are applied (for scripts/rankRefit.ts, which
 * re-scores them under other weights): the coverage's idf sums by how each term is held, the contrast's (`heldBy`,
 * over `contrastTotal`), the answer-type bonus's key (a kind, or 'reason'), and the other terms of the score.
 */
export interface HandParts {
  share: number;
  covered: number;
  paraphrased: number;
  conversed: number;
  borrowed: number;
  kinded: number;
  renumbered: number;
  total: number;
  contrastTotal: number | undefined;
  heldBy: Record<HeldAs, number>;
  /** The question terms the sentence holds in no way (for rankRefit's features of what its neighbours hold). */
  lacked: string[];
  /** The question terms the sentence holds only through the sentence before it (antecedent.ts). */
  borrowedTerms: string[];
  /** The contrast's weight of each question term (RANKING.contrast), shared by the question's candidates. */
  contrastWeights: ReadonlyMap<string, number> | undefined;
  typed: boolean;
  typeBonus: AnswerKind | 'reason' | 'description';
  day: boolean;
  pairs: number;
  passage: number;
  preview: boolean;
  /** Whether a figure is followed by the noun a how-many question counts (RANKING.countedFigure). */
  countsFigure: boolean;
  /** Whether it says "have" as a main verb for a question asking by it (RANKING.haveVerb). */
  saysHave?: boolean;
}

/**
 * What the fit reads: every candidate sentence of a question with its features (and its hand score's parts), in BM25
 * order, and the referent lifts made ([lifted, by] candidate indexes: RANKING.referent).
 */
export type RankingObserver = (
  candidates: { sentence: StorySentence; features: number[]; parts?: HandParts | undefined }[],
  query: PreparedQuery,
  lifts: readonly [number, number][],
) => void;
let observer: RankingObserver | undefined;

/** Hands each ranking's candidates and features to `fn` (for `npm run fit:ranker`); undefined stops. */
export function observeRanking(fn: RankingObserver | undefined): void {
  observer = fn;
}

/**
 * A change to each candidate's score (in BM25 order, as the observer's list), added before the lifts: how
 * scripts/rankRefit.ts --screen runs a variant of the hand score through the whole answer stage.
 */
export type RankingRescorer = (
  candidates: { sentence: StorySentence; features: number[]; parts?: HandParts | undefined }[],
  query: PreparedQuery,
) => readonly number[] | undefined;
let rescorer: RankingRescorer | undefined;

/** Adds `fn`'s change to every ranking's candidate scores (for a screen of a variant); undefined stops. */
export function rescoreRanking(fn: RankingRescorer | undefined): void {
  rescorer = fn;
}

/** Each sentence's paragraph as a passage number, made once per story. */
export const passagesOf = slicedPerStory(function* (story: Story): Generator<void, Passages, void> {
  const ids = new Map<string, number>();
  const ofSentence = new Int32Array(story.sentences.length);
  for (let i = 0; i < story.sentences.length; i += 1) {
    if (i % 1024 === 1023) yield; // a warm-up's slice ends here (see slicedPerStory)
    const s = story.sentences[i]!;
    const key = `${s.articleId}\u0000${s.paragraph}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    ofSentence[i] = id;
  }
  return { ofSentence, count: ids.size };
});

/**
 * The terms to search for: the question's terms less the words of its frame ("when", "what kind of",
 * "in what year": see questionFrameWords; the count of "Who were two people …": peopleCount), unless that leaves none.
 */
export function searchTerms(query: PreparedQuery): string[] {
  const frame = questionFrameWords(query.text);
  const count = peopleCount(query.kind, query.text, query.focus);
  if (count !== undefined) frame.add(count);
  if (frame.size === 0) return query.terms;
  const frameTerms = new Set([...frame].map(termOf));
  const terms = query.terms.filter((t) => !frameTerms.has(t));
  return terms.length > 0 ? terms : query.terms;
}

/**
 * Whether every entity of the wanted kind a sentence holds (hasAnswerEntity's) is a date written right before a noun of
 * the question that the sentence writes in the other number (`otherNumber`: otherNumberTerms), alone or in a series ("the
 * 1998 and 2001 regattas", "the 1990, 1994 races" for "When was the regatta?"): those dates tell which of the other
 * referents is meant, not when the asked one was.
 *
 * @example datesOtherReferent(sentenceOf('She lost the 1998 and 2001 regattas.'), whenQuery, new Set(['regatta'])) // → true
 */
export function datesOtherReferent(sentence: StorySentence, query: PreparedQuery, otherNumber: ReadonlySet<string>): boolean {
  const types = query.types ?? ANSWER_TYPES[query.kind];
  let found = false;
  for (const e of sentence.entities) {
    if (!types.includes(e.type) || writtenInQuestion(e.canonical ?? e.text, e.text, query.text, RANKING.amountUnits && isAmount(e.type)))
      continue;
    const noun = DATES_BEFORE_NOUN.exec(sentence.text.slice(e.end, e.end + 40))?.[1];
    const term = noun === undefined ? null : termOf(noun);
    if (term === null || !otherNumber.has(term)) return false;
    found = true;
  }
  return found;
}

/** The word after a date and any more dates joined to it ("… and 2001 regattas", ", 1994 races"): the noun they date. */
const DATES_BEFORE_NOUN = /^(?:(?:\s*,\s*|\s+(?:and|or|to)\s+|\s*[-–]\s*)\d{2,4}s?)*\s+(\p{L}[\p{L}'-]*)/u;

/** Whether the sentence holds an entity that could answer the question and that the question does not name. */
export function hasAnswerEntity(sentence: StorySentence, query: PreparedQuery): boolean {
  const types = query.types ?? ANSWER_TYPES[query.kind];
  // Indexed, no closure per candidate sentence.
  const entities = sentence.entities;
  for (let i = 0; i < entities.length; i += 1) {
    const e = entities[i]!;
    if (types.includes(e.type) && !writtenInQuestion(e.canonical ?? e.text, e.text, query.text, RANKING.amountUnits && isAmount(e.type)))
      return true;
  }
  return false;
}

/**
 * Whether the question already names this entity (by any of its words of 3+ letters but the stop words: "the" of
 * "Aldo the Bold" or "and" of "Tarn and Velden Railway" names nothing, as nearly every question writes it). Kept for the
 * question being answered: its extraction asks of the same entities in each candidate sentence, for each
 * kind of candidate it tries. SQuAD reading with stop words skipped: 10 won, 1 lost (who 0.6184 → 0.6212, when 0.7371 →
 * 0.7412: "Aldo the Bold", "the close of the 9th century" were no answers to a question writing "the").
 */
export function namedInQuestion(canonical: string, text: string, question: string): boolean {
  return namedIn(answerNames, canonical, text, question, false);
}

/**
 * `namedInQuestion` as the ranker reads it (`hasAnswerEntity`): a stop word of 3+ letters the question writes names the
 * entity too ("the weekend" for any question writing "the"). The ranker's weights were fitted on this reading; read as
 * the answers read it, a when-question's right sentence lost first place on storyE to one holding "the weekend".
 */
function writtenInQuestion(canonical: string, text: string, question: string, amount: boolean): boolean {
  return amount
    ? namedIn(rankerAmounts, canonical, text, question, true, true, RANKING.frameNouns)
    : namedIn(rankerNames, canonical, text, question, true, false, RANKING.frameNouns);
}

/** The entities asked of the latest question, by text (most are their own canonical name) and by canonical + text. */
interface NamedMemo {
  question: string;
  texts: Map<string, boolean>;
  pairs: Map<string, boolean>;
  /** The question's frame nouns (questionFrameNouns), which name no entity; empty when they are read as any word. */
  frame: ReadonlySet<string>;
  /** Whether `frame` was read for `question`. */
  framed: boolean;
}
const newMemo = (): NamedMemo => ({ question: '', texts: new Map(), pairs: new Map(), frame: NO_FRAME, framed: false });
const NO_FRAME: ReadonlySet<string> = new Set();
const answerNames = newMemo();
const rankerNames = newMemo();
/** The amounts asked of the latest question as the ranker reads them (RANKING.amountUnits: by their figures alone). */
const rankerAmounts = newMemo();

function namedIn(
  memo: NamedMemo,
  canonical: string,
  text: string,
  question: string,
  stopWordsName: boolean,
  figuresOnly = false,
  frameNouns = false,
): boolean {
  if (question !== memo.question || memo.framed !== frameNouns) {
    memo.question = question;
    memo.texts.clear();
    memo.pairs.clear();
    memo.framed = frameNouns;
    memo.frame = frameNouns ? questionFrameNouns(question) : NO_FRAME;
  }
  // Most entities are their own canonical name: those are kept by their text, with no key string made for each
  // asking (a "canonical + text" key made per entity of each candidate sentence, then flattened to be hashed).
  const same = canonical === text;
  const kept = same ? memo.texts : memo.pairs;
  const key = same ? text : `${canonical}\u0000${text}`;
  let named = kept.get(key);
  if (named === undefined) {
    if (kept.size >= 10_000) kept.clear();
    kept.set(key, (named = namesEntity(canonical, text, question, stopWordsName, figuresOnly, memo.frame)));
  }
  return named;
}

/**
 * Whether the question names the entity by a word of it; with `figuresOnly` (an amount, RANKING.amountUnits) only by a
 * word holding a figure or a number word: its unit is what the question asks for ("How many years did the Tolly mill
 * stand idle?" ← "It stood idle for six years."), not a sign that the question gives the amount. A word of `frame` (the
 * question's frame nouns, RANKING.frameNouns) names nothing: "century" of "In what century …?" asks for "the 16th century".
 */
function namesEntity(
  canonical: string,
  text: string,
  question: string,
  stopWordsName: boolean,
  figuresOnly = false,
  frame: ReadonlySet<string> = NO_FRAME,
): boolean {
  const words = `${canonical} ${text}`.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  if (
    words.some((w) => (stopWordsName || !STOP_WORDS.has(w)) && (!figuresOnly || namesFigure(w)) && !frame.has(w) && startsWord(question, w))
  )
    return true;
  // A short number the question already holds ("a 20-minute delay" → not "20").
  return SHORT_NUMBER.test(text) && holdsNumber(question, text);
}

/** Whether a word of an amount writes its figure: a digit in it, or a number word ("six", not "years" or "percent"). */
function namesFigure(word: string): boolean {
  return HAS_DIGIT.test(word) || NUMBER_WORDS.has(word);
}
const HAS_DIGIT = /\d/;

/** A number of one or two figures, alone. */
const SHORT_NUMBER = /^\d{1,2}$/;

/**
 * Whether `text` writes the figures `number` as a number of its own: no figure, point or comma before them, and none
 * after them but a point or a comma that ends the sentence's number ("20." holds 20, "20.5" does not) — what
 * `/(?<![\d.,])NUMBER(?![\d.,]\d)/` finds, without a pattern made and compiled for each number.
 *
 * @example holdsNumber('a 20-minute delay at Velden', '20') // → true
 */
export function holdsNumber(text: string, number: string): boolean {
  for (let at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
    const end = at + number.length;
    if (at > 0 && isFigureOrMark(text.charCodeAt(at - 1))) continue;
    if (end + 1 < text.length && isFigureOrMark(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1))) continue;
    return true;
  }
  return false;
}

/** `[\d.,]`: a figure, a point or a comma. */
function isFigureOrMark(code: number): boolean {
  return isDigitCode(code) || code === 46 || code === 44;
}

/**
 * Whether `word` occurs in `text` where a regular expression's `\b` would open it: the character before it and its
 * own first character differ in being ASCII word characters (what `/\bword/u` finds, without a regular
 * expression made and compiled for every word the first time the ranker meets it).
 */
export function startsWord(text: string, word: string): boolean {
  if (word.length === 0) return false;
  const first = isWordCode(word.charCodeAt(0));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at > 0 && isWordCode(text.charCodeAt(at - 1))) !== first) return true;
  }
  return false;
}

/** Whether a figure in the sentence is followed by the noun a how-many question counts ("17 interceptions"). */
function figureCounts(sentence: StorySentence, counted: ReadonlySet<string>): boolean {
  for (const e of sentence.entities) if (isAmount(e.type) && countsAsked(sentence.text, e, counted)) return true;
  return false;
}

/** The sentence before's terms (antecedent.ts) with the headline's lent to it (headlineKind.ts), where there are any. */
function withHeadline(before: ReadonlySet<string> | undefined, headline: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  if (headline === undefined) return before;
  if (before === undefined) return headline;
  return new Set([...before, ...headline]);
}
