import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files that must run in a fresh module graph of their own: they replace a module (`vi.mock`), watch a
 * warning the engine gives once per process, own a process-wide worker, or start bots, Discord servers and
 * child processes whose module state (clients, workers, limits) must not outlive the file.
 */
const ISOLATED = [
  'test/bot/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/hardening/**/*.test.ts',
  'test/loopback-discord/**/*.test.ts',
  'test/shards/**/*.test.ts',
  'test/answer/questionPhrasesLookups.test.ts',
  'test/nlp/winkReset.test.ts',
  'test/story/readInlining.test.ts',
  'test/story/warmAnswers.test.ts',
  'test/story/warmers.test.ts',
  'test/search/sentenceIndex.test.ts',
  'test/timeline/chart/renderAsync.test.ts',
  // It resets the module graph (vi.resetModules): in the shared unit graph every unit file after it in the same worker
  // would import the engine anew (wink.ts copes with that since it reloads wink-nlp: test/nlp/winkReset.test.ts).
  'test/text/foldUncached.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One worker a core (vitest's own default leaves one core free: on the 2-core machine, one worker): 279 → 209 s
    // for the whole suite there, side by side.
    maxWorkers: availableParallelism(),
    projects: [
      {
        // The engine's unit tests share one module graph per worker: wink's model, the gazetteer and the lexicon
        // load once per worker instead of once per file (readings are kept independent of what was read before
        // by `readAlone`; the engine's other module caches are keyed by what decides their content).
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      // A child process or a bot (tsx start-up, the whole engine imported) can take most of 20 s on a loaded 2-core
      // machine: these files wait for one as long as their spawns allow it (60 s).
      { extends: true, test: { name: 'isolated', include: ISOLATED, testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
