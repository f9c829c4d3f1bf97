/**
 * The excerpt shown first on SQuAD v1.1 dev pooled, under variants of RANKING, from one build: each question asked
 * as `eval:squad` asks it (`ask`, 5 excerpts) under each variant. Prints, per variant, P@1 as eval:squad counts it
 * (the first gold answer's sentence shown first), split into the training and held-back halves (odd articles), and
 * the ranker's own first excerpt right (before the answer's excerpt may be moved first), with the questions the
 * variant won and lost against the first.
 *
 *   npx tsx scripts/firstExcerptVariants.ts [--squad PATH] [--limit N] [--variants '[{}, {"proximity": 0.1}]'] [--misses FILE]
 *
 * --misses writes the first variant's training-half misses with the right sentence among the ranker's first five, as
 * JSON lines (question, gold and given answer, the right sentence's rank, the ranker's first and the right sentence).
 *
 * About 2 minutes a variant on the development machine, after a 30-second build.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { RANKING } from '../src/answer/rankSentences.js';
import { buildStory } from '../src/story/buildStory.js';
import { DEFAULT_SQUAD_PATH, goldSentences, heldBack, loadSquad } from './squad.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    limit: { type: 'string' },
    variants: { type: 'string', default: '[{}]' },
    misses: { type: 'string' },
  },
});

const { articles, questions: all } = loadSquad(values.squad);
const questions = values.limit ? all.slice(0, Number(values.limit)) : all;
const story = buildStory(articles, 'squad-dev');
const gold = goldSentences(story.sentences, questions);
const variants = JSON.parse(values.variants) as Record<string, unknown>[];
const built = { ...RANKING };
/** Sets a variant's fields of RANKING, the others as built. */
function apply(variant: Record<string, unknown>): void {
  Object.assign(RANKING as Record<string, unknown>, built, variant);
}
let baseline: boolean[] | undefined;
for (const variant of variants) {
  apply(variant);
  const shown = { train: 0, held: 0 };
  const ranker = { train: 0, held: 0 };
  const right: boolean[] = [];
  let folded = 0;
  const misses: string[] = [];
  for (const [i, q] of questions.entries()) {
    let ok = false;
    try {
      const { answer, ranked } = traceAnswer(story, q.question, { command: 'ask', limit: 5 });
      ok = answer.excerpts[0]?.sentenceId === gold[i];
      if (ranked[0]?.sentence.id === gold[i]) ranker[heldBack(q.articleId) ? 'held' : 'train'] += 1;
      if (ranked[0]?.others.some((o) => o.sentence.id === gold[i])) folded += 1;
      const at = ranked.findIndex((g) => g.sentence.id === gold[i]);
      if (
        values.misses &&
        baseline === undefined &&
        !heldBack(q.articleId) &&
        answer.excerpts[0]?.sentenceId !== gold[i] &&
        at > 0 &&
        at < 5
      )
        misses.push(
          JSON.stringify({
            question: q.question,
            gold: q.answers[0],
            answer: answer.answer?.text,
            rank: at,
            first: ranked[0]!.sentence.text,
            right: story.sentences[gold[i]!]!.text,
          }),
        );
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
    }
    if (ok) shown[heldBack(q.articleId) ? 'held' : 'train'] += 1;
    right.push(ok);
  }
  if (values.misses && baseline === undefined) writeFileSync(values.misses, `${misses.join('\n')}\n`);
  baseline ??= right;
  const won = right.filter((r, i) => r && !baseline![i]).length;
  const lost = right.filter((r, i) => !r && baseline![i]).length;
  console.log(
    `${JSON.stringify(variant)}: shown first right ${shown.train + shown.held} of ${questions.length} (P@1 ${((shown.train + shown.held) / questions.length).toFixed(4)}; training ${shown.train}, held back ${shown.held}); won ${won}, lost ${lost}; ranker's first ${ranker.train + ranker.held} (training ${ranker.train}, held back ${ranker.held}); gold folded under the ranker's first ${folded}`,
  );
}
apply({});
