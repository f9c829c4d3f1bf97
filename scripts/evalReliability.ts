/**
 * The development kit's reliability table for the README: the short answers shown per high confidence band
 * (scripts/reliability.ts) over story-dev and every ../shared/eval/stories/storyX, both modes, and the share right
 * (as scripts/storyEval.ts counts it; an answer to an uncovered question is wrong). eval:refusal prints SQuAD's.
 *
 *   npx tsx scripts/evalReliability.ts [--shared ../shared/eval]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import { countAnswer, formatReliability, reliability } from './reliability.js';
import { answerIsRight, readGold } from './storyEval.js';

const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared/eval' } } });
const storiesDir = join(values.shared, 'stories');
const devGold = join(values.shared, 'story-dev.jsonl');
if (!existsSync(devGold) || !existsSync(storiesDir)) {
  console.error(`evalReliability: the development kit is missing (${devGold}, ${storiesDir}); pass --shared DIR`);
  process.exit(2);
}
const sets = [{ corpus: 'corpus', gold: devGold }];
for (const entry of readdirSync(storiesDir).sort()) {
  const gold = join(storiesDir, `${entry}-gold.jsonl`);
  if (existsSync(gold) && existsSync(join(storiesDir, entry))) sets.push({ corpus: join(storiesDir, entry), gold });
}

const tables = { command: reliability(), question: reliability() };
for (const set of sets) {
  const { articles } = await loadCorpus(set.corpus);
  const story = buildStory(articles, corpusHash(articles));
  for (const item of readGold(set.gold)) {
    for (const mode of ['command', 'question'] as const) {
      const answer =
        mode === 'command'
          ? answerQuestion(story, item.query, { command: item.command, limit: 3 })
          : answerQuestion(story, item.question, { limit: 3 });
      if (answer.answer) countAnswer(tables[mode], answer.confidence, answerIsRight(item, answer));
    }
  }
}
console.log('mode       band           n  share right (development kit, every story)');
for (const mode of ['command', 'question'] as const) for (const row of formatReliability(tables[mode], mode)) console.log(row);
