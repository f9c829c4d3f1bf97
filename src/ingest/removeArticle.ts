import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { idFromFileName, isCorpusFileName } from '../corpus/loadCorpus.js';
import { IngestError } from './ingestError.js';

/**
 * Removes the article `id` from the corpus folder (`/article remove`): the `.md` or `.txt` file directly in
 * `corpusDir` whose name without extension is `id` — never a path, a dot file, a sub-folder or what a symlink
 * points to (a symlinked article loses its link only). Returns the file names removed (two when `a.md` and
 * `a.txt` both exist: the loader reads them as one id).
 *
 * @throws IngestError `bad-file` for an id that is not a plain file name; `not-found` when no file has that id.
 */
export async function removeArticle(corpusDir: string, id: string): Promise<string[]> {
  if (!id || id !== path.basename(id) || id.startsWith('.') || /[\\/\0]/.test(id)) {
    throw new IngestError('bad-file', `${JSON.stringify(id.slice(0, 100))} is not an article id`);
  }
  const names = (await readdir(corpusDir)).filter((n) => isCorpusFileName(n) && idFromFileName(n) === id).sort();
  const removed: string[] = [];
  for (const name of names) {
    const full = path.join(corpusDir, name);
    const info = await lstat(full);
    if (!info.isFile() && !info.isSymbolicLink()) continue;
    await unlink(full);
    removed.push(name);
  }
  if (removed.length === 0) throw new IngestError('not-found', `the corpus has no article ${JSON.stringify(id)}`);
  return removed;
}
