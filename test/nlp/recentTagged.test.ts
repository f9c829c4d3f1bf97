import { expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';

it('gives a text asked for again its kept reading, and reads it afresh once other texts have pushed it out', () => {
  const question = 'Who rowed the barge to Quell on Tuesday?';
  const first = tagSentence(question);
  expect(tagSentence(question)).toBe(first);
  for (let i = 0; i < 12; i += 1) tagSentence(`The barge left pier ${i} at dawn.`);
  const again = tagSentence(question);
  expect(again).not.toBe(first);
  expect(again).toEqual(first);
});
