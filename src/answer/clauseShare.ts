/**
 * How much of the question the part of a sentence around a candidate holds: the sentence is cut into pieces at
 * punctuation that sets a clause or an aside apart and before the words that open a clause ("which", "while", "but"
 * …), and the candidate's piece is weighed by the share of the question's distinct terms it holds. The answer to a
 * question tends to stand in the piece that restates it, not in an aside beside it ("the guild sold **the barge**,
 * which the mayor had painted" for "What did the guild sell?"). General English.
 *
 * A feature of the candidate model (candidateModel.ts `clauseShare`, weight set by hand; scripts/fitCandidates.ts has
 * the weights tried). Over the question's terms rather than over the most any piece of the sentence holds: a share
 * within the sentence put a weak sentence's best piece level with the best sentence's (SQuAD reading F1 0.5262 against
 * 0.5270 this way, eval:refusal own F1 the same or lower).
 */

/** A word of a sentence with its character offsets and its index term (extractAnswer.ts `Word`). */
interface SentenceWord {
  start: number;
  end: number;
  term: string | null;
}

/** Marks between two words that end one piece of a sentence. */
const PIECE_MARK_CHARS = ',;:()"“”—–';

/** Words that open a clause of their own (any case). */
const CLAUSE_OPENER_WORDS = [
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'while',
  'whereas',
  'although',
  'though',
  'but',
  'because',
  'since',
  'when',
  'where',
];
const CLAUSE_OPENER = new RegExp(`^(?:${CLAUSE_OPENER_WORDS.join('|')})$`, 'i');

/**
 * The candidate's piece's count of the question's distinct terms over the question's distinct terms, in [0, 1]; 0 for
 * a question without terms or a candidate past the last word (`first` < 0).
 *
 * @example "He sold the boat, which had sunk" for "What did he sell?" → 1 for "the boat" (its piece holds "sold"), 0 for "sunk"
 */
export function clauseShare(
  text: string,
  words: readonly SentenceWord[],
  first: number,
  questionTerms: ReadonlyMap<string, number>,
): number {
  if (first < 0 || first >= words.length) return 0;
  const counts = piecesOf(text, words, questionTerms);
  return questionTerms.size > 0 ? counts.perPiece[counts.pieceOf[first]!]! / questionTerms.size : 0;
}

/** Each word's piece, and each piece's count of distinct question terms. */
interface Pieces {
  pieceOf: Int32Array;
  perPiece: number[];
}

/**
 * `pieceCounts` of the latest sentence and question: a sentence's candidates are read one after another, and their
 * pieces are the same (its words come from one cache, extractAnswer.ts `wordsOf`).
 */
let latest: { words: readonly SentenceWord[]; terms: ReadonlyMap<string, number>; pieces: Pieces } | undefined;

function piecesOf(text: string, words: readonly SentenceWord[], questionTerms: ReadonlyMap<string, number>): Pieces {
  if (latest?.words !== words || latest.terms !== questionTerms)
    latest = { words, terms: questionTerms, pieces: pieceCounts(text, words, questionTerms) };
  return latest.pieces;
}

/** `Pieces` worked out. */
function pieceCounts(text: string, words: readonly SentenceWord[], questionTerms: ReadonlyMap<string, number>): Pieces {
  const pieceOf = new Int32Array(words.length);
  const perPiece: number[] = [0];
  const seen = seenTerms;
  seen.clear();
  let piece = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (i > 0 && (holdsPieceMark(text, words[i - 1]!.end, w.start) || opensClause(text, w.start, w.end))) {
      piece += 1;
      perPiece.push(0);
      seen.clear();
    }
    pieceOf[i] = piece;
    if (w.term !== null && questionTerms.has(w.term) && !seen.has(w.term)) {
      seen.add(w.term);
      perPiece[piece] = perPiece[piece]! + 1;
    }
  }
  seen.clear();
  return { pieceOf, perPiece };
}
/** The terms a piece has counted, one set for every call (emptied before and after). */
const seenTerms = new Set<string>();

/**
 * Whether the text from `from` to `to` holds one of {@link PIECE_MARK_CHARS}: read by character code, not from a
 * slice (a string per word of every sentence the extractor reads).
 */
function holdsPieceMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (PIECE_MARK_CODES.has(text.charCodeAt(i))) return true;
  return false;
}
const PIECE_MARK_CODES: ReadonlySet<number> = new Set([...PIECE_MARK_CHARS].map((c) => c.charCodeAt(0)));

/** Whether the word from `start` to `end` is a {@link CLAUSE_OPENER}: sliced only when its length and first letter may be one. */
function opensClause(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < CLAUSE_OPENER_MIN || length > CLAUSE_OPENER_MAX) return false;
  if (!CLAUSE_OPENER_INITIALS.has(text.charCodeAt(start) | 0x20)) return false;
  return CLAUSE_OPENER.test(text.slice(start, end));
}
const CLAUSE_OPENER_MIN = Math.min(...CLAUSE_OPENER_WORDS.map((w) => w.length));
const CLAUSE_OPENER_MAX = Math.max(...CLAUSE_OPENER_WORDS.map((w) => w.length));
/** The opening letters' codes in lower case (a letter's code with bit 0x20 set). */
const CLAUSE_OPENER_INITIALS: ReadonlySet<number> = new Set(CLAUSE_OPENER_WORDS.map((w) => w.charCodeAt(0)));
