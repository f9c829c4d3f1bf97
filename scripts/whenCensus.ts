/**
 * When-questions of SQuAD reading ("When …?"), each with where its short answer came from — the time the best excerpt
 * tells by another event (eventTime.ts), the date its paragraph set just before (contextDate.ts) or the extractor's
 * typed date — its EM and F1 against the best gold, and how it misses: `short` where the answer is a part of the gold's
 * words, `long` where it holds all of them and more, `overlap` where they share some, `other` where none. With the best
 * answer's sentence and its tags, for telling why a date was cut short or run long, and the best excerpt (its coverage of
 * the question, whether it holds a gold answer) with the first gold's sentence. One JSON row a question.
 *
 *   npx tsx scripts/whenCensus.ts [--squad PATH] > rows.jsonl
 */
import { parseArgs } from 'node:util';
import type { ShortAnswer } from '../src/answer/extractAnswer.js';
import { bestOver, DEFAULT_SQUAD_PATH, exactMatch, heldBack, loadSquad, normalizeAnswer, openingWord, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';

const { values } = parseArgs({ options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH } } });

/** Where a short answer came from, told by the evidence each reader gives its answer (eventTime.ts, contextDate.ts). */
function sourceOf(short: ShortAnswer): string {
  const { near, margin, support, typed } = short.evidence;
  if (near === 0 && margin === 1 && support === 0 && short.from === 0) return typed === 0 ? 'eventTime' : 'contextDate';
  return short.type;
}

/** How an answer misses the gold nearest it: a part of its words, all of them and more, some, or none. */
function missShape(answer: string, golds: readonly string[]): string {
  const a = normalizeAnswer(answer).split(' ').filter(Boolean);
  let shape = 'other';
  for (const g of golds.map((gold) => normalizeAnswer(gold).split(' ').filter(Boolean))) {
    const inGold = a.every((w) => g.includes(w));
    const holdsGold = g.every((w) => a.includes(w));
    if (inGold && holdsGold) return 'exact-words';
    if (inGold) shape = 'short';
    else if (holdsGold && shape !== 'short') shape = 'long';
    else if (a.some((w) => g.includes(w)) && shape === 'other') shape = 'overlap';
  }
  return shape;
}

const { articles, questions } = loadSquad(values.squad!);
eachParagraphQuestion({ articles, questions: questions.filter((q) => openingWord(q.question) === 'when') }, (asked) => {
  const { question: q, story } = asked;
  const { trace, source: right } = readQuestion(asked);
  const short = trace?.short ?? null;
  const text = short?.text ?? '';
  const em = bestOver(exactMatch, text, q.answers);
  const sentence = short ? story.sentences[short.sentenceId]! : null;
  const best = trace?.ranked[0];
  const goldId = [...asked.gold][0];
  console.log(
    JSON.stringify({
      id: q.id,
      held: heldBack(q.articleId),
      question: q.question,
      gold: q.answers,
      short: text,
      shown: (trace?.answer.answer ?? null) !== null,
      confidence: trace?.answer.confidence ?? 0,
      em,
      f1: bestOver(tokenF1, text, q.answers),
      source: short ? sourceOf(short) : '-',
      right,
      miss: short && em === 0 ? missShape(text, q.answers) : '',
      sentence: sentence?.text ?? '',
      tagged: sentence?.tokens.map((t) => `${t.text}/${t.pos}`).join(' ') ?? '',
      best: best?.sentence.text ?? '',
      bestCoverage: best?.coverage ?? 0,
      bestRight: best !== undefined && asked.gold.has(best.sentence.id),
      goldSentence: goldId === undefined ? '' : story.sentences[goldId]!.text,
    }),
  );
});
