/**
 * Dumps, for SQuAD v1.1 dev pooled, each question's first 15 sentences by the hand ranker with facts about each
 * (gold or not, hand score, coverage, words, question terms held, the sentence's words the question lacks, an entity
 * of the wanted kind, the question's verbs held, the question terms only the sentence before or after holds), as JSON
 * lines for study of the ranker's misses (round 16's classification in rankSentences.ts, MEASURED).
 *
 *   npx tsx scripts/rankDump.ts [--squad PATH] --out FILE
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { traceAnswer } from '../src/answer/answerQuestion.js';
import { QuestionError } from '../src/answer/questionError.js';
import { useHandRanking } from '../src/answer/rankModel.js';
import { hasAnswerEntity, observeRanking, type PreparedQuery, rankSentences, searchTerms } from '../src/answer/rankSentences.js';
import { tagSentence } from '../src/nlp/entities.js';
import { termOf, termsOf } from '../src/search/terms.js';
import { buildStory } from '../src/story/buildStory.js';
import { DEFAULT_SQUAD_PATH, goldSentenceSets, loadSquad } from './squad.js';

const { values } = parseArgs({ options: { squad: { type: 'string', default: DEFAULT_SQUAD_PATH }, out: { type: 'string' } } });
const { articles, questions } = loadSquad(values.squad);
const story = buildStory(articles, 'squad-pooled');
const gold = goldSentenceSets(story.sentences, questions);
useHandRanking(true);
let seen: PreparedQuery | undefined;
observeRanking((_c, query) => {
  seen ??= query;
});
const lines: string[] = [];
for (const [i, q] of questions.entries()) {
  seen = undefined;
  try {
    traceAnswer(story, q.question, { command: 'ask', limit: 1 });
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
  }
  const query = seen as PreparedQuery | undefined;
  if (!query) continue;
  observeRanking(undefined);
  const ranked = rankSentences(story, query);
  observeRanking((_c, qq) => {
    seen ??= qq;
  });
  const terms = new Set(searchTerms(query));
  const tagged = tagSentence(q.question);
  const verbs = [
    ...new Set(
      tagged.tokens
        .filter((t) => t.pos === 'VERB')
        .map((t) => termOf(t.text))
        .filter((t): t is string => t !== null && terms.has(t)),
    ),
  ];
  const nouns = [
    ...new Set(
      tagged.tokens
        .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
        .map((t) => termOf(t.text))
        .filter((t): t is string => t !== null && terms.has(t)),
    ),
  ];
  const cands = ranked.slice(0, 15).map((r) => {
    const s = r.sentence;
    const ts = termsOf(s.text);
    const set = new Set(ts);
    const residual = new Set(ts.filter((t) => !terms.has(t))).size;
    const sentVerbs = new Set(s.tokens.filter((t) => t.pos === 'VERB').map((t) => termOf(t.text)));
    const prev = story.sentences[s.id - 1];
    const next = story.sentences[s.id + 1];
    const prevSet = prev && prev.articleId === s.articleId ? new Set(termsOf(prev.text)) : new Set<string>();
    const nextSet = next && next.articleId === s.articleId ? new Set(termsOf(next.text)) : new Set<string>();
    return {
      id: s.id,
      pb: [...terms].filter((t) => !set.has(t) && prevSet.has(t)).length,
      nb: [...terms].filter((t) => !set.has(t) && nextSet.has(t)).length,
      the: /^["“]?the\b/i.test(s.text) ? 1 : 0,
      g: gold[i]!.has(s.id) ? 1 : 0,
      sc: r.score,
      cov: r.coverage,
      n: ts.length,
      res: residual,
      held: [...terms].filter((t) => set.has(t)).length,
      typed: hasAnswerEntity(s, query) ? 1 : 0,
      vh: verbs.filter((v) => set.has(v)).length,
      vv: verbs.filter((v) => sentVerbs.has(v)).length,
      nh: nouns.filter((v) => set.has(v)).length,
      art: s.articleId,
      par: s.paragraph,
      pro: /^["“]?(he|she|it|they|his|her|its|their|this|these)\b/i.test(s.text) ? 1 : 0,
    };
  });
  lines.push(
    JSON.stringify({
      i,
      q: q.question,
      k: query.kind,
      even: Number(/^squad-(\d+)-/.exec(q.articleId)?.[1] ?? 0) % 2 === 0 ? 1 : 0,
      nt: terms.size,
      verbs: verbs.length,
      nouns: nouns.length,
      c: cands,
    }),
  );
}
writeFileSync(values.out ?? '/dev/stdout', `${lines.join('\n')}\n`);
