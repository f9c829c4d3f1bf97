import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented final: two players' ages in one sentence. */
const story = oneArticleStory(
  'final',
  'Final',
  'No chess final had seen two players so far apart in years (Ada Vell was 61, Tam Orrin was 17).',
);

describe('"How old was NAME …"', () => {
  it('is answered by the age given to the person named, not another one beside it', () => {
    expect(answerQuestion(story, 'How old was Tam Orrin in the final?').answer?.text).toBe('17');
    expect(answerQuestion(story, 'How old was Ada Vell in the final?').answer?.text).toBe('61');
  });
});

/** An invented wedding: a count in the lead sentence, the ages in the next, written "N years old". */
const wedding = oneArticleStory(
  'wedding',
  'Wedding',
  'Orla Tellin married Ivo Brandt of Fort Mirela, one of 12 ferrymen who had rowed the Velmian mail across the bay. ' +
    'On the day they wed, Orla was 29 years old and Ivo was 44 years old.',
);

describe('"How old was NAME when …" of an age written "N years old"', () => {
  it('is answered by the span of time written as an age, not a count of the sentence before', () => {
    expect(answerQuestion(wedding, 'How old was Orla Tellin when she married Ivo Brandt?').answer?.text).toMatch(/^29\b/);
    expect(answerQuestion(wedding, 'How old was Ivo Brandt when he married?').answer?.text).toMatch(/^44\b/);
  });
});

/** An invented launch and bone find: ages written with "old" after a span of time, apart and as one hyphened word. */
const launch = oneArticleStory('launch', 'Launch', 'When the ferry Velmia was launched, its builder Orla Tellin was 33 years old.');
const find = oneArticleStory('find', 'Find', 'Divers at Fort Mirela raised a 2.4-million-year-old jawbone from the harbour mud.');

describe('an age written with "old" after its span of time', () => {
  it('is shown with its "old", as a reader writes the age', () => {
    expect(answerQuestion(launch, 'How old was Orla Tellin when the ferry was launched?').answer?.text).toBe('33 years old');
    expect(answerQuestion(find, 'How old was the jawbone?').answer?.text).toBe('2.4-million-year-old');
  });
});
