import type { Token } from '../nlp/entities.js';
import { compassWord } from '../nlp/nameKinds.js';
import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';

/**
 * "Which direction does the river flow?", "In what direction does the ridge run?": a question asking for a direction by
 * that noun right after its question word asks for a compass heading, which the sentence writes as a compass word the
 * tagger reads as an adverb or an adjective ("flows **westward**", "turns to the **north**", "runs **east-west**"), so
 * no noun phrase holds it. Read from the question's words (a phrase setting the scene may open it: "Near the falls,
 * which direction …"), not one asking who gave directions ("Which warden gave directions to the crew?"). SQuAD reading
 * 12 won / 1 lost (held back 8 / 0; reading F1 0.6012 → 0.6022); the one lost took the heading another clause of the
 * sentence gives.
 *
 * @example asksDirection('Near the falls, which direction does the stream turn?') // → true
 */
export function asksDirection(question: string): boolean {
  return DIRECTION_ASKED.test(question);
}

/** "which direction", "what direction", "what compass direction". */
const DIRECTION_ASKED = /\b(?:what|which)\s+(?:\p{L}+\s+)?directions?\b/iu;

/** A compass point's forms that tell a heading: "westward", "eastwards", "northwesterly". */
const HEADING = /^(?:(?:north|south)(?:east|west)?|east|west)(?:wards?|erly)$/i;

/** Whether a word is a compass point, its adjective or a heading of it ("north", "southern", "westward"). */
function directionWord(word: string): boolean {
  return compassWord(word) || HEADING.test(word);
}

/**
 * The compass words of a sentence, as candidates for a question asking a direction: each compass point, its
 * adjective or its heading ("to the **northwest**", "flows **westward**"), two of them joined by a hyphen as one
 * ("**east-west**"); not one inside a name (a tagged entity of more words, or before a proper noun: "North Kelvarn"),
 * nor one the question writes (`asked` says so of a word: "turning from the east, which way …?" asks another).
 *
 * @example directionWords(sentence('The stream turns to the northwest.'), () => false) // → [{ text: 'northwest', … }]
 */
export function directionWords(sentence: StorySentence, asked: (word: string) => boolean): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    if (!directionWord(t.text) || asked(t.text) || insideName(sentence, tokens, k)) continue;
    // "east-west": a pair written close up round a hyphen is one heading.
    const last = pairedAt(tokens, k) ? k + 2 : k;
    if (last > k && asked(tokens[last]!.text)) continue;
    const end = tokens[last]!.end;
    out.push({ type: 'PHRASE', text: sentence.text.slice(t.start, end), start: t.start, end });
    k = last;
  }
  return out;
}

/** Whether token k and the compass word two tokens on are joined by a hyphen written close up ("east**-**west"). */
function pairedAt(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k + 1];
  const other = tokens[k + 2];
  return (
    hyphen?.text === '-' &&
    other !== undefined &&
    tokens[k]!.end === hyphen.start &&
    hyphen.end === other.start &&
    directionWord(other.text)
  );
}

/**
 * Whether token k is a word of a name: inside a tagged entity of more words ("North Kelvarn"; the tagger may tag a compass
 * word alone as a place: "flows **North**"), or written before a proper noun.
 */
function insideName(sentence: StorySentence, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (sentence.entities.some((e) => e.start <= t.start && t.end <= e.end && (e.start < t.start || e.end > t.end))) return true;
  return tokens[k + 1]?.pos === 'PROPN';
}
