/**
 * Answers that partly repeat the question: one tab-separated row per SQuAD reading question whose answer came from a
 * sentence holding the gold (source R) and shares a content word with the question, read from the rows of
 * scripts/readingCandidates.ts, with where the shared word stands in the answer's span as the sentence's tags read it:
 * a possessor (the word before "'s"), a word of a name (every content word of the answer capitalised), the head (the
 * span's last word: `askedHead` where that word is one of the phrase the question asks by, askedPhrase.ts, else `head`),
 * or a modifier (any other word). Also whether the gold is offered as a candidate, its rank by the
 * model and its best F1.
 *
 *   npx tsx scripts/readingCandidates.ts --words what,which,… > rows.jsonl
 *   npx tsx scripts/questionEchoCensus.ts rows.jsonl > census.tsv
 *
 * Columns: id, H (held back) or T, opening word, F1, the positions of the echoed words (comma-separated, "-" for none),
 * the gold's best candidate F1, its rank among the candidates (0 when no candidate holds it exactly), the answer, the
 * first gold answer, the question.
 */
import { readFileSync } from 'node:fs';
import { askedPhraseTerms } from '../src/answer/askedPhrase.js';
import { tagSentence } from '../src/nlp/entities.js';
import { STOP_WORDS, termOf } from '../src/search/terms.js';
import { isPossessiveMark } from '../src/text/words.js';

interface Row {
  id: string;
  held: boolean;
  wh: string;
  question: string;
  gold: string[];
  answer: string;
  f1: number;
  source: string;
  sentence: string;
  candidates: { text: string; f1: number }[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The question's content words and their index terms. */
function askedTest(question: string): (word: string) => boolean {
  const asked = new Set((question.toLowerCase().match(WORD) ?? []).filter((w) => !STOP_WORDS.has(w)));
  const terms = new Set([...asked].map((w) => termOf(w)).filter((t) => t !== null));
  return (word) => {
    const w = word.toLowerCase();
    return !STOP_WORDS.has(w) && (asked.has(w) || terms.has(termOf(w) ?? w));
  };
}

/** Where each of the question's words stands in the span of `text` inside `sentence`. */
function echoPositions(text: string, sentence: string, asked: (word: string) => boolean, phrase: ReadonlySet<string>): string[] {
  const at = sentence.indexOf(text);
  const words = text.match(WORD) ?? [];
  const content = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  const name = content.length > 0 && content.every((w) => /^\p{Lu}|^\p{N}/u.test(w));
  if (at < 0) return words.filter(asked).map(() => 'unplaced');
  const tokens = tagSentence(sentence).tokens.filter((t) => t.start >= at && t.end <= at + text.length);
  const inner = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const positions: string[] = [];
  for (const [i, t] of inner.entries()) {
    if (!asked(t.text)) continue;
    const next = tokens[tokens.indexOf(t) + 1];
    if (next && isPossessiveMark(next.text)) positions.push('possessor');
    else if (name) positions.push('name');
    else if (i === inner.length - 1) positions.push(phrase.has(termOf(t.text.toLowerCase()) ?? '') ? 'askedHead' : 'head');
    else positions.push('modifier');
  }
  return positions;
}

const rows = readFileSync(process.argv[2]!, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as Row);
for (const r of rows) {
  if (r.source !== 'R' || r.answer === '') continue;
  const asked = askedTest(r.question);
  if (!(r.answer.match(WORD) ?? []).some(asked)) continue;
  const positions = echoPositions(r.answer, r.sentence, asked, askedPhraseTerms(r.question));
  const best = Math.max(0, ...r.candidates.map((c) => c.f1));
  const exact = r.candidates.findIndex((c) => c.f1 >= 0.999);
  const cells = [
    r.id,
    r.held ? 'H' : 'T',
    r.wh,
    r.f1.toFixed(3),
    positions.join(',') || '-',
    best.toFixed(3),
    String(exact + 1),
    r.answer,
    r.gold[0] ?? '',
    r.question,
  ];
  console.log(cells.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t'));
}
