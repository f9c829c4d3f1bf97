import { tagSentence } from '../../src/nlp/entities.js';

/** The DATE mentions the tagger finds in one sentence, as written (for the date-pass tests). */
export const taggedDates = (text: string): string[] =>
  tagSentence(text)
    .entities.filter((e) => e.type === 'DATE')
    .map((e) => e.text);
