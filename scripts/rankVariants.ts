/**
 * The ranker's own first sentence on SQuAD v1.1 dev pooled, under variants of RANKING, from one build: each question
 * is prepared once as `traceAnswer` prepares it (caught through `observeRanking`), then ranked by `rankSentences`
 * alone under each variant. Prints, per variant, the questions whose first sentence holds any annotator's answer
 * (even / odd articles: fit:candidates trains on the even ones), those with such a sentence among the candidates, and
 * the mean reciprocal rank of the first such sentence (0 when none is a candidate).
 *
 *   npx tsx scripts/rankVariants.ts [--squad PATH] [--variants '[{}, {"candidates": 60}]'] [--misses FILE]
 *
 * --misses writes the even articles' misses of the first variant as JSON lines (question, gold and first sentence,
 * the gold sentence's rank) for error analysis. A variant sets RANKING's fields for its run (the others as built).
 * About 5 minutes to build and prepare on the development machine, then under a minute per variant.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { useHandRanking } from '../src/answer/rankModel.js';
import { observeRanking, type PreparedQuery, RANKING, rankSentences } from '../src/answer/rankSentences.js';
import { buildStory } from '../src/story/buildStory.js';
import { DEFAULT_SQUAD_PATH, goldSentenceSets, loadSquad } from './squad.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    variants: { type: 'string', default: '[{}]' },
    misses: { type: 'string' },
  },
});

const { articles, questions } = loadSquad(values.squad);
const story = buildStory(articles, 'squad-pooled');
const gold = goldSentenceSets(story.sentences, questions);
useHandRanking(true);
const seen: { query?: PreparedQuery | undefined } = {};
observeRanking((_candidates, query) => {
  seen.query ??= query;
});
/** What the observer caught (read through a call: the assignment before would narrow the field to undefined). */
const caught = (): PreparedQuery | undefined => seen.query;
const prepared = questions.map((q) => {
  seen.query = undefined;
  try {
    traceAnswer(story, q.question, { command: 'ask', limit: 1 });
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
  }
  return caught();
});
observeRanking(undefined);

const isEven = (articleId: string) => Number(/^squad-(\d+)-/.exec(articleId)?.[1] ?? 0) % 2 === 0;
const variants = JSON.parse(values.variants) as Record<string, unknown>[];
const built = { ...RANKING };
for (const [v, variant] of variants.entries()) {
  Object.assign(RANKING as Record<string, unknown>, built, variant);
  let even = 0;
  let odd = 0;
  let pooled = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const [i, q] of questions.entries()) {
    const query = prepared[i];
    if (!query) continue;
    const ranked = rankSentences(story, query);
    const at = ranked.findIndex((r) => gold[i]!.has(r.sentence.id));
    if (at >= 0) {
      pooled += 1;
      reciprocal += 1 / (at + 1);
    }
    if (at === 0) {
      if (isEven(q.articleId)) even += 1;
      else odd += 1;
    } else if (values.misses && v === 0 && isEven(q.articleId)) {
      const right = story.sentences[[...gold[i]!][0]!];
      misses.push(
        JSON.stringify({
          question: q.question,
          answer: q.answers[0],
          kind: query.kind,
          goldRank: at,
          gold: right?.text,
          first: ranked[0]?.sentence.text,
        }),
      );
    }
  }
  console.log(
    `${JSON.stringify(variant)}: first right ${even + odd} of ${questions.length} (even ${even}, odd ${odd}); among the candidates ${pooled}; MRR ${(reciprocal / questions.length).toFixed(4)}`,
  );
  if (values.misses && v === 0) writeFileSync(values.misses, `${misses.join('\n')}\n`);
}
Object.assign(RANKING as Record<string, unknown>, built);
