import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/actors/actor.js';
import { buildActors } from '../../src/actors/buildActors.js';
import { addHeadlineSurnames } from '../../src/actors/headlineSurnames.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

const headed = (id: string, title: string, body: string): Article => ({
  id,
  title,
  titleGiven: true,
  body,
  file: `${id}.md`,
  published: '2031-05-14',
});

const actor = (name: string, articles: string[], aliases: string[] = []): Actor => ({
  name,
  aliases,
  roles: [],
  articles,
  mentions: 1,
  mentionsByArticle: {},
  quotes: [],
  coMentions: [],
  first: { articleId: articles[0]!, sentence: 1 },
  last: { articleId: articles[0]!, sentence: 1 },
});

describe('headline surnames in the people catalogue', () => {
  it('gives a person the surname a headline writes for them when the sentences only write the full name', () => {
    const story = buildStory(
      [
        headed(
          'h1',
          'Vell edges past Rask in Corran',
          'Mira Vell beat Ottar Rask in four sets at the Corran Open on Tuesday. Vell served well. The crowd cheered for her.\n\nOttar Rask, the ninth seed, praised the crowd.',
        ),
      ],
      'headline-surnames',
    );
    const actors = buildActors(story);
    const rask = actors.find((a) => a.name === 'Ottar Rask');
    expect(rask?.aliases).toEqual(['Rask']);
    // Mira Vell's surname was written alone already: listed once.
    expect(actors.find((a) => a.name === 'Mira Vell')?.aliases).toEqual(['Vell']);
  });

  it('leaves a surname two people share, a word of another name in the article, a headline not given', () => {
    const people = [
      { name: 'Ottar Rask', aliases: [] },
      { name: 'Ida Rask', aliases: [] },
      { name: 'Lena Sorvik', aliases: [] },
      { name: 'Tor Almen', aliases: [] },
      { name: 'Emil Dace', aliases: [] },
    ];
    const actors = [
      actor('Ottar Rask', ['a1']),
      actor('Ida Rask', ['a1']),
      actor('Lena Sorvik', ['a2']),
      actor('Tor Almen', ['a3']),
      actor('Emil Dace', ['a4']),
    ];
    const articles = [
      { id: 'a1', title: 'Rask wins again', titleGiven: true },
      { id: 'a2', title: 'Sorvik shares slide', titleGiven: true },
      { id: 'a3', title: 'Almen quits the board', titleGiven: false },
      { id: 'a4', title: 'Dace returns', titleGiven: true },
    ];
    const others = new Map([['a2', ['sorvik group']]]);
    addHeadlineSurnames(actors, articles, people, (id) => others.get(id) ?? []);
    expect(actors.map((a) => a.aliases)).toEqual([[], [], [], [], ['Dace']]);
  });
});
