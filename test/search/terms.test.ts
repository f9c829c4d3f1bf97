import { describe, expect, it } from 'vitest';
import { questionFrameWords } from '../../src/search/terms.js';

describe('questionFrameWords', () => {
  it('takes "located / situated / based" of a where-question as frame, not as a word to find', () => {
    expect(questionFrameWords('Where was the old tannery located?')).toContain('located');
    expect(questionFrameWords('Where is the rowing club based?')).toContain('based');
    // Elsewhere they are the question's own words.
    expect(questionFrameWords('Which mill was located near the ford?').has('located')).toBe(false);
  });
});
