/**
 * Census of SQuAD "What do/does/did X VERB …?" questions (each paragraph alone a story): one JSON row per question with
 * the short answer and its F1, whether it came from a sentence holding the gold (source R / W), the question's verb
 * (`questionVerb`), whether the gold sentence writes that verb (`match`: same term, a WordNet related word, none), where
 * the gold stands beside it (`where`: object, complement after a preposition, passive subject, further after, before),
 * the rank of the first candidate with F1 ≥ 0.5, and the first twelve candidates with their scores and features.
 * `--ids a,b,…` reads those questions instead, whatever they ask, and prints their first candidates to stderr.
 * Round 59's census of the 603 answered from the right sentence: the verb's object already answered (96 rows, 6 with
 * F1 0); the verb not in the sentence (201, F1 loss 94); the gold far after it or in a reported clause (the rest).
 *
 *   npx tsx scripts/verbObjectCensus.ts [--squad PATH] [--ids a,b,…] > rows.jsonl
 */
import { parseArgs } from 'node:util';
import { questionVerb } from '../src/answer/questionVerb.js';
import { tagSentence, type Token } from '../src/nlp/entities.js';
import { relatedWords } from '../src/lexicon/index.js';
import { termOf } from '../src/search/terms.js';
import { candidateRows, watchCandidates } from './candidateRows.js';
import { bestOver, DEFAULT_SQUAD_PATH, heldBack, loadSquad, tokenF1 } from './squad.js';
import { eachParagraphQuestion, readQuestion } from './squadReading.js';

const { values } = parseArgs({ options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, ids: { type: 'string' } } });
const { articles, questions } = loadSquad(values.squad);
const SHAPE = /^\W*what\s+(?:do|does|did)\b/i;
const ids = values.ids ? new Set(values.ids.split(',')) : undefined;
const chosen = questions.filter((q) => (ids ? ids.has(q.id) : SHAPE.test(q.question)));
const takeSeen = watchCandidates();

/** Where the gold's tokens [g0, g1] stand beside the matching verb at token `v`. */
function place(tokens: readonly Token[], v: number, g0: number, g1: number): string {
  if (g0 > v) {
    let k = v + 1;
    while (k < g0 && ['ADV', 'PART', 'DET', 'ADJ', 'NUM', 'PRON'].includes(tokens[k]!.pos)) k += 1;
    if (k === g0) return 'object';
    if (k === g0 - 1 && tokens[k]!.pos === 'ADP') return 'prepComplement';
    let j = v + 1;
    let adp = false;
    for (; j < g0; j += 1) if (tokens[j]!.pos === 'ADP' || tokens[j]!.text === 'to') adp = true;
    if (g0 - v <= 6) return adp ? 'afterNear+prep' : 'afterNear';
    return 'afterFar';
  }
  if (g1 < v) {
    const before = tokens.slice(g1 + 1, v).map((t) => t.text.toLowerCase());
    if (before.some((w) => /^(?:is|was|are|were|be|been|being)$/.test(w)) && v - g1 <= 4) return 'passiveSubject';
    return v - g1 <= 3 ? 'subjectNear' : 'before';
  }
  return 'overlapsVerb';
}

eachParagraphQuestion({ articles, questions: chosen }, (asked) => {
  const { question: q, story, gold } = asked;
  takeSeen();
  const { trace, source } = readQuestion(asked);
  const short = trace?.short?.text ?? '';
  const rowsSeen = candidateRows(takeSeen());
  if (ids) for (const c of rowsSeen.slice(0, 6)) console.error(q.question, '|', q.answers[0], '||', c.text, c.z, c.on.join(' '));
  const cands = rowsSeen.map(({ text, z, on }) => ({ text, z, on, f1: bestOver(tokenF1, text, q.answers) }));
  const qTokens = tagSentence(q.question).tokens;
  const verb = questionVerb(qTokens);
  const vText = verb?.text.toLowerCase() ?? '';
  const vTerm = verb ? termOf(verb.text) : null;
  const gid = [...gold][0];
  const sentence = gid === undefined ? undefined : story.sentences[gid];
  let match = 'none';
  let where = '-';
  if (sentence && vTerm) {
    const toks = sentence.tokens;
    const text = sentence.text;
    let g0 = -1;
    let g1 = -1;
    for (const a of q.answers) {
      const at = text.indexOf(a);
      if (at < 0) continue;
      g0 = toks.findIndex((t) => t.end > at);
      g1 = toks.findLastIndex((t) => t.start < at + a.length);
      break;
    }
    const related = new Set(relatedWords(vTerm));
    let v = toks.findIndex((t) => termOf(t.text) === vTerm && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ'));
    if (v >= 0) match = 'same';
    else {
      v = toks.findIndex((t) => {
        const term = termOf(t.text);
        return term !== null && related.has(term);
      });
      if (v >= 0) match = 'related';
    }
    if (v >= 0 && g0 >= 0) where = place(toks, v, g0, g1);
    else if (g0 < 0) where = 'goldNotFound';
  }
  const rankRight = cands.findIndex((c) => c.f1 >= 0.5);
  console.log(
    JSON.stringify({
      id: q.id,
      held: heldBack(q.articleId),
      question: q.question,
      gold: q.answers[0],
      short,
      f1: bestOver(tokenF1, short, q.answers),
      source,
      verb: vText,
      match,
      where,
      rankRight,
      nCands: cands.length,
      top: cands.slice(0, 3).map((c) => c.text),
      cands: cands.slice(0, 12),
      sentence: sentence?.text ?? '',
    }),
  );
});
