import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../src/answer/extractAnswer.js';
import { headlineKindHits, namesTwoParties } from '../../src/answer/headlineKind.js';
import { subjectNames } from '../../src/answer/subjectEvidence.js';
import { hasAnswerEntity, type PreparedQuery } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented match report whose one span of time is told in a sentence repeating none of the question's words:
// the parties are in its headline and its lead.
const report = [
  'Orla Tellin came through a long five-set battle with Mirek Varrow to reach the Velmian Cup semi-finals.',
  'The first two sets went with serve until the rain came.',
  'The crowd stayed on through the cold evening.',
  'It ended on a love service game after three hours and ten minutes.',
].join(' ');
const draw = 'Tellin could meet Varrow in the quarter-finals. The draw took twenty minutes.';
const story = (titleGiven: boolean) =>
  buildStory(
    [
      { id: 'report', title: 'Tellin outlasts Varrow', titleGiven, file: 'report.md', body: report },
      { id: 'draw', title: 'Velmian Cup draw made', titleGiven: true, file: 'draw.md', body: draw },
    ],
    `headline-kind-${titleGiven}`,
  );
const query: PreparedQuery = {
  terms: ['long', 'tellin', 'quarter', 'final', 'against', 'varrow', 'last'],
  kind: 'duration',
  text: "how long did tellin's quarter-final against varrow last?",
  subject: ['tellin', 'varrow'],
  parties: [['tellin'], ['varrow']],
};
const idOf = (s: ReturnType<typeof story>, start: string) => s.sentences.find((x) => x.text.startsWith(start))!.id;

describe('headlineKindHits', () => {
  it("adds the value sentence of an article whose headline names the question's parties, at its best hit's score", () => {
    const s = story(true);
    const lead = idOf(s, 'Orla Tellin');
    const hits = [
      { id: idOf(s, 'Tellin could'), score: 3, passage: 1 },
      { id: lead, score: 2, passage: 0.5 },
    ];
    const added = headlineKindHits(s, query.kind, query.parties!, hits, (x) => hasAnswerEntity(x, query), 1);
    const ended = idOf(s, 'It ended');
    expect(added?.hits).toEqual([{ id: ended, score: 2, passage: 0.5 }]);
    expect([...(added?.lent.get(ended) ?? [])]).toEqual(expect.arrayContaining(['tellin', 'varrow']));
  });
  it('adds nothing under a made-up label, a headline missing a name, or for a kind that is no value', () => {
    const hits = (s: ReturnType<typeof story>) => [{ id: idOf(s, 'Orla Tellin'), score: 2 }];
    const holds = (x: Parameters<typeof hasAnswerEntity>[0]) => hasAnswerEntity(x, query);
    const parties = [['tellin'], ['varrow']];
    expect(headlineKindHits(story(false), 'duration', parties, hits(story(false)), holds, 1)).toBeUndefined();
    expect(headlineKindHits(story(true), 'duration', [['tellin'], ['brandt']], hits(story(true)), holds, 1)).toBeUndefined();
    expect(headlineKindHits(story(true), 'person', parties, hits(story(true)), holds, 1)).toBeUndefined();
    expect(headlineKindHits(story(true), 'duration', [], hits(story(true)), holds, 1)).toBeUndefined();
  });
});

describe('two parties, not one name (subjectNames, namesTwoParties)', () => {
  it("parts the question's names at any word but one joining a name's words", () => {
    const s = story(true);
    expect(subjectNames(s, 'How long did Orla Tellin take to beat Mirek Varrow?')).toEqual([
      ['orla', 'tellin'],
      ['mirek', 'varrow'],
    ]);
    expect(subjectNames(s, 'How long did Tellin and Varrow play?')).toEqual([['tellin'], ['varrow']]);
    expect(subjectNames(s, 'When was the Bank of Norland founded?')).toEqual([['bank', 'norland']]);
  });
  it('reads a headline as naming two parties only where a word other than a joining one stands between them', () => {
    expect(namesTwoParties('Tellin outlasts Varrow', [['orla', 'tellin'], ['varrow']])).toBe(true);
    expect(namesTwoParties('Orla Tellin v Mirek Varrow', [['tellin'], ['varrow']])).toBe(true);
    expect(namesTwoParties('Tellin and Varrow Stadium', [['tellin'], ['varrow', 'stadium']])).toBe(false);
    expect(namesTwoParties('Tellin outlasts Brandt', [['tellin'], ['varrow']])).toBe(false);
    expect(namesTwoParties('Fort Mirela', [['fort', 'mirela']])).toBe(false);
  });
  it("adds nothing under a topic title that writes the question's one name", () => {
    const s = buildStory(
      [
        { id: 'fort', title: 'Fort Mirela', titleGiven: true, file: 'fort.md', body: report },
        { id: 'draw', title: 'Velmian Cup draw made', titleGiven: true, file: 'draw.md', body: draw },
      ],
      'headline-kind-topic',
    );
    const hits = [{ id: s.sentences.find((x) => x.text.startsWith('Orla Tellin'))!.id, score: 2 }];
    const holds = (x: Parameters<typeof hasAnswerEntity>[0]) => hasAnswerEntity(x, query);
    expect(headlineKindHits(s, 'duration', [['fort', 'mirela']], hits, holds, 1)).toBeUndefined();
  });
});

describe('a value question whose best excerpt holds none of its words (extractAnswer)', () => {
  const s = story(true);
  const group = (start: string, score: number, coverage: number) => ({
    sentence: s.sentences.find((x) => x.text.startsWith(start))!,
    score,
    coverage,
    others: [],
  });
  it("answers with the excerpt's one span of time, not a figure beside the question's words in a lower one", () => {
    const groups = [group('It ended', 2, 0.5), group('Tellin could', 1.8, 0.6)];
    expect(extractAnswer(s, groups, query)?.text).toBe('three hours and ten minutes');
  });
  it('reads no such excerpt under a headline that does not name two of its parties', () => {
    const topic = buildStory(
      [
        { id: 'report', title: 'Velmian Cup', titleGiven: true, file: 'report.md', body: report },
        { id: 'draw', title: 'Velmian Cup draw made', titleGiven: true, file: 'draw.md', body: draw },
      ],
      'headline-kind-topic-answer',
    );
    const at = (start: string, score: number, coverage: number) => ({
      sentence: topic.sentences.find((x) => x.text.startsWith(start))!,
      score,
      coverage,
      others: [],
    });
    const groups = [at('It ended', 2, 0.5), at('Tellin could', 1.8, 0.6)];
    expect(extractAnswer(topic, groups, query)?.text).not.toBe('three hours and ten minutes');
  });
  it('reads no such excerpt for a question that asks for no value', () => {
    const groups = [group('It ended', 2, 0.5), group('Orla Tellin', 1.8, 0.6)];
    const who: PreparedQuery = { terms: ['beat', 'varrow'], kind: 'person', text: 'who beat varrow?', subject: ['varrow'] };
    expect(extractAnswer(s, groups, who)?.text).toBe('Orla Tellin');
  });
});
