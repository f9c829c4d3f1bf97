import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatResolvedDate, resolveDate } from '../../src/nlp/resolveDate.js';
import type { ResolvedDate } from '../../src/nlp/resolveDate.js';

/** A Sunday. */
const SUNDAY = '2031-11-30';
/** A Wednesday. */
const WEDNESDAY = '2031-12-03';

/** Resolve and keep only the calendar part, for compact expectations. */
function at(dateText: string, sentence: string, published: string | undefined = SUNDAY): Omit<ResolvedDate, 'text'> | null {
  const r = resolveDate(dateText, sentence, published);
  if (!r) return null;
  const { text: _text, ...rest } = r;
  return rest;
}

const day = (date: string): Omit<ResolvedDate, 'text'> => ({ date, precision: 'day' });
const week = (date: string): Omit<ResolvedDate, 'text'> => ({ date, precision: 'week' });

describe('weekday names, published on a Sunday', () => {
  it('a past-tense sentence puts the weekday on the nearest earlier such day', () => {
    expect(at('Friday', 'On Friday, the water board announced a rise in fares after a dry summer emptied the reservoirs.')).toEqual(
      day('2031-11-28'),
    );
    expect(at('Thursday', 'Mayor Ilse Varga said Thursday that the new budget was "a fair compromise."')).toEqual(day('2031-11-27'));
    expect(at('Tuesday', 'The coach told reporters Tuesday that two players would rest in the cup match this week.')).toEqual(
      day('2031-11-25'),
    );
    expect(at('Saturday', 'In a radio interview Saturday, the coach said his squad was "tired but hungry."')).toEqual(day('2031-11-29'));
    expect(at('Saturday', 'A power cut Saturday across the eastern suburbs of Tolvik left 4,000 homes dark, the utility said.')).toEqual(
      day('2031-11-29'),
    );
  });

  it('a weekday followed by night or morning is that same day', () => {
    const r = resolveDate('Saturday', 'In her Saturday night address, she thanked the rescue crews.', SUNDAY);
    expect(r).toEqual({ date: '2031-11-29', precision: 'day', text: 'Saturday night' });
    expect(at('Sunday morning', 'Officials met Sunday morning.')).toEqual(day('2031-11-30'));
  });

  it("the published day's own weekday is the published day", () => {
    expect(at('Sunday', 'The rowing crews finished a ten-kilometre race Sunday on the lake at Tolvik.')).toEqual(day('2031-11-30'));
    expect(at('Sunday', 'The striker told reporters on Sunday that he felt "ready to play again".')).toEqual(day('2031-11-30'));
    expect(at('Sunday', "The ministry hoped to settle the details during Sunday's meeting.")).toEqual(day('2031-11-30'));
  });

  it('a sentence about the future puts the weekday on the nearest later such day', () => {
    expect(at('Monday', 'The ferry is due to sail for the islands on Monday, the harbour office said.')).toEqual(day('2031-12-01'));
    expect(at('Monday', 'The choir, for its part, is set to perform in Tolvik on Monday before a home crowd.')).toEqual(day('2031-12-01'));
    expect(
      at('Monday', 'The two judges, who watched the race on Sunday, are expected to travel north on Monday for the final heats.'),
    ).toEqual(day('2031-12-01'));
    expect(at('Thursday', 'The club said that its manager will meet the owners before leaving for a tour on Thursday.')).toEqual(
      day('2031-12-04'),
    );
    expect(at('Thursday', 'The repairs should be finished early this week, before the inspectors arrive on Thursday.')).toEqual(
      day('2031-12-04'),
    );
  });

  it('"before Thursday" in a future sentence is before the coming Thursday, and the text includes "before"', () => {
    expect(resolveDate('Thursday', 'The board will vote before Thursday, when the chair leaves for a conference.', SUNDAY)).toEqual({
      date: '2031-12-04',
      precision: 'day',
      relation: 'before',
      text: 'before Thursday',
    });
  });

  it('"last", "next" and "this coming" decide the direction outright', () => {
    expect(at('last Friday', 'He said last Friday that talks had stalled.')).toEqual(day('2031-11-28'));
    expect(at('last Sunday', 'He spoke last Sunday.')).toEqual(day('2031-11-23'));
    expect(at('next Sunday', 'He speaks next Sunday.')).toEqual(day('2031-12-07'));
    expect(at('Friday', 'The vote was moved to this coming Friday.')).toEqual(day('2031-12-05'));
  });

  it('a weekday cannot be placed without a published date', () => {
    expect(resolveDate('Friday', 'On Friday, the mayor opened the bridge.')).toBeNull();
    expect(resolveDate('Friday', 'On Friday, the mayor opened the bridge.', 'not a date')).toBeNull();
  });
});

describe('weekday names, published on a Wednesday', () => {
  it('resolves past, current and future weekdays around the Wednesday', () => {
    expect(at('Monday', 'On Monday, the minister said the plan was dead.', WEDNESDAY)).toEqual(day('2031-12-01'));
    expect(at('Sunday', 'Attacks on Sunday killed five people.', WEDNESDAY)).toEqual(day('2031-11-30'));
    expect(at('Wednesday', 'The minister spoke Wednesday.', WEDNESDAY)).toEqual(day('2031-12-03'));
    expect(at('Friday', 'The minister will meet his counterpart on Friday.', WEDNESDAY)).toEqual(day('2031-12-05'));
    expect(at('Monday', 'Talks resume Monday in Lisbon.', WEDNESDAY)).toEqual(day('2031-12-08'));
  });

  it('a verb written alike in past and present ("quit", "set") after a singular subject is the past', () => {
    expect(at('Friday', 'The goalkeeper quit on Friday after the cup defeat.', WEDNESDAY)).toEqual(day('2031-11-28'));
    expect(at('Monday', 'Marsk set the date on Monday.', WEDNESDAY)).toEqual(day('2031-12-01'));
    // A plural subject leaves the form ambiguous: the present reading (the coming day) stands.
    expect(at('Friday', 'The unions quit on Friday.', WEDNESDAY)).toEqual(day('2031-12-05'));
  });

  it('a noun after a preposition that the tagger takes for a verb ("over pay") shows no tense', () => {
    expect(at('Monday', 'Bus drivers in Tolvik walked out on Monday over pay.', WEDNESDAY)).toEqual(day('2031-12-01'));
    expect(at('Monday', 'Ferry crews went on strike on Monday over pay cuts.', WEDNESDAY)).toEqual(day('2031-12-01'));
    // The verb of the sentence still decides when it tells of the coming day.
    expect(at('Monday', 'Bus drivers in Tolvik walk out on Monday over pay.', WEDNESDAY)).toEqual(day('2031-12-08'));
  });

  it('a plural noun after a count, "the" or a possessive that the tagger takes for a verb ("five straight defeats") shows no tense', () => {
    expect(at('Monday', 'Tolvik Athletic sacked their coach Ivo Brandt on Monday after five straight defeats.', WEDNESDAY)).toEqual(
      day('2031-12-01'),
    );
    expect(at('Monday', 'The club fired Ivo Brandt on Monday after their defeats.', WEDNESDAY)).toEqual(day('2031-12-01'));
    // A verb after one, or after a pronoun, still tells the tense.
    expect(at('Monday', 'The club plays Ivo Brandt on Monday, and this one counts.', WEDNESDAY)).toEqual(day('2031-12-08'));
  });
});

describe('a participle after a noun (a reduced relative)', () => {
  const may = '2031-05-14'; // a Wednesday

  it('a past participle dates a past act, whatever the tense of the main clause', () => {
    expect(at('Monday', 'Dock workers praised the accord on wages reached on Monday with the shippers.', may)).toEqual(day('2031-05-12'));
    expect(at('May 12', 'Dock workers praised the accord on wages reached on May 12 with the shippers.', may)).toEqual(day('2031-05-12'));
    expect(at('Monday', 'The truce agreed on Monday holds for a month.', may)).toEqual(day('2031-05-12'));
    expect(at('Monday', 'The footbridge built on Monday is open to walkers.', may)).toEqual(day('2031-05-12'));
    // "was / were" + participle is the past too.
    expect(at('Monday', 'The truce was agreed on Monday.', may)).toEqual(day('2031-05-12'));
    expect(at('Monday', 'The permits were granted on Monday.', may)).toEqual(day('2031-05-12'));
  });

  it('a participle of scheduling with "for" dates an act to come', () => {
    expect(at('Monday', 'Rowers welcome the trials scheduled for Monday.', may)).toEqual(day('2031-05-19'));
    expect(at('Monday', 'Farmers discuss the auction planned for Monday.', may)).toEqual(day('2031-05-19'));
    expect(at('May 12', 'Members back the ballot set for May 12.', may)).toEqual(day('2032-05-12'));
    expect(at('Monday', 'The hearing is due on Monday.', may)).toEqual(day('2031-05-19'));
  });

  it('and with "on" when the participle only schedules ("scheduled on"), not when it dates an act ("set on")', () => {
    expect(at('Thursday', 'The talks scheduled on Thursday will decide the future of the mill.', may)).toEqual(day('2031-05-15'));
    expect(at('Monday', 'Rowers welcome the trials slated on Monday.', may)).toEqual(day('2031-05-19'));
    expect(at('Monday', 'The record set on Monday still stands.', may)).toEqual(day('2031-05-12'));
  });
});

describe('days named relative to publication', () => {
  it('today and tonight are the published day, yesterday one before, tomorrow one after', () => {
    expect(at('today', '"We made real headway today, but there is still a lot to settle."')).toEqual(day('2031-11-30'));
    expect(at('tonight', 'He will address the nation tonight.')).toEqual(day('2031-11-30'));
    expect(at('yesterday', 'The minister resigned yesterday.')).toEqual(day('2031-11-29'));
    expect(at('last night', 'Drones struck the city last night.')).toEqual(day('2031-11-29'));
    expect(at('tomorrow', 'The delegation flies home tomorrow.')).toEqual(day('2031-12-01'));
    expect(at('yesterday', 'The minister resigned yesterday.', WEDNESDAY)).toEqual(day('2031-12-02'));
  });

  it('they cannot be placed without a published date', () => {
    expect(resolveDate('today', 'We made headway today.')).toBeNull();
    expect(resolveDate('yesterday', 'The minister resigned yesterday.', undefined)).toBeNull();
  });
});

describe('weeks', () => {
  it('"this week" is the ISO week containing the published date, dated by its Monday', () => {
    expect(at('This week', 'This week alone, the clinic has treated more than 200 flu patients.')).toEqual(week('2031-11-24'));
    expect(at('this week', 'Talks continue this week.', WEDNESDAY)).toEqual(week('2031-12-01'));
  });

  it('on a Sunday, a "this week" still to come is the week starting the next day', () => {
    expect(at('this week', 'Work on the bridge would go on when the crane arrives this week.')).toEqual(week('2031-12-01'));
    expect(at('this week', 'The tastings will resume later this week, when the chef returns from Lyon.')).toEqual(week('2031-12-01'));
  });

  it('"last week" is the previous ISO week and "next week" the following one', () => {
    expect(at('last week', 'The coach announced last week that the team would be picked only after the final training session.')).toEqual(
      week('2031-11-17'),
    );
    expect(at('last week', "Most entries were judged during last week's Tolvik fair.")).toEqual(week('2031-11-17'));
    expect(at('next week', 'They meet again next week.', WEDNESDAY)).toEqual(week('2031-12-08'));
  });

  it('"a week earlier" and "a week ago" are about seven days before publication, at day precision', () => {
    const about = { date: '2031-11-23', precision: 'day', relation: 'about' };
    expect(resolveDate('one week', 'The twins had raced each other in Tolvik just one week earlier.', SUNDAY)).toEqual({
      ...about,
      text: 'just one week earlier',
    });
    expect(resolveDate('a week earlier', 'They built on a trial held in Tolvik a week earlier.', SUNDAY)).toEqual({
      ...about,
      text: 'a week earlier',
    });
    expect(resolveDate('week', 'She had led the crew, rowing with the juniors in Tolvik just a week earlier.', SUNDAY)).toEqual({
      ...about,
      text: 'just a week earlier',
    });
    expect(resolveDate('a week ago', 'The bakery had reopened in Tolvik only a week ago.', SUNDAY)).toEqual({
      ...about,
      text: 'only a week ago',
    });
    expect(at('about a week ago', 'He arrived about a week ago.', WEDNESDAY)).toEqual({ ...day('2031-11-26'), relation: 'about' });
  });

  it('other counts from publication: days ago are exact, months and years are approximate', () => {
    expect(at('two days ago', 'Two days ago, the ceasefire collapsed.', WEDNESDAY)).toEqual(day('2031-12-01'));
    expect(at('in two days', 'The vote comes in two days.', WEDNESDAY)).toEqual(day('2031-12-05'));
    expect(at('a month ago', 'A month ago, he resigned.', WEDNESDAY)).toEqual({ date: '2031-11', precision: 'month', relation: 'about' });
    expect(at('two years ago', 'Two years ago, the dam burst.')).toEqual({ date: '2029', precision: 'year', relation: 'about' });
  });

  it('a count relative to some other event ("a week later") cannot be placed', () => {
    expect(resolveDate('a week later', 'A week later, he quit.', SUNDAY)).toBeNull();
    expect(resolveDate('two days', 'Two days before the vote, he quit.', SUNDAY)).toBeNull();
  });
});

describe('weekends', () => {
  it('a weekend is dated by its Saturday at week precision', () => {
    expect(at('over the weekend', 'She phoned the OECD head over the weekend and posted online.')).toEqual(week('2031-11-29'));
    expect(at('this weekend', 'Strikes hit the capital this weekend.')).toEqual(week('2031-11-29'));
    expect(at('last weekend', 'Storms hit the coast last weekend.')).toEqual(week('2031-11-22'));
  });

  it('on a weekday, the past tense means the weekend just gone and the future the coming one', () => {
    expect(at('over the weekend', 'She phoned the OECD head over the weekend.', WEDNESDAY)).toEqual(week('2031-11-29'));
    expect(at('the weekend', 'He will rest over the weekend.', WEDNESDAY)).toEqual(week('2031-12-06'));
    expect(at('this weekend', 'Crowds are expected this weekend.', WEDNESDAY)).toEqual(week('2031-12-06'));
    expect(at('last weekend', 'Storms hit the coast last weekend.', WEDNESDAY)).toEqual(week('2031-11-29'));
  });
});

describe('absolute dates', () => {
  it('full dates in day-month-year, month-day-year and ISO order', () => {
    expect(
      at('17 October 2019', 'The drought, which began with a failed rainy season on 17 October 2019, has ruined thousands of farms.'),
    ).toEqual(day('2019-10-17'));
    expect(at('October 17, 2019', 'The drought began October 17, 2019.')).toEqual(day('2019-10-17'));
    expect(at('Oct. 17, 2019', 'The drought began on Oct. 17, 2019.')).toEqual(day('2019-10-17'));
    expect(at('2019-10-17', 'The drought began on 2019-10-17.')).toEqual(day('2019-10-17'));
    expect(at('Monday, Nov. 24', 'He spoke on Monday, Nov. 24.')).toEqual(day('2031-11-24'));
  });

  it('years and months', () => {
    expect(at('2009', 'The feud dates back to 2009, when the mill closed.')).toEqual({ date: '2009', precision: 'year' });
    expect(at('2019', 'The floods came in 2019.')).toEqual({ date: '2019', precision: 'year' });
    expect(at('in 2019', 'The floods came in 2019.')).toEqual({ date: '2019', precision: 'year' });
    expect(at('mid-2009', 'By mid-2009 the strike had spread.')).toMatchObject({ date: '2009', precision: 'year' });
    expect(at('March 2009', 'The mill closed in March 2009.')).toEqual({ date: '2009-03', precision: 'month' });
    expect(at('last year', 'Exports fell last year.', WEDNESDAY)).toEqual({ date: '2030', precision: 'year' });
    expect(at('earlier this month', 'He resigned earlier this month.', WEDNESDAY)).toEqual({ date: '2031-12', precision: 'month' });
  });

  it('a day or month without a year takes the published year, unless that is more than about six months ahead', () => {
    expect(at('November 30', 'The talks opened November 30.')).toEqual(day('2031-11-30'));
    expect(at('Feb. 21', 'The town festival is held Feb. 21.', '2032-01-10')).toEqual(day('2032-02-21'));
    expect(at('July 20', 'A deadline of July 20 was mentioned.', '2032-01-10')).toEqual(day('2031-07-20'));
    expect(at('March', 'In March, he said the strike would end.')).toEqual({ date: '2031-03', precision: 'month' });
    expect(at('March', 'He will visit the capital in March.')).toEqual({ date: '2032-03', precision: 'month' });
    expect(at('January 5', 'The law will take effect on January 5.', WEDNESDAY)).toEqual(day('2032-01-05'));
    expect(at('January 5', 'The law took effect on January 5.', WEDNESDAY)).toEqual(day('2031-01-05'));
  });

  it('a day written as a word is a day, and a scheduled date is the nearest of its name', () => {
    const april = '1999-04-13';
    expect(at('May', 'The board will meet on May one.', april)).toEqual(day('1999-05-01'));
    expect(at('May one', 'The board met on May one.', april)).toEqual(day('1998-05-01'));
    expect(at('March', 'The letter was signed on March nine.', april)).toEqual(day('1999-03-09'));
    expect(at('May 7', 'The league moved the deadline to May 7.', april)).toEqual(day('1999-05-07'));
    expect(at('April 27', 'The council voted to delay the hearing scheduled for April 27.', april)).toEqual(day('1999-04-27'));
  });

  it('a date scheduled in the present tense lies ahead, one scheduled in the past stays the nearest', () => {
    const april = '2031-04-13';
    expect(at('December 10', 'The summit is planned for December 10.', april)).toEqual(day('2031-12-10'));
    expect(at('December 10', 'The rally is due on December 10.', april)).toEqual(day('2031-12-10'));
    expect(at('December 10', 'The summit was planned for December 10.', april)).toEqual(day('2030-12-10'));
    expect(at('December 10', 'The vote, scheduled for December 10, was postponed.', april)).toEqual(day('2030-12-10'));
  });

  it('absolute dates resolve without a published date; yearless ones do not', () => {
    expect(resolveDate('17 October 2019', 'The drought began on 17 October 2019.')).toEqual({
      date: '2019-10-17',
      precision: 'day',
      text: '17 October 2019',
    });
    expect(resolveDate('2009', 'The feud dates back to 2009.')).toMatchObject({ date: '2009', precision: 'year' });
    expect(resolveDate('November 30', 'The talks opened November 30.')).toBeNull();
  });

  it('decades, ranges and impossible dates are not placed', () => {
    expect(resolveDate('the 1990s', 'The region was calm in the 1990s.', SUNDAY)).toBeNull();
    expect(resolveDate('2009-2010', 'Strikes dragged on in 2009-2010.', SUNDAY)).toBeNull();
    expect(resolveDate('February 30, 2019', 'on February 30, 2019', SUNDAY)).toBeNull();
  });
});

describe('relations', () => {
  it('"before", "by" and "until" give before; "after" and "since" give after', () => {
    expect(at('by Thursday', 'The parties must agree by Thursday.')).toEqual({ ...day('2031-12-04'), relation: 'before' });
    expect(at('Thursday', 'The parties must agree by Thursday.')).toEqual({ ...day('2031-12-04'), relation: 'before' });
    expect(at('since 2009', 'Shortages have continued since 2009.')).toEqual({ date: '2009', precision: 'year', relation: 'after' });
    expect(resolveDate('2009', 'Shortages have continued since 2009.', SUNDAY)).toMatchObject({ relation: 'after', text: 'since 2009' });
    expect(at('Friday', 'After Friday, the talks stalled.')).toEqual({ ...day('2031-11-28'), relation: 'after' });
  });

  it('"about", "around", "roughly" and "nearly" give about', () => {
    expect(at('around 2010', 'The pipeline was built around 2010.')).toEqual({ date: '2010', precision: 'year', relation: 'about' });
    expect(at('2010', 'The pipeline was built roughly 2010.')).toEqual({ date: '2010', precision: 'year', relation: 'about' });
  });

  it('"by" before a possessive weekday names an agent, not a deadline', () => {
    expect(at('Saturday', "Three people were killed by Saturday's strike.")).toEqual(day('2031-11-29'));
  });
});

describe('mentions that cannot be placed', () => {
  it('durations and frequencies give null', () => {
    expect(resolveDate('two weeks', 'The vote follows two weeks of heated debate.', SUNDAY)).toBeNull();
    expect(resolveDate('90 days', 'The ruling obliged the council to hold a vote within 90 days.', SUNDAY)).toBeNull();
    expect(resolveDate('six hours', 'They held about six hours of talks Sunday.', SUNDAY)).toBeNull();
    expect(resolveDate('year', "Norway's thanks for help through the nearly 4-year drought.", SUNDAY)).toBeNull();
    expect(resolveDate('nearly 4-year', "Norway's thanks for help through the nearly 4-year drought.", SUNDAY)).toBeNull();
    expect(resolveDate('coming days', 'In the coming days the board hopes to settle the details.', SUNDAY)).toBeNull();
    expect(resolveDate('day', "We must improve the harbour's safety every single day.", SUNDAY)).toBeNull();
    expect(resolveDate('daily', 'Drones strike the city daily.', SUNDAY)).toBeNull();
  });

  it('a clock time or part of day on its own gives null, but a clock time beside a day keeps the day', () => {
    expect(resolveDate('4 p.m.', 'The vote starts at 4 p.m.', SUNDAY)).toBeNull();
    expect(resolveDate('night', 'In her Saturday night address, she thanked the crews.', SUNDAY)).toBeNull();
    expect(at('Sunday at 4 p.m.', 'The vote is set for Sunday at 4 p.m.')).toEqual(day('2031-11-30'));
  });

  it('a mention missing from the sentence is still read on its own', () => {
    expect(resolveDate('17 October 2019', '', SUNDAY)).toMatchObject({ date: '2019-10-17', text: '17 October 2019' });
    expect(resolveDate('yesterday', 'An unrelated sentence.', SUNDAY)).toMatchObject({ date: '2031-11-29' });
  });
});

describe('formatResolvedDate', () => {
  it('labels each precision readably, with the relation as a prefix', () => {
    expect(formatResolvedDate({ date: '2031-11-30', precision: 'day', text: 'Sunday' })).toBe('Sun 30 Nov 2031');
    expect(formatResolvedDate({ date: '2031-11-24', precision: 'week', text: 'this week' })).toBe('week of 24 Nov 2031');
    expect(formatResolvedDate({ date: '2031-11-29', precision: 'week', text: 'over the weekend' })).toBe('weekend of 29 Nov 2031');
    expect(formatResolvedDate({ date: '2031-11', precision: 'month', text: 'November' })).toBe('Nov 2031');
    expect(formatResolvedDate({ date: '2009', precision: 'year', text: '2009' })).toBe('2009');
    expect(formatResolvedDate({ date: '2031-12-04', precision: 'day', relation: 'before', text: 'before Thursday' })).toBe(
      'before Thu 4 Dec 2031',
    );
    expect(formatResolvedDate({ date: '2031-11-23', precision: 'day', relation: 'about', text: 'a week ago' })).toBe(
      'about Sun 23 Nov 2031',
    );
    expect(formatResolvedDate({ date: '2009', precision: 'year', relation: 'after', text: 'since 2009' })).toBe('after 2009');
  });

  it('formats what resolveDate returns', () => {
    const r = resolveDate('Thursday', 'The board will vote before Thursday, when the chair leaves for a conference.', SUNDAY);
    expect(r && formatResolvedDate(r)).toBe('before Thu 4 Dec 2031');
  });
});

/** Whether `r` is null or a well-formed ResolvedDate. */
function isWellFormed(r: ResolvedDate | null): boolean {
  if (r === null) return true;
  const keys = Object.keys(r).sort().join(',');
  if (keys !== 'date,precision,text' && keys !== 'date,precision,relation,text') return false;
  if (r.relation !== undefined && !['before', 'after', 'about'].includes(r.relation)) return false;
  if (typeof r.text !== 'string' || r.text.length === 0) return false;
  const patterns: Record<string, RegExp> = {
    day: /^(\d{4})-(\d{2})-(\d{2})$/,
    week: /^(\d{4})-(\d{2})-(\d{2})$/,
    month: /^(\d{4})-(\d{2})$/,
    year: /^(\d{4})$/,
  };
  const m = patterns[r.precision]?.exec(r.date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const real = new Date(Date.UTC(y, mo - 1, d));
  return real.getUTCFullYear() === y && real.getUTCMonth() === mo - 1 && real.getUTCDate() === d;
}

describe('robustness', () => {
  const published = fc.constantFrom(SUNDAY, WEDNESDAY, '2024-02-29', '2031-13-45', '', 'garbage', undefined);

  it('never throws on arbitrary strings and returns null or a well-formed date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 200 }), published, (text, sentence, pub) => {
        const r = resolveDate(text, sentence, pub);
        expect(isWellFormed(r)).toBe(true);
        if (r) expect(typeof formatResolvedDate(r)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on date-like word salad, with the mention inside the sentence', () => {
    const vocab = [
      'before',
      'after',
      'since',
      'by',
      'about',
      'nearly',
      'on',
      'in',
      'the',
      'last',
      'next',
      'this',
      'coming',
      'a',
      'one',
      'two',
      '17',
      '2019',
      '31',
      '1990s',
      'week',
      'weeks',
      'weekend',
      'month',
      'year',
      'day',
      'ago',
      'earlier',
      'later',
      'Monday',
      'Sunday',
      'sat',
      'Feb.',
      'February',
      'May',
      'night',
      'today',
      'yesterday',
      '4',
      'p.m.',
      ',',
      "'s",
      '-',
      'will',
      'said',
      'is',
      'scheduled',
      'to',
      'sail',
      'from',
      'now',
      'of',
      'mid-2009',
      '2019-02-30',
      '0000-01-01',
    ];
    const words = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(words, words, words, published, (pre, mention, post, pub) => {
        const r = resolveDate(mention, `${pre} ${mention} ${post}`, pub);
        expect(isWellFormed(r)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('tolerates non-string input at run time', () => {
    const bad = resolveDate as unknown as (a: unknown, b: unknown, c: unknown) => ResolvedDate | null;
    expect(bad(undefined, undefined, undefined)).toBeNull();
    expect(bad(42, null, {})).toBeNull();
    expect(bad('Friday', null, SUNDAY)).toEqual({ date: '2031-11-28', precision: 'day', text: 'Friday' });
    expect(formatResolvedDate(null as unknown as ResolvedDate)).toBe('');
  });
});

describe('resolveDate inside a joined quotation', () => {
  it('reads the tense from the sentence that holds the mention, not the one before it', () => {
    const sentence = '"Delays like this are routine. This week alone, ferries have skipped nearly 200 sailings."';
    expect(resolveDate('This week', sentence, '2031-11-30')).toMatchObject({ date: '2031-11-24', precision: 'week' });
  });
});
