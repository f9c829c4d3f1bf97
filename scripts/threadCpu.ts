/** Linux per-thread CPU for the build measurements (`readStageCpu`, `buildThreads`). */
import { readdirSync, readFileSync } from 'node:fs';

/** Each thread of this process: its time on a core so far (ms, from `/proc/self/task/<tid>/schedstat`), by thread id. */
export function threadMs(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const text = readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1');
      out.set(Number(tid), Number(text.slice(0, text.indexOf(' '))) / 1e6);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}
