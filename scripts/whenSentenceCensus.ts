/**
 * Date questions of SQuAD reading whose short answer's sentence holds a date nearer the gold than the one shown (round
 * 64, task V): the sentence was right, its date was not. For each such row the date shown and the gold's date of the
 * same sentence, each with what may separate them — whether it stands in the piece of the sentence (clause marks and
 * clause openers, as clauseShare.ts cuts it) that holds one of the question's verbs, whether the question's verb dates it
 * (datedByVerb.ts), its distance in words to the nearest question word, whether it stands in brackets, whether the
 * question writes a word of it (its year) — and the rule that narrowed the choice (extractAnswer.ts `observeExtraction`,
 * its `choice` view). Every date question is a row; `miss` tells a row below F1 1: "same-sentence" (a better date of the
 * shown one's sentence was offered; "same-sentence-filtered" where the date grain left it out), "right-sentence-no-better"
 * (the right sentence, no better date in it), "gold-sentence-date-not-offered" (another sentence's date was shown while
 * the gold's sentence writes a date holding part of the gold: its date dropped or ranked lower, as "January 1887" was for
 * "When did the Tarn freeze in the 1887 ice winter?" before yearNamed.ts), "other-sentence". Group them with Python.
 *
 *   npx tsx scripts/whenSentenceCensus.ts [--limit N] > rows.jsonl
 */
import { parseArgs } from 'node:util';
import type { Token } from '../src/nlp/entities.js';
import { termOf } from '../src/search/terms.js';
import { CLAUSE_OPENER_WORDS, PIECE_MARK_CHARS } from '../src/answer/clauseShare.js';
import { datingVerb } from '../src/answer/datedByVerb.js';
import { questionVerbs } from '../src/answer/placeAsked.js';
import { questionFrame } from '../src/answer/questionFrame.js';
import type { StorySentence } from '../src/story/story.js';
import { bestOver, DEFAULT_SQUAD_PATH, heldBack, loadSquad, openingWord, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';
import { watchFirst } from './watchExtraction.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, squad: { type: 'string', default: DEFAULT_SQUAD_PATH } } });
const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;

/** Marks and words that end a piece of a sentence, as clauseShare.ts cuts it. */
const PIECE_MARKS: ReadonlySet<string> = new Set(PIECE_MARK_CHARS);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(CLAUSE_OPENER_WORDS);

/** The tokens a candidate's text covers in its sentence (its first occurrence), or null. */
function spanOf(sentence: StorySentence, text: string): { start: number; end: number; first: number; last: number } | null {
  const at = sentence.text.indexOf(text);
  if (at < 0) return null;
  const first = sentence.tokens.findIndex((t) => t.end > at);
  let last = first;
  while (last + 1 < sentence.tokens.length && sentence.tokens[last + 1]!.start < at + text.length) last += 1;
  return { start: at, end: at + text.length, first, last };
}

/** The bounds of the piece holding tokens first … last: from the cut before to the cut after. */
function pieceOf(tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !PIECE_MARKS.has(tokens[from - 1]!.text) && !CLAUSE_OPENERS.has(tokens[from]!.text.toLowerCase())) from -= 1;
  let to = last + 1;
  while (to < tokens.length && !PIECE_MARKS.has(tokens[to]!.text) && !CLAUSE_OPENERS.has(tokens[to]!.text.toLowerCase())) to += 1;
  return [from, to];
}

/** Whether the token is written inside brackets (an open bracket before it not closed before it). */
function bracketed(tokens: readonly Token[], i: number): boolean {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    if (tokens[k]!.text === '(') depth += 1;
    else if (tokens[k]!.text === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

const takeSeen = watchFirst('choice');
const { articles, questions } = loadSquad(values.squad!);
const dated = questions.filter((q) => questionFrame('ask', q.question).kind === 'date');
eachParagraphQuestion({ articles, questions: dated, limit }, (asked) => {
  const { question: q, story, gold } = asked;
  takeSeen();
  const { trace, source } = readQuestion(asked);
  const choice = takeSeen();
  const short = trace?.short ?? null;
  const f1 = bestOver(tokenF1, short?.text ?? '', q.answers);
  const verbs = questionVerbs(q.question);
  const questionTerms = new Set((q.question.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => termOf(w)).filter((t) => t !== null));
  const isQuestionVerb = (t: Token) =>
    (t.pos === 'VERB' || t.pos === 'AUX') &&
    [termOf(t.text), t.lemma === undefined ? null : termOf(t.lemma)].some((x) => x !== null && verbs.has(x));
  // What may separate one date of a sentence from another.
  const laid = (sentence: StorySentence, text: string) => {
    const span = spanOf(sentence, text);
    if (!span) return { text };
    const tokens = sentence.tokens;
    const [from, to] = pieceOf(tokens, span.first, span.last);
    let distance = 99;
    for (const [i, t] of tokens.entries()) {
      if (i >= span.first && i <= span.last) continue;
      const term = termOf(t.text);
      if (term === null || !questionTerms.has(term) || isQuestionVerb(t)) continue;
      distance = Math.min(distance, i < span.first ? span.first - i - 1 : i - span.last - 1);
    }
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return {
      text,
      at: span.first,
      verbInPiece: tokens.slice(from, to).some(isQuestionVerb),
      datedByVerb: datingVerb(tokens, span, verbs) >= 0,
      distance,
      bracketed: bracketed(tokens, span.first),
      namedPart: words.some((w) => questionTerms.has(termOf(w) ?? w)),
      f1: bestOver(tokenF1, text, q.answers),
    };
  };
  let miss = '';
  let shown = null;
  let better = null;
  if (short && choice && f1 < 1) {
    const sentence = story.sentences[short.sentenceId]!;
    const same = choice.every.filter((c) => c.sentenceId === short.sentenceId);
    const best = same.map((c) => ({ c, f1: bestOver(tokenF1, c.text, q.answers) })).sort((a, b) => b.f1 - a.f1)[0];
    if (best && best.f1 > f1) {
      miss = best.c.offered ? 'same-sentence' : 'same-sentence-filtered';
      shown = laid(sentence, short.text);
      better = { ...laid(sentence, best.c.text), offered: best.c.offered };
    } else if (source === 'R') miss = 'right-sentence-no-better';
    else if (source === 'W') {
      const goldDates = [...gold].flatMap((id) => story.sentences[id]!.entities.filter((e) => e.type === 'DATE'));
      miss = goldDates.some((e) => bestOver(tokenF1, e.text, q.answers) > 0) ? 'gold-sentence-date-not-offered' : 'other-sentence';
    }
  }
  console.log(
    JSON.stringify({
      id: q.id,
      half: heldBack(q.articleId) ? 'H' : 'T',
      wh: openingWord(q.question),
      question: q.question,
      gold: q.answers,
      short: short?.text ?? '',
      f1,
      source,
      rule: choice?.rule ?? '',
      miss,
      shown,
      better,
      sentence: short ? story.sentences[short.sentenceId]!.text : '',
    }),
  );
});
