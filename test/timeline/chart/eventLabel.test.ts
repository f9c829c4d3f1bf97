import { describe, expect, it } from 'vitest';
import { eventLabel } from '../../../src/timeline/chart/eventLabel.js';

describe('eventLabel', () => {
  it('drops a leading date phrase and capitalises what follows', () => {
    expect(eventLabel({ text: 'On Monday, the harbour council approved the new pier.', dateText: 'On Monday' })).toBe(
      'The harbour council approved the new pier.',
    );
  });

  it('drops a date phrase inside the sentence with its preposition', () => {
    expect(eventLabel({ text: 'The choir will sing in the square on Saturday evening.', dateText: 'Saturday' })).toBe(
      'The choir will sing in the square evening.',
    );
    expect(eventLabel({ text: 'The ferry sailed before dawn on 3 May.', dateText: 'on 3 May' })).toBe('The ferry sailed before dawn.');
  });

  it('drops each event’s own date phrase when events of several dates are labelled in turn', () => {
    for (const day of ['Monday', 'Tuesday', 'Monday', 'Wednesday']) {
      const other = day === 'Tuesday' ? 'Monday' : 'Tuesday';
      expect(eventLabel({ text: `On ${day}, the Velden quay reopened, not on ${other}.`, dateText: `On ${day}` })).toBe(
        `The Velden quay reopened, not on ${other}.`,
      );
    }
  });

  it('removes quote marks and a leading conjunction', () => {
    expect(eventLabel({ text: 'And on Friday "the lights went out," a keeper said.', dateText: 'on Friday' })).toBe(
      'The lights went out, a keeper said.',
    );
  });

  it('keeps, of a long sentence, the clause with the date and what a relative clause hangs on', () => {
    const text =
      'The old lighthouse, which was first lit in 1890 by a keeper who rowed out every night, will close for good, the harbour board said in a statement that also thanked the volunteers.';
    expect(eventLabel({ text, dateText: 'in 1890' })).toMatch(/^The old lighthouse, which was first lit by a keeper/);
    expect(eventLabel({ text, dateText: 'in 1890' })).not.toMatch(/volunteers/);
  });
});
