/** `npm run reindex`: rebuilds the index snapshot from the corpus, showing progress on a terminal. */
import { readConfig } from '../config.js';
import { openStory } from '../story/openStory.js';

const config = readConfig();
const tty = process.stderr.isTTY;
try {
  const opened = await openStory({
    corpusDir: config.corpusDir,
    cacheDir: config.cacheDir,
    force: true,
    onProgress: (p) => {
      const line = `${p.stage.padEnd(6)} ${p.done}/${p.total}`;
      if (tty) process.stderr.write(`\r${line.padEnd(40)}`);
      else if (p.done === p.total) process.stderr.write(`${line}\n`);
    },
  });
  if (tty) process.stderr.write('\n');
  for (const s of opened.skipped) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
  if (opened.saveError) throw new Error(`reindex: could not save the snapshot: ${String(opened.saveError)}`);
  const { story } = opened;
  process.stdout.write(`Indexed ${story.articles.length} articles, ${story.sentences.length} sentences, ${story.people.length} people in ${Math.round(opened.ms)} ms.\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
