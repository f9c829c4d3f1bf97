/**
 * A phrasal verb and the noun WordNet derives from it as one event term: "the crew walked out" and "the crew's walkout",
 * "laid off staff" and "the layoffs" tell one event, and two articles often word it each way.
 */
import { relatedWords } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { termOf } from '../search/terms.js';

/** Particles that make a phrasal verb whose noun is written as one word ("walk out" → "walkout", "lay off" → "layoff"). */
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'over', 'back', 'in', 'away']);

/** A phrasal verb of a sentence read as its noun's term. */
export interface PhrasalTerm {
  /** The verb's token ("walked" of "walked out"). */
  verb: Token;
  /** The WordNet lemma of the phrasal verb, words joined by "_" ("walk_out"). */
  lemma: string;
  /** The term of the noun derived from it ("walkout"). */
  term: string;
}

/** The noun's term of each phrasal verb already looked up ("walk_out" → "walkout"), `null` for none. */
const nounTermCache = new Map<string, string | null>();

/**
 * The term of the one-word noun WordNet relates to a phrasal verb, given its lemma ("walk_out" → the term of
 * "walkout"); undefined when WordNet relates no such noun to it ("turn_out" has none).
 */
export function phrasalNounTerm(lemma: string): string | undefined {
  let term = nounTermCache.get(lemma);
  if (term === undefined) {
    const noun = lemma.replace('_', '');
    term = relatedWords(lemma).includes(noun) ? termOf(noun) : null;
    nounTermCache.set(lemma, term);
  }
  return term ?? undefined;
}

/** The phrasal verb of each noun already looked up ("walkout" → "walk_out"), `null` for none. */
const nounLemmaCache = new Map<string, string | null>();

/**
 * The phrasal verb a one-word noun is derived from, as its WordNet lemma ("walkout" → "walk_out", "layoff" → "lay_off"):
 * the noun ends in a particle ({@link PARTICLES}) and WordNet relates the verb and that particle to it; undefined for any
 * other word ("checkout" is one, "handout" is none: WordNet relates no "hand_out" to it).
 */
export function phrasalLemmaOfNoun(noun: string): string | undefined {
  let lemma = nounLemmaCache.get(noun);
  if (lemma === undefined) {
    lemma = null;
    for (const p of PARTICLES) {
      if (noun.length <= p.length + 2 || !noun.endsWith(p)) continue;
      const candidate = `${noun.slice(0, -p.length)}_${p}`;
      if (relatedWords(candidate).includes(noun)) lemma = candidate;
    }
    nounLemmaCache.set(noun, lemma);
  }
  return lemma ?? undefined;
}

/**
 * The phrasal verbs of tokens `from … to` (character offsets) that have a noun: a verb followed by a particle
 * ({@link PARTICLES}) that WordNet derives a one-word noun from ({@link phrasalNounTerm}).
 */
export function phrasalTerms(tokens: readonly Token[], from: number, to: number): PhrasalTerm[] {
  let out: PhrasalTerm[] | undefined;
  for (const { verb, lemma } of phrasalVerbs(tokens, from, to)) {
    const term = phrasalNounTerm(lemma);
    if (term !== undefined) (out ??= []).push({ verb, lemma, term });
  }
  return out ?? NONE;
}

/**
 * The phrasal verbs of tokens `from … to` (character offsets): a verb followed by a particle ({@link PARTICLES}), with
 * its WordNet lemma ("stepped down" → "step_down"), whether WordNet knows it or not.
 */
export function phrasalVerbs(tokens: readonly Token[], from: number, to: number): { verb: Token; lemma: string }[] {
  let out: { verb: Token; lemma: string }[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const verb = tokens[i]!;
    if (verb.pos !== 'VERB' || verb.start < from) continue;
    if (tokens[i + 1]!.end > to) break;
    const lemma = phrasalLemmaAt(tokens, i);
    if (lemma !== undefined) (out ??= []).push({ verb, lemma });
  }
  return out ?? NO_VERBS;
}

/**
 * The WordNet lemma of the phrasal verb whose verb is token `at` ("took over" → "take_over"): the verb and the particle
 * after it ({@link PARTICLES}), whether WordNet knows it or not; undefined when no particle follows.
 */
export function phrasalLemmaAt(tokens: readonly Token[], at: number): string | undefined {
  const verb = tokens[at]!;
  const p = tokens[at + 1]?.text.toLowerCase();
  return p !== undefined && PARTICLES.has(p) ? `${tokenLemma(verb)}_${p}` : undefined;
}

const NONE: PhrasalTerm[] = [];
const NO_VERBS: { verb: Token; lemma: string }[] = [];
