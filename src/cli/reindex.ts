/**
 * `npm run reindex`: rebuilds the index snapshot from the corpus, showing progress on a terminal.
 * Exit 1 with one line when the corpus cannot be read or the snapshot cannot be saved.
 */
import { readConfig } from '../config.js';
import { errorLine } from '../present/scrub.js';
import { whatsNew } from '../brief/index.js';
import { openStory, snapshotPath } from '../story/openStory.js';
import { readPreviousSnapshot } from '../story/snapshot.js';
import { diffArticles } from '../story/storyHolder.js';
import { formatWhatsNew } from './formatStoryViews.js';
import { reportOpened } from './report.js';

try {
  const config = readConfig();
  const tty = process.stderr.isTTY;
  const previous = await readPreviousSnapshot(snapshotPath(config.corpusDir, config.cacheDir));
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
  reportOpened({ ...opened, saveError: undefined }, config.corpusDir, process.stderr);
  if (opened.saveError !== undefined)
    throw new Error(`reindex: built the index but could not save the snapshot in ${config.cacheDir}: ${errorLine(opened.saveError)}`);
  const { story } = opened;
  process.stdout.write(
    `Indexed ${story.articles.length} articles, ${story.sentences.length} sentences, ${story.people.length} people in ${Math.round(opened.ms)} ms.\n`,
  );
  // What's new since the previous index (as the bot posts it); nothing when there was none to compare with.
  const news = previous ? formatWhatsNew(whatsNew(story, diffArticles(previous.articles, story.articles).added)) : '';
  if (news) process.stdout.write(`\n${news}\n`);
} catch (error) {
  process.stderr.write(`${errorLine(error)}\n`);
  process.exitCode = 1;
}
