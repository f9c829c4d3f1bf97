/**
 * The kit's side of scripts/answerFirstStudy.ts: the same rows for story-dev, storyD and storyE (never the held-out
 * story), both modes, with `R` (the ranker's first excerpt holds an evidence fragment) and `A` (the answer's
 * excerpt does) in place of SQuAD's gold sentence.
 *
 *   npx tsx scripts/answerFirstKit.ts > kit-rows.jsonl
 */
import { join } from 'node:path';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';
import { moveEvidence } from './answerFirstRow.js';
import { fold, readGold } from './storyEval.js';

const stories = '../shared/eval/stories';
const sets = [
  { name: 'story-dev', corpus: 'corpus', gold: '../shared/eval/story-dev.jsonl' },
  { name: 'storyD', corpus: join(stories, 'storyD'), gold: join(stories, 'storyD-gold.jsonl') },
  { name: 'storyE', corpus: join(stories, 'storyE'), gold: join(stories, 'storyE-gold.jsonl') },
];

for (const set of sets) {
  const { articles } = await loadCorpus(set.corpus);
  const story = buildStory(articles, corpusHash(articles));
  for (const item of readGold(set.gold)) {
    if (item.uncovered) continue;
    for (const mode of ['command', 'question'] as const) {
      const question = mode === 'command' ? item.query : item.question;
      const trace =
        mode === 'command'
          ? traceAnswer(story, item.query, { command: item.command, limit: 3 })
          : traceAnswer(story, item.question, { limit: 3 });
      const row = moveEvidence(story, question, trace);
      if (!row) continue;
      const { answer, short, ranked } = trace;
      const evidence = item.evidence.map(fold);
      const hit = (text: string) => evidence.some((e) => fold(text).includes(e));
      const right = answer.answer ? item.answers.some((a) => fold(answer.answer!.text).includes(fold(a))) : false;
      console.log(
        JSON.stringify({
          id: `${set.name}:${mode}:${item.id}`,
          set: set.name,
          R: hit(ranked[0]!.sentence.text),
          A: short ? hit(story.sentences[short.sentenceId]!.text) : false,
          S: answer.excerpts[0] ? hit(answer.excerpts[0].text) : false,
          same: short ? short.sentenceId === ranked[0]!.sentence.id : true,
          moved: answer.excerpts[0]?.sentenceId !== ranked[0]!.sentence.id,
          right,
          ...row,
        }),
      );
    }
  }
}
