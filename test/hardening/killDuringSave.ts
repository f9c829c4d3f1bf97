/**
 * Child process for storage.test.ts: rebuilds the story of CORPUS_DIR and kills itself (SIGKILL, no
 * clean-up possible) in the middle of saving the snapshot — KILL_AT=rename: after the temporary file is
 * written, before the rename; KILL_AT=write: halfway through writing the temporary file.
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
  const writeFile = fsp.writeFile;
  fsp.writeFile = (async (file: Parameters<typeof writeFile>[0], data: string) => {
    await writeFile(file, data.slice(0, Math.floor(data.length / 2)));
    return die();
  }) as typeof fsp.writeFile;
}
// The snapshot module imports { rename, writeFile } from 'node:fs/promises': make those bindings see the patch.
syncBuiltinESMExports();

const { openStory } = await import('../../src/story/openStory.js');
await openStory({ corpusDir: process.env['CORPUS_DIR']!, cacheDir: process.env['CACHE_DIR']!, force: true });
process.stdout.write('saved without being killed\n');
