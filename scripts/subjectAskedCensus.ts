import { parseArgs } from 'node:util';
import { agentAt, clauseRoles, holdsHead, objectOf, subjectOf } from '../src/answer/clauseRoles.js';
import { questionFrame } from '../src/answer/questionFrame.js';
import { questionVerb } from '../src/answer/questionVerb.js';
import { relatedVerbTerms } from '../src/answer/relatedDoers.js';
import { type Token, tagSentence } from '../src/nlp/entities.js';
import { termOf } from '../src/search/terms.js';
import type { StorySentence } from '../src/story/story.js';
import { DEFAULT_SQUAD_PATH, loadSquad, normalizeAnswer } from './squad.js';
import { eachParagraphQuestion, readReadingRows } from './squadReading.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, list: { type: 'string' } },
});
const rowsPath = positionals[0];
if (!rowsPath) throw new Error('subjectAskedCensus: give an eval:squad --rows file');

const rows = new Map(readReadingRows(rowsPath).map((r) => [r.id, r]));

/** Token range [first, last] of `text` found in the sentence (first occurrence, case-insensitive), or null. */
function tokenSpan(s: StorySentence, text: string): [number, number] | null {
  if (text === '') return null;
  const at = s.text.toLowerCase().indexOf(text.toLowerCase());
  if (at < 0) return null;
  const end = at + text.length;
  let first = -1;
  let last = -1;
  for (const [i, t] of s.tokens.entries()) {
    if (t.end <= at || t.start >= end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/** Why a gold before the question's verb at `v` is no subject it reads: what stands between them. */
function between(tokens: readonly Token[], v: number, span: [number, number]): string {
  let k = v - 1;
  const helpers: string[] = [];
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART'))
    helpers.push(tokens[k--]!.text.toLowerCase());
  const before = tokens[k]?.text.toLowerCase() ?? '';
  if (helpers.some((w) => /^(?:will|would|could|can|may|might|should|must|shall)$/.test(w))) return 'modal';
  if (helpers.includes('to')) return 'infinitive';
  if (/^(?:he|she|it|they|we|this|these|which|who|that)$/.test(before))
    return `pronoun ${/^(?:which|who|that)$/.test(before) ? 'relative' : 'personal'}`;
  if (before === 'and' || before === 'or') return 'coordinated verb';
  if (/ing$/i.test(tokens[v]!.text)) return before === ',' ? 'ing after comma' : 'ing';
  if (before === ',' || before === ')') return 'aside';
  if (span[1] === k) return 'right before';
  return 'other';
}

/** Where a token span stands against the question's verb(s) at `verbs` in a sentence. */
function placeOf(tokens: readonly Token[], verbs: number[], span: [number, number] | null): string {
  if (!span) return 'not found';
  if (verbs.length === 0) return 'no verb';
  const places: string[] = [];
  for (const v of verbs) {
    if (overlaps(span, [v, v])) return 'holds verb';
    const subject = subjectOf(tokens, v);
    if (subject && overlaps(span, subject.span)) {
      places.push(subject.passive ? 'passive subject' : 'subject');
      continue;
    }
    // "by" within a few tokens after the verb.
    let by = -1;
    for (let k = v + 1; k < tokens.length && k <= v + 6; k += 1)
      if (tokens[k]!.text.toLowerCase() === 'by') {
        by = k;
        break;
      }
    const agent = by >= 0 ? agentAt(tokens, by + 1) : null;
    if (agent && overlaps(span, agent)) {
      places.push('agent');
      continue;
    }
    const object = objectOf(tokens, v);
    if (object && overlaps(span, object)) {
      places.push('object');
      continue;
    }
    if (span[1] < v) places.push(`before (${between(tokens, v, span)})`);
    else places.push(span[0] - v <= 8 ? 'after near' : 'after far');
  }
  const order = ['subject', 'agent', 'passive subject', 'object'];
  return order.find((p) => places.includes(p)) ?? places.find((p) => p.startsWith('before')) ?? places[0]!;
}

const { articles, questions } = loadSquad(values.squad!);
const chosen = questions.filter((q) => {
  const r = rows.get(q.id);
  return (
    r &&
    (r.opening === 'what' || r.opening === 'which' || r.opening === 'other') &&
    r.source === 'R' &&
    r.f1 < 1 &&
    questionFrame('ask', q.question).role === 'subject'
  );
});

interface Tally {
  n: number;
  lost: number;
}
const tallies = new Map<string, Tally>();
const add = (key: string, lost: number) => {
  const t = tallies.get(key) ?? { n: 0, lost: 0 };
  t.n += 1;
  t.lost += lost;
  tallies.set(key, t);
};
const listed: string[] = [];
eachParagraphQuestion({ articles, questions: chosen }, ({ question: q, story, gold }) => {
  const r = rows.get(q.id)!;
  const lost = 1 - r.f1;
  const s = story.sentences.find((x) => gold.has(x.id))!;
  const qTokens = tagSentence(q.question).tokens;
  const verb = questionVerb(qTokens);
  const verbTerm = verb ? termOf(verb.text) : null;
  const verbs = verbTerm ? s.tokens.flatMap((t, k) => (termOf(t.text) === verbTerm ? [k] : [])) : [];
  let verbState = verbTerm === null ? 'question has no verb' : verbs.length > 0 ? 'verb written' : 'verb missing';
  let at = verbs;
  if (verbState === 'verb missing') {
    const own = new Set(qTokens.map((t) => termOf(t.text)).filter((t): t is string => t !== null));
    const related = relatedVerbTerms(q.question, own);
    const rel = s.tokens.flatMap((t, k) => (related.has(termOf(t.text) ?? '') ? [k] : []));
    if (rel.length > 0) {
      verbState = 'relative written';
      at = rel;
    }
  }
  const goldText = q.answers.find((a) => tokenSpan(s, a)) ?? q.answers[0]!;
  const goldPlace = placeOf(s.tokens, at, tokenSpan(s, goldText));
  const answerPlace =
    r.answer === ''
      ? 'refused'
      : normalizeAnswer(r.answer) === normalizeAnswer(goldText)
        ? 'gold'
        : placeOf(s.tokens, at, tokenSpan(s, r.answer));
  // What the extractor's role reading (clauseRoles over the question's terms) makes the subjects of its verbs.
  const qTerms = new Set(qTokens.map((t) => termOf(t.text)).filter((t): t is string => t !== null));
  const subjects = clauseRoles(s.tokens, (t) => qTerms.has(termOf(t.text) ?? '')).subjects;
  const goldSpan = tokenSpan(s, goldText);
  const answerSpan = r.answer === '' ? null : tokenSpan(s, r.answer);
  const frame = questionFrame('ask', q.question);
  const roleRead = `${frame.types.length > 0 ? 'typed' : 'untyped'} ${r.opening}: gold ${goldSpan && holdsHead(subjects, goldSpan[0], goldSpan[1]) ? 'a role subject' : 'no role subject'}, answer ${answerSpan && holdsHead(subjects, answerSpan[0], answerSpan[1]) ? 'a role subject' : r.answer === '' ? 'refused' : 'no role subject'}`;
  const half = r.half === 'H' ? 'H' : 'T';
  for (const h of [half, 'all']) add(`${h}|ROLES ${roleRead}`, lost);
  for (const h of [half, 'all']) {
    add(`${h}|${verbState}`, lost);
    add(`${h}|${verbState}|gold ${goldPlace}`, lost);
    add(`${h}|${verbState}|gold ${goldPlace}|answer ${answerPlace}`, lost);
  }
  const group = `${verbState}|gold ${goldPlace}|answer ${answerPlace}|${roleRead}`;
  if (values.list && group.startsWith(values.list))
    listed.push(`${r.id} ${r.half} ${r.f1.toFixed(2)} | ${q.question} | gold [${goldText}] answer [${r.answer}]\n    ${s.text}`);
});
const keys = [...tallies.keys()].filter((k) => k.startsWith('all|')).sort((a, b) => tallies.get(b)!.lost - tallies.get(a)!.lost);
console.log('group\tn all\tF1 lost all\tn T\tlost T\tn H\tlost H');
for (const k of keys) {
  const rest = k.slice(4);
  const a = tallies.get(k)!;
  const t = tallies.get(`T|${rest}`) ?? { n: 0, lost: 0 };
  const h = tallies.get(`H|${rest}`) ?? { n: 0, lost: 0 };
  const depth = rest.split('|').length - 1;
  console.log(`${'  '.repeat(depth)}${rest}\t${a.n}\t${a.lost.toFixed(1)}\t${t.n}\t${t.lost.toFixed(1)}\t${h.n}\t${h.lost.toFixed(1)}`);
}
if (listed.length > 0) console.log(`\n${listed.join('\n')}`);
