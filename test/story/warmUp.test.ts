import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/story/story.js';
import { slicedPerStory, warmStory } from '../../src/story/warmUp.js';

/** A made-up story: only its sentence count is read by the derivation below. */
const storyOf = (sentences: number) => ({ sentences: Array.from({ length: sentences }, (_, id) => ({ id })) }) as unknown as Story;

/** A derivation in steps: one step per sentence, counted, each yielding. */
let steps = 0;
const stepped = slicedPerStory(function* (story: Story): Generator<void, number, void> {
  let sum = 0;
  for (const s of story.sentences) {
    steps += 1;
    sum += s.id;
    yield;
  }
  return sum;
});

describe('slicedPerStory', () => {
  it('called, runs the whole derivation once per story and keeps its value', () => {
    steps = 0;
    const story = storyOf(5);
    expect(stepped(story)).toBe(10);
    expect(stepped(story)).toBe(10);
    expect(steps).toBe(5);
    expect(stepped(storyOf(3))).toBe(3);
    expect(steps).toBe(8);
  });
});

describe('slicedPerStory after a failure', () => {
  it('meets the same error again, never a missing value, when its derivation threw', () => {
    let calls = 0;
    const failing = slicedPerStory(function* (): Generator<void, number, void> {
      calls += 1;
      yield;
      throw new Error('broken table');
    });
    const story = storyOf(1);
    expect(() => failing(story)).toThrow('broken table');
    expect(() => failing(story)).toThrow('broken table');
    expect(calls).toBe(2);
  });
});

describe('warmStory', () => {
  it('runs the derivations in slices with a turn of the event loop between them, so none is left to the first question', async () => {
    steps = 0;
    const story = storyOf(40);
    const report = await warmStory(story, 0).done;
    expect(report.finished).toBe(true);
    // A slice of no time makes one step: at least one slice per step of this derivation.
    expect(report.slices).toBeGreaterThanOrEqual(40);
    expect(steps).toBe(40);
    expect(stepped(story)).toBe(780);
    expect(steps).toBe(40);
  });

  it('lets what arrives meanwhile run between slices; a question that needs a derivation finishes it from where the warm-up is', async () => {
    steps = 0;
    const story = storyOf(40);
    const warm = warmStory(story, 0);
    let turns = 0;
    while (steps === 0 || steps < 10) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turns += 1;
    }
    expect(turns).toBeGreaterThan(1);
    expect(steps).toBeLessThan(40);
    expect(stepped(story)).toBe(780);
    expect(steps).toBe(40);
    expect((await warm.done).finished).toBe(true);
    expect(steps).toBe(40);
  });

  it('stops after the current slice when told to (a story replaced), leaving the rest to whoever asks', async () => {
    steps = 0;
    const story = storyOf(1000);
    const warm = warmStory(story, 0);
    await new Promise<void>((resolve) => setImmediate(resolve));
    warm.stop();
    const report = await warm.done;
    expect(report.finished).toBe(false);
    expect(steps).toBeLessThan(1000);
    expect(stepped(story)).toBe(499_500);
  });
});
