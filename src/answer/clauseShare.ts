/**
 * How much of the question the part of a sentence around a candidate holds: the sentence is cut into pieces at
 * punctuation that sets a clause or an aside apart and before the words that open a clause ("which", "while", "but"
 * …), and the candidate's piece is weighed by the question's distinct terms it holds against the piece that holds the
 * most. The answer to a question tends to stand in the piece that restates it, not in an aside beside it ("the
 * **revenue** from the indulgences" vs "to pay off a papal dispensation"). General English.
 */

/** A word of a sentence with its character offsets and its index term (extractAnswer.ts `Word`). */
interface SentenceWord {
  start: number;
  end: number;
  term: string | null;
}

/** Marks between two words that end one piece of a sentence. */
const PIECE_MARK = /[,;:()"“”—–]/;

/** Words that open a clause of their own. */
const CLAUSE_OPENER = /^(?:which|who|whom|whose|that|while|whereas|although|though|but|because|since|when|where)$/i;

/**
 * The candidate's piece's count of the question's distinct terms over the largest such count of any piece of the
 * sentence, in [0, 1]; 0 where no piece holds a question term or the candidate stands past the last word (`first` < 0).
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
  const counts = pieceCounts(text, words, questionTerms);
  let most = 0;
  for (let p = 0; p < counts.perPiece.length; p += 1) most = Math.max(most, counts.perPiece[p]!);
  return most > 0 ? counts.perPiece[counts.pieceOf[first]!]! / most : 0;
}

/** Each word's piece, and each piece's count of distinct question terms. */
function pieceCounts(
  text: string,
  words: readonly SentenceWord[],
  questionTerms: ReadonlyMap<string, number>,
): { pieceOf: Int32Array; perPiece: number[] } {
  const pieceOf = new Int32Array(words.length);
  const perPiece: number[] = [0];
  let seen = new Set<string>();
  let piece = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const cut = i > 0 && (PIECE_MARK.test(text.slice(words[i - 1]!.end, w.start)) || CLAUSE_OPENER.test(text.slice(w.start, w.end)));
    if (cut) {
      piece += 1;
      perPiece.push(0);
      seen = new Set();
    }
    pieceOf[i] = piece;
    if (w.term !== null && questionTerms.has(w.term) && !seen.has(w.term)) {
      seen.add(w.term);
      perPiece[piece] = perPiece[piece]! + 1;
    }
  }
  return { pieceOf, perPiece };
}
