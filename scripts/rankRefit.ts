/**
 * Refits the hand ranker's weights (RANKING in src/answer/rankSentences.ts) jointly, from one build: every question's
 * candidates are ranked once with an observer catching each one's hand-score parts (`HandParts`: the coverage's sums
 * by how each term is held, the answer-type key, the pairs, the passage share …) and the learned ranker's facts, then
 * re-scored offline under other weights, which takes milliseconds a variant. Sets: SQuAD v1.1 dev pooled, even
 * articles (fit) and odd ones (held back), a sentence right when it holds any annotator's answer (as
 * scripts/rankVariants.ts counts); and the fit stories in both modes (story-dev, storyD, storyE — never storyF), a
 * sentence right when it holds a gold evidence fragment.
 *
 *   npx tsx scripts/rankRefit.ts [--squad PATH] [--shared DIR] [--variants JSON] [--search] [--save FILE | --load FILE] [--diff] [--misses N] [--pairs N] [--screen]
 *
 * --screen: each variant also run through the whole answer stage on the kit and scored as eval:kit scores it (hit@1 /
 * hit@3 by the excerpts shown, the short answer, uncovered questions refused; both modes; storyF as totals only), the
 * fit stories' rows it wins and loses named (`screen` below). About two minutes a variant; `--load /dev/null` screens
 * without SQuAD.
 *
 * --variants: a JSON list of weight sets (RANKING's field names, `answerType.KIND` for answerTypeByKind, and the extra
 * features below by name, each added to the hand score times its weight), each printed with its counts; `{}` is the
 * built ranker, whose count checks the offline score against rankSentences' own order. --search: coordinate ascent
 * over every weight from the built ones, a step taken when it raises the even half's count and loses none of the fit
 * stories' questions; each step prints all the counts, the odd half telling whether it carries. --save keeps the
 * caught candidates in a file, one question a line, and --load reads them back (the code must not have changed in
 * between). The neighbour features (`neighbourFeatures`: cov_* added to the coverage, share_* a share taken as the
 * pair's) read what the sentences before a candidate in its paragraph hold of the question's names or nouns; any
 * extra feature named cov_* is added to the score's coverage and share_* taken as the pair's share (`heldFormFeatures`:
 * the question's verbs held only as another part of speech or as verbs, its terms held only after former / ex- / then).
 * Each variant's line ends with the questions it won and lost against the built weights, by set; --diff names the kit's,
 * with the first sentence before and after (each question and each candidate's text are kept in the --save file).
 * --misses N prints N SQuAD questions, evenly spaced, whose first candidate under the built weights is wrong, with the
 * right sentence's place among the candidates (for classifying the ranker's misses).
 * About as long as rankVariants.ts to build and prepare (5 minutes on the development machine), then seconds.
 *
 * Measured (round 31; the offline score reproduces rankVariants' 7,816 of 10,570, even / odd 3,818 / 3,998; kit 133 of
 * 172 first right): the joint search (kit weight 10, one pass) took even 3,818 → 3,844 while odd went 3,998 → 3,997 (coverage
 * 1.2, answer types 0.31 / number 1.25 / date 0.5, paraphrase 1.4, kind 0.8, paraphraseFloor 0.2, contrast 1.25,
 * otherNumber 0.64, then missingIdf −0.1, window −0.03, neighbourOnly −0.1, headline 0.03: even 3,852, odd 3,998) — the
 * hand weights sit at an optimum that carries, and a refit learns the fit half. Single features, each alone: a wanted
 * answer within 5 words of a question word +0.1 / beyond −0.1, 7,826 (3,825 / 4,001; round 12's form of it lost a
 * storyE question); a "What is X?" sentence defining X (a pattern) +0.3 / 0.8, 7,827 / 7,830 — kept, as
 * RANKING.description with defineThing's own reading. With that at 0.25 (7,825: 3,818 / 4,007): "What does X stand
 * for?" and "(X)" +0.3 / 1, 7,829 / 7,830 — kept with it; a naming question ("the name of …") and "called / named /
 * known as" a name +0.1 / 0.3 / 0.6, 7,827 / 7,824 / 7,826; a question word the sentence lacks joined by a word of the
 * same first five letters +0.1 / 0.3, 7,827 / 7,822 (the even half 3,818 / 3,816). Kit first-right unchanged by each.
 * Round 34 (`contextFeatures`, 7,850 / kit 135 before): the question terms a sentence lacks that its article's title or
 * first sentence writes, all, names or nouns, and a one-sentence paragraph's names read with the sentence after it —
 * at most +5 on SQuAD, storyD −2 from 0.2 ungated (figures in rankSentences.ts, MEASURED, round 34).
 * Round 35 (`roleFeatures`, 7,863 / kit 135 before, even / odd 3,842 / 4,021): the question's nouns and names on the
 * same or the other side of the sentence's first verb as of the question's (cov_role*, cov_nameRole*), the wanted kind's
 * entity on the asked side (typedRole / typedOtherRole), and the sentence's first verb being the question's (mainVerb;
 * times the coverage squared at 0.6, 7,884, but a storyD answer lost in eval:kit) — figures in rankSentences.ts, MEASURED,
 * round 35.
 * Round 36 (`catalogueRoleFeatures`, 7,864 / kit 135 before, even / odd 3,842 / 4,022; storyD 44, storyE 65): a question
 * name the sentence lacks, held through a role the people catalogue gives its person written as a definite description
 * ("the Dane", "the defending champion"): any such person (cov_roleRefAny) 0.3 / 0.6 / 1 → 7,864 / 7,864 / 7,863;
 * the last person its article named before with that role (cov_roleRefArt) 0.3 / 0.6 / 1 → 7,864 at each; the only
 * person of the story with it (cov_roleRefOnly) 0.5 / 1 → 7,864 / 7,864 — kit 135 at every weight. The candidates holding it are seldom right:
 * 11 of 1,132 (Any), 3 of 106 (Art), 1 of 146 (Only), over 556 questions (27 of them the kit's): a role word names
 * many people of a story (a nationality: seven people in one kit story), and the kit's gold sentence of this kind ("The Dane, who
 * lost …") opens with it and already borrows the sentence before's words (antecedent.ts). The other way round
 * (`namedRoleFeatures`): a lower-case question word the sentence lacks held by a role the catalogue gives a person the
 * sentence names (cov_namedRole; with the word's WordNet relatives, cov_namedRoleRel; who-questions only, *Who) at 0.3 /
 * 0.6 / 1 → 7,863 / 7,863 / 7,864, 7,863 / 7,862 / 7,864, 7,864 / 7,864 / 7,865, 7,864 / 7,864 / 7,864 (the best, Who at
 * 1, one even question won), kit 135 at each: the candidates holding it are right 55 of 1,815 times (Rel 73 of 2,537),
 * over 598 (777) questions — a story's people carry many roles, and a sentence naming the one asked about holds the
 * question's role word itself or through the paraphrases already counted.
 * Round 37 (`textFeatures`, read at --load from the kept texts and each question's contrast weights, so a new one needs
 * no build; 7,863 / kit 135 before, even / odd 3,841 / 4,022; storyD 44, storyE 65), each alone: the question's term of
 * the highest contrast weight held (rarestHeld) 0.03 / 0.1 / 0.3 → 7,849 / 7,841 / 7,781, lacked in every way
 * (rarestLacked) −0.03 / −0.1 / −0.3 → 7,859 / 7,869 / 7,858, its share again in coverage (cov_rarest) 0.1 / 0.3 → 7,851 /
 * 7,846 — storyD 44 → 43 at each, and at 0.3 storyE 65 → 63; the question's first verb and the term after it (its
 * object) within 3 terms (verbObj) 0.03 / 0.1 / 0.3 → 7,865 / 7,863 / 7,857, as a share (cov_verbObj) 0.1 / 0.3 → 7,865
 * / 7,861, held farther apart (verbObjApart) −0.03 / −0.1 → 7,863 / 7,866; the question's consecutive pairs 2–4 terms
 * apart (loosePairs) 0.03 / 0.08 → 7,855 / 7,843 (2–3 apart: 7,856 / 7,848); the share held in the best 6-term window
 * (cov_win6) 0.1 / 0.3 → 7,850 / 7,855, outside it (cov_outside6) −0.1 / −0.3 → 7,861 / 7,868 (12 / 7 even, 5 / 5
 * odd); a number word the sentence writes in digits or the reverse (cov_numForm) 0.3 / 1 → 7,864 / 7,865; few
 * sentence terms beyond the question's (fewExtra, at most 2 / 4) −0.03 / −0.1 → 7,857 / 7,855 and 7,854 / 7,842 (a
 * sentence restating the question is right more often than not), the share of them (extraShare) 0.05 / 0.15 / −0.05 →
 * 7,857 / 7,850 / 7,865; a figure up to 3 words before a how-many question's counted noun (countedFigureText) 0.1 / 0.2
 * / 0.3 / 0.5 / 0.8 / 1.2 → 7,866 / 7,867 / 7,868 (6 won / 1 lost) / 7,867 / 7,867 / 7,868, story-dev 26 → 24 from 0.8
 * (kept as RANKING.countedFigure), no figure there (countedNoFigure) −0.1 / −0.2 → 7,864 / 7,864. The kit's other
 * stories unchanged unless said. Proximity, the rarest word and the verb's object are read already by the coverage, the
 * contrast and the pair bonus. Of 45 misses read with the first holding more of the question than the right second or
 * third, the first was often the sentence just before or after the right one, setting the scene the right one answers
 * in ("… a bronze "7" crowned the gate." / "Each figure weighs …").
 * Round 38 (`pairFeatures`, from each candidate's neighbours kept at --save: the question terms each holds, whether it
 * holds the wanted kind, whether it is right; 7,872 / kit 135 before, even / odd 3,843 / 4,029; storyD 44, storyE 65):
 * --pairs N prints the misses whose right sentence is the first's neighbour (603 of 2,697: both without the wanted kind
 * 382, the first alone with it 56, the right one alone 58) and N of them; with PAIR_DUMP=FILE it writes every first and
 * its neighbour candidates, a line each, for a study of what tells them apart. Kept as RANKING.kindBeside (liftFewer,
 * 1.01, all but who-questions: 7,881, even 3,847, odd 4,034, kit unchanged; for every kind, liftFewerAll,
 * 7,884, but who short answers lost in eval:squad); the rest (cov_pairFill*, pairTypedFill*, share_pairTyped,
 * pairUntypedGive, liftMore / Some / Either / Covers, liftFewerFigure for figures only: 7,877) in rankSentences.ts,
 * RANKING.kindBeside.
 * Round 40 (`pronounFeatures`, `orderFeatures`; with MISS_CENSUS=1 a census of the misses by class, MISS_DUMP=K
 * printing every K-th miss with a right candidate, both sentences told, PRO_CENSUS=1 how often each pronoun feature
 * marks a right one; 7,882 / kit 135 before, even / odd 3,849 / 4,033; story-dev 26, storyD 44, storyE 65). Of the
 * 2,687 SQuAD misses: the right sentence no candidate 417; in the first's paragraph (the same passage share) 807 — it
 * lacks more question terms than the first 387, as many 294, fewer 126, a lower BM25 share 756; in another paragraph
 * 1,463 — its paragraph scoring below the first's 1,122, above 341, lacking more terms 615, as many 725, fewer 123;
 * neither holding the wanted kind 852 + 579, both 418 + 113, only the first 106 + 55, only the right one 87 + 60 (other
 * paragraph + same); the right one 2nd 917, 3rd 416, 4th–5th 353, lower 579. Each tried and dropped: the question terms
 * a sentence lacks that the sentence before holds, lent in coverage when a subject pronoun stands after a comma or a
 * clause word ("…, and it was later moved"; cov_proMid) 0.3 / 0.5 / 0.8 → 7,882 / 7,880 / 7,875 and storyD 44 → 42 at
 * each (the before in its paragraph only, the same); after a possessive (cov_proPoss) 0.3 / 0.5 → 7,883 / 7,881, kit
 * 135; any subject pronoun not opening the sentence (cov_proAny) 0.3 / 0.5 → 7,881 / 7,878, storyD 42; the before's
 * BM25 share taken (share_proMid) 0.8 / 1 → 7,881 / 7,879. The pronoun class is small and unsure: cov_proMid marks
 * 5,137 candidates, 138 of them right, and the right one of a miss 52 times. The contrast share of the question's terms
 * written in the question's order (the longest common subsequence, cov_lcs) 0.1 / 0.2 / 0.4 → 7,873 / 7,870 / 7,864
 * (story-dev 26 → 24 from 0.2);
 * the share held out of that order (cov_lcsGap) −0.1 / −0.2 / −0.4 → 7,880 / 7,882 / 7,878 (storyD 45 at each: one
 * question). The joint search's first steps (coverage 1.2, answer type 0.31, number 1.25, date 0.5): even 3,849 →
 * 3,859, odd 4,033 → 4,022, kit 136 — the hand weights still sit at an optimum that carries.
 * Round 41 (`paraphraseFeatures`, `acronymFeatures`, read at --load like textFeatures; FEAT_CENSUS=a,b prints how often
 * each named feature marks a candidate, a right one, the right one of a miss and the wrong first of a miss; 7,883 / kit
 * 135 before, even / odd 3,849 / 4,034, on round 39's save). Kept: a main-verb "have" in question and sentence (haveMain,
 * RANKING.haveVerb; figures there). Dropped, kit 135 at each unless said: the question terms a sentence lacks held as a
 * WordNet relative without paraphraseTerms' limits (cov_relWide) 0.1 / 0.3 / 0.5 → 7,884 / 7,885 / 7,884; through a
 * relative's relative (cov_rel2, two steps) 0.1 / 0.3 → 7,885 / 7,887 (12 won / 8 lost), the two-step ones alone
 * (cov_rel2only) 0.1 / 0.3 → 7,884 / 7,885; the share the sentence and its paragraph neighbours hold only as relatives
 * (passRel, a paraphrase-aware passage) 0.05 / 0.1 / 0.3 / 0.6 → 7,883 / 7,882 / 7,885 / 7,888 (27 won / 22 lost);
 * literally (passLit) 0.1 / 0.3 → 7,873 / 7,873, kit 130; a name the question spells out ("Orsk Harbour Board")
 * written as its initials in the sentence (cov_acro) 0.3–1.2: no question moved. None separates: cov_rel2 marks 44,065
 * candidates, 944 right, 309 the right one of a miss and 195 a miss's wrong first; passRel 41,327 / 1,340 / 381 / 284.
 * Round 62 (`phraseFeatures`, `paragraphVoteFeatures`, read at --load; 7,914 / kit 139 before, even / odd 3,864 / 4,050;
 * story-dev 26, storyD 48, storyE 65). Census of the 2,655 misses: no candidate 417; rank 2 896, 3 416, 4 204, 5 141,
 * lower 576; in the first's paragraph 792 (the right one lacks more terms 383), in another 1,446 (its paragraph's share
 * lower 1,094). Each alone, every one losing on both halves: run3 0.05 / 0.15 → 7,902 / 7,893, cov_run 0.1 / 0.3 → 7,905 /
 * 7,900; nameWhole 0.05 / 0.15 → 7,907 / 7,896, nameOnlyPart −0.05 / −0.15 → 7,911 / 7,910; bracketSome −0.05 / −0.15 →
 * 7,907 / 7,895, cov_bracket −0.1 / −0.3 / −0.6 → 7,908 / 7,903 / 7,905 (storyD −1); the learned ranker's lead fact in
 * the hand score 0.03 / 0.08 / −0.05 → 7,910 / 7,900 / 7,898 (kit −2 / −3 at the larger); repeat3 −0.03 / −0.08 / −0.2 →
 * 7,908 / 7,903 / 7,897; cov_clause 0.05 / 0.15 / 0.3 / −0.1 → 7,907 / 7,904 / 7,895 / 7,905 (story-dev −2 from 0.05); a
 * paragraph's vote, the count of the 10 best other candidates in it (paraVote) 0.02 / 0.05 / 0.1 / −0.03 → 7,904 / 7,884 /
 * 7,867 / 7,913 (kit −5 … −11), their score's mass (paraMass) 0.03 / 0.08 / 0.2 → 7,905 / 7,881 / 7,848. What marks the
 * right one of a miss marks its wrong first as often or more (run3 151 / 361, nameWhole 235 / 429, bracketSome 139 / 197,
 * repeat3 144 / 352, paraVote 1,665 / 2,148): the rank 2–5 misses read by hand are paraphrase (a phrasal verb against a
 * prefixed one, an adjective against a rarer synonym) or a topic sentence repeating the question's names. As
 * factors of the product (mul_*): mul_run3 0.02 / 0.05 → 7,904 / 7,897, mul_nameWhole 0.02 → 7,907, mul_bracketSome
 * −0.03 → 7,905; mul_repeat3 −0.01 / −0.02 / −0.03 / −0.05 / −0.08 → 7,912 / 7,912 / 7,906 / 7,906 / 7,907 (kept to
 * questions writing a name of 2+ capitalised words it went 7,918 at −0.02, 2 / 0 on each half, but 7,915 at −0.03 and
 * held back 3 / 3 at −0.08: no steady sign).
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type AnswerTrace, traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { RANK_FEATURES, useHandRanking } from '../src/answer/rankModel.js';
import { ANSWER_TYPES } from '../src/answer/answerKind.js';
import { asksForName } from '../src/answer/nameAsked.js';
import { personInTopSenses } from '../src/answer/personPhrases.js';
import {
  type HandParts,
  hasAnswerEntity,
  namedInQuestion,
  observeRanking,
  type PreparedQuery,
  RANKING,
  rescoreRanking,
} from '../src/answer/rankSentences.js';
import { termOf } from '../src/search/terms.js';
import { relatedWordTerms, termListOf, termSetOf } from '../src/answer/termMemo.js';
import { opensWithPronoun } from '../src/answer/antecedent.js';
import { givesReason } from '../src/answer/reasonWords.js';
import { subjectTerms } from '../src/answer/subjectEvidence.js';
import { tagSentence } from '../src/nlp/entities.js';
import { mainHave } from '../src/answer/questionVerb.js';
import { lemmaGuesses } from '../src/answer/paraphrase.js';
import { relatedWords } from '../src/lexicon/index.js';
import { buildStory } from '../src/story/buildStory.js';
import { articleById, type Story, type StorySentence } from '../src/story/story.js';
import { escapeRegExp } from '../src/text/escapeRegExp.js';
import type { Actor } from '../src/actors/actor.js';
import { DEFAULT_SQUAD_PATH, goldSentenceSets, loadSquad } from './squad.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { answerIsRight, FIT_STORIES, fitStories, fold, type GoldItem, readGold } from './storyEval.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    shared: { type: 'string', default: '../shared/eval' },
    variants: { type: 'string', default: '[{}]' },
    search: { type: 'boolean', default: false },
    save: { type: 'string' },
    load: { type: 'string' },
    diff: { type: 'boolean', default: false },
    misses: { type: 'string' },
    pairs: { type: 'string' },
    screen: { type: 'boolean', default: false },
  },
});

/** A candidate as caught: its hand parts, its extra features by name, whether it is right. */
interface Candidate {
  parts: HandParts;
  extra: Record<string, number>;
  right: boolean;
  /** The sentence's text (kit questions only, for --diff). */
  text?: string;
  /** The sentences just before and after it in its article (`neighbourOf`), for the pair features. */
  prev?: Neighbour | undefined;
  next?: Neighbour | undefined;
}
/** A candidate's neighbour as caught: the question terms it holds, whether it holds the wanted kind, whether it is right. */
interface Neighbour {
  held: string[];
  typed: boolean;
  right: boolean;
  /** In the candidate's paragraph. */
  para: boolean;
  /** Opens by pointing back (a pronoun, antecedent.ts). */
  pro: boolean;
  /** Its place among the candidates (−1: none). */
  cand: number;
  text: string;
}
interface Question {
  /** The question as asked. */
  text?: string;
  candidates: Candidate[];
  lifts: readonly [number, number][];
  set: 'even' | 'odd' | 'kit';
  story: string;
  /** The question's contrast weight of each term (RANKING.contrast) and their sum, for `textFeatures`. */
  contrast?: Record<string, number> | undefined;
  contrastTotal?: number | undefined;
  /** The query's first verb's term (PreparedQuery.verb) and its answer kind. */
  verb?: string | undefined;
  kind?: string;
}

/** Extra features read from the learned ranker's facts (rankModel.ts RANK_FEATURES), offered to the refit. */
const FACT_NAMES = ['missingIdf', 'window', 'compact', 'names', 'namesMissing', 'logLength', 'lead', 'neighbourOnly', 'headline'];
const FACT_AT = new Map(FACT_NAMES.map((n) => [n, RANK_FEATURES.indexOf(n)]));
/** Extra features computed here (`computedFeatures`). */
const COMPUTED_NAMES = [
  'typedNear',
  'typedFar',
  'defines',
  'prefixShare',
  'namingCue',
  'expandsAbbreviation',
  'personNoun',
  'typedRole',
  'typedOtherRole',
  'mainVerb',
];
/** Coverage features computed here (`heldFormFeatures`), each a contrast share added to the score's coverage. */
const PAST_ROLE = /^(?:former|ex|then|onetime|erstwhile|previous|outgoing|late)$/i;
/** Features read offline from the question's and the sentence's text (`textFeatures`), added flat to the hand score. */
const TEXT_NAMES = [
  'rarestHeld',
  'rarestLacked',
  'verbObj',
  'verbObjApart',
  'loosePairs',
  'loosePairs3',
  'countedFigureText',
  'countedNoFigure',
  'fewExtra',
  'fewExtra4',
  'extraShare',
  'haveMain',
  'haveMainSq',
  'passRel',
  'passLit',
];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A number written as a word or in digits, as the other form's index term (none: not such a number). */
function otherNumberForm(term: string): string | undefined {
  const at = NUMBER_WORDS.indexOf(term);
  if (at >= 0) return String(at);
  if (/^\d{1,2}$/.test(term) && Number(term) < NUMBER_WORDS.length) return termOf(NUMBER_WORDS[Number(term)]!) ?? undefined;
  return undefined;
}
const IS_FIGURE =
  /^(?:\d[\d,.]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred|thousand|million|billion|dozen)$/i;
const FACT_FEATURES = [
  ...FACT_NAMES,
  ...COMPUTED_NAMES,
  ...TEXT_NAMES,
  'pairTyped',
  'pairUntyped',
  'pairTypedFill',
  'pairUntypedGive',
  'pairTypedFillNb',
  'pairScene',
  'allTrusted',
  'lackedElseTrusted',
  'untrustedElseTrusted',
  'run3',
  'nameWhole',
  'namePart',
  'nameOnlyPart',
  'bracketSome',
  'repeat3',
  'paraVote',
  'paraMass',
];

/**
 * typedNear / typedFar: the sentence holds an answer of the wanted kind the question does not name within / only
 * beyond 5 words of a question term it holds; defines: a "What is X?" / "What does X stand for?" question's X
 * written in the sentence as defined ("X (…", "X is a …", "called X", "… (X)").
 */
function computedFeatures(sentence: StorySentence, query: PreparedQuery): Record<string, number> {
  const out: Record<string, number> = {
    typedNear: 0,
    typedFar: 0,
    defines: 0,
    prefixShare: 0,
    namingCue: 0,
    expandsAbbreviation: 0,
    personNoun: 0,
  };
  // namingCue: a question asking for a name, and a sentence naming something by "called / named / known as …" a name.
  if (
    asksForName(query.text) &&
    /\b(?:called|named|known as|titled|entitled|dubbed|renamed)\s+(?:the\s+)?["“]?[\p{Lu}\p{N}]/u.test(sentence.text)
  )
    out.namingCue = 1;
  // expandsAbbreviation: "What does X stand for?" and a sentence writing "(X)" after its spelling.
  const short = /^what (?:does|did) (?:the )?(?:acronym |abbreviation )?(\S+) stand for/.exec(query.text);
  if (short && sentence.text.toLowerCase().includes(`(${short[1]})`)) out.expandsAbbreviation = 1;
  // prefixShare: the share of the question's terms of 5+ letters the sentence lacks but writes a word beginning with
  // the same 5 letters of ("commonality" / "common", "imperialistic" / "imperialism").
  const own = termSetOf(sentence.text);
  const long = query.terms.filter((t) => t.length >= 5);
  if (long.length > 0) {
    let joined = 0;
    for (const t of long) if (!own.has(t) && [...own].some((w) => w.length >= 5 && w.slice(0, 5) === t.slice(0, 5))) joined += 1;
    out.prefixShare = joined / query.terms.length;
  }
  const types = query.types ?? ANSWER_TYPES[query.kind];
  const matched: number[] = [];
  const terms = new Set(query.terms);
  for (const [i, t] of sentence.tokens.entries()) {
    const term = termOf(t.text);
    if (term !== null && terms.has(term)) matched.push(i);
  }
  let near = false;
  let far = false;
  for (const e of sentence.entities) {
    if (!types.includes(e.type) || namedInQuestion(e.canonical ?? e.text, e.text, query.text)) continue;
    const from = sentence.tokens.findIndex((t) => t.end > e.start);
    let to = sentence.tokens.findIndex((t) => t.start >= e.end);
    if (to < 0) to = sentence.tokens.length;
    if (matched.some((m) => m >= from - 5 && m < to + 5)) near = true;
    else far = true;
  }
  out.typedNear = near ? 1 : 0;
  out.typedFar = far && !near ? 1 : 0;
  const asked =
    /^what (?:is|was|are|were) (?:an? |the )?(.{2,40}?)(?: called)?\s*\?*\s*$/.exec(query.text) ??
    /^what (?:does|did) (?:the (?:acronym|abbreviation) )?(.{2,30}?) (?:stand for|mean)\s*\?*\s*$/.exec(query.text);
  if (asked) {
    const x = escapeRegExp(asked[1]!);
    const defining = new RegExp(
      `${x}\\s*[(,:]|${x}\\s+(?:is|was|are|were|refers)\\s|(?:called|known as|termed|named|as)\\s+["“]?${x}|\\(${x}\\)`,
      'iu',
    );
    out.defines = defining.test(sentence.text) ? 1 : 0;
  }
  // personNoun: a who-question, and a sentence with no wanted entity writing a lower-case person noun the question lacks.
  if (query.kind === 'person' && !near && !far)
    for (const t of sentence.tokens) {
      const term = termOf(t.text);
      if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && term !== null && !terms.has(term) && personInTopSenses(t.text.toLowerCase())) {
        out.personNoun = 1;
        break;
      }
    }
  return out;
}

/**
 * How the sentence holds the question's verbs and roles, as contrast shares (cov_*, added to the coverage):
 * cov_verbAsNoun the question's verbs (wink's VERB) the sentence holds only in words it does not tag VERB ("the lead
 * negotiator" for "Who led …?"), cov_verbAsVerb those it holds as a verb; cov_pastRole the question's terms the sentence
 * holds only right after former / ex- / then … when the question writes none of those, cov_pastRolePresent the same
 * for a question asking in the present (is / are / does / do / has / have).
 */
function heldFormFeatures(
  sentence: StorySentence,
  parts: HandParts,
  questionVerbs: ReadonlySet<string>,
  question: string,
): Record<string, number> {
  const out: Record<string, number> = {};
  const weights = parts.contrastWeights;
  if (!weights || parts.contrastTotal === undefined) return out;
  const asVerb = new Set<string>();
  const asOther = new Set<string>();
  const afterPast = new Set<string>();
  const plain = new Set<string>();
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const term = termOf(t.text);
    if (term === null || !weights.has(term)) continue;
    if (t.pos === 'VERB') asVerb.add(term);
    else asOther.add(term);
    const prev = tokens[i - 1]?.text ?? '';
    const prev2 = tokens[i - 2]?.text ?? '';
    const hyphenPast = /^(?:ex|then|former)-/i.test(t.text);
    if (hyphenPast || PAST_ROLE.test(prev) || (prev === '-' && PAST_ROLE.test(prev2))) afterPast.add(term);
    else plain.add(term);
  }
  let verbAsNoun = 0;
  let verbAsVerb = 0;
  for (const v of questionVerbs) {
    const w = weights.get(v) ?? 0;
    if (asVerb.has(v)) verbAsVerb += w;
    else if (asOther.has(v)) verbAsNoun += w;
  }
  if (verbAsNoun > 0) out.cov_verbAsNoun = verbAsNoun / parts.contrastTotal;
  if (verbAsVerb > 0) out.cov_verbAsVerb = verbAsVerb / parts.contrastTotal;
  const asksPastRole = /\b(?:former|ex|then|onetime|erstwhile|previous|outgoing|late)\b/i.test(question);
  if (!asksPastRole) {
    let past = 0;
    for (const t of afterPast) if (!plain.has(t)) past += weights.get(t) ?? 0;
    if (past > 0) {
      out.cov_pastRole = past / parts.contrastTotal;
      if (/^(?:who|what|which|where|when|how)\s+(?:is|are|does|do|has|have)\b/i.test(question))
        out.cov_pastRolePresent = past / parts.contrastTotal;
    }
  }
  return out;
}

/**
 * Role features (round 35): where the question's nouns and names stand against its first verb (before it: the
 * subject's side, after: the object's), and where the sentence holds them against its own first verb, as contrast
 * shares (cov_roleSame: held on the same side, cov_roleOther: held only on the other side); typedRole: the sentence's
 * wanted-kind entity the question does not name stands on the side the question asks (PreparedQuery.role: subject
 * before the first verb, object after), typedOtherRole: it stands only on the other side.
 */
type QuestionRoles = Map<string, 'S' | 'O'> & { verb?: string | null };
function questionRoles(question: string): QuestionRoles | undefined {
  const tokens = tagSentence(question).tokens;
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 0) return undefined;
  const out: QuestionRoles = new Map<string, 'S' | 'O'>();
  out.verb = termOf(tokens[verb]!.text);
  for (const [i, t] of tokens.entries()) {
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    const term = termOf(t.text);
    if (term && !out.has(term)) out.set(term, i < verb ? 'S' : 'O');
  }
  return out;
}

function roleFeatures(
  sentence: StorySentence,
  parts: HandParts,
  roles: QuestionRoles | undefined,
  query: PreparedQuery,
): Record<string, number> {
  const out: Record<string, number> = {};
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 0) return out;
  const verbAt = tokens[verb]!.start;
  const weights = parts.contrastWeights;
  if (roles && weights && parts.contrastTotal) {
    const sides = new Map<string, Set<'S' | 'O'>>();
    for (const [i, t] of tokens.entries()) {
      const term = termOf(t.text);
      if (term === null || !roles.has(term)) continue;
      let set = sides.get(term);
      if (!set) sides.set(term, (set = new Set()));
      set.add(i < verb ? 'S' : 'O');
    }
    let same = 0;
    let other = 0;
    let nameSame = 0;
    let nameOther = 0;
    for (const [term, side] of sides) {
      const w = weights.get(term) ?? 0;
      const isName = query.subject?.includes(term) ?? false;
      if (side.has(roles.get(term)!)) {
        same += w;
        if (isName) nameSame += w;
      } else {
        other += w;
        if (isName) nameOther += w;
      }
    }
    const total = parts.contrastTotal;
    if (same > 0) out.cov_roleSame = same / total;
    if (other > 0) out.cov_roleOther = other / total;
    if (nameSame > 0) out.cov_nameRoleSame = nameSame / total;
    if (nameOther > 0) out.cov_nameRoleOther = nameOther / total;
    // The same verb first in both: the sides then tell who did what to whom ("Who did the Velden Rovers beat?" / "X beat the Velden Rovers").
    const sentenceVerb = termOf(tokens[verb]!.text);
    if (sentenceVerb !== null && sentenceVerb === roles.verb) {
      out.mainVerb = 1;
      if (other > 0) out.cov_roleOtherSameVerb = other / total;
      if (same > 0) out.cov_roleSameSameVerb = same / total;
    }
  }
  if (query.role === 'subject' || query.role === 'object') {
    const types = query.types ?? ANSWER_TYPES[query.kind];
    let onSide = false;
    let offSide = false;
    for (const e of sentence.entities) {
      if (!types.includes(e.type) || namedInQuestion(e.canonical ?? e.text, e.text, query.text)) continue;
      if (e.start < verbAt === (query.role === 'subject')) onSide = true;
      else offSide = true;
    }
    if (onSide) out.typedRole = 1;
    else if (offSide) out.typedOtherRole = 1;
  }
  return out;
}

/** The index terms of the words wink tags VERB in the question. */
function questionVerbTerms(question: string): Set<string> {
  const out = new Set<string>();
  for (const t of tagSentence(question).tokens) {
    if (t.pos !== 'VERB') continue;
    const term = termOf(t.text);
    if (term) out.add(term);
  }
  return out;
}

/**
 * Neighbour features: the contrast share of the question's subject terms the sentence lacks in every way and a
 * sentence before it holds — `from` the one just before in its paragraph (prev), the paragraph's first (first), or
 * any of the 3 before in the paragraph (back); `subject` the question's names (subjectTerms: Names) or its nouns and
 * names as wink tags them (Nouns); gated on the sentence's opening (any / pronoun or "the" / not a pronoun) and on it
 * holding a question term outside the subject (Pred). share_*: the BM25 share of that sentence when it is a
 * candidate, for a pair's score.
 */
const NEIGHBOUR_FROM = ['prev', 'first', 'back'] as const;
const NEIGHBOUR_SUBJECT = ['Names', 'Nouns'] as const;
const NEIGHBOUR_OPENING = ['Any', 'Points', 'NotPro', 'Anon', 'NoLead', 'NoSubj'] as const;
const NEIGHBOUR_NAMES: string[] = [];
for (const f of NEIGHBOUR_FROM)
  for (const subj of NEIGHBOUR_SUBJECT)
    for (const o of NEIGHBOUR_OPENING)
      for (const pred of ['', 'Pred']) {
        NEIGHBOUR_NAMES.push(`cov_${f}${subj}${o}${pred}`);
        NEIGHBOUR_NAMES.push(`share_${f}${subj}${o}${pred}`);
      }
for (const o of ['Any', 'Pro', 'The']) for (const pred of ['', 'Pred']) NEIGHBOUR_NAMES.push(`share_artBorrowed${o}${pred}`);

function questionNouns(question: string): Set<string> {
  const out = new Set<string>();
  for (const t of tagSentence(question).tokens) {
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    const term = termOf(t.text);
    if (term) out.add(term);
  }
  return out;
}

function neighbourFeatures(
  story: Story,
  list: { sentence: StorySentence; parts?: HandParts | undefined }[],
  query: PreparedQuery,
  question: string,
): Record<string, number>[] {
  const names = new Set(subjectTerms(story, question));
  const nouns = questionNouns(question);
  for (const n of names) nouns.add(n);
  const shareOf = new Map(list.map((c) => [c.sentence.id, c.parts!.share]));
  return list.map(({ sentence, parts }) => {
    // Sparse: only the features a candidate has (a zero for each of every candidate ran the heap out at --save).
    const out: Record<string, number> = {};
    const p = parts!;
    // A name held only through the sentence before it in its article (antecedent.ts, any paragraph): that one's share.
    const prevArt = story.sentences[sentence.id - 1];
    if (prevArt && prevArt.articleId === sentence.articleId && p.borrowedTerms.some((t) => names.has(t))) {
      const share = shareOf.get(prevArt.id) ?? 0;
      const own = termSetOf(sentence.text);
      const predHeld = [...own].some((t) => query.terms.includes(t) && !names.has(t));
      const pro = opensWithPronoun(sentence);
      for (const o of ['Any', 'Pro', 'The']) {
        if ((o === 'Pro' && !pro) || (o === 'The' && pro)) continue;
        for (const pred of ['', 'Pred']) if (!pred || predHeld) out[`share_artBorrowed${o}${pred}`] = share;
      }
    }
    if (!p.contrastWeights || p.lacked.length === 0) return out;
    Object.assign(out, contextFeatures(story, sentence, p, names, nouns, shareOf, query));
    const same = (id: number) => {
      const o = story.sentences[id];
      return o && o.articleId === sentence.articleId && o.paragraph === sentence.paragraph ? o : undefined;
    };
    let firstId = sentence.id;
    while (same(firstId - 1)) firstId -= 1;
    const from: Record<(typeof NEIGHBOUR_FROM)[number], StorySentence[]> = {
      prev: [same(sentence.id - 1)].filter((x): x is StorySentence => x !== undefined),
      first: firstId < sentence.id ? [story.sentences[firstId]!] : [],
      back: [1, 2, 3].map((k) => same(sentence.id - k)).filter((x): x is StorySentence => x !== undefined),
    };
    const own = termSetOf(sentence.text);
    const pronoun = opensWithPronoun(sentence);
    const points = pronoun || /^["“‘']?the\b/i.test(sentence.text);
    const anon = !sentence.entities.some((e) => e.type === 'PERSON' || e.type === 'ORG');
    // NoLead: the sentence does not open with a name; NoSubj: no person or organisation named before its first verb.
    const opening = /^["“‘']?/u.exec(sentence.text)![0].length;
    const noLead = !sentence.entities.some((e) => e.start <= opening && ['PERSON', 'ORG', 'PLACE'].includes(e.type));
    const firstVerb = sentence.tokens.find((t) => t.pos === 'VERB' || t.pos === 'AUX')?.start ?? sentence.text.length;
    const noSubj = !sentence.entities.some((e) => e.start < firstVerb && (e.type === 'PERSON' || e.type === 'ORG'));
    for (const f of NEIGHBOUR_FROM) {
      if (from[f].length === 0) continue;
      const sets = from[f].map((o) => termSetOf(o.text));
      for (const subj of NEIGHBOUR_SUBJECT) {
        const subject = subj === 'Names' ? names : nouns;
        if (subject.size === 0) continue;
        let sum = 0;
        for (const t of p.lacked) if (subject.has(t) && sets.some((set) => set.has(t))) sum += p.contrastWeights.get(t) ?? 0;
        if (sum === 0) continue;
        const predHeld = [...own].some((t) => query.terms.includes(t) && !subject.has(t));
        const share = Math.max(...from[f].map((o) => shareOf.get(o.id) ?? 0));
        for (const o of NEIGHBOUR_OPENING) {
          if (
            (o === 'Points' && !points) ||
            (o === 'NotPro' && pronoun) ||
            (o === 'Anon' && !anon) ||
            (o === 'NoLead' && !noLead) ||
            (o === 'NoSubj' && !noSubj)
          )
            continue;
          for (const pred of ['', 'Pred']) {
            if (pred && !predHeld) continue;
            out[`cov_${f}${subj}${o}${pred}`] = sum / p.contrastTotal!;
            out[`share_${f}${subj}${o}${pred}`] = share;
          }
        }
      }
    }
    return out;
  });
}

/**
 * Context features (round 34): the question terms a sentence lacks that its article's title (title*) or its article's
 * first sentence (lead*) holds, as contrast shares (All: every lacked term, Names: the question's names, Nouns: its
 * nouns and names); join*: the sentence just before it writes the lacked names while it stands in another paragraph
 * that is one sentence long (a news article's one-sentence lead read with the paragraph after it), the sentence not
 * opening with a name of its own (joinNames), and that sentence's BM25 share when this one holds another question term
 * (share_joinNamesPred). Each cov_ feature is the contrast share, to be weighed as a held term is.
 */
const firstOfArticle = new Map<string, number>();
function contextFeatures(
  story: Story,
  sentence: StorySentence,
  p: HandParts,
  names: ReadonlySet<string>,
  nouns: ReadonlySet<string>,
  shareOf: ReadonlyMap<number, number>,
  query: PreparedQuery,
): Record<string, number> {
  const out: Record<string, number> = {};
  const weights = p.contrastWeights!;
  const sum = (held: ReadonlySet<string>, subset?: ReadonlySet<string>) => {
    let s = 0;
    for (const t of p.lacked) if (held.has(t) && (!subset || subset.has(t))) s += weights.get(t) ?? 0;
    return s / p.contrastTotal!;
  };
  const put = (name: string, v: number) => {
    if (v > 0) out[name] = v;
  };
  const title = termSetOf(articleById(story).get(sentence.articleId)?.title ?? '');
  put('cov_titleAll', sum(title));
  put('cov_titleNames', sum(title, names));
  put('cov_titleNouns', sum(title, nouns));
  const key = `${story.sentences.length}\u0000${sentence.articleId}`;
  let first = firstOfArticle.get(key);
  if (first === undefined) {
    first = sentence.id;
    while (first > 0 && story.sentences[first - 1]!.articleId === sentence.articleId) first -= 1;
    firstOfArticle.set(key, first);
  }
  if (first !== sentence.id) {
    const lead = termSetOf(story.sentences[first]!.text);
    put('cov_leadAll', sum(lead));
    put('cov_leadNames', sum(lead, names));
    put('cov_leadNouns', sum(lead, nouns));
  }
  const before = story.sentences[sentence.id - 1];
  const beforeBefore = story.sentences[sentence.id - 2];
  const oneSentence =
    before &&
    before.articleId === sentence.articleId &&
    before.paragraph !== sentence.paragraph &&
    !(beforeBefore && beforeBefore.articleId === before.articleId && beforeBefore.paragraph === before.paragraph);
  if (oneSentence) {
    const opening = /^["“‘']?/u.exec(sentence.text)![0].length;
    const ownName = sentence.entities.some((e) => e.start <= opening && ['PERSON', 'ORG', 'PLACE'].includes(e.type));
    const held = termSetOf(before.text);
    const v = sum(held, names);
    if (!ownName) put('cov_joinNames', v);
    const own = termSetOf(sentence.text);
    if (v > 0 && query.terms.some((t) => own.has(t) && !names.has(t))) put('share_joinNamesPred', shareOf.get(before.id) ?? 0);
    put('cov_joinLeadNames', before.id === first && !ownName ? v : 0);
  }
  return out;
}

/**
 * Catalogue role features (round 36): a question name the sentence lacks in every way, held instead through a role the
 * people catalogue gives that name's person, written in the sentence as a definite description ("the Dane", "the
 * defending champion": "the", up to two words not names, then the role's head word). cov_roleRefAny: any such person;
 * cov_roleRefArt: the person is the last one named in the sentence's article before it whose roles end in that word;
 * cov_roleRefOnly: the person is the only one of the story whose roles end in it. Each a contrast share.
 */
interface RoleIndex {
  /** Name term → the actors whose name or spellings hold it. */
  byTerm: Map<string, Actor[]>;
  /** Actor → the terms of its roles' head words. */
  heads: Map<Actor, Set<string>>;
  /** Head term → how many actors hold it. */
  holders: Map<string, number>;
  /** Canonical or written name → actor. */
  byName: Map<string, Actor>;
  /** Actor → the terms of every word of its roles. */
  roleTerms: Map<Actor, Set<string>>;
}
const roleIndexes = new WeakMap<Story, RoleIndex>();
function roleIndex(story: Story): RoleIndex {
  let got = roleIndexes.get(story);
  if (got) return got;
  got = { byTerm: new Map(), heads: new Map(), holders: new Map(), byName: new Map(), roleTerms: new Map() };
  for (const a of story.actors) {
    for (const spelling of [a.name, ...a.aliases]) {
      got.byName.set(spelling, a);
      for (const t of termSetOf(spelling)) {
        const list = got.byTerm.get(t) ?? [];
        if (!list.includes(a)) list.push(a);
        got.byTerm.set(t, list);
      }
    }
    const all = new Set<string>();
    for (const r of a.roles) for (const t of termSetOf(r.text)) all.add(t);
    got.roleTerms.set(a, all);
    const heads = new Set<string>();
    for (const r of a.roles) {
      const last = r.text.split(/\s+/).at(-1) ?? '';
      if (/\d/.test(last)) continue;
      const t = termOf(last);
      if (t !== null && t.length >= 3) heads.add(t);
    }
    got.heads.set(a, heads);
    for (const h of heads) got.holders.set(h, (got.holders.get(h) ?? 0) + 1);
  }
  roleIndexes.set(story, got);
  return got;
}
function describedHeads(sentence: StorySentence): Set<string> {
  const out = new Set<string>();
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]!.text.toLowerCase() !== 'the') continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j += 1) {
      const tok = tokens[j]!;
      const next = tokens[j + 1];
      const term = termOf(tok.text);
      if (term !== null && !(next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text))) out.add(term);
      if (tok.pos === 'PROPN' && !/^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(tok.text)) break;
      if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tok.pos) && tok.text !== '-') break;
    }
  }
  return out;
}
function lastHolderBefore(story: Story, sentence: StorySentence, head: string, index: RoleIndex): Actor | undefined {
  for (let id = sentence.id - 1; id >= 0; id -= 1) {
    const s = story.sentences[id]!;
    if (s.articleId !== sentence.articleId) break;
    for (let k = s.entities.length - 1; k >= 0; k -= 1) {
      const e = s.entities[k]!;
      if (e.type !== 'PERSON') continue;
      const a = index.byName.get(e.canonical ?? e.text) ?? index.byName.get(e.text);
      if (a && index.heads.get(a)?.has(head)) return a;
    }
  }
  return undefined;
}
function catalogueRoleFeatures(story: Story, sentence: StorySentence, p: HandParts, names: ReadonlySet<string>): Record<string, number> {
  const out: Record<string, number> = {};
  if (!p.contrastWeights || p.contrastTotal === undefined) return out;
  const lackedNames = p.lacked.filter((t) => names.has(t));
  if (lackedNames.length === 0) return out;
  const index = roleIndex(story);
  const heads = describedHeads(sentence);
  if (heads.size === 0) return out;
  let any = 0;
  let art = 0;
  let only = 0;
  for (const t of lackedNames) {
    const w = p.contrastWeights.get(t) ?? 0;
    const people = index.byTerm.get(t) ?? [];
    let a1 = false;
    let a2 = false;
    let a3 = false;
    for (const a of people)
      for (const h of index.heads.get(a) ?? []) {
        if (!heads.has(h)) continue;
        a1 = true;
        if (lastHolderBefore(story, sentence, h, index) === a) a2 = true;
        if (index.holders.get(h) === 1) a3 = true;
      }
    if (a1) any += w;
    if (a2) art += w;
    if (a3) only += w;
  }
  if (any > 0) out.cov_roleRefAny = any / p.contrastTotal;
  if (art > 0) out.cov_roleRefArt = art / p.contrastTotal;
  if (only > 0) out.cov_roleRefOnly = only / p.contrastTotal;
  return out;
}

/**
 * The other way round (round 36): a question word the sentence lacks in every way that a role the people catalogue
 * gives a person the sentence names holds ("Who was the defending champion …?" and "Ivo Brandt, seeded one, …" when the
 * catalogue calls Brandt "defending champion"). cov_namedRole: the word itself in the role; cov_namedRoleRel: the word
 * or one of its WordNet relatives ("champ" → "champion"); *Who: the same for a who-question only. Contrast shares.
 */
function namedRoleFeatures(
  story: Story,
  sentence: StorySentence,
  p: HandParts,
  query: PreparedQuery,
  question: string,
): Record<string, number> {
  const out: Record<string, number> = {};
  if (!p.contrastWeights || p.contrastTotal === undefined || p.lacked.length === 0) return out;
  const index = roleIndex(story);
  const roleTerms = new Set<string>();
  for (const e of sentence.entities) {
    if (e.type !== 'PERSON') continue;
    const a = index.byName.get(e.canonical ?? e.text) ?? index.byName.get(e.text);
    for (const t of (a && index.roleTerms.get(a)) ?? []) roleTerms.add(t);
  }
  if (roleTerms.size === 0) return out;
  const lacked = new Set(p.lacked);
  let own = 0;
  let rel = 0;
  const seen = new Set<string>();
  for (const word of question.split(/[^\p{L}\p{N}'-]+/u)) {
    const t = termOf(word);
    if (t === null || !lacked.has(t) || seen.has(t) || !/^\p{Ll}/u.test(word)) continue;
    seen.add(t);
    const w = p.contrastWeights.get(t) ?? 0;
    if (roleTerms.has(t)) {
      own += w;
      rel += w;
    } else if (relatedWordTerms(word.toLowerCase()).terms.some((r) => r !== null && roleTerms.has(r))) rel += w;
  }
  const who = query.kind === 'person';
  if (own > 0) out.cov_namedRole = own / p.contrastTotal;
  if (rel > 0) out.cov_namedRoleRel = rel / p.contrastTotal;
  if (who && own > 0) out.cov_namedRoleWho = own / p.contrastTotal;
  if (who && rel > 0) out.cov_namedRoleRelWho = rel / p.contrastTotal;
  return out;
}

const questions: Question[] = [];
let caught:
  | {
      list: { sentence: StorySentence; features: number[]; parts?: HandParts | undefined }[];
      lifts: readonly [number, number][];
      query: PreparedQuery;
    }
  | undefined;

function catchRanking(story: Story, question: string, command: 'who' | 'when' | 'where' | 'ask'): typeof caught {
  caught = undefined;
  observeRanking((list, query, lifts) => {
    caught ??= { list, lifts, query };
  });
  try {
    traceAnswer(story, question, { command, limit: 1 });
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
  }
  observeRanking(undefined);
  return caught;
}

/** The sentence `step` away from `sentence` in its article, as a `Neighbour` (none: the article ends). */
function neighbourOf(
  story: Story,
  sentence: StorySentence,
  step: -1 | 1,
  got: NonNullable<typeof caught>,
  right: (s: StorySentence) => boolean,
): Neighbour | undefined {
  const n = story.sentences[sentence.id + step];
  if (!n || n.articleId !== sentence.articleId) return undefined;
  const own = termSetOf(n.text);
  return {
    held: got.query.terms.filter((t) => own.has(t)),
    typed: hasAnswerEntity(n, got.query) || (got.query.asksReason === true && givesReason(n.text)),
    right: right(n),
    para: n.paragraph === sentence.paragraph,
    pro: opensWithPronoun(n),
    cand: got.list.findIndex((c) => c.sentence.id === n.id),
    text: n.text.slice(0, 240),
  };
}

function keep(
  got: typeof caught,
  right: (s: StorySentence) => boolean,
  set: Question['set'],
  story: string,
  built: Story,
  question: string,
): void {
  if (got && got.list.length > 0) questions.push(questionOf(got, right, set, story, built, question));
}

/** A question's caught candidates as kept: their hand parts, extra features and neighbours. */
function questionOf(
  got: NonNullable<typeof caught>,
  right: (s: StorySentence) => boolean,
  set: Question['set'],
  story: string,
  built: Story,
  question: string,
): Question {
  const neighbours = neighbourFeatures(built, got.list, got.query, question);
  const verbs = questionVerbTerms(question);
  const roles = questionRoles(question);
  const subjectNames = new Set(subjectTerms(built, question));
  const first = got.list[0]!.parts!;
  return {
    text: question,
    contrast: first.contrastWeights ? Object.fromEntries(first.contrastWeights) : undefined,
    contrastTotal: first.contrastTotal,
    verb: got.query.verb,
    kind: got.query.kind,
    candidates: got.list.map((c, i) => ({
      parts: { ...c.parts!, borrowedTerms: [], contrastWeights: undefined },
      extra: {
        ...Object.fromEntries(FACT_NAMES.map((n) => [n, c.features[FACT_AT.get(n)!]!])),
        ...computedFeatures(c.sentence, got.query),
        ...heldFormFeatures(c.sentence, c.parts!, verbs, question),
        ...roleFeatures(c.sentence, c.parts!, roles, got.query),
        ...neighbours[i],
        ...catalogueRoleFeatures(built, c.sentence, c.parts!, subjectNames),
        ...namedRoleFeatures(built, c.sentence, c.parts!, got.query, question),
      },
      right: right(c.sentence),
      text: c.sentence.text,
      prev: neighbourOf(built, c.sentence, -1, got, right),
      next: neighbourOf(built, c.sentence, 1, got, right),
    })),
    lifts: got.lifts,
    set,
    story,
  };
}

async function collect(): Promise<void> {
  useHandRanking(true);
  const { articles, questions: squad } = loadSquad(values.squad);
  const pooled = buildStory(articles, 'squad-pooled');
  const gold = goldSentenceSets(pooled.sentences, squad);
  const isEven = (articleId: string) => Number(/^squad-(\d+)-/.exec(articleId)?.[1] ?? 0) % 2 === 0;
  for (const [i, q] of squad.entries())
    keep(
      catchRanking(pooled, q.question, 'ask'),
      (s) => gold[i]!.has(s.id),
      isEven(q.articleId) ? 'even' : 'odd',
      'squad',
      pooled,
      q.question,
    );
  for (const [k, { story, items }] of (await fitStories(values.shared, 'rankRefit')).entries()) {
    for (const item of items) {
      const evidence = item.evidence.map(fold);
      const right = (s: StorySentence) => evidence.some((ev) => fold(s.text).includes(ev));
      keep(catchRanking(story, item.query, item.command), right, 'kit', `kit${k}`, story, item.query);
      keep(catchRanking(story, item.question, 'ask'), right, 'kit', `kit${k}`, story, item.question);
    }
  }
}
// One question a line: the whole list as one JSON string runs the heap out.
if (values.load) {
  // Line by line from the bytes: a file past 512 MB is too long for one string.
  const bytes = readFileSync(values.load);
  for (let at = 0; at < bytes.length; ) {
    let end = bytes.indexOf(10, at);
    if (end < 0) end = bytes.length;
    if (end > at) questions.push(JSON.parse(bytes.toString('utf8', at, end)) as Question);
    at = end + 1;
  }
} else await collect();
if (values.save) {
  const fd = openSync(values.save, 'w');
  for (const q of questions) writeSync(fd, `${JSON.stringify(q)}\n`);
  closeSync(fd);
}

/**
 * Text features (round 37), read from the kept texts and the question's contrast weights, so a --load can offer new ones
 * without a build: rarestHeld / rarestLacked, the sentence holds / lacks in every way the question term of the highest
 * contrast weight (cov_rarest: its contrast share where held); verbObj, the question's first verb and the question term
 * after it (its object) both written within 3 terms of each other (cov_verbObj: their contrast share), verbObjApart both
 * held farther apart; loosePairs, the question's consecutive term pairs written 2–4 terms apart in the same order
 * (loosePairs3: 2–3); cov_win6 / cov_outside6, the contrast share held inside / outside the best window of 6 terms.
 */
function textFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw || !q.contrastTotal || !q.text) return;
  const total = q.contrastTotal;
  const qTerms = termListOf(q.text).filter((t) => cw[t] !== undefined);
  let rarest = '';
  for (const t of Object.keys(cw)) if (rarest === '' || cw[t]! > cw[rarest]!) rarest = t;
  const verbAt = q.verb ? qTerms.indexOf(q.verb) : -1;
  const object = verbAt >= 0 ? qTerms.slice(verbAt + 1).find((t) => t !== q.verb) : undefined;
  const pairs = new Set<string>();
  for (let i = 1; i < qTerms.length; i += 1) if (qTerms[i] !== qTerms[i - 1]) pairs.add(`${qTerms[i - 1]}\u0000${qTerms[i]}`);
  const countedWord = /\bhow many\s+(?:\w+\s+)?(\w+)/i.exec(q.text);
  const counted = countedWord
    ? [termOf(countedWord[1]!), termOf(/\bhow many\s+(\w+)/i.exec(q.text)![1]!)].filter((t): t is string => t !== null)
    : [];
  for (const c of q.candidates) {
    const words = termListOf(c.text ?? '');
    const raw = (c.text ?? '').split(/[^\p{L}\p{N},.]+/u).map((w) => w.replace(/[,.]+$/, ''));
    const present = new Set(words);
    const lacked = new Set(c.parts.lacked);
    const x = c.extra;
    for (const n of [...TEXT_NAMES, 'cov_rarest', 'cov_verbObj', 'cov_win6', 'cov_outside6', 'cov_numForm']) delete x[n];
    const asked = new Set(Object.keys(cw));
    let extra = 0;
    for (const t of present) if (!asked.has(t)) extra += 1;
    if (extra <= 2) x.fewExtra = 1;
    if (extra <= 4) x.fewExtra4 = 1;
    x.extraShare = present.size === 0 ? 0 : extra / present.size;
    let numForm = 0;
    for (const t of c.parts.lacked) {
      const other = otherNumberForm(t);
      if (other !== undefined && present.has(other)) numForm += cw[t] ?? 0;
    }
    if (numForm > 0) x.cov_numForm = numForm / total;
    if (counted.length > 0) {
      let figure = false;
      let holds = false;
      for (let i = 0; i < raw.length; i += 1) {
        const t = termOf(raw[i]!);
        if (t === null || !counted.includes(t)) continue;
        holds = true;
        for (let j = Math.max(0, i - 3); j < i; j += 1) if (IS_FIGURE.test(raw[j]!)) figure = true;
      }
      if (figure) x.countedFigureText = 1;
      else if (holds) x.countedNoFigure = 1;
    }
    if (rarest && cw[rarest]! > 0) {
      if (present.has(rarest)) {
        x.rarestHeld = 1;
        x.cov_rarest = cw[rarest]! / total;
      } else if (lacked.has(rarest)) x.rarestLacked = 1;
    }
    if (q.verb && object && present.has(q.verb) && present.has(object)) {
      let near = false;
      for (let i = 0; i < words.length && !near; i += 1) {
        if (words[i] !== q.verb) continue;
        for (let j = Math.max(0, i - 3); j <= Math.min(words.length - 1, i + 3); j += 1) if (words[j] === object) near = true;
      }
      if (near) {
        x.verbObj = 1;
        x.cov_verbObj = ((cw[q.verb] ?? 0) + (cw[object] ?? 0)) / total;
      } else x.verbObjApart = 1;
    }
    let loose = 0;
    let loose3 = 0;
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i += 1)
      for (let d = 2; d <= 4 && i + d < words.length; d += 1) {
        const key = `${words[i]}\u0000${words[i + d]}`;
        if (!pairs.has(key) || seen.has(key)) continue;
        seen.add(key);
        loose += 1;
        if (d <= 3) loose3 += 1;
      }
    if (loose > 0) x.loosePairs = loose;
    if (loose3 > 0) x.loosePairs3 = loose3;
    let held = 0;
    for (const t of present) held += cw[t] ?? 0;
    let best = 0;
    for (let i = 0; i < words.length; i += 1) {
      const inWin = new Set(words.slice(i, i + 6));
      let s = 0;
      for (const t of inWin) s += cw[t] ?? 0;
      best = Math.max(best, s);
    }
    if (best > 0) x.cov_win6 = best / total;
    if (held - best > 0) x.cov_outside6 = (held - best) / total;
  }
}
for (const q of questions) textFeatures(q);

/** Whether a form of "have" stands as the main verb anywhere in the tagged text (questionVerb.ts `mainHave`). */
function hasMainHave(text: string): boolean {
  const tokens = tagSentence(text).tokens;
  return tokens.some((t, i) => mainHave(t.text, tokens[i + 1]?.text, tokens[i + 1]?.pos));
}

/**
 * Paraphrase features (round 41): haveMain, the question's main verb is a form of "have" (a stop word) and so is one of
 * the sentence's (haveMainSq: times the literal coverage squared); cov_relWide, the contrast share of the terms the
 * sentence lacks in every way that it holds as a WordNet relative of the question word without paraphraseTerms' limits
 * (4 a word, 16 in all); cov_rel2, held through a relative of a relative (two steps: "appoint" → "nominate" →
 * "nomination"); passRel, the share the sentence and its paragraph neighbours hold only as relatives (one step).
 */
function paraphraseFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw || !q.contrastTotal || !q.text) return;
  const total = q.contrastTotal;
  const qHave = hasMainHave(q.text);
  const rel1 = new Map<string, Set<string>>();
  const rel2 = new Map<string, Set<string>>();
  for (const word of q.text.split(/[^\p{L}\p{N}'-]+/u)) {
    const t = termOf(word);
    if (t === null || cw[t] === undefined || rel1.has(t)) continue;
    const one = new Set<string>();
    const two = new Set<string>();
    for (const g of lemmaGuesses(word.toLowerCase()))
      for (const r of relatedWords(g)) {
        const rt = termOf(r);
        if (rt !== null && rt !== t) one.add(rt);
        for (const r2 of relatedWords(r)) {
          const r2t = termOf(r2);
          if (r2t !== null && r2t !== t) two.add(r2t);
        }
      }
    rel1.set(t, one);
    rel2.set(t, two);
  }
  const holds = (set: Set<string> | undefined, present: ReadonlySet<string>) => {
    if (!set) return false;
    for (const r of set) if (present.has(r)) return true;
    return false;
  };
  for (const c of q.candidates) {
    const x = c.extra;
    for (const n of ['haveMain', 'haveMainSq', 'cov_relWide', 'cov_rel2', 'cov_rel2only', 'passRel', 'passLit']) delete x[n];
    const present = termSetOf(c.text ?? '');
    if (qHave && hasMainHave(c.text ?? '')) {
      x.haveMain = 1;
      x.haveMainSq = (c.parts.covered / c.parts.total) ** 2;
    }
    let wide = 0;
    let two = 0;
    let twoOnly = 0;
    for (const t of c.parts.lacked) {
      const w = cw[t] ?? 0;
      if (holds(rel1.get(t), present)) {
        wide += w;
        two += w;
      } else if (holds(rel2.get(t), present)) {
        two += w;
        twoOnly += w;
      }
    }
    if (wide > 0) x.cov_relWide = wide / total;
    if (two > 0) x.cov_rel2 = two / total;
    if (twoOnly > 0) x.cov_rel2only = twoOnly / total;
    const window = new Set(present);
    for (const n of [c.prev, c.next]) if (n?.para) for (const t of termSetOf(n.text)) window.add(t);
    let passRel = 0;
    let passLit = 0;
    for (const t of Object.keys(cw)) {
      if (window.has(t)) passLit += cw[t]!;
      else if (holds(rel1.get(t), window)) passRel += cw[t]!;
    }
    if (passRel > 0) x.passRel = passRel / total;
    if (passLit > 0) x.passLit = passLit / total;
  }
}
for (const q of questions) paraphraseFeatures(q);

/** Function words a spelt-out name may hold without giving a letter ("Bank of Velden" → "BV" or "BOV"). */
const NAME_GLUE = /^(?:of|the|and|for|on|in|de|du|la|le)$/;
/**
 * cov_acro (round 41): the question spells out a name of 2+ capitalised words ("Orsk Harbour Board") and the
 * sentence writes its initials as a word ("OHB"), the name's terms the sentence lacks counted as held (contrast share).
 */
function acronymFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw || !q.contrastTotal || !q.text) return;
  const words = q.text.split(/[^\p{L}\p{N}'&-]+/u).filter((w) => w.length > 0);
  const runs: { initials: string[]; terms: string[] }[] = [];
  for (let i = 0; i < words.length; ) {
    if (!/^\p{Lu}/u.test(words[i]!) || i === 0) {
      i += 1;
      continue;
    }
    let j = i;
    const caps: string[] = [];
    const all: string[] = [];
    while (j < words.length && (/^\p{Lu}/u.test(words[j]!) || (NAME_GLUE.test(words[j]!) && /^\p{Lu}/u.test(words[j + 1] ?? '')))) {
      if (/^\p{Lu}/u.test(words[j]!)) caps.push(words[j]!);
      all.push(words[j]!);
      j += 1;
    }
    if (caps.length >= 2) {
      const initials = [caps.map((w) => w[0]).join(''), all.map((w) => w[0]!.toUpperCase()).join('')];
      const terms = caps.map((w) => termOf(w)).filter((t): t is string => t !== null && cw[t] !== undefined);
      runs.push({ initials: [...new Set(initials)], terms });
    }
    i = Math.max(j, i + 1);
  }
  for (const c of q.candidates) {
    delete c.extra.cov_acro;
    if (runs.length === 0) continue;
    const tokens = new Set((c.text ?? '').split(/[^\p{L}\p{N}]+/u));
    const lacked = new Set(c.parts.lacked);
    let held = 0;
    for (const r of runs) {
      if (!r.initials.some((a) => tokens.has(a))) continue;
      for (const t of r.terms) if (lacked.has(t)) held += cw[t]!;
    }
    if (held > 0) c.extra.cov_acro = held / q.contrastTotal;
  }
}
for (const q of questions) acronymFeatures(q);

/** Features of a candidate and its neighbours read together (`pairFeatures`), added flat to the hand score. */
const PAIR_NAMES = ['pairTyped', 'pairUntyped', 'pairTypedFill', 'pairUntypedGive', 'pairTypedFillNb', 'pairScene'];

/**
 * Pair features (round 38), read from the neighbours kept at --save: a candidate holding the wanted kind whose neighbour
 * in its paragraph holds none covers the question's terms the candidate lacks (the scene set beside the answer): fill, the
 * contrast share of the candidate's lacked terms the neighbour holds — cov_pairFill (any neighbour), cov_pairFillUntyped
 * (a neighbour without the kind), pairTypedFill (flat); the reverse, a candidate without the kind whose neighbour holds it
 * and lacks the candidate's terms: pairUntypedGive, the share of the candidate's held terms the neighbour lacks (a penalty).
 * share_pairTyped: the neighbour's BM25 share for a typed candidate beside an untyped one that is a candidate.
 */
function pairFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw || !q.contrastTotal) return;
  const total = q.contrastTotal;
  for (const c of q.candidates) {
    const x = c.extra;
    for (const n of Object.keys(x))
      if (n.startsWith('cov_pair') || n.startsWith('share_pair') || n.startsWith('lift') || PAIR_NAMES.includes(n)) delete x[n];
    const lacked = c.parts.lacked;
    const typed = c.parts.typed;
    let best = 0;
    let bestUntyped = 0;
    let bestShare = 0;
    let give = 0;
    for (const n of [c.prev, c.next]) {
      if (!n?.para) continue;
      const held = new Set(n.held);
      let fill = 0;
      for (const t of lacked) if (held.has(t)) fill += cw[t] ?? 0;
      fill /= total;
      best = Math.max(best, fill);
      if (!n.typed) {
        bestUntyped = Math.max(bestUntyped, fill);
        if (fill > 0 && n.cand >= 0) bestShare = Math.max(bestShare, q.candidates[n.cand]!.parts.share);
      }
      if (!typed && n.typed) {
        // The candidate's held terms the neighbour lacks: how much the candidate says that its typed neighbour does not.
        const lackedSet = new Set(lacked);
        let own = 0;
        let ownLackedByNb = 0;
        for (const t of Object.keys(cw)) {
          if (lackedSet.has(t)) continue;
          own += cw[t]!;
          if (!held.has(t)) ownLackedByNb += cw[t]!;
        }
        give = Math.max(give, own > 0 ? 1 - ownLackedByNb / own : 0);
      }
    }
    if (typed && best > 0) {
      x.cov_pairFill = best;
      x.pairTypedFill = best;
    }
    if (typed && bestUntyped > 0) {
      x.cov_pairFillUntyped = bestUntyped;
      x.pairTypedFillNb = bestUntyped;
    }
    if (typed && bestShare > 0) x.share_pairTyped = bestShare;
    if (!typed && give > 0) x.pairUntypedGive = give;
    if (typed) x.pairTyped = 1;
    // Lifts: the index of an untyped neighbour candidate (same paragraph) whose score this typed one takes times the weight.
    if (!typed) continue;
    const lackedSet = new Set(lacked);
    for (const n of [c.prev, c.next]) {
      if (!n?.para || n.cand < 0 || n.typed) continue;
      const other = q.candidates[n.cand]!;
      const otherLacked = new Set(other.parts.lacked);
      let own = 0;
      let theirs = 0;
      for (const t of Object.keys(cw)) {
        if (!lackedSet.has(t) && otherLacked.has(t)) own += cw[t]!;
        if (lackedSet.has(t) && !otherLacked.has(t)) theirs += cw[t]!;
      }
      const fewer = lacked.length < other.parts.lacked.length;
      const set = (name: string) => {
        if (x[name] === undefined || q.candidates[x[name]!]!.parts.share < other.parts.share) x[name] = n.cand;
      };
      if (fewer && q.kind !== 'person') set('liftFewer');
      if (fewer) set('liftFewerAll');
      if (fewer && (q.kind === 'date' || q.kind === 'number' || q.kind === 'duration')) set('liftFewerFigure');
      if (own > theirs) set('liftMore');
      if (own > 0) set('liftSome');
      if (fewer || own > theirs) set('liftEither');
      if (theirs === 0 && own > 0) set('liftCovers');
    }
  }
}
const LIFT_NAMES = ['liftFewer', 'liftFewerAll', 'liftFewerFigure', 'liftMore', 'liftSome', 'liftEither', 'liftCovers'];
for (const q of questions) pairFeatures(q);

/** A subject pronoun standing after a clause's opening word or a comma, not at the sentence's start (`pronounFeatures`). */
const MID_PRONOUN =
  /(?:[,;]|\b(?:and|but|when|while|after|before|because|as|until|so|where|since|although|though|then|which|that|who|once|if))\s+(?:he|she|it|they)\b/i;
const ANY_PRONOUN = /\b(?:he|she|it|they)\b/i;
const MID_POSSESSIVE =
  /(?:[,;]|\b(?:and|but|when|while|after|before|because|as|until|so|where|since|although|though|then|which|that|who|once|if|of|in|on|for|to|by|with|from))\s+(?:his|her|its|their)\b/i;

/**
 * Pronoun features (round 40): a candidate pointing back through a pronoun not at its start ("…, and it was later
 * moved") borrows the question terms it lacks that the sentence before it holds — cov_proMid (a subject pronoun after a
 * clause word or comma), cov_proMidPara (the before in its paragraph), cov_proPoss (a possessive after a comma, clause
 * word or preposition), cov_proAny (a subject pronoun anywhere), each as the contrast share borrowed; share_proMid the
 * before's BM25 share where the before is a candidate and the sentence holds a term the before lacks.
 */
function pronounFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw || !q.contrastTotal) return;
  const total = q.contrastTotal;
  for (const c of q.candidates) {
    const x = c.extra;
    for (const n of Object.keys(x)) if (n.includes('_pro')) delete x[n];
    const text = c.text ?? '';
    const prev = c.prev;
    if (!prev || c.parts.lacked.length === 0) continue;
    const opens = opensWithPronoun({ text });
    const held = new Set(prev.held);
    let fill = 0;
    for (const t of c.parts.lacked) if (held.has(t)) fill += cw[t] ?? 0;
    fill /= total;
    if (fill <= 0) continue;
    const mid = !opens && MID_PRONOUN.test(text);
    if (mid) x.cov_proMid = fill;
    if (mid && prev.para) x.cov_proMidPara = fill;
    if (!opens && MID_POSSESSIVE.test(text)) x.cov_proPoss = fill;
    if (!opens && ANY_PRONOUN.test(text)) x.cov_proAny = fill;
    if (mid && prev.cand >= 0) {
      const lackedSet = new Set(c.parts.lacked);
      const adds = Object.keys(cw).some((t) => !lackedSet.has(t) && !held.has(t));
      if (adds) x.share_proMid = q.candidates[prev.cand]!.parts.share;
    }
  }
}
for (const q of questions) pronounFeatures(q);

/**
 * Order features (round 40): cov_lcs, the contrast share of the question's terms the sentence writes in the question's
 * order (the longest common subsequence of the two term lists, each term counted once); cov_lcsGap the share held but
 * out of that order (a penalty).
 */
function orderFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw || !q.contrastTotal || !q.text) return;
  const total = q.contrastTotal;
  const qTerms = [...new Set(termListOf(q.text).filter((t) => cw[t] !== undefined))];
  for (const c of q.candidates) {
    const x = c.extra;
    delete x.cov_lcs;
    delete x.cov_lcsGap;
    const words = termListOf(c.text ?? '').filter((t) => cw[t] !== undefined);
    if (words.length === 0) continue;
    // Weighted LCS over the question's terms and the sentence's question terms.
    const n = qTerms.length;
    const m = words.length;
    const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = 1; i <= n; i += 1)
      for (let j = 1; j <= m; j += 1)
        dp[i]![j] = qTerms[i - 1] === words[j - 1] ? dp[i - 1]![j - 1]! + cw[qTerms[i - 1]!]! : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
    const lcs = dp[n]![m]!;
    let held = 0;
    for (const t of new Set(words)) held += cw[t]!;
    if (lcs > 0) x.cov_lcs = lcs / total;
    if (held - lcs > 1e-9) x.cov_lcsGap = (held - lcs) / total;
  }
}
for (const q of questions) orderFeatures(q);

/** Opens by pointing back as antecedent.ts reads it (a pronoun, "this", "these" or "the"; a pronoun after a fronted phrase). */
const POINTS_BACK = /^["“‘']?(?:he|she|it|they|his|her|its|their|this|these|the)\b|^["“‘']?[^,.;:"“”]{1,40},\s+(?:he|she|it|they)\b/i;

/**
 * Two-back features (round 44): a sentence opening with a pronoun after a sentence that points back too takes the terms of
 * the one two back (antecedent.ts) but only the sentence just before's BM25 share (inheritedShare). share_twoBack: the
 * two-back sentence's BM25 share where it is a candidate and the sentence holds a question term neither before it holds;
 * share_twoBackAny the same without that test. Measured on round 44's save (7,889 of 10,569 before, even / odd 3,854 /
 * 4,035; kit 135): share_twoBack 1 / 0.9 / 0.8 → 7,889 (5 won / 5 lost) / 7,887 / 7,889 (none moved); share_twoBackAny
 * 1 → 7,883 (6 won / 12 lost); kit 135 at each. It marks 546 candidates, 95 right, 30 the right one of a miss and 20 a
 * miss's wrong first: dropped.
 */
function twoBackFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw) return;
  const byNext = new Map<string, Candidate>();
  for (const d of q.candidates) if (d.next) byNext.set(d.next.text, d);
  for (const c of q.candidates) {
    const x = c.extra;
    delete x.share_twoBack;
    delete x.share_twoBackAny;
    const prev = c.prev;
    if (!prev || !opensWithPronoun({ text: c.text ?? '' }) || !POINTS_BACK.test(prev.text)) continue;
    const d = byNext.get(prev.text);
    if (!d || d.next?.text !== prev.text) continue;
    const own = termSetOf(c.text ?? '');
    const before = new Set([...termSetOf(prev.text), ...termSetOf(d.text ?? '')]);
    const adds = Object.keys(cw).some((t) => own.has(t) && !before.has(t));
    if (adds) x.share_twoBack = d.parts.share;
    x.share_twoBackAny = d.parts.share;
  }
}
for (const q of questions) twoBackFeatures(q);

/**
 * Trust features (round 52), read at --load from the kept parts: allTrusted, the candidate holds every question term
 * literally, as a paraphrase or as a converse (none lacked, none held only through the sentence before or the focus's
 * kind); lackedElseTrusted, it lacks a term in every way while another candidate of the question holds every one so;
 * untrustedElseTrusted, it is not allTrusted while another is. Each also as mul_* (a factor of the hand score's product,
 * 1 + weight, inside the score as the answer-type bonus is).
 */
function trustFeatures(q: Question): void {
  const trusted = (p: HandParts) => p.lacked.length === 0 && p.borrowed === 0 && p.kinded === 0;
  const some = q.candidates.some((c) => trusted(c.parts));
  for (const c of q.candidates) {
    const x = c.extra;
    for (const n of ['allTrusted', 'lackedElseTrusted', 'untrustedElseTrusted']) {
      delete x[n];
      delete x[`mul_${n}`];
    }
    for (const n of ['mul_allHeld', 'mul_allTrusted3', 'mul_allLiteral', 'mul_allTrustedTyped', 'mul_allTrustedUntyped']) delete x[n];
    if (c.parts.lacked.length === 0) x.mul_allHeld = 1;
    const all = trusted(c.parts);
    if (all && Object.keys(q.contrast ?? {}).length >= 3) x.mul_allTrusted3 = 1;
    if (all && c.parts.paraphrased === 0 && c.parts.conversed === 0) x.mul_allLiteral = 1;
    if (all) x[c.parts.typed ? 'mul_allTrustedTyped' : 'mul_allTrustedUntyped'] = 1;
    if (all) x.allTrusted = x.mul_allTrusted = 1;
    if (some && !all) x.untrustedElseTrusted = x.mul_untrustedElseTrusted = 1;
    if (some && c.parts.lacked.length > 0) x.lackedElseTrusted = x.mul_lackedElseTrusted = 1;
  }
}
for (const q of questions) trustFeatures(q);

/**
 * Phrase and shape features (round 62), read at --load: run3, the sentence writes 3+ of the question's terms
 * consecutively in the question's order (cov_run: the run's contrast share); nameWhole / namePart / nameOnlyPart, a name
 * of 2+ capitalised words the question writes (not its first word) held whole in the sentence / in part / only in part;
 * bracketSome, a question term the sentence holds only inside brackets or quotation marks (cov_bracket: their contrast
 * share); repeat3, a question term written 3+ times; cov_clause, the best contrast share held inside one clause (the text
 * cut at , ; : and brackets). Figures in the header (round 62).
 */
function phraseFeatures(q: Question): void {
  const cw = q.contrast;
  if (!cw || !q.contrastTotal || !q.text) return;
  const qTerms = termListOf(q.text).filter((t) => cw[t] !== undefined);
  const words = q.text.split(/[^\p{L}\p{N}'&-]+/u).filter((w) => w.length > 0);
  const names: string[][] = [];
  for (let i = 1; i < words.length; ) {
    if (!/^\p{Lu}/u.test(words[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < words.length && (/^\p{Lu}/u.test(words[j]!) || (NAME_GLUE.test(words[j]!) && /^\p{Lu}/u.test(words[j + 1] ?? '')))) j += 1;
    const run = words.slice(i, j);
    if (run.filter((w) => /^\p{Lu}/u.test(w)).length >= 2) names.push(run);
    i = Math.max(j, i + 1);
  }
  for (const c of q.candidates) {
    const x = c.extra;
    for (const n of [
      'run3',
      'cov_run',
      'nameWhole',
      'namePart',
      'nameOnlyPart',
      'mul_run3',
      'mul_nameWhole',
      'mul_bracketSome',
      'mul_repeat3',
    ])
      delete x[n];
    const sw = termListOf(c.text ?? '');
    let bestRun = 0;
    let bestShare = 0;
    for (let i = 0; i < sw.length; i += 1)
      for (let k = 0; k < qTerms.length; k += 1) {
        let n = 0;
        let share = 0;
        while (i + n < sw.length && k + n < qTerms.length && sw[i + n] === qTerms[k + n]) {
          share += cw[qTerms[k + n]!] ?? 0;
          n += 1;
        }
        if (n > bestRun) [bestRun, bestShare] = [n, share];
      }
    if (bestRun >= 3) {
      x.run3 = 1;
      x.cov_run = bestShare / q.contrastTotal;
    }
    // bracketOnly: every question term the sentence holds literally is written only inside brackets or quotation marks.
    const outside = termSetOf((c.text ?? '').replace(/\([^)]*\)|\[[^\]]*\]|"[^"]*"|“[^”]*”/g, ' '));
    const heldTerms = qTerms.filter((t) => sw.includes(t));
    const inside = heldTerms.filter((t) => !outside.has(t));
    delete x.bracketSome;
    delete x.cov_bracket;
    if (inside.length > 0) {
      x.bracketSome = 1;
      let w = 0;
      for (const t of new Set(inside)) w += cw[t] ?? 0;
      x.cov_bracket = w / q.contrastTotal;
    }
    // repeat3: a question term written 3+ times; cov_clause: the best contrast share held inside one clause (cut at , ; : and brackets).
    delete x.repeat3;
    delete x.cov_clause;
    const tf = new Map<string, number>();
    for (const t of sw) if (cw[t] !== undefined) tf.set(t, (tf.get(t) ?? 0) + 1);
    if ([...tf.values()].some((n) => n >= 3)) x.repeat3 = 1;
    let clauseBest = 0;
    for (const clause of (c.text ?? '').split(/[,;:()[\]]/)) {
      let w = 0;
      for (const t of termSetOf(clause)) w += cw[t] ?? 0;
      clauseBest = Math.max(clauseBest, w);
    }
    if (clauseBest > 0) x.cov_clause = clauseBest / q.contrastTotal;
    // The same as factors of the product (mul_*).
    for (const n of ['run3', 'bracketSome', 'repeat3']) if (x[n]) x[`mul_${n}`] = 1;
    if (names.length === 0) continue;
    const folded = ` ${(c.text ?? '').toLowerCase().replace(/[^\p{L}\p{N}'&-]+/gu, ' ')} `;
    let whole = 0;
    let part = 0;
    for (const name of names) {
      if (folded.includes(` ${name.join(' ').toLowerCase()} `)) whole += 1;
      else if (name.some((w) => /^\p{Lu}/u.test(w) && folded.includes(` ${w.toLowerCase()} `))) part += 1;
    }
    if (whole > 0) x.nameWhole = whole;
    if (part > 0) x.namePart = part;
    if (part > 0 && whole === 0) x.nameOnlyPart = 1;
    if (whole > 0) x.mul_nameWhole = 1;
  }
}
for (const q of questions) phraseFeatures(q);

type Weights = Record<string, number>;
const BUILT: Weights = {
  coverage: RANKING.coverage,
  answerType: RANKING.answerType,
  'answerType.number': RANKING.answerTypeByKind.number ?? RANKING.answerType,
  'answerType.date': RANKING.answerTypeByKind.date ?? RANKING.answerType,
  paraphrase: RANKING.paraphrase,
  converse: RANKING.converse,
  kind: RANKING.kind,
  antecedent: RANKING.antecedent,
  day: RANKING.day,
  bigram: RANKING.bigram,
  paraphraseShare: RANKING.paraphraseShare,
  paraphraseFloor: RANKING.paraphraseFloor,
  passage: RANKING.passage,
  referent: RANKING.referent,
  contrast: RANKING.contrast,
  reason: RANKING.reason,
  description: RANKING.description,
  otherNumber: RANKING.otherNumber,
  preview: RANKING.preview,
  beforeNames: RANKING.beforeNames,
  countedFigure: RANKING.countedFigure,
  haveVerb: RANKING.haveVerb,
  allTrusted: RANKING.allTrusted,
};

/** The hand score of rankSentences under weights `w` (the built ones where `w` lacks a field), extras added. */
function handScore(p: HandParts, extra: Record<string, number>, w: Weights): number {
  const g = (name: string) => w[name] ?? BUILT[name]!;
  const coverage =
    (p.covered + g('paraphrase') * p.paraphrased + g('converse') * p.conversed + g('antecedent') * p.borrowed + g('kind') * p.kinded) /
    p.total;
  const scoreCoverage = coverage - ((1 - g('otherNumber')) * p.renumbered) / p.total;
  const h = p.heldBy;
  const contrasted =
    h.literal +
    g('otherNumber') * h.renumbered +
    g('paraphrase') * h.paraphrase +
    g('converse') * h.converse +
    g('antecedent') * h.antecedent +
    g('kind') * h.kind +
    g('beforeNames') * (h.beforeName ?? 0);
  let scored =
    p.contrastTotal !== undefined ? (1 - g('contrast')) * scoreCoverage + g('contrast') * (contrasted / p.contrastTotal) : scoreCoverage;
  let share = p.share;
  let factor = p.lacked.length === 0 && p.borrowed === 0 && p.kinded === 0 ? 1 + g('allTrusted') : 1;
  for (const name in w) {
    if (!w[name]) continue;
    if (name.startsWith('mul_')) factor *= 1 + w[name] * (extra[name] ?? 0);
    else if (name.startsWith('cov_')) scored += w[name] * (extra[name] ?? 0);
    else if (name.startsWith('share_')) share = Math.max(share, w[name] * (extra[name] ?? 0));
  }
  const bonus =
    p.typeBonus === 'reason' || p.typeBonus === 'description'
      ? g(p.typeBonus)
      : (w[`answerType.${p.typeBonus}`] ?? BUILT[`answerType.${p.typeBonus}`] ?? g('answerType'));
  const typeScore = p.typed && bonus > 0 ? bonus : 0;
  let hand =
    (share * (1 + g('coverage') * scored) * (1 + typeScore) * (1 + (p.day ? g('day') : 0)) * factor +
      g('bigram') * p.pairs +
      g('passage') * p.passage +
      (p.covered / p.total >= g('paraphraseFloor') ? g('paraphraseShare') * (p.paraphrased / p.total) : 0)) *
      (p.preview ? g('preview') : 1) +
    (p.countsFigure ? g('countedFigure') * scored : 0) +
    (p.saysHave ? g('haveVerb') : 0);
  for (const name of FACT_FEATURES) if (w[name]) hand += w[name] * (extra[name] ?? 0);
  return hand;
}

/**
 * paraVote / paraMass (round 62): how many of the question's 10 best other candidates under the built weights stand in
 * the candidate's paragraph (the same passage share), and their scores' sum over the best score.
 */
function paragraphVoteFeatures(q: Question): void {
  const scores = q.candidates.map((c) => handScore(c.parts, c.extra, {}));
  const order = scores.map((_, k) => k).sort((a, b) => scores[b]! - scores[a]!);
  const top = order.slice(0, 10);
  const best = scores[order[0]!]! || 1;
  for (const [i, c] of q.candidates.entries()) {
    delete c.extra.paraVote;
    delete c.extra.paraMass;
    let n = 0;
    let mass = 0;
    for (const k of top)
      if (k !== i && q.candidates[k]!.parts.passage === c.parts.passage && c.parts.passage > 0) {
        n += 1;
        mass += scores[k]! / best;
      }
    if (n > 0) {
      c.extra.paraVote = n;
      c.extra.paraMass = mass;
    }
  }
}
for (const q of questions) paragraphVoteFeatures(q);

/** The first candidate under `w` (ties to the earlier, as a stable sort keeps BM25 order). */
function firstOf(q: Question, w: Weights): Candidate {
  const scores = q.candidates.map((c) => handScore(c.parts, c.extra, w));
  const referent = w.referent ?? BUILT.referent!;
  if (referent > 0) for (const [j, i] of q.lifts) scores[j] = Math.max(scores[j]!, scores[i]! * referent);
  for (const name of LIFT_NAMES) {
    const at = w[name] ?? (name === 'liftFewer' ? RANKING.kindBeside : 0);
    if (!at) continue;
    const lifted = [...scores];
    for (const [i, c] of q.candidates.entries()) {
      const j = c.extra[name];
      if (j !== undefined) lifted[i] = Math.max(lifted[i]!, scores[j]! * at);
    }
    for (let i = 0; i < scores.length; i += 1) scores[i] = lifted[i]!;
  }
  let best = 0;
  for (let i = 1; i < scores.length; i += 1) if (scores[i]! > scores[best]!) best = i;
  return q.candidates[best]!;
}

/** Whether the first candidate under `w` is right. */
function firstRight(q: Question, w: Weights): boolean {
  return firstOf(q, w).right;
}

/** The questions a variant wins and loses against the built weights, by set; with --diff, the kit's named. */
function moves(w: Weights): string {
  const won: Record<string, number> = { even: 0, odd: 0, kit: 0 };
  const lost: Record<string, number> = { even: 0, odd: 0, kit: 0 };
  for (const q of questions) {
    const before = firstOf(q, {});
    const after = firstOf(q, w);
    if (before.right === after.right) continue;
    (after.right ? won : lost)[q.set]! += 1;
    if (values.diff && q.set === 'kit')
      console.log(
        `  ${after.right ? 'won' : 'lost'} ${q.story} ${q.text}\n    was ${before.text?.slice(0, 120)}\n    now ${after.text?.slice(0, 120)}`,
      );
  }
  return `won / lost even ${won.even} / ${lost.even}, odd ${won.odd} / ${lost.odd}, kit ${won.kit} / ${lost.kit}`;
}

function counts(w: Weights): Record<string, number> {
  const out: Record<string, number> = { even: 0, odd: 0, kit: 0, kit0: 0, kit1: 0, kit2: 0 };
  for (const q of questions) {
    if (!firstRight(q, w)) continue;
    out[q.set]! += 1;
    if (q.set === 'kit') out[q.story]! += 1;
  }
  return out;
}

const show = (c: Record<string, number>) =>
  `first right even ${c.even} odd ${c.odd} (SQuAD ${c.even! + c.odd!}); kit ${c.kit} (story-dev ${c.kit0}, storyD ${c.kit1}, storyE ${c.kit2})`;
console.log(
  `${questions.filter((q) => q.set !== 'kit').length} SQuAD questions, ${questions.filter((q) => q.set === 'kit').length} kit questions (both modes)`,
);
for (const variant of JSON.parse(values.variants) as Weights[])
  console.log(`${JSON.stringify(variant)}: ${show(counts(variant))}; ${moves(variant)}`);

if (values.misses) {
  // Every k-th SQuAD question whose first candidate under the built weights is wrong, with the right one's place.
  const wrong = questions.filter((q) => q.set !== 'kit' && !firstRight(q, {}));
  const n = Number(values.misses);
  const step = Math.max(1, Math.floor(wrong.length / n));
  for (let i = 0; i < wrong.length && i / step < n; i += step) {
    const q = wrong[i]!;
    const scores = q.candidates.map((c) => handScore(c.parts, c.extra, {}));
    const order = scores.map((_, k) => k).sort((a, b) => scores[b]! - scores[a]!);
    const at = order.findIndex((k) => q.candidates[k]!.right);
    const gold = at < 0 ? undefined : q.candidates[order[at]!];
    const brief = (c: Candidate | undefined, k: number | undefined) =>
      c
        ? `[bm25 #${k! + 1} share ${c.parts.share.toFixed(2)} cov ${(c.parts.covered / c.parts.total).toFixed(2)} typed ${c.parts.typed ? 1 : 0} pairs ${c.parts.pairs} lacked ${c.parts.lacked.join(',')} score ${scores[k!]!.toFixed(3)}]`
        : '';
    console.log(
      `miss ${q.set} ${q.text}\n  first ${brief(q.candidates[order[0]!], order[0])} ${q.candidates[order[0]!]!.text}\n  gold  ${at < 0 ? '(not a candidate)' : `#${at + 1} ${brief(gold, order[at])} ${gold?.text}`}`,
    );
  }
}

if (values.pairs) {
  // SQuAD misses whose right sentence is the first's neighbour (just before or after in its article), with both told.
  const wrong = questions.filter((q) => q.set !== 'kit' && !firstRight(q, {}));
  let nbRight = 0;
  const kinds: Record<string, number> = {};
  const picked: [Question, Candidate, Candidate, string][] = [];
  for (const q of wrong) {
    const first = firstOf(q, {});
    const side = first.prev?.right ? 'prev' : first.next?.right ? 'next' : undefined;
    if (!side) continue;
    nbRight += 1;
    const nb = side === 'prev' ? first.prev! : first.next!;
    const gold = nb.cand >= 0 ? q.candidates[nb.cand]! : undefined;
    const key = `${side} first typed ${first.parts.typed ? 1 : 0} gold typed ${nb.typed ? 1 : 0} gold cand ${gold ? 1 : 0}`;
    kinds[key] = (kinds[key] ?? 0) + 1;
    if (gold) picked.push([q, first, gold, side]);
  }
  console.log(`misses ${wrong.length}; right sentence the first's neighbour ${nbRight}`);
  if (process.env.PAIR_DUMP) {
    // Every question's first and its neighbours among the candidates, for a study of what tells them apart.
    const fd = openSync(process.env.PAIR_DUMP, 'w');
    for (const q of questions) {
      const cw = q.contrast;
      if (!cw || !q.contrastTotal) continue;
      const scores = q.candidates.map((c) => handScore(c.parts, c.extra, {}));
      const first = firstOf(q, {});
      const fi = q.candidates.indexOf(first);
      for (const [side, nb] of [
        ['prev', first.prev],
        ['next', first.next],
      ] as const) {
        if (!nb || nb.cand < 0 || !nb.para) continue;
        const n = q.candidates[nb.cand]!;
        const held = (c: Candidate) => Object.keys(cw).filter((t) => !c.parts.lacked.includes(t));
        const hf = new Set(held(first));
        const hn = new Set(held(n));
        let uf = 0;
        let un = 0;
        let both = 0;
        for (const t of Object.keys(cw)) {
          if (hf.has(t) && !hn.has(t)) uf += cw[t]!;
          if (hn.has(t) && !hf.has(t)) un += cw[t]!;
          if (hn.has(t) && hf.has(t)) both += cw[t]!;
        }
        const row = {
          set: q.set,
          kind: q.kind,
          side,
          fr: first.right,
          nr: n.right,
          ft: first.parts.typed,
          nt: n.parts.typed,
          fpro: side === 'prev' ? (first.prev ? undefined : undefined) : undefined,
          npro: side === 'next' ? first.next!.pro : undefined,
          fs: first.parts.share,
          ns: n.parts.share,
          fsc: scores[fi],
          nsc: scores[nb.cand],
          uf: uf / q.contrastTotal,
          un: un / q.contrastTotal,
          both: both / q.contrastTotal,
          fl: first.parts.lacked.length,
          nl: n.parts.lacked.length,
          q: q.text,
          ftext: first.text?.slice(0, 100),
          ntext: n.text?.slice(0, 100),
        };
        writeSync(fd, `${JSON.stringify(row)}\n`);
      }
    }
    closeSync(fd);
  }
  for (const [k, n] of Object.entries(kinds).sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${k}`);
  const n = Number(values.pairs);
  const step = Math.max(1, Math.floor(picked.length / n));
  for (let i = 0; i < picked.length && i / step < n; i += step) {
    const [q, first, gold, side] = picked[i]!;
    const brief = (c: Candidate) =>
      `[typed ${c.parts.typed ? 1 : 0} share ${c.parts.share.toFixed(2)} cov ${(c.parts.covered / c.parts.total).toFixed(2)} lacked ${c.parts.lacked.join(',')} score ${handScore(c.parts, c.extra, {}).toFixed(3)}]`;
    console.log(`pair ${q.set} (${q.kind}) ${q.text}\n  first ${brief(first)} ${first.text}\n  gold ${side} ${brief(gold)} ${gold.text}`);
  }
}

if (values.search) {
  const better = (c: Record<string, number>, than: Record<string, number>) => c.even! > than.even! && c.kit! >= than.kit!;
  const w: Weights = { ...BUILT };
  for (const name of FACT_FEATURES) w[name] = 0;
  let best = counts(w);
  console.log(`search from the built weights: ${show(best)}`);
  for (let round = 0; round < 3; round += 1) {
    let moved = false;
    for (const name of Object.keys(w)) {
      const at = w[name]!;
      const tries = at === 0 ? [-0.3, -0.1, -0.03, 0.03, 0.1, 0.3] : [at * 0.5, at * 0.8, at * 1.25, at * 2, -at * 0.5];
      for (const value of tries) {
        const c = counts({ ...w, [name]: value });
        if (!better(c, best)) continue;
        w[name] = value;
        best = c;
        moved = true;
        console.log(`  ${name} ${at} → ${value}: ${show(c)}`);
      }
    }
    if (!moved) break;
  }
  console.log(`searched: ${JSON.stringify(w)}`);
}

if (process.env.PRO_CENSUS) {
  // How often each pronoun feature marks a candidate, a right one, and the right one of a question the built weights miss.
  for (const name of ['cov_proMid', 'cov_proMidPara', 'cov_proPoss', 'cov_proAny', 'share_proMid']) {
    let marked = 0;
    let right = 0;
    let missRight = 0;
    for (const q of questions) {
      if (q.set === 'kit') continue;
      const miss = !firstRight(q, {});
      for (const c of q.candidates) {
        if (!c.extra[name]) continue;
        marked += 1;
        if (c.right) right += 1;
        if (c.right && miss) missRight += 1;
      }
    }
    console.log(`${name}: marked ${marked}, right ${right}, the right one of a miss ${missRight}`);
  }
}

if (process.env.MISS_CENSUS) {
  // Misses by class: the right sentence no candidate; in the first's paragraph (the same passage share) or another's,
  // with the passage share, the coverage and the wanted kind of each compared.
  const tally: Record<string, number> = {};
  let dumped = 0;
  const add = (k: string) => {
    tally[k] = (tally[k] ?? 0) + 1;
  };
  for (const q of questions) {
    if (q.set === 'kit' || firstRight(q, {})) continue;
    const first = firstOf(q, {});
    const scores = q.candidates.map((c) => handScore(c.parts, c.extra, {}));
    let gold: Candidate | undefined;
    let gs = -Infinity;
    for (const [i, c] of q.candidates.entries()) if (c.right && scores[i]! > gs) [gold, gs] = [c, scores[i]!];
    if (!gold) {
      add('no candidate');
      continue;
    }
    const rank = scores.filter((s) => s > gs).length + 1;
    const same = gold.parts.passage === first.parts.passage;
    const place = same
      ? 'same para'
      : gold.parts.passage > first.parts.passage
        ? 'other para, gold para higher'
        : 'other para, gold para lower';
    const cov = (c: Candidate) => c.parts.lacked.length;
    const lack = cov(gold) > cov(first) ? 'gold lacks more' : cov(gold) < cov(first) ? 'gold lacks fewer' : 'lack same';
    const share = gold.parts.share > first.parts.share ? 'gold bm25 higher' : 'gold bm25 lower';
    add(`${place}`);
    add(`${place} | ${lack}`);
    add(`${place} | ${share}`);
    add(`${place} | typed ${first.parts.typed ? 1 : 0}/${gold.parts.typed ? 1 : 0}`);
    add(`rank ${Math.min(rank, 6)}`);
    if (process.env.MISS_DUMP && (dumped += 1) % Number(process.env.MISS_DUMP) === 0)
      console.log(
        `[${place}; ${lack}; ${share}] ${q.text}\n  first ${scores[q.candidates.indexOf(first)]!.toFixed(3)} sh ${first.parts.share.toFixed(2)} pa ${first.parts.passage.toFixed(2)} lacked ${first.parts.lacked.join(',')} :: ${first.text?.slice(0, 200)}\n  gold  ${gs.toFixed(3)} sh ${gold.parts.share.toFixed(2)} pa ${gold.parts.passage.toFixed(2)} lacked ${gold.parts.lacked.join(',')} :: ${gold.text?.slice(0, 200)}`,
      );
  }
  for (const [k, n] of Object.entries(tally).sort()) console.log(`${String(n).padStart(5)}  ${k}`);
}

if (process.env.FEAT_CENSUS) {
  // How often each named feature marks a candidate, a right one, and the right one of a question the built weights miss
  // (and the first of such a miss).
  for (const name of process.env.FEAT_CENSUS.split(',')) {
    let marked = 0;
    let right = 0;
    let missRight = 0;
    let missFirst = 0;
    for (const q of questions) {
      if (q.set === 'kit') continue;
      const first = firstOf(q, {});
      const miss = !first.right;
      for (const c of q.candidates) {
        if (!c.extra[name]) continue;
        marked += 1;
        if (c.right) right += 1;
        if (c.right && miss) missRight += 1;
        if (miss && c === first) missFirst += 1;
      }
    }
    console.log(`${name}: marked ${marked}, right ${right}, the right one of a miss ${missRight}, the wrong first of a miss ${missFirst}`);
  }
}

/**
 * --screen: each variant run through the whole answer stage on the kit, as eval:kit scores it — the first excerpt shown
 * (hit@1), the first three (hit@3), the short answer (answer) and an uncovered question refused, both modes — against
 * the built weights. The sentence-level kit count above reads the ranker's first sentence, but the answer stage may
 * promote another excerpt (corroboration, the extractor's evidence), so a variant can keep that count and lose eval:kit
 * rows (round 50's missing-idf penalty lost a storyE and a storyF row so). The variant's change to each candidate's hand
 * score (`handScore` under it less under the built weights, its extra features computed live as at --save) is added in
 * rankSentences before the lifts (`rescoreRanking`); the lifts' own weights (referent, lift*) are not screened. The fit
 * stories' rows won and lost are named; storyF, held out, is given as its totals only.
 */
async function screen(variants: Weights[]): Promise<void> {
  useHandRanking(true);
  const sets: { name: string; story: Story; items: GoldItem[]; held: boolean }[] = (
    await fitStories(values.shared, 'rankRefit', { uncovered: true })
  ).map((s, k) => ({ name: FIT_STORIES[k]!, ...s, held: false }));
  const held = join(values.shared, 'stories', 'storyF');
  if (existsSync(held)) {
    const { articles } = await loadCorpus(held);
    sets.push({ name: 'storyF', story: buildStory(articles, corpusHash(articles)), items: readGold(`${held}-gold.jsonl`), held: true });
  }
  let current: { story: Story; question: string } | undefined;
  let variant: Weights = {};
  rescoreRanking((list, query) => {
    if (!current || Object.keys(variant).length === 0 || !list[0]?.parts) return undefined;
    const q = questionOf({ list, lifts: [], query }, () => false, 'kit', '', current.story, current.question);
    for (const read of [
      textFeatures,
      paraphraseFeatures,
      acronymFeatures,
      pairFeatures,
      pronounFeatures,
      orderFeatures,
      twoBackFeatures,
      trustFeatures,
    ])
      read(q);
    return q.candidates.map((c) => handScore(c.parts, c.extra, variant) - handScore(c.parts, c.extra, {}));
  });
  const FIGURES = ['hit1', 'hit3', 'answer', 'refused'] as const;
  type Row = Record<(typeof FIGURES)[number], boolean>;
  const run = (): Map<string, Row> => {
    const rows = new Map<string, Row>();
    for (const set of sets)
      for (const mode of ['command', 'question'] as const)
        for (const item of set.items) {
          const question = mode === 'command' ? item.query : item.question;
          current = { story: set.story, question };
          let trace: AnswerTrace;
          try {
            trace =
              mode === 'command'
                ? traceAnswer(set.story, item.query, { command: item.command, limit: 3 })
                : traceAnswer(set.story, item.question, { limit: 3 });
          } catch (error) {
            if (!(error instanceof QuestionError)) throw error;
            continue;
          }
          const evidence = item.evidence.map(fold);
          const hits = trace.answer.excerpts.map((e) => evidence.some((ev) => fold(e.text).includes(ev)));
          rows.set(`${set.name}\t${mode}\t${item.id}`, {
            hit1: !item.uncovered && hits[0] === true,
            hit3: !item.uncovered && hits.slice(0, 3).some(Boolean),
            answer: !item.uncovered && answerIsRight(item, trace.answer),
            refused: item.uncovered === true && !trace.answer.covered,
          });
        }
    current = undefined;
    return rows;
  };
  variant = {};
  const base = run();
  for (const v of variants) {
    variant = v;
    const rows = Object.keys(v).length === 0 ? base : run();
    const line: string[] = [];
    const named: string[] = [];
    let lostAny = false;
    for (const set of sets)
      for (const mode of ['command', 'question'] as const) {
        const figures: string[] = [];
        for (const f of FIGURES) {
          let before = 0;
          let after = 0;
          for (const [key, row] of rows) {
            if (!key.startsWith(`${set.name}\t${mode}\t`)) continue;
            const was = base.get(key)![f];
            if (was) before += 1;
            if (row[f]) after += 1;
            if (was !== row[f] && !set.held) named.push(`  ${row[f] ? 'won' : 'lost'} ${f} ${key.replace(/\t/g, ' ')}`);
            if (was && !row[f]) lostAny = true;
          }
          figures.push(before === after ? `${f} ${after}` : `${f} ${before}→${after}`);
        }
        line.push(`${set.name} ${mode}: ${figures.join(' ')}`);
      }
    console.log(`screen ${JSON.stringify(v)}: ${lostAny ? 'LOSES kit rows' : 'no kit row lost'}\n  ${line.join('\n  ')}`);
    if (named.length > 0) console.log(named.join('\n'));
  }
  rescoreRanking(undefined);
}
if (values.screen) await screen(JSON.parse(values.variants) as Weights[]);
