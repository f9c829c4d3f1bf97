import { describe, expect, it } from 'vitest';
import { answerKind } from '../../src/answer/answerKind.js';

describe('answerKind: a what/which question with a when- or where-clause', () => {
  it('asks for the thing, not the time its clause names', () => {
    expect(answerKind('ask', 'What happens when the ice floes of Lake Orvell collide?')).toBe('other');
    expect(answerKind('ask', 'What did the Varnholt ferrymen carry when the bridge closed?')).toBe('other');
  });

  it('asks for the thing, not the place its clause names', () => {
    expect(answerKind('ask', 'Which cargo was unloaded where the canal meets the river?')).toBe('other');
  });

  it('asks for the thing, not a person, when a who-clause describes someone', () => {
    expect(answerKind('ask', 'What does a ferryman who passes the Orvell exam receive?')).toBe('other');
    expect(answerKind('ask', 'What did the Varnholt Who Society publish?')).toBe('other');
  });

  it('reads a capitalised question word after another word as part of a name, not as a question', () => {
    expect(answerKind('ask', 'In what episode did Captain Who lose the Orvell key?')).toBe('other');
    expect(answerKind('ask', 'Which firm relaunched Where Rivers Meet?')).toBe('other');
    expect(answerKind('ask', 'Tell me who met Captain Who at the Orvell lock')).toBe('person');
  });

  it('still reads a date or a place that the what-phrase itself asks for', () => {
    expect(answerKind('ask', 'What year did the Varnholt ferry sink?')).toBe('date');
    expect(answerKind('ask', 'What city did the ferry sail from when it sank?')).toBe('place');
  });

  it('reads the clause words after a what or which that a phrase with no comma comes before', () => {
    expect(answerKind('ask', 'In what episode did the captain meet someone who rowed?')).toBe('other');
    expect(answerKind('ask', 'At first what did the Varnholt ferrymen fear when the bridge closed?')).toBe('other');
    expect(answerKind('ask', 'The Orvell barge was carrying what cargo when it sank?')).toBe('other');
    expect(answerKind('ask', 'In which dock did the ferry moor where the canal narrows?')).toBe('other');
  });

  it('reads an opening when-clause that ends at a comma before a later what, which or how as setting the scene', () => {
    expect(answerKind('ask', 'When the Orvell lock floods, the ferrymen move to what shed?')).toBe('other');
    expect(answerKind('ask', 'When the lock floods, the ferrymen rest, when the tide turns they row to what quay?')).toBe('other');
    expect(answerKind('ask', 'When the Orvell lock floods, the ferrymen hire how many porters?')).toBe('number');
    // A when-question with its verb inverted still asks the time.
    expect(answerKind('ask', 'When did the Orvell lock flood, and what did it cost?')).toBe('date');
  });

  it('still reads when and where anywhere in a question that does not open with what or which', () => {
    expect(answerKind('ask', 'Tell me when the Varnholt ferry sank')).toBe('date');
    expect(answerKind('ask', 'And where did the ferry sink?')).toBe('place');
  });
});

describe('answerKind: a how-question with a who-, when- or where-clause', () => {
  it('asks a manner, not the person, time or place its clause names', () => {
    expect(answerKind('ask', 'How were the men who kept the Orvell locks regarded?')).toBe('other');
    expect(answerKind('ask', 'How do the Varnholt councillors vote when the hall divides?')).toBe('other');
    expect(answerKind('ask', 'How did the ferry sail where the canal narrows?')).toBe('other');
  });

  it('still reads a time joined to "how", and a measure the how-phrase asks', () => {
    expect(answerKind('ask', 'How and when did the Varnholt ferry sink?')).toBe('date');
    expect(answerKind('ask', 'How many ferrymen rowed when the bridge closed?')).toBe('number');
  });
});
