import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTimelinePng } from '../../../src/timeline/chart/writePng.js';
import { decodePng, inkIn } from './png.js';
import { manyEvents } from './fixtures.js';

describe('writeTimelinePng', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'timeline-png-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the picture to the file and nothing else beside it', async () => {
    const file = path.join(dir, 'timeline.png');
    const bytes = await writeTimelinePng(manyEvents(15), file, { title: 'Timeline', page: 1, perPage: 10 });
    const png = await readFile(file);
    expect(png.byteLength).toBe(bytes);
    const pixels = await decodePng(png);
    expect(inkIn(pixels, { x: 0, y: 0, width: pixels.width, height: pixels.height }, 120)).toBeGreaterThan(5000);
    expect(await readdir(dir)).toEqual(['timeline.png']);
  });

  it('fails on a folder that does not exist, leaving no temporary file', async () => {
    await expect(writeTimelinePng(manyEvents(3), path.join(dir, 'missing', 'timeline.png'))).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
