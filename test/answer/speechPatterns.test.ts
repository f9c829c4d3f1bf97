import { describe, expect, it } from 'vitest';
import { reportedIn } from '../../src/answer/speechAnswer.js';
import type { StorySentence } from '../../src/story/story.js';

const sentence = (id: number, text: string): StorySentence =>
  ({ id, text, articleId: 'a', index: id + 1, paragraph: 0, start: 0, end: text.length, entities: [], tokens: [] }) as StorySentence;

/** The patterns of reported speech are made once per spelling and verb family, and kept: none may stand for another. */
describe('reportedIn with its patterns kept between calls', () => {
  const wrote = sentence(0, 'Tova Lindqvist wrote that the ferry timetable would change in June.');
  const said = sentence(1, 'The ferry will run twice a day, Tova Lindqvist said.');

  it('reads the verbs of the family asked, and any verb when none is asked, whatever was asked before', () => {
    expect(reportedIn(wrote, ['Tova Lindqvist'], 'say')).toBeUndefined();
    expect(reportedIn(wrote, ['Tova Lindqvist'], undefined)).toBe('the ferry timetable would change in June');
    expect(reportedIn(wrote, ['Tova Lindqvist'], 'write')).toBe('the ferry timetable would change in June');
    expect(reportedIn(said, ['Tova Lindqvist'], 'write')).toBeUndefined();
    expect(reportedIn(said, ['Tova Lindqvist'], 'say')).toBe('The ferry will run twice a day');
    expect(reportedIn(said, ['Lindqvist'], 'say')).toBe('The ferry will run twice a day');
    expect(reportedIn(said, ['Tova Lindqvistson'], 'say')).toBeUndefined();
  });
});
