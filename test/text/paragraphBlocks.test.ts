import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { parseArticleFile } from '../../src/corpus/loadCorpus.js';
import { splitSentences } from '../../src/nlp/splitSentences.js';
import { paragraphBlocks } from '../../src/text/paragraphBlocks.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented Markdown article hard-wrapped at 64 columns: a dateline, wrapped paragraphs, a heading and a list. */
const WRAPPED = [
  'MARLOW BAY',
  'The new lighthouse at Marlow Bay was lit on Friday after three',
  'years of building, the harbour trust said. The engineers were led',
  'by Tamsin Okonkwo-Reyes, who came to the project from a bridge',
  'firm and redrew the lamp room in its first winter.',
  '',
  'Some 60 engineers worked on the tower. Most of them lived in the',
  'village; the others came by ferry each morning.',
  '',
  '## Spending',
  '- The tower took 12 million crowns',
  '- The keeper’s house took 3 million crowns',
].join('\n');

/** An invented text file that writes one paragraph a line, with a subheading of its own between them. */
const ONE_A_LINE = [
  'Ferries to Skarra Island were cancelled on Monday because of a gale that kept every boat in port until the evening.',
  'Delays',
  'The operator said the first sailing on Tuesday would leave at seven and that tickets for Monday would be honoured.',
].join('\n');

describe('paragraphBlocks', () => {
  it('reads a line break inside a hard-wrapped paragraph as a space and keeps the offsets', () => {
    const blocks = paragraphBlocks(WRAPPED);
    expect(blocks.map((b) => b.text)).toEqual([
      'MARLOW BAY',
      'The new lighthouse at Marlow Bay was lit on Friday after three years of building, the harbour trust said. The engineers were led by Tamsin Okonkwo-Reyes, who came to the project from a bridge firm and redrew the lamp room in its first winter.',
      'Some 60 engineers worked on the tower. Most of them lived in the village; the others came by ferry each morning.',
      '## Spending',
      '- The tower took 12 million crowns',
      '- The keeper’s house took 3 million crowns',
    ]);
    for (const b of blocks) expect(WRAPPED.slice(b.start, b.start + b.text.length).replaceAll('\n', ' ')).toBe(b.text);
  });

  it('keeps each line of a one-paragraph-a-line text apart, a short line of its own too', () => {
    expect(paragraphBlocks(ONE_A_LINE).map((b) => b.text)).toEqual(ONE_A_LINE.split('\n'));
  });

  it('leaves the lone line breaks of a text with lines longer than any wrap width', () => {
    const body = [
      'The survey team measured the water at the north pier every hour through the whole of the long winter night and found it still held the salt of',
      'the open sea well into the morning, when the tide turned and the river water came down again.',
    ].join('\n');
    expect(paragraphBlocks(body).map((b) => b.text)).toEqual(body.split('\n'));
  });

  it('keeps a Markdown hard break (two spaces or a backslash at the line end)', () => {
    const body =
      'The quay gates were shut for the whole of the spring tide week  \nand the boats waited outside the bar for the water to fall.';
    expect(paragraphBlocks(body)).toHaveLength(2);
  });
});

describe('a hard-wrapped article', () => {
  it('is cut into whole sentences, a name across a line break kept whole', () => {
    const sentences = splitSentences('lighthouse', WRAPPED);
    expect(sentences).toHaveLength(8);
    const led = sentences.find((s) => s.text.startsWith('The engineers were led'))!;
    expect(led.text).toBe(
      'The engineers were led by Tamsin Okonkwo-Reyes, who came to the project from a bridge firm and redrew the lamp room in its first winter.',
    );
    expect(WRAPPED.slice(led.start, led.end).replaceAll('\n', ' ')).toBe(led.text);
  });

  it('answers from it with the whole sentence as the excerpt', () => {
    const file = parseArticleFile('lighthouse.md', new TextEncoder().encode(`---\ntitle: Marlow Bay light lit\n---\n\n${WRAPPED}\n`));
    if (!('body' in file)) throw new Error(file.reason);
    const story = oneArticleStory('lighthouse', 'Marlow Bay light lit', file.body);
    const answer = answerQuestion(story, 'Who led the engineers?');
    expect(answer.answer?.text).toBe('Tamsin Okonkwo-Reyes');
    expect(answer.excerpts[0]!.text).toBe(
      'The engineers were led by Tamsin Okonkwo-Reyes, who came to the project from a bridge firm and redrew the lamp room in its first winter.',
    );
  });
});
