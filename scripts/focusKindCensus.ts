import { commonNounClasses } from '../src/lexicon/index.js';
import { questionFrame } from '../src/answer/questionFrame.js';
import { DEFAULT_SQUAD_PATH, goldSentences, heldBack, loadSquad, openingWord } from './squad.js';
import { eachParagraphQuestion, readReadingRows } from './squadReading.js';

const rowsPath = process.argv[2];
if (!rowsPath) throw new Error('focusKindCensus: give the reading rows file of eval:squad --rows');
const rows = new Map(readReadingRows(rowsPath).map((r) => [r.id, r]));
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
      row?.f1.toFixed(4) ?? '',
      row?.source ?? '',
      row?.type ?? '',
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
