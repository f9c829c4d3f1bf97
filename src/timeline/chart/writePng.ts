/** Saving a timeline picture to a file (the CLI's `--png FILE`, the console's /timeline). */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { TimelineEvent } from '../timeline.js';
import type { TimelineChartOptions } from './options.js';
import { renderTimelinePng } from './renderPng.js';

/**
 * Draws the events (in this thread: a one-shot command need not start a worker) and writes the PNG to `file`,
 * through a temporary file renamed into place so a reader never sees half a picture.
 *
 * @returns the number of bytes written
 * @example await writeTimelinePng(events, 'timeline.png', { title: 'Timeline' })
 */
export async function writeTimelinePng(
  events: readonly TimelineEvent[],
  file: string,
  options: TimelineChartOptions = {},
): Promise<number> {
  const png = renderTimelinePng(events, options);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return png.byteLength;
}
