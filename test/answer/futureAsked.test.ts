import { describe, expect, it } from 'vitest';
import { futureForPast, otherEventForFuture, pastForFuture } from '../../src/answer/futureAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('pastForFuture', () => {
  const q = 'When will the Orvel pier reopen?';
  const day = '2031-03-16';
  it('holds for a date before the article was published, or written as past', () => {
    expect(pastForFuture(q, 'DATE', '2027', 'The pier was built in 2027.', day)).toBe(true);
    expect(pastForFuture(q, 'DATE', 'last week', 'The pier closed last week.', day)).toBe(true);
    expect(pastForFuture(q, 'DATE', 'two years ago', 'The pier was painted two years ago.', undefined)).toBe(true);
  });
  it('does not hold for a date to come, the day itself, or an undated year', () => {
    expect(pastForFuture(q, 'DATE', 'next month', 'The pier will reopen next month.', day)).toBe(false);
    expect(pastForFuture(q, 'DATE', 'Thursday', 'Work will end on Thursday, the council said.', day)).toBe(false);
    expect(pastForFuture(q, 'DATE', 'March 2031', 'The pier shut in March 2031.', day)).toBe(false);
    expect(pastForFuture(q, 'DATE', '2027', 'The pier was built in 2027.', undefined)).toBe(false);
  });
  it('does not hold for a question on the past, nor an answer that is no date', () => {
    expect(pastForFuture('When did the Orvel pier reopen?', 'DATE', 'last week', 'It reopened last week.', day)).toBe(false);
    expect(pastForFuture('When is the vote expected to take place?', 'DATE', 'last week', 'It was set last week.', day)).toBe(true);
    expect(pastForFuture(q, 'CARDINAL', 'last', 'It is the last pier.', day)).toBe(false);
  });
  it('holds for a question asking how long something is yet to last', () => {
    const howLong = 'How long will the Orvel pier works last?';
    expect(pastForFuture(howLong, 'DATE', 'last week', 'The works began last week.', day)).toBe(true);
    expect(pastForFuture(howLong, 'DATE', 'until May 2032', 'The works will last until May 2032.', day)).toBe(false);
    expect(pastForFuture('How long did the Orvel pier works last?', 'DATE', 'last week', 'They ended last week.', day)).toBe(false);
  });
});

describe('pastForFuture, a date told by a verb in the past', () => {
  // An invented undated story of a harbour vote: the only clue to the past is each sentence's verb.
  const story = oneArticleStory(
    'vote',
    'Vote',
    'As the regatta began Sunday, the mayor spoke. The first vote was held on Sunday. The second vote will be held on Monday. ' +
      'The third vote is set on Tuesday. The fourth vote, scheduled for Friday, was a surprise. The fifth vote begins on Saturday. ' +
      'The crew she beat in the 2029 regatta will row. The Orvel crews race in the 2030 regatta. Velden row in the 2030 regatta.',
  );
  const check = (start: string, written: string) => {
    const sentence = story.sentences.find((s) => s.text.startsWith(start))!;
    return pastForFuture('When will the Orvel vote begin?', 'DATE', written, sentence.text, undefined, sentence.tokens);
  };
  it('holds for a date right after a past verb, or past a preposition', () => {
    expect(check('As the regatta', 'Sunday')).toBe(true);
    expect(check('The first vote', 'Sunday')).toBe(true);
  });
  it('holds for a verb written as its lemma after "he", "she" or "it", whose present would take "-s"', () => {
    expect(check('The crew she beat', '2029')).toBe(true);
  });
  it('does not hold for a verb written as its lemma after a plural or a name (a team may take a plural verb)', () => {
    expect(check('The Orvel crews', '2030')).toBe(false);
    expect(check('Velden row', '2030')).toBe(false);
  });
  it('does not hold after a future or present auxiliary, a date aimed at, or a present verb', () => {
    expect(check('The second vote', 'Monday')).toBe(false);
    expect(check('The third vote', 'Tuesday')).toBe(false);
    expect(check('The fourth vote', 'Friday')).toBe(false);
    expect(check('The fifth vote', 'Saturday')).toBe(false);
  });
});

describe('otherEventForFuture', () => {
  // An invented undated story: a date of one event, told beside another.
  const story = oneArticleStory(
    'pier',
    'Pier',
    'Ada Vell will open the Tolly pier on Friday, as the ferry sails for Orsk. The harbour board meeting is set for Monday. ' +
      'Ivo Brandt won the Orsk regatta on Saturday. The local skipper will meet Bo Lind in the last race on Sunday.',
  );
  const id = (start: string) => story.sentences.find((s) => s.text.startsWith(start))!.id;
  const pier = id('Ada Vell');
  it('holds for a date from a sentence writing neither the verb asked nor a noun or name the question writes', () => {
    expect(otherEventForFuture('When will the ferry return from Velden?', 'DATE', story, pier)).toBe(true);
    expect(otherEventForFuture('When will Ada Vell greet the ferry crew?', 'DATE', story, pier)).toBe(true);
    expect(otherEventForFuture('When will Kai Moss sail against Bo Lind?', 'DATE', story, id('The local skipper'))).toBe(true);
  });
  it('does not hold where the sentence writes the verb, a word WordNet relates to it, or every noun and name', () => {
    expect(otherEventForFuture('When will the ferry sail for Orsk?', 'DATE', story, pier)).toBe(false);
    expect(otherEventForFuture('When will the harbour board meet?', 'DATE', story, id('The harbour board'))).toBe(false);
    expect(otherEventForFuture('When will the ferry depart for Orsk?', 'DATE', story, pier)).toBe(false);
  });
  it('reads a name the sentence before writes as one the sentence may stand for by other words', () => {
    const question = 'When will Brandt sail against Bo Lind in the last race?';
    expect(otherEventForFuture(question, 'DATE', story, id('The local skipper'))).toBe(false);
  });
  it('does not hold for a question on the past, nor an answer that is no date', () => {
    expect(otherEventForFuture('When did the ferry return from Velden?', 'DATE', story, pier)).toBe(false);
    expect(otherEventForFuture('When will the ferry return from Velden?', 'PLACE', story, pier)).toBe(false);
  });
});

describe('futureForPast', () => {
  /** Invented: the tokens and text of one sentence. */
  const told = (question: string, written: string, body: string, type = 'DATE'): boolean => {
    const sentence = oneArticleStory('board', 'Board', body).sentences.at(-1)!;
    return futureForPast(question, type, written, sentence.tokens, sentence.text);
  };
  it('holds for a date the sentence tells as still to come, for a question asking when something last happened', () => {
    expect(told('When did the Orsk harbour board last meet?', 'Friday', 'The Orsk harbour board will meet in Velden on Friday.')).toBe(
      true,
    );
    expect(told('When did the guild last hold a vote?', 'May 4', 'The guild will put the toll to a vote on May 4.')).toBe(true);
    expect(told('When was the ferry race last rowed?', 'this weekend', 'The ferry race will be rowed this weekend, the crews said.')).toBe(
      true,
    );
    expect(told('When did Ada Vell last travel to Orsk?', 'Monday', 'Ada Vell, due to sail for Orsk on Monday, met the crews.')).toBe(true);
    expect(told('When did Ivo Brandt last row at Velden?', 'next week', 'Ivo Brandt rows at Velden next week.')).toBe(true);
  });
  it('holds for a date to come or after "before", for a question asking when something first happened', () => {
    expect(told('When did Ivo Brandt first row at Velden?', 'next week', 'Ivo Brandt rows at Velden next week.')).toBe(true);
    expect(told('When did Ada Vell first sail to Orsk?', 'Monday', 'Ada Vell is expected to sail to Orsk on Monday.')).toBe(true);
    expect(told('When did Ada Vell first meet the board?', 'Friday', 'Ada Vell would meet the board before Friday.')).toBe(true);
  });
  it('holds for a date in a clause after "before", for a question asking when something last happened', () => {
    expect(
      told(
        'When did the Orsk board last meet?',
        'Friday',
        'The Orsk board would meet early this week, before the crews leave for a race at Velden on Friday.',
      ),
    ).toBe(true);
  });
  /** Invented: the sentence's article of Sunday 2031-03-16, and the story's last article of the same day or a later one. */
  const planned = (question: string, written: string, body: string, storyEnd = '2031-03-16'): boolean => {
    const sentence = oneArticleStory('board', 'Board', body).sentences.at(-1)!;
    return futureForPast(question, 'DATE', written, sentence.tokens, sentence.text, { article: '2031-03-16', storyEnd });
  };
  it('holds for a plan date after the story ends, for a question or a /when command asking when a deed was done', () => {
    expect(planned('When did Ada Vell sail to Orsk?', 'Monday', 'Ada Vell is scheduled to sail to Orsk on Monday.')).toBe(true);
    expect(planned('When did the last ferry sail?', 'Friday', 'The last ferry will sail on Friday.')).toBe(true);
    expect(planned('when Ada Vell sailed to Orsk', 'Monday', 'Ada Vell is scheduled to sail to Orsk on Monday.')).toBe(true);
    expect(planned('when the Orsk board met', 'May 4', 'The Orsk board will meet in Velden on May 4.')).toBe(true);
  });
  it('holds for a plan word far before the date in its clause, and for "going to" before a verb', () => {
    expect(
      planned(
        'When did Ada Vell tow the barge to Orsk?',
        'Monday',
        'Ada Vell is scheduled to tow the grain barge of the Velden mill to Orsk on Monday.',
      ),
    ).toBe(true);
    expect(
      planned(
        'When did Ada Vell present the toll plan to the board?',
        'Monday',
        'Ada Vell is going to present the toll plan to the Velden harbour board on Monday.',
      ),
    ).toBe(true);
  });
  it('holds for "will" far before the date when its verb is the only one between, not when another verb dates it', () => {
    expect(
      planned(
        'When did Ada Vell show the toll plan to Ivo Brandt?',
        'Monday',
        'Ada Vell will show the toll plan to Ivo Brandt during a visit to Orsk on Monday.',
      ),
    ).toBe(true);
    expect(
      planned('When did Ada Vell meet the crews?', 'Monday', 'Ada Vell will meet the crews that rowed at the Orsk regatta on Monday.'),
    ).toBe(false);
  });
  it('is false for "going to" a place, and for a plan word past a clause mark', () => {
    expect(planned('When did Ada Vell sail to Orsk?', 'Monday', 'Ada Vell was going to Orsk on Monday.')).toBe(false);
    expect(
      planned(
        'When did Ada Vell tow the barge to Orsk?',
        'Monday',
        'Ada Vell was scheduled to row, and met the harbour master Ivo Brandt in Orsk on Monday.',
      ),
    ).toBe(false);
  });
  it('is false for a deed planned for a day the story goes past, or in an undated story', () => {
    expect(planned('When did Ada Vell sail to Orsk?', 'Monday', 'Ada Vell is scheduled to sail to Orsk on Monday.', '2031-03-30')).toBe(
      false,
    );
    expect(told('When did Ada Vell sail to Orsk?', 'Monday', 'Ada Vell is scheduled to sail to Orsk on Monday.')).toBe(false);
  });
  it('is false for a /when command whose auxiliary or present verb comes first, and for a deed told as past', () => {
    expect(planned('when the Velden regatta was rowed', 'Sunday', "The crews will row in next Sunday's Velden regatta.")).toBe(false);
    expect(planned('when the crews will row at Velden', 'Monday', 'The crews will row at Velden on Monday.')).toBe(false);
    expect(planned('when Ada Vell sailed to Orsk', 'Monday', 'Ada Vell sailed to Orsk on Monday.')).toBe(false);
  });
  it('is false for a first asked by "was" or "does", and for a first told as past', () => {
    expect(told('When was the Velden regatta first rowed?', 'next week', 'The first Velden regatta will be rowed next week.')).toBe(false);
    expect(told('When does Ivo Brandt first row at Velden?', 'next week', 'Ivo Brandt rows at Velden next week.')).toBe(false);
    expect(told('When did Ivo Brandt first row at Velden?', 'May', 'Ivo Brandt first rowed at Velden in May.')).toBe(false);
  });
  it('is false for a date told as past, the next day of a past one, or after a clause mark', () => {
    expect(told('When did the Orsk harbour board last meet?', 'Friday', 'The Orsk harbour board met in Velden on Friday.')).toBe(false);
    expect(told('When did Ada Vell last leave Orsk?', 'the next day', 'Ada Vell reached Orsk in May and left the next day.')).toBe(false);
    expect(told('When did the board last meet?', 'Friday', 'The guild will vote in May; the board met on Friday.')).toBe(false);
  });
  it('is false for a question asked by "was", a plan or the future, and for an answer that is no date', () => {
    expect(told('When was the Velden final?', 'Sunday', "Ada Vell will row against Ivo Brandt in Sunday's Velden final.")).toBe(false);
    expect(told('When was the board last scheduled to meet?', 'Friday', 'The board will meet on Friday.')).toBe(false);
    expect(told('When will the board last meet?', 'Friday', 'The board will meet on Friday.')).toBe(false);
    expect(told('When did the board last meet?', 'four', 'The board will meet four times.', 'CARDINAL')).toBe(false);
  });
});
