import { setFlagsFromString } from 'node:v8';

/** V8's flag for how much bytecode TurboFan inlines into one optimised function, in all. */
const FLAG = '--max-inlined-bytecode-size-cumulative';
/** V8's own value of FLAG (V8 11, Node 20), where the process was not started with another. */
const V8_DEFAULT = 920;
/**
 * FLAG while a story is read on two threads. The reading code is optimised by each thread's isolate on its own, and
 * its largest functions (`tagReading`, `describeRun`, `findNameRuns`, which inline most of the tagging) are optimised
 * again after each deoptimisation as they meet forms they had not (10, 4 and 5 times an isolate at 20k sentences): at
 * 20k four-fifths of V8's helper threads' CPU was TurboFan compiling, about a quarter of the read's CPU.
 * Half the budget (`scripts/readStageCpu.ts --v8`, interleaved under load): 20k total CPU 10.30 / 9.72 → 8.99 / 8.80 s,
 * 100k 32.70 / 33.82 → 31.21 / 30.46 s, the reading threads' own CPU no higher; as here, against the code before, 20k
 * 13.04 / 10.74 / 10.52 → 10.58 / 9.01 / 9.23 s (V8's helper threads 4.26 / 3.47 / 3.29 → 2.82 / 2.54 / 2.39 s).
 * No inlining at all lost at 100k (34.98 / 33.96 s: the reading threads slower); nor did the others pay at 100k:
 * TurboFan on the reading threads (`--no-concurrent-recompilation`: 28.75 / 30.35 against 27.74 / 28.04 s), a 64 MB
 * semi-space for the worker (20k, no gain).
 */
export const READ_INLINING_BUDGET = 460;

/** Reads under way that asked for READ_INLINING_BUDGET. */
let reads = 0;

/**
 * Sets V8's inlining budget to READ_INLINING_BUDGET until the returned function is called (once; overlapping reads
 * restore it when the last one ends). V8's flags are the process's: the worker's isolate compiles under it too, and
 * so does this thread, for what it optimises meanwhile; the answer path optimises under the process's own budget after.
 */
export function leanInlining(): () => void {
  if (reads === 0) setFlagsFromString(`${FLAG}=${READ_INLINING_BUDGET}`);
  reads += 1;
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    reads -= 1;
    if (reads === 0) setFlagsFromString(`${FLAG}=${processBudget()}`);
  };
}

/**
 * FLAG as this process was started with it (its last `--max-inlined-bytecode-size-cumulative=N`, in NODE_OPTIONS or on
 * the command line, which Node reads after NODE_OPTIONS), else V8's default.
 */
function processBudget(): number {
  let budget = V8_DEFAULT;
  for (const arg of [...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/), ...process.execArgv]) {
    // V8 reads a flag's name with dashes or underscores alike.
    const [flag, value] = arg.replaceAll('_', '-').split('=');
    if (flag === FLAG && Number.isInteger(Number(value))) budget = Number(value);
  }
  return budget;
}
