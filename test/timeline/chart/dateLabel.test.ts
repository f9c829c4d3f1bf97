import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../../src/timeline/chart/dateLabel.js';

describe('dateLabel', () => {
  it('writes a day with its weekday, and the year only when asked', () => {
    expect(dateLabel({ date: '2031-03-14', precision: 'day' }, false)).toEqual({ main: 'Fri 14 Mar', note: '' });
    expect(dateLabel({ date: '2031-03-14', precision: 'day' }, true)).toEqual({ main: 'Fri 14 Mar', note: '2031' });
  });

  it('writes a week and a weekend as their span', () => {
    expect(dateLabel({ date: '2031-03-10', precision: 'week' }, false)).toEqual({ main: '10–16 Mar', note: 'week' });
    expect(dateLabel({ date: '2031-03-15', precision: 'week' }, false)).toEqual({ main: '15–16 Mar', note: 'weekend' });
    expect(dateLabel({ date: '2031-03-31', precision: 'week' }, false).main).toBe('31 Mar–6 Apr');
  });

  it('writes a month and a year, and puts the relation first in the note', () => {
    expect(dateLabel({ date: '2031-03', precision: 'month', relation: 'before' }, true)).toEqual({ main: 'Mar', note: 'before · 2031' });
    expect(dateLabel({ date: '2031', precision: 'year', relation: 'about' }, true)).toEqual({ main: '2031', note: 'about' });
  });
});
