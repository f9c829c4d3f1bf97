/**
 * Scores the engine on a question set shaped like ../shared/eval/story-dev.jsonl:
 * hit@1 / hit@3 (a top excerpt contains one of `evidence`) and answer accuracy (answer.text contains one
 * of `answers` and has at most 8 words), for `command` + `query` and for the natural `question` asked
 * as a free question.
 *
 *   npm run eval -- ../shared/eval/story-dev.jsonl [--corpus corpus] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from '../src/answer/answerKind.js';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { corpusHash, loadCorpus } from '../src/corpus/loadCorpus.js';
import { buildStory } from '../src/story/buildStory.js';

interface Item {
  id: string;
  command: Command;
  query: string;
  question: string;
  answers: string[];
  evidence: string[];
}

/** Folding the eval README asks for: straight quotes, collapsed white space, lower case. */
export function fold(s: string): string {
  return s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: 'string', default: 'corpus' }, verbose: { type: 'boolean', default: false } },
});
const file = positionals[0] ?? '../shared/eval/story-dev.jsonl';
const items = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
const { articles } = await loadCorpus(values.corpus);
const story = buildStory(articles, corpusHash(articles));

for (const mode of ['command', 'question'] as const) {
  let hit1 = 0;
  let hit3 = 0;
  let correct = 0;
  for (const item of items) {
    const answer =
      mode === 'command' ? answerQuestion(story, item.query, { command: item.command, limit: 3 }) : answerQuestion(story, item.question, { limit: 3 });
    const evidence = item.evidence.map(fold);
    const hits = answer.excerpts.map((e) => evidence.some((ev) => fold(e.text).includes(ev)));
    const text = answer.answer ? fold(answer.answer.text) : '';
    const ok = text !== '' && text.split(' ').length <= 8 && item.answers.some((a) => text.includes(fold(a)));
    if (hits[0]) hit1 += 1;
    if (hits.some(Boolean)) hit3 += 1;
    if (ok) correct += 1;
    if (values.verbose && (!hits[0] || !ok)) {
      console.log(`✗ ${mode} ${item.id}: ${mode === 'command' ? `/${item.command} ${item.query}` : item.question}`);
      console.log(`   answer: ${answer.answer?.text ?? '(none)'}  want: ${item.answers.join(' | ')}  hit@1: ${hits[0] ?? false}`);
      console.log(`   top: ${answer.excerpts[0]?.text ?? '(none)'}`);
    }
  }
  const n = items.length;
  const f = (x: number) => (x / n).toFixed(3);
  console.log(`${mode.padEnd(8)}  n=${n}  hit@1 ${f(hit1)}  hit@3 ${f(hit3)}  answer ${f(correct)}`);
}
