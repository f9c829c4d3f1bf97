import { describe, expect, it } from 'vitest';
import { reportedIn, reportPatternsKept, speechVerbIn } from '../../src/answer/speechAnswer.js';
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

describe('reportedIn on a sentence with no verb of the family', () => {
  it('compiles no pattern for a speaker named in a sentence without a verb of the family, and reads one with it', () => {
    const named = sentence(2, 'Orrin Vale, the harbour master, added a second ferry to the timetable.');
    const before = reportPatternsKept();
    expect(reportedIn(named, ['Orrin Vale'], 'say')).toBeUndefined();
    expect(reportPatternsKept()).toBe(before);
    expect(reportedIn(named, ['Orrin Vale'], 'add')).toBe('a second ferry to the timetable');
    expect(reportPatternsKept()).toBe(before + 1);
  });

  it('finds a verb of the family only after white space and before a word’s end, as both patterns need', () => {
    expect(speechVerbIn('The mayor said so.', 'say')).toBe(true);
    expect(speechVerbIn('The mayor said so.', undefined)).toBe(true);
    expect(speechVerbIn('The mayor said so.', 'write')).toBe(false);
    expect(speechVerbIn('Their sayings were kept.', 'say')).toBe(false);
    expect(speechVerbIn('"Said the mayor.', 'say')).toBe(false);
    expect(speechVerbIn('The letter was written\tthen.', 'write')).toBe(true);
  });
});
