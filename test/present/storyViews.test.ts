import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { MAX_BRIEF_LINES, MIN_BRIEF_LINES, DEFAULT_BRIEF_LINES, buildBrief, whatsNew } from '../../src/brief/index.js';
import { formatBrief, formatDifferences, formatWhatsNew } from '../../src/cli/formatStoryViews.js';
import { consoleReply } from '../../src/cli/consoleCommands.js';
import { differencesWithCaptions, knownDifferences } from '../../src/differences/index.js';
import { answerDifferences } from '../../src/present/answerDifferences.js';
import { DEFAULT_BRIEF_SENTENCES, MAX_BRIEF_SENTENCES, MIN_BRIEF_SENTENCES } from '../../src/present/commandTable.js';
import { NO_DIFFERENCES, reportedBy } from '../../src/present/storyText.js';
import type { Story } from '../../src/story/story.js';
import { FERRY_FILES, ferryCorpus } from './ferryCorpus.js';
import { fixtureStory } from './storyFixture.js';

let harbour: Story;
let ferry: Story;
let ferryDir: string;
beforeAll(async () => {
  harbour = await fixtureStory();
  ferryDir = ferryCorpus();
  ferry = await fixtureStory(ferryDir);
}, 60_000);

const SIX_OR_THREE = 'Sources differ on how long: roughly six hours (Bay Herald), three-hour (Coast Wire; Island Post)';

describe('the brief as the console shows it', () => {
  it('has the bounds of the brief module', () => {
    expect([MIN_BRIEF_SENTENCES, MAX_BRIEF_SENTENCES, DEFAULT_BRIEF_SENTENCES]).toEqual([
      MIN_BRIEF_LINES,
      MAX_BRIEF_LINES,
      DEFAULT_BRIEF_LINES,
    ]);
  });

  it('numbers the lines, each citing its article and saying how many outlets report it', () => {
    const text = formatBrief(buildBrief(harbour, { sentences: 5 }));
    expect(text.split('\n')[0]).toBe('The story so far, in 5 sentences:');
    expect(text).toContain(
      '1. The harbour board voted on Tuesday to close the old grain terminal in Rotterdam by the end of the year.\n   — Tidewater Post, 9 Apr 2031, sentence 1 — https://tidewater.example/grain-terminal-vote · reported by 2 outlets',
    );
    expect(text.match(/^\d\. /gm)).toHaveLength(5);
    expect(text.match(/ · reported by \d outlets?$/gm)).toHaveLength(5);
  });

  it('counts articles beside outlets when one outlet ran a line twice', () => {
    expect(reportedBy({ outlets: 1, articles: 1 })).toBe('reported by 1 outlet');
    expect(reportedBy({ outlets: 2, articles: 3 })).toBe('reported by 2 outlets (3 articles)');
  });

  it('answers /brief and /brief N in the console, and refuses a length out of bounds', async () => {
    expect(await consoleReply(harbour, '/brief')).toBe(formatBrief(buildBrief(harbour)));
    expect(await consoleReply(harbour, '/brief 8')).toBe(formatBrief(buildBrief(harbour, { sentences: 8 })));
    expect(await consoleReply(harbour, '/brief 9')).toBe('A brief has 5 to 8 sentences: /brief or /brief 7.');
    expect(await consoleReply(harbour, '/brief many')).toBe('A brief has 5 to 8 sentences: /brief or /brief 7.');
  });
});

describe('the disagreements as the console shows them', () => {
  it('lists each difference with every sentence that gives each value', async () => {
    const text = await consoleReply(ferry, '/differences', { corpusDir: ferryDir });
    expect(text).toBe(formatDifferences(await differencesWithCaptions(ferry, ferryDir)));
    expect(text.split('\n').slice(0, 3)).toEqual(['Where the sources differ (1):', '', `1. ${SIX_OR_THREE}`]);
    expect(text).toContain(
      '   • roughly six hours — Bay Herald, 18 May 2031, sentence 1: “Union leaders and ferry operators held roughly six hours of talks Saturday in Port Ellery, Norland.” — https://bay-herald.example/ferry-talks',
    );
    expect(text).toContain('   • three-hour — Island Post, 18 May 2031, sentence 1: ');
    // "nearly 2,300" and "2,300" differ in wording only.
    expect(text).not.toContain('2,300');
  });

  it('checks the photo captions of the corpus files too, citing them as captions, once per story', async () => {
    const dir = ferryCorpus();
    const withCaption = FERRY_FILES['island-post.md']!.replace(
      '---\n\n',
      'caption: "Union leaders and ferry operators meet in Calloway on Saturday."\n---\n\n',
    );
    writeFileSync(join(dir, 'island-post.md'), withCaption);
    const story = await fixtureStory(dir);
    expect(knownDifferences(story).some((d) => d.values.some((v) => v.citations.some((c) => c.part === 'caption')))).toBe(false);
    const found = differencesWithCaptions(story, dir);
    expect(differencesWithCaptions(story, dir)).toBe(found);
    const place = (await found).find((d) => d.kind === 'place')!;
    expect(place.values.find((v) => v.label === 'Calloway')!.citations[0]).toMatchObject({ articleId: 'island-post', part: 'caption' });
    expect(knownDifferences(story)).toBe(await found);
    expect(await consoleReply(story, '/differences', { corpusDir: dir })).toContain(
      'Calloway — Island Post, 18 May 2031, photo caption: “Union leaders and ferry operators meet in Calloway on Saturday.”',
    );
  });

  it('says the articles agree when they do', async () => {
    expect(await consoleReply(harbour, '/differences')).toBe(NO_DIFFERENCES);
  });
});

describe('"Sources differ" under an answer', () => {
  it('is said when an excerpt gives the answered value and another article another one', async () => {
    const answer = answerQuestion(ferry, 'How long did the talks last?');
    expect(answerDifferences(ferry, answer)).toEqual([SIX_OR_THREE]);
    const text = await consoleReply(ferry, 'How long did the talks last?');
    expect(text.endsWith(`\n\n${SIX_OR_THREE}`)).toBe(true);
  });

  it('is not said for an answer about a value the sources agree on', async () => {
    const answer = answerQuestion(ferry, 'How many passengers are stranded?');
    expect(answerDifferences(ferry, answer)).toEqual([]);
    expect(await consoleReply(ferry, 'How many passengers are stranded?')).not.toContain('Sources differ');
    expect(answerDifferences(harbour, answerQuestion(harbour, 'Who chaired the harbour board?'), knownDifferences(harbour))).toEqual([]);
  });
});

describe("what's new as npm run reindex prints it", () => {
  it('lists the new articles and their facts, and prints nothing when nothing is new', () => {
    const text = formatWhatsNew(whatsNew(harbour, ['03-quay-report']));
    expect(text.split('\n').slice(0, 2)).toEqual([
      "What's new:",
      "  + Tidewater Post · Engineer's report finds cracks in the quay walls · 11 Apr 2031 (03-quay-report)",
    ]);
    expect(text).toContain('New in them:\n  1. ');
    expect(text).toContain('— Tidewater Post, 11 Apr 2031, sentence ');
    expect(formatWhatsNew(whatsNew(harbour, []))).toBe('');
  });
});
