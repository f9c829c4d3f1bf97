/**
 * V8's flag that compiles each regular expression to machine code at its first match, given on the command line of
 * every process that answers questions (package.json's `start`, `ask` and `bench` scripts; each shard's process,
 * `shardExecArgv`). By default (`--regexp-tier-up`) V8 pays twice for an expression: bytecode for its first match, run
 * by an interpreter, and machine code for the second. For the answer path's large expressions, alternations of word
 * lists under `i`, making the bytecode is the dear part: the how-often expression of `frequency.ts` (~64 KB of bytecode)
 * took ~38 ms to match first, ~2 ms compiled straight to machine code. The answer path holds some 770 expressions, most
 * of them matched first by whichever question first needs them: in a first pass of 2,000 questions at 100,000
 * sentences after a warm-up (scripts/answerReplay.ts `--warm`, V8's `--trace-regexp-tier-up`), 213 were first matched
 * inside a question, 19 of them with over 5 KB of bytecode — one question in a hundred paid for one, the pass's slowest
 * 1%. Each of the 770 matched three times from new, under load (2 cores, load ~24): 1,177–1,688 → 356–547 ms in all,
 * those costing over 2 ms 32–56 → 10–17. Matching gives the same either way (one compiler, two ways to run its output);
 * an expression matched only once pays a compile the interpreter would have spared it (~0.1 ms for a short one; one made
 * per call with `\p{L}` under `iu` costs the same both ways: building its classes is most of it).
 *
 * A command-line flag, not `v8.setFlagsFromString` once the process runs: switched off while expressions that had
 * run as bytecode were still in use, Node 20's V8 crashed (a segmentation fault in the warm-up of a 100,000-sentence
 * story), and NODE_OPTIONS does not accept the flag.
 */
export const NATIVE_REGEXP_FLAG = '--no-regexp-tier-up';
