/**
 * The kind a what/which question's focus noun asks for, beside the kind of its gold answer: one tab-separated row per
 * SQuAD reading question opening with "what" or "which" whose frame has a focus noun, with the reading rows of
 * `eval:squad -- --rows FILE` joined in (F1 and where the short answer came from), to count where the noun's WordNet
 * class (questionFrame.ts `typesOfNoun`) reads the kind wrong.
 *
 *   npx tsx scripts/focusKindCensus.ts ROWS > census.tsv
 *
 * Columns: id, H (held back) or T, opening word, F1, source (R / W / -), the answer's type, the focus noun, its WordNet
 * classes as the question writes it (up to three), the frame's kind and types, the gold's type (the tagged entity of the
 * story that overlaps the first gold answer most, or PHRASE), the WordNet class of the gold's last word, the question,
 * the first gold answer.
 */
import { readFileSync } from 'node:fs';
import { commonNounClasses } from '../src/lexicon/index.js';
import { questionFrame } from '../src/answer/questionFrame.js';
import { DEFAULT_SQUAD_PATH, goldSentences, heldBack, loadSquad, openingWord } from './squad.js';
import { eachParagraphQuestion } from './squadReading.js';

const rowsPath = process.argv[2];
if (!rowsPath) throw new Error('focusKindCensus: give the reading rows file of eval:squad --rows');
const rows = new Map<string, string[]>();
for (const line of readFileSync(rowsPath, 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length >= 10) rows.set(c[0]!, c);
}
const { articles, questions } = loadSquad(DEFAULT_SQUAD_PATH);
const frames = new Map<string, ReturnType<typeof questionFrame>>();
for (const q of questions) {
  const wh = openingWord(q.question);
  if (wh !== 'what' && wh !== 'which') continue;
  const frame = questionFrame('ask', q.question);
  if (frame.focus) frames.set(q.id, frame);
}
const chosen = questions.filter((q) => frames.has(q.id));
eachParagraphQuestion({ articles, questions: chosen }, ({ question: q, story }) => {
  const frame = frames.get(q.id)!;
  // The sentence of the first gold answer.
  const s = story.sentences[goldSentences(story.sentences, [q])[0]!];
  let goldType = 'PHRASE';
  if (s) {
    const from = q.answerStart - s.start;
    const to = from + q.answers[0]!.length;
    let best = 0;
    for (const e of s.entities) {
      const overlap = Math.min(to, e.end) - Math.max(from, e.start);
      // Most of the gold or most of the entity.
      if (overlap > best && (overlap * 2 > to - from || overlap * 2 > e.end - e.start)) {
        best = overlap;
        goldType = e.type;
      }
    }
  }
  const last = q.answers[0]!.split(/\s+/).at(-1)?.replace(/\W+$/, '').toLowerCase() ?? '';
  const row = rows.get(q.id);
  console.log(
    [
      q.id,
      heldBack(q.articleId) ? 'H' : 'T',
      openingWord(q.question),
      row?.[3] ?? '',
      row?.[8] ?? '',
      row?.[9] ?? '',
      frame.focus,
      commonNounClasses(frame.focus!).slice(0, 3).join(',') || '-',
      frame.kind,
      frame.types.join(',') || '-',
      goldType,
      commonNounClasses(last)[0] ?? '-',
      q.question,
      q.answers[0],
    ].join('\t'),
  );
});
