/**
 * The kit's side of scripts/answerFirstStudy.ts: the same rows for story-dev, storyD and storyE (never the held-out
 * story), both modes, with `R` (the ranker's first excerpt holds an evidence fragment) and `A` (the answer's
 * excerpt does) in place of SQuAD's gold sentence.
 *
 *   npx tsx scripts/answerFirstKit.ts > kit-rows.jsonl
 */
import { join } from 'node:path';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { ANSWER_TYPES, FALLBACK_TYPES } from '../src/answer/answerKind.js';
import { confidenceModel, probability } from '../src/answer/confidence.js';
import type { CorroboratedSentence } from '../src/answer/corroborate.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { termsOf, words } from '../src/search/terms.js';
import { timeInWords } from '../src/answer/timeWords.js';
import { buildStory } from '../src/story/buildStory.js';
import { fold, readGold } from './storyEval.js';

const stories = '../shared/eval/stories';
const sets = [
  { name: 'story-dev', corpus: 'corpus', gold: '../shared/eval/story-dev.jsonl' },
  { name: 'storyD', corpus: join(stories, 'storyD'), gold: join(stories, 'storyD-gold.jsonl') },
  { name: 'storyE', corpus: join(stories, 'storyE'), gold: join(stories, 'storyE-gold.jsonl') },
];
const holds = (g: CorroboratedSentence, id: number) => g.sentence.id === id || g.others.some((o) => o.sentence.id === id);

for (const set of sets) {
  const { articles } = await loadCorpus(set.corpus);
  const story = buildStory(articles, corpusHash(articles));
  for (const item of readGold(set.gold)) {
    if (item.uncovered) continue;
    for (const mode of ['command', 'question'] as const) {
      const question = mode === 'command' ? item.query : item.question;
      const {
        answer,
        short,
        ranked,
        features,
        moved: how,
      } = mode === 'command'
        ? traceAnswer(story, item.query, { command: item.command, limit: 3 })
        : traceAnswer(story, item.question, { limit: 3 });
      const top = ranked[0];
      if (!top) continue;
      const evidence = item.evidence.map(fold);
      const hit = (text: string) => evidence.some((e) => fold(text).includes(e));
      const at = short ? ranked.findIndex((g) => holds(g, short.sentenceId)) : -1;
      const group = at >= 0 ? ranked[at]! : undefined;
      const qTerms = new Set(termsOf(question));
      const inAnswer = short ? termsOf(story.sentences[short.sentenceId]!.text).filter((t) => qTerms.has(t)) : [];
      const inTop = termsOf(top.sentence.text).filter((t) => qTerms.has(t));
      const wanted = new Set([...ANSWER_TYPES[answer.kind], ...FALLBACK_TYPES[answer.kind]]);
      const right = answer.answer ? item.answers.some((a) => fold(answer.answer!.text).includes(fold(a))) : false;
      console.log(
        JSON.stringify({
          id: `${set.name}:${mode}:${item.id}`,
          set: set.name,
          kind: answer.kind,
          covered: answer.covered,
          R: hit(top.sentence.text),
          A: short ? hit(story.sentences[short.sentenceId]!.text) : false,
          S: answer.excerpts[0] ? hit(answer.excerpts[0].text) : false,
          same: short ? short.sentenceId === top.sentence.id : true,
          moved: answer.excerpts[0]?.sentenceId !== top.sentence.id,
          how,
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
          right,
          topTypeWords: short ? timeInWords(top.sentence, short.type, new Set(words(question).map((w) => w.toLowerCase()))) : false,
        }),
      );
    }
  }
}
