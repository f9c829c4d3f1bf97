import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/timeline.js';
import type { TimelineEvent } from '../../src/timeline/timeline.js';
import { eventLabel, pickEvents, renderTimelinePng } from '../../src/timeline/timelineChart.js';
import { realStory } from '../actors/fixtures.js';

let events: TimelineEvent[];

beforeAll(async () => {
  events = buildTimeline(await realStory());
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first. */
function ihdr(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.readUInt32BE(8)).toBe(13);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderTimelinePng', () => {
  it('draws a valid PNG of the requested width', () => {
    const png = renderTimelinePng(events, { title: 'Timeline' });
    const { width, height } = ihdr(png);
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(300);
    expect(png.subarray(png.length - 8, png.length - 4).toString('ascii')).toBe('IEND');
    expect(ihdr(renderTimelinePng(events, { width: 1000, maxEvents: 5 })).width).toBe(1000);
  });

  it('draws something for an empty timeline', () => {
    const { width } = ihdr(renderTimelinePng([], { title: 'Nothing yet' }));
    expect(width).toBe(800);
  });

  it('shows at most maxEvents, at least one per date first, in order', () => {
    const picked = pickEvents(events, 10);
    expect(picked).toHaveLength(10);
    expect(picked).toEqual([...picked].sort((a, b) => events.indexOf(a) - events.indexOf(b)));
    expect(pickEvents(events, 1000)).toHaveLength(events.length);
  });

  it('labels events without their date phrase', () => {
    const friday = events.find((e) => e.text.startsWith('On Friday, President'))!;
    expect(eventLabel(friday)).toMatch(/^President Volodymyr Zelenskyy announced/);
    const war = events.find((e) => e.date === '2022-02-24')!;
    expect(eventLabel(war)).toMatch(/^The war, which began with Russia's full-scale invasion/);
  });
});
