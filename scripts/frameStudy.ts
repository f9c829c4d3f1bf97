/**
 * The kind a what / which question asks for beside the kind its gold answer is: one JSON row per SQuAD question opening
 * with what or which (each paragraph alone a story), with the question frame's focus noun, kind and entity types, and
 * the entity type the story tags at the gold answer's place ('-' when none: a phrase), so that questions asking for
 * another kind than their answer's can be counted by cause (the focus noun, its WordNet class, a rule of the frame).
 *
 *   npx tsx scripts/frameStudy.ts [--squad PATH] > frames.jsonl
 */
import { parseArgs } from 'node:util';
import { questionFrame } from '../src/answer/questionFrame.js';
import { DEFAULT_SQUAD_PATH, heldBack, loadSquad, openingWord } from './squad.js';
import { eachParagraphQuestion } from './squadReading.js';

const { values } = parseArgs({ options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH } } });
const { articles, questions } = loadSquad(values.squad);
const chosen = questions.filter((q) => /^(?:what|which)$/.test(openingWord(q.question)));
eachParagraphQuestion({ articles, questions: chosen }, ({ question: q, story }) => {
  const from = q.answerStart;
  const to = from + q.answers[0]!.length;
  const sentence = story.sentences.find((s) => s.start <= from && from < s.end);
  const entity = sentence?.entities.find((e) => sentence.start + e.start < to && from < sentence.start + e.end);
  const frame = questionFrame('ask', q.question);
  console.log(
    JSON.stringify({
      id: q.id,
      held: heldBack(q.articleId),
      question: q.question,
      gold: q.answers[0],
      goldType: entity?.type ?? '-',
      focus: frame.focus ?? null,
      kind: frame.kind,
      types: frame.types,
      fallback: frame.fallback,
    }),
  );
});
