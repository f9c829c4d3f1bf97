// Run as its own process by renderAsync.test.ts: renders once in the worker and then does nothing, so the
// process must end by itself (the idle worker must not keep it alive).
import { renderTimelinePngAsync } from '../../../src/timeline/chart/renderAsync.js';
import { manyEvents } from './fixtures.js';

const png = await renderTimelinePngAsync(manyEvents(12), { page: 0 });
process.stdout.write(`${png.byteLength}\n`);
