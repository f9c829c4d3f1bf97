import { describe, expect, it } from 'vitest';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { titleSpans, writtenAsTitle } from '../../src/answer/titleSpans.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a broadcaster's evening, its shows' titles written with small words inside and between quotes. */
const story = oneArticleStory(
  'evening',
  'Evening',
  'The harbour channel closed its evening with a late broadcast of Tales from the Quay with Orla Brenn after the regatta. ' +
    'Earlier the choir sang the ballad "Lanterns over Marrow Sound" at the pier. ' +
    'Later the town radio station KWRB carried the late news.',
);
const ask = askShort(story);

/** Invented: a book whose title holds a subtitle after a colon, with an "and" inside the subtitle. */
const book = oneArticleStory(
  'book',
  'Book',
  'The valley was once thought unable to feed many farmers. ' +
    'Historian Orla Penwick was a leading voice for this view, as set out in her book Saltmarsh: Tide and Memory in a Drowned Valley. ' +
    'She claimed that few villages ever stood there.',
);
const spans = (i: number) => titleSpans(story.sentences[i]!).map((m) => m.text);

describe('a question asking for a title', () => {
  it('is one whose focus noun names a work, a broadcast or a broadcasting station', () => {
    expect(questionFrame('ask', 'Which show followed the regatta?').titled).toBe(true);
    expect(questionFrame('ask', 'What radio station carried the news?')).toMatchObject({ kind: 'other', titled: true });
    expect(questionFrame('ask', 'Which station carried the news?').titled).toBeUndefined();
    expect(questionFrame('ask', 'Which process cooled the pier?').titled).toBeUndefined();
  });

  it('is answered with the title written with its small words, not the phrase that holds it', () => {
    expect(ask('Which show followed the regatta?')).toBe('Tales from the Quay with Orla Brenn');
    expect(ask('What song did the choir sing at the pier?')).toBe('Lanterns over Marrow Sound');
    expect(ask('What radio station carried the late news?')).toBe('KWRB');
  });
});

describe('titleSpans', () => {
  it('joins capitalised words across small words and takes quoted titles, but no run opening a sentence untagged', () => {
    expect(spans(0)).toContain('Tales from the Quay with Orla Brenn');
    expect(spans(0)).not.toContain('The harbour');
    expect(spans(1)).toContain('Lanterns over Marrow Sound');
  });

  it('reads a subtitle after a colon whole, its "and" inside it, and answers with the whole title', () => {
    expect(titleSpans(book.sentences[1]!).map((m) => m.text)).toContain('Saltmarsh: Tide and Memory in a Drowned Valley');
    expect(askShort(book)('In what book did Orla Penwick describe this view?')).toBe('Saltmarsh: Tide and Memory in a Drowned Valley');
  });

  it('writtenAsTitle: a phrase of capitalised words and small words, not one opening in lower case', () => {
    const s = story.sentences[0]!;
    const at = (text: string) => {
      const start = s.text.indexOf(text);
      return { type: 'PHRASE' as const, text, start, end: start + text.length };
    };
    expect(writtenAsTitle(s, at('Tales from the Quay with Orla Brenn'))).toBe(true);
    expect(writtenAsTitle(s, at('late broadcast of Tales from the Quay'))).toBe(false);
  });
});
