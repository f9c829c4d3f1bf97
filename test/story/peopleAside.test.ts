import { describe, expect, it } from 'vitest';
import { buildActors } from '../../src/actors/buildActors.js';
import type { Article } from '../../src/corpus/article.js';
import { PeopleAside, type PeopleAsideOptions } from '../../src/story/peopleAside.js';
import { packPeople, peopleTransferred, unpackPeople } from '../../src/story/peopleTransfer.js';
import { type Draft, indexStage, namesStage, newDraft, peopleStage, readStage, timelineStage } from '../../src/story/stages.js';

/** An invented story: a ferry strike, its union leader and a minister, quotations, roles and dates. */
const ARTICLES: Article[] = [
  {
    id: 'strike',
    title: 'Ferry crews walk out at Keld',
    titleGiven: true,
    published: '2031-06-02',
    file: 'strike.md',
    body: 'Ferry crews at Keld walked out on Monday over the new rota, union leader Mara Oske said.\n\n"We gave them every chance," Oske told reporters. Transport Minister Pell Darrin called the strike reckless.\n',
  },
  {
    id: 'talks',
    title: 'Darrin and Oske to meet',
    titleGiven: true,
    published: '2031-06-03',
    file: 'talks.md',
    body: 'Pell Darrin, the transport minister, will meet Mara Oske on Thursday.\n\nThe minister said on Tuesday that the ferries must run by the weekend. "This cannot go on," he said.\n',
  },
];

/** A draft through the names stage, with the people stage's worker given (or none). */
function named(aside?: PeopleAside): Draft {
  const draft = newDraft(ARTICLES, 'h');
  draft.peopleAside = aside;
  for (const stage of [readStage, namesStage]) for (const _ of stage.run(draft));
  return draft;
}

/** The rest of the build on the draft: its catalogue and timeline. */
function built(draft: Draft): { actors: unknown; timeline: unknown } {
  for (const stage of [peopleStage, indexStage, timelineStage]) for (const _ of stage.run(draft));
  return { actors: draft.story!.actors, timeline: draft.story!.timeline };
}

/** The warnings' codes emitted while `run` runs (they are emitted on the next tick). */
async function warned<T>(run: () => T): Promise<{ made: T; codes: string[]; messages: string[] }> {
  const codes: string[] = [];
  const messages: string[] = [];
  const onWarning = (w: Error & { code?: string }) => {
    codes.push(w.code ?? '');
    messages.push(w.message);
  };
  process.on('warning', onWarning);
  try {
    const made = run();
    await new Promise((resolve) => setImmediate(resolve));
    return { made, codes, messages };
  } finally {
    process.off('warning', onWarning);
  }
}

describe('the people stage beside the timeline', () => {
  it("sends the people stage's input to another thread and reads it there as the build's sentences", () => {
    const draft = named();
    const source = { sentences: draft.sentences, people: draft.people, articles: draft.articles };
    const input = packPeople(source, draft.tokens, draft.entities, draft.nameRuns);
    const arrived = structuredClone(input, { transfer: peopleTransferred(input) });
    const read = unpackPeople(arrived);
    expect(
      read.sentences.map(({ id, articleId, index, text, tokens, entities }) => ({ id, articleId, index, text, tokens, entities })),
    ).toEqual(
      draft.sentences.map(({ id, articleId, index, text, tokens, entities }) => ({ id, articleId, index, text, tokens, entities })),
    );
    const actors = buildActors(read, arrived.nameRuns);
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Mara Oske', 'Pell Darrin']));
    expect(actors).toEqual(buildActors(source, draft.nameRuns));
  });

  it('builds on its worker the catalogue and timeline the build makes on one thread', async () => {
    const alone = built(named());
    const { made, codes } = await warned(() => built(named(PeopleAside.start())));
    expect(codes).not.toContain('STORYBOT_PEOPLE_WORKER');
    expect(codes).not.toContain('STORYBOT_WORKER_BUNDLE'); // the worker started on its bundle
    expect(made).toEqual(alone);
  }, 30_000);

  it.each<[string, PeopleAsideOptions, RegExp]>([
    ['posts an error', { source: new URL('../fixtures/failingPeopleWorker.ts', import.meta.url) }, /an invented failure/],
    ['stalls', { source: new URL('../fixtures/stallingPeopleWorker.ts', import.meta.url), stallMs: 300 }, /no sign of life/],
  ])(
    'loses nothing when the worker %s: the catalogue is built on this thread, and the failure reported',
    async (_, options, why) => {
      const alone = built(named());
      const { made, codes, messages } = await warned(() => built(named(PeopleAside.start(options))));
      expect(codes).toContain('STORYBOT_PEOPLE_WORKER');
      expect(messages.join()).toMatch(why);
      expect(made).toEqual(alone);
    },
    30_000,
  );
});
