/**
 * `npm run reindex`: rebuilds the index snapshot from the corpus, showing progress on a terminal.
 * Exit 1 with one line when the corpus cannot be read or the snapshot cannot be saved.
 */
import { errorLine } from '../present/scrub.js';
import { whatsNew } from '../brief/index.js';
import { openStory, snapshotPath } from '../story/openStory.js';
import { readPreviousSnapshot } from '../story/snapshot.js';
import { diffArticles } from '../story/storyHolder.js';
import { type CliIo, processIo, startedAsScript } from './cliIo.js';
import { formatWhatsNew } from './formatStoryViews.js';
import { reportOpened } from './report.js';

/**
 * Rebuilds the snapshot of the configured corpus, as `npm run reindex` does, and returns the exit code.
 * @example await runReindex(processIo()) // 0, "Indexed 5 articles, …" on stdout
 */
export async function runReindex(io: CliIo): Promise<number> {
  try {
    const config = io.config();
    const tty = io.stderr.isTTY === true;
    const previous = await readPreviousSnapshot(snapshotPath(config.corpusDir, config.cacheDir));
    const opened = await openStory({
      corpusDir: config.corpusDir,
      cacheDir: config.cacheDir,
      force: true,
      onProgress: (p) => {
        const line = `${p.stage.padEnd(6)} ${p.done}/${p.total}`;
        if (tty) io.stderr.write(`\r${line.padEnd(40)}`);
        else if (p.done === p.total) io.stderr.write(`${line}\n`);
      },
    });
    if (tty) io.stderr.write('\n');
    reportOpened({ ...opened, saveError: undefined }, config.corpusDir, io.stderr);
    if (opened.saveError !== undefined)
      throw new Error(`reindex: built the index but could not save the snapshot in ${config.cacheDir}: ${errorLine(opened.saveError)}`);
    const { story } = opened;
    io.stdout.write(
      `Indexed ${story.articles.length} articles, ${story.sentences.length} sentences, ${story.people.length} people in ${Math.round(opened.ms)} ms.\n`,
    );
    // What's new since the previous index (as the bot posts it); nothing when there was none to compare with.
    const news = previous ? formatWhatsNew(whatsNew(story, diffArticles(previous.articles, story.articles).added)) : '';
    if (news) io.stdout.write(`\n${news}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`${errorLine(error)}\n`);
    return 1;
  }
}

if (startedAsScript(import.meta.url)) process.exitCode = await runReindex(processIo());
