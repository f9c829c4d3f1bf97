/**
 * Census of SQuAD reading questions whose short answer came from a sentence without the gold (eval:squad's rows,
 * source W): for each, where the gold's sentence and the shown one stand in the ranker's order, and what each holds
 * of the question — its terms literally, only by a word of the same first five letters (a derivation), only through
 * the sentence before (a pronoun-led sentence), the question's verb; and their lengths.
 *
 *   npx tsx scripts/readingMissCensus.ts ROWS [--half T|H] [--words what,other,who] [--dump FILE]
 *
 * ROWS is eval:squad's `--rows` file; --dump writes each miss with both sentences and what each holds, a JSON line each.
 * Each miss is counted under every description that fits it and under one cause, the first that fits in the order A–G.
 *
 * Round 59 (base of that round; what / other / who misses, train half 532, held back 366): the gold's sentence ranked
 * above the shown one (the extractor took a lower sentence's answer) 91 / 103; ranked 2nd 276 / 159, 3rd–4th 134 / 81,
 * lower 27 / 22, no candidate 4 / 1. Of the ranking misses, the shown sentence the gold's neighbour 252 / 148, holding
 * more of the question's terms 288 / 155, as many 137 / 98. Causes: A a lacked term held as a WordNet relative or by
 * its first five letters 64 / 24; B the gold opening with a pronoun, its lacked terms in the sentence before 46 / 35;
 * C the shown sentence holding more terms but not the question's verb or focus the gold holds 25 / 10; D the gold
 * holding as many, 1.5× longer 47 / 30; E the gold holding as many or more, other 84 / 67; F the shown holding more,
 * the gold its neighbour 99 / 67; G the shown holding more, elsewhere 76 / 30. No cause gathers a sixth of the misses;
 * the ranker already reads relatives (paraphrase), a pronoun's antecedent (antecedent.ts) and length (BM25), and
 * re-scoring the caught rankings offline by a lift for the question's verb held, a question term no other sentence of
 * the passage holds, the question's figures held, the sentence after pointing back and holding a lacked term, or
 * length (each question's `traceAnswer` ranking kept and re-scored, the score times 1 + 0.02 … 0.2), won more first sentences than it lost on
 * both halves at no weight (the verb at 0.05: train 6 won / 7 lost, held back 8 / 11; the sentence after, pointing
 * back: 33 / 101 and 26 / 83).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { opensWithPronoun } from '../src/answer/antecedent.js';
import { questionFrame } from '../src/answer/questionFrame.js';
import { questionVerbTerm } from '../src/answer/questionVerb.js';
import { relatedWordTerms } from '../src/answer/termMemo.js';
import { termOf, termsOf, words } from '../src/search/terms.js';
import { DEFAULT_SQUAD_PATH, loadSquad } from './squad.js';
import { eachParagraphQuestion, readQuestion, readReadingRows } from './squadReading.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    half: { type: 'string', default: 'T' },
    words: { type: 'string', default: 'what,other,who' },
    dump: { type: 'string' },
  },
});
const wanted = new Set(values.words!.split(','));
const missed = new Set(
  readReadingRows(positionals[0]!)
    .filter((r) => r.source === 'W' && r.half === values.half && wanted.has(r.opening))
    .map((r) => r.id),
);
const { articles, questions } = loadSquad(values.squad!);

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const dump: string[] = [];
const prefix = (t: string) => t.slice(0, 5);
const chosen = questions.filter((q) => missed.has(q.id));
eachParagraphQuestion({ articles, questions: chosen }, (asked) => {
  const { question: q, story, gold } = asked;
  const { trace } = readQuestion(asked);
  if (!trace?.short) return;
  count('all');
  const order = trace.ranked.flatMap((g) => [g.sentence.id, ...g.others.map((o) => o.sentence.id)]);
  const shownId = trace.short.sentenceId;
  const goldIds = [...gold];
  const goldRank = Math.min(...goldIds.map((id) => (order.includes(id) ? order.indexOf(id) : 99)));
  const shownRank = order.indexOf(shownId);
  const goldId = goldIds.find((id) => order.indexOf(id) === goldRank) ?? goldIds[0]!;
  if (goldRank < shownRank) {
    count('picker: gold ranked above the shown sentence');
    dump.push(JSON.stringify({ id: q.id, cls: 'picker', q: q.question, gold: q.answers[0], goldRank, shownRank }));
    return;
  }
  count(`rank: gold ${goldRank === 1 ? '2nd' : goldRank <= 3 ? '3rd-4th' : goldRank >= 99 ? 'no candidate' : '5th+'}`);
  const qTerms = new Set(termsOf(q.question));
  const g = story.sentences[goldId]!;
  const s = story.sentences[shownId]!;
  const gTerms = new Set(termsOf(g.text));
  const sTerms = new Set(termsOf(s.text));
  const before = story.sentences[goldId - 1];
  const beforeTerms = new Set(before && before.articleId === g.articleId ? termsOf(before.text) : []);
  const litG = [...qTerms].filter((t) => gTerms.has(t));
  const litS = [...qTerms].filter((t) => sTerms.has(t));
  const lackG = [...qTerms].filter((t) => !gTerms.has(t));
  const gPrefixes = new Set([...gTerms].map(prefix));
  const derivG = lackG.filter((t) => t.length >= 5 && gPrefixes.has(prefix(t)));
  const fromBefore = lackG.filter((t) => beforeTerms.has(t));
  const verb = questionVerbTerm(q.question);
  const classes: string[] = [];
  classes.push(litG.length > litS.length ? 'gold holds more' : litG.length === litS.length ? 'as many' : 'shown holds more');
  if (derivG.length > 0) classes.push('gold: a lacked term by its first five letters');
  if (opensWithPronoun(g) && fromBefore.length > 0) classes.push('gold opens with a pronoun, lacked terms before');
  else if (fromBefore.length > 0) classes.push('gold lacks terms the sentence before holds');
  if (verb) {
    const vg = gTerms.has(verb);
    const vs = sTerms.has(verb);
    if (vg && !vs) classes.push('verb: gold only');
    else if (vs && !vg) classes.push('verb: shown only');
    else if (vg && vs) classes.push('verb: both');
    else classes.push('verb: neither');
  } else classes.push('verb: none asked');
  const gLen = words(g.text).length;
  const sLen = words(s.text).length;
  if (sLen > 1.5 * gLen) classes.push('shown 1.5× longer');
  if (gLen > 1.5 * sLen) classes.push('gold 1.5× longer');
  if (/^\d|\b\d{3,4}\b/.test(q.answers[0] ?? '')) classes.push('gold is a figure');
  if (goldId === shownId - 1 || goldId === shownId + 1) classes.push('neighbours');
  for (const c of classes) count(`  ${c}`);
  // One cause a miss, the first that fits, in this order.
  const relatedHeld = words(q.question).some((w) => {
    const t = termOf(w);
    return t !== null && !gTerms.has(t) && relatedWordTerms(w.toLowerCase()).terms.some((r) => r !== null && r !== t && gTerms.has(r));
  });
  const focus = questionFrame('ask', q.question).focus;
  const focusTerm = focus ? termOf(focus) : null;
  const keyHeld = (set: Set<string>) => (verb !== null && set.has(verb)) || (focusTerm !== null && set.has(focusTerm));
  const cause =
    opensWithPronoun(g) && fromBefore.length > 0
      ? 'B gold leans on a pronoun, lacked terms before'
      : litS.length > litG.length && keyHeld(gTerms) && !keyHeld(sTerms)
        ? 'C shown holds more, not the verb / focus the gold holds'
        : derivG.length > 0 || relatedHeld
          ? 'A a lacked term held as a relative / derivation'
          : litG.length >= litS.length && sLen * 1.5 < gLen
            ? 'D gold as many terms, 1.5× longer'
            : litG.length >= litS.length
              ? 'E gold as many terms or more, other'
              : goldId === shownId + 1 || goldId === shownId - 1
                ? 'F shown holds more, the gold its neighbour'
                : 'G shown holds more, elsewhere';
  count(`cause ${cause}`);
  dump.push(
    JSON.stringify({
      id: q.id,
      q: q.question,
      gold: q.answers[0],
      short: trace.short.text,
      goldRank,
      shownRank,
      classes,
      litG,
      litS,
      derivG,
      fromBefore,
      verb,
      goldText: g.text,
      shownText: s.text,
    }),
  );
});
for (const [k, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${String(n).padStart(5)}  ${k}`);
if (values.dump) writeFileSync(values.dump, `${dump.join('\n')}\n`);
