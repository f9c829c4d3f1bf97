/**
 * Child process for storage.test.ts: rebuilds the story of CORPUS_DIR and kills itself (SIGKILL, no
 * clean-up possible) in the middle of saving the snapshot — KILL_AT=rename: after the temporary file is
 * written, before the rename; KILL_AT=write: halfway through a write of the temporary file's sections.
 */
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const killAt = process.env['KILL_AT'] ?? 'rename';
const die = (): Promise<never> => {
  process.kill(process.pid, 'SIGKILL');
  return new Promise<never>(() => undefined);
};
if (killAt === 'rename') {
  fsp.rename = () => die();
} else {
  // The snapshot is written section by section through a file handle: let a few writes through, then write
  // half of the next one and die.
  const open = fsp.open;
  fsp.open = (async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    if (!String(args[0]).endsWith('.tmp')) return handle;
    const write = handle.write.bind(handle) as (data: Uint8Array) => Promise<unknown>;
    let calls = 0;
    handle.write = (async (data: Uint8Array) => {
      calls += 1;
      if (calls < 5) return write(data);
      await write(data.subarray(0, data.length >> 1));
      return die();
    }) as typeof handle.write;
    return handle;
  }) as typeof fsp.open;
}
// The snapshot module imports { open, rename } from 'node:fs/promises': make those bindings see the patch.
syncBuiltinESMExports();

const { openStory } = await import('../../src/story/openStory.js');
await openStory({ corpusDir: process.env['CORPUS_DIR']!, cacheDir: process.env['CACHE_DIR']!, force: true });
process.stdout.write('saved without being killed\n');
