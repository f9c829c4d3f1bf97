import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/story/buildStory.js';

/** An invented article of about 200 KB in one sentence: thousands of dates, sums, names and a company. */
function hugeSentence(): string {
  const months = ['January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 200_000; i += 1) {
    const part = `on ${months[i % months.length]} ${1 + (i % 28)}, ${1990 + (i % 30)} Mira Holt of Vantor Corp paid $${i}m and said on Monday`;
    parts.push(part);
    length += part.length + 2;
  }
  return `Records show that ${parts.join(', ')}.`;
}

describe('a very long sentence', () => {
  it('builds sentences, tags, names, people and timeline in under 2 s', () => {
    const body = hugeSentence();
    expect(body.length).toBeGreaterThan(200_000);
    const article = { id: 'long', title: 'long', titleGiven: false, body, file: 'long.md', published: '2024-03-15' };
    // Loading the tagger's model, the lexicon and the gazetteer happens once per process, not per article.
    buildStory([{ ...article, body: 'Mira Holt of Vantor Corp said on Monday, March 4, 2024 that it paid $5m.' }], 'warm');
    // CPU time, not wall time: the machine running the suite may be shared, and the budget is about work done.
    const started = process.cpuUsage();
    const story = buildStory([article], 'long');
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    expect(story.sentences).toHaveLength(1);
    expect(story.sentences[0]!.entities.filter((e) => e.type === 'DATE').length).toBeGreaterThan(2000);
    expect(story.people.map((p) => p.name)).toEqual(['Mira Holt']);
    expect(story.actors.map((a) => a.name)).toEqual(['Mira Holt']);
    expect(story.timeline.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2_000);
  });
});
