/**
 * Deed questions of SQuAD reading ("What did X do?", "What did X do with / to / when …?", "What happened to X?"), each
 * with where its short answer came from — the verb-phrase reader (actionPhrase.ts), the predicate after the subject
 * (whatDone.ts) or another stage (the extractor's noun phrase) — its F1, and the gold's sentence with its tags, for
 * telling why the verb-phrase reader gave no answer where the gold is a verb phrase of the right sentence. One JSON row a
 * question.
 *
 *   npx tsx scripts/deedCensus.ts [--squad PATH] > rows.jsonl
 */
import { parseArgs } from 'node:util';
import { actionPhrase } from '../src/answer/actionPhrase.js';
import { whatDone } from '../src/answer/whatDone.js';
import { termsOf } from '../src/search/terms.js';
import { bestOver, DEFAULT_SQUAD_PATH, heldBack, loadSquad, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';

const { values } = parseArgs({ options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH } } });
/** The deed shapes (as actionPhrase.ts reads them, before its own tests). */
const DEED =
  /^\W*what\s+(?:did|does|do|has|have|had|will|would|can|could|is|was|are|were)\s+.+?\s+(?:do|doing|done)\b[^?]*\??\s*$|^\W*what\s+(?:(?:has|had|will|would)\s+)?(?:happened|happens|happen)\s+(?:to|with)\s/i;
const { articles, questions } = loadSquad(values.squad!);
eachParagraphQuestion({ articles, questions: questions.filter((q) => DEED.test(q.question)) }, (asked) => {
  const { question: q, story, gold } = asked;
  const { trace, source: right } = readQuestion(asked);
  const short = trace?.short?.text ?? '';
  let source = '-';
  if (trace?.short) {
    const text = q.question.toLowerCase();
    const acted = actionPhrase(trace.ranked, text);
    const first = trace.ranked[0]?.sentence;
    const done = first ? whatDone(first, text, termsOf(text)) : null;
    source = acted?.text === short ? 'verbPhrase' : done?.text === short ? 'whatDone' : 'other';
  }
  const goldId = [...gold][0];
  const goldSentence = goldId === undefined ? null : story.sentences[goldId]!;
  console.log(
    JSON.stringify({
      id: q.id,
      held: heldBack(q.articleId),
      question: q.question,
      gold: q.answers,
      short,
      f1: bestOver(tokenF1, short, q.answers),
      source,
      right,
      tagged: goldSentence?.tokens.map((t) => `${t.text}/${t.pos}`).join(' ') ?? '',
    }),
  );
});
