import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { buildTimeline, type TimelineEvent } from '../../src/timeline/timeline.js';
import { article } from '../actors/fixtures.js';

/** The timeline of invented articles, each `[id, body, published]`. */
const timelineOf = (...articles: [string, string, string][]): TimelineEvent[] => {
  const list = articles.map(([id, body, published]) => article(id, body, published));
  return buildTimeline(buildStory(list, corpusHash(list)));
};
const refs = (e: TimelineEvent) => [`${e.articleId}:${e.sentence}`, ...e.alsoIn.map((r) => `${r.articleId}:${r.sentence}`)];

// Monday is 12 May 2031 in every case.
describe('one event told by several articles is one entry', () => {
  it('when one article dates it by the weekday and another by the calendar date', () => {
    const events = timelineOf(
      ['a', 'Harlow Dairy closed its plant in Pellworth on Monday, cutting 300 jobs.', '2031-05-14'],
      ['b', 'The Pellworth plant of Harlow Dairy shut on May 12, leaving 300 workers without jobs.', '2031-05-16'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
    expect(events[0]).toMatchObject({ date: '2031-05-12', precision: 'day' });
  });

  it('when one article says "yesterday" and another the weekday', () => {
    const events = timelineOf(
      ['a', 'Harlow Dairy closed its plant in Pellworth yesterday, cutting 300 jobs.', '2031-05-13'],
      ['b', 'Harlow Dairy shut the Pellworth plant on Monday and laid off 300 workers.', '2031-05-15'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when one article dates it by its publication and another by the weekday', () => {
    const events = timelineOf(
      ['a', 'Harlow Dairy closed its plant in Pellworth, cutting 300 jobs.', '2031-05-12'],
      ['b', 'Harlow Dairy shut the Pellworth plant on Monday, with 300 job losses.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when one article tells it by the verb and another by its noun', () => {
    const events = timelineOf(
      ['a', 'The Tarnby bridge collapsed on Monday, killing four drivers.', '2031-05-14'],
      ['b', "Monday's collapse of the bridge at Tarnby left four people dead, police said.", '2031-05-15'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when the articles use two verbs of one meaning, the shorter report saying little else', () => {
    const events = timelineOf(
      ['a', 'Mayor Clara Voss resigned on Friday.', '2031-05-17'],
      ['b', 'Clara Voss quit her post as mayor on Friday after weeks of protests over the water contract.', '2031-05-18'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when one report carries two dates: it joins the other on the date they share, and keeps its other date', () => {
    const events = timelineOf(
      [
        'a',
        'After the Tarnby bridge collapsed on Monday, the regional council met on Tuesday to order checks of every bridge.',
        '2031-05-15',
      ],
      ['b', 'Four drivers died when the bridge in Tarnby fell into the river on Monday.', '2031-05-14'],
    );
    expect(events.map((e) => [e.date, ...refs(e)])).toEqual([
      ['2031-05-12', 'a:1', 'b:1'],
      ['2031-05-13', 'a:1'],
    ]);
  });

  it('when one report ends on a noun the tagger reads as a verb ("walked out on Monday over pay")', () => {
    const events = timelineOf(
      ['a', 'Dock workers in Pellworth walked out on Monday over pay.', '2031-05-14'],
      ['b', 'Pellworth dock workers went on strike on Monday.', '2031-05-15'],
    );
    expect(events.map((e) => [e.date, ...refs(e)])).toEqual([['2031-05-12', 'a:1', 'b:1']]);
  });

  it('when one report ends on a plural noun the tagger reads as a verb ("after five straight defeats")', () => {
    const events = timelineOf(
      ['a', 'Pellworth Rovers sacked their coach Ivo Brandt on Monday after five straight defeats.', '2031-05-13'],
      ['b', 'Ivo Brandt was dismissed as manager of Pellworth Rovers on Monday.', '2031-05-14'],
    );
    expect(events.map((e) => [e.date, ...refs(e)])).toEqual([['2031-05-12', 'a:1', 'b:1']]);
  });

  it('but keeps two events of one company on one day apart', () => {
    const events = timelineOf(
      ['a', 'Harlow Dairy closed its plant in Pellworth on Monday, cutting 300 jobs.', '2031-05-14'],
      ['b', 'Harlow Dairy opened a new plant in Dunmore on Monday, hiring 120 workers.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['a:1'], ['b:1']]);
  });
});

describe('two events of one day, one place and one office, told of different people', () => {
  const background: [string, string, string][] = [
    [
      'x',
      'The Tarnby council has been in crisis for months over the water contract. The mayor faced protests. Council members argued about who should be mayor next. Residents of Tarnby marched on the town hall.',
      '2031-05-10',
    ],
    [
      'y',
      'Clara Voss had been mayor of Tarnby since 2027. Ivo Brandt leads the opposition on the council. Brandt said the water contract was a mistake.',
      '2031-05-11',
    ],
  ];

  it('stay apart though they share the office and the town ("resigned as mayor", "appointed … as mayor")', () => {
    const events = timelineOf(
      ...background,
      ['a', 'Clara Voss resigned as mayor of Tarnby on Friday.', '2031-05-17'],
      ['b', 'The council appointed Ivo Brandt as mayor of Tarnby on Friday.', '2031-05-18'],
    ).filter((e) => e.date === '2031-05-16');
    expect(events.map(refs)).toEqual([['a:1'], ['b:1']]);
  });

  it('but one event told of one person in other words is one entry', () => {
    const events = timelineOf(
      ...background,
      ['a', 'Clara Voss resigned as mayor of Tarnby on Friday.', '2031-05-17'],
      ['b', 'Mayor Clara Voss of Tarnby stepped down on Friday.', '2031-05-18'],
    ).filter((e) => e.date === '2031-05-16');
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });
});

describe('one event told at length by two articles', () => {
  const grounded = [
    'a',
    'Torvane Airways grounded all 40 of its jets on Tuesday after inspectors in Melk found cracks in the engine mounts of two aircraft, stranding thousands of travellers at the start of the holiday season.',
    '2031-05-14',
  ] as [string, string, string];
  const halted = [
    'b',
    "Thousands of passengers were stranded on Tuesday when Torvane Airways, the country's second-largest carrier, halted every flight pending safety checks ordered by the aviation authority.",
    '2031-05-14',
  ] as [string, string, string];

  it('is one entry when they share three particulars no other sentence of the story holds', () => {
    expect(timelineOf(grounded, halted).map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('stays two when another sentence of the story holds those words too, and the rest of what they say differs', () => {
    const later = ['c', 'Thousands of Torvane Airways travellers remained stranded across the country a week later.', '2031-05-20'] as [
      string,
      string,
      string,
    ];
    expect(
      timelineOf(grounded, halted, later)
        .filter((e) => e.date === '2031-05-13')
        .map(refs),
    ).toEqual([['a:1'], ['b:1']]);
  });

  it('keeps two events of one day apart when they share two rare words only', () => {
    const events = timelineOf(
      ['a', 'Drones damaged two cargo ships in the Varel Strait on Saturday.', '2031-05-19'],
      ['b', 'Dessia said on Saturday it had damaged a fuel depot on the shore of the Varel Strait with missiles.', '2031-05-19'],
    );
    expect(events.map(refs)).toEqual([['a:1'], ['b:1']]);
  });
});

describe('an event dated by the day it began', () => {
  it('is one entry with the report of that day ("walked out on Tuesday", "on strike since Tuesday")', () => {
    const events = timelineOf(
      ['a', 'Teachers in Varnholt walked out on Tuesday, demanding higher pay.', '2031-05-14'],
      ['b', 'The Varnholt teachers, who have been on strike since Tuesday, say they want higher pay.', '2031-05-16'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
    expect(events[0]).toMatchObject({ date: '2031-05-13', precision: 'day' });
  });

  it('joins the day reported later, in either order', () => {
    const events = timelineOf(
      ['b', 'The Varnholt teachers, who have been on strike since Tuesday, say they want higher pay.', '2031-05-16'],
      ['a', 'Teachers in Varnholt walked out on Tuesday, demanding higher pay.', '2031-05-17'],
    );
    expect(events.map(refs)).toEqual([['b:1', 'a:1']]);
  });

  it("but an event after the day stays apart from the day's own", () => {
    const events = timelineOf(
      ['a', 'Lawmakers in Dessia voted to remove President Anton Kurel on Tuesday.', '2031-05-14'],
      ['b', "Crowds filled the squares of Dessia after Tuesday's vote to remove Kurel.", '2031-05-15'],
    );
    expect(events.map((e) => [e.relation ?? '', ...refs(e)])).toEqual([
      ['', 'a:1'],
      ['after', 'b:1'],
    ]);
  });
});

describe('a report that names its person only by a pronoun', () => {
  it('is one entry with a report of the same fact that names them, worded by that report', () => {
    const events = timelineOf(
      ['a', 'Anton Kurel led Dessia for nine years. He resigned on Friday.', '2031-05-18'],
      ['b', 'Anton Kurel resigned on Friday amid weeks of protests over the water contract.', '2031-05-18'],
    );
    expect(events.filter((e) => e.date === '2031-05-16').map(refs)).toEqual([['b:1', 'a:2']]);
  });

  it("stays apart from another fact of that person's day", () => {
    const events = timelineOf(
      ['a', 'Anton Kurel led Dessia for nine years. He flew to Ostrava on Friday.', '2031-05-18'],
      ['b', 'Anton Kurel resigned on Friday amid weeks of protests over the water contract.', '2031-05-18'],
    );
    expect(events.filter((e) => e.date === '2031-05-16').map(refs)).toEqual([['a:2'], ['b:1']]);
  });
});

describe("an article's first sentence that names its headline's event by a noun", () => {
  /** Earlier news of the town, so that its council and its votes are common words of the story. */
  const background = article(
    'z',
    'The Tarnby council has argued over the town budget for months. Its members voted twice last year on the harbour plan. The council meets in the old town hall. A vote on school meals is due in June.',
    '2031-05-10',
  );
  const titled = (id: string, body: string, title: string) => ({ ...article(id, body, '2031-05-14'), title, titleGiven: true });
  const voteLede = titled(
    'a',
    'The vote came on Monday after a long debate. Work will begin next spring, the Tarnby council said.',
    'Tarnby council votes to build a new river bridge',
  );
  const mondayOf = (...list: Article[]) =>
    buildTimeline(buildStory(list, corpusHash(list)))
      .filter((e) => e.date === '2031-05-12')
      .map(refs);

  it('is one entry with a report that tells the event in full ("The vote came on Monday" under a headline of the vote)', () => {
    const approved = article('b', 'The Tarnby council approved a new bridge over the river on Monday.', '2031-05-15');
    expect(mondayOf(background, voteLede, approved)).toEqual([['a:1', 'b:1']]);
  });

  it('stays apart from another vote of that day, and a first sentence whose noun the headline does not tell reads no headline', () => {
    const fees = article('b', 'Tarnby council members voted on Monday to raise parking fees.', '2031-05-15');
    expect(mondayOf(background, voteLede, fees)).toEqual([['a:1'], ['b:1']]);
    const ferry = titled('a', 'The ferry to Dunmore returned to service on Monday.', 'Tarnby council votes to build a new river bridge');
    const approved = article('b', 'The Tarnby council approved a new bridge over the river on Monday.', '2031-05-15');
    expect(mondayOf(background, ferry, approved)).toEqual([['a:1'], ['b:1']]);
  });
});

describe("a later sentence of an article's lede that names its headline's event by a noun", () => {
  const background = article(
    'z',
    'The Pellworth docks have been busy all year. The port authority runs the docks. Shipping firms in Pellworth say trade is up.',
    '2031-05-01',
  );
  const titled = (body: string) => ({
    ...article('a', body, '2031-05-14'),
    title: 'Pellworth dock workers strike over pay',
    titleGiven: true,
  });
  const walkedOut = article('b', 'Dock workers in Pellworth walked out on Monday, halting ships.', '2031-05-15');
  const mondayOf = (...list: Article[]) =>
    buildTimeline(buildStory(list, corpusHash(list)))
      .filter((e) => e.date === '2031-05-12')
      .map(refs);

  it('is one entry with a report that tells the event in full ("The strike began on Monday" after a first sentence of another thing)', () => {
    expect(mondayOf(background, titled('Ships waited at sea off the coast. The strike began on Monday.'), walkedOut)).toEqual([
      ['a:2', 'b:1'],
    ]);
  });

  it('reads no headline when a sentence before it holds the noun (the strike that sentence told of)', () => {
    expect(mondayOf(background, titled('Bus drivers held a strike in Tarnby last month. The strike began on Monday.'), walkedOut)).toEqual([
      ['a:2'],
      ['b:1'],
    ]);
  });
});

describe('one event told in other words by two articles is one entry', () => {
  it('when they use two verbs of one meaning', () => {
    const events = timelineOf(
      ['a', 'Police arrested the Tarnby harbour master on Monday over missing customs fees.', '2031-05-14'],
      ['b', 'Officers detained the harbour master of Tarnby on Monday, the port authority said.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when one counts the dead by the verb and the other by a death toll', () => {
    const events = timelineOf(
      ['a', 'An earthquake killed 12 people in Varel on Monday.', '2031-05-14'],
      ['b', 'The death toll from the quake that struck Varel on Monday rose to 12, officials said.', '2031-05-15'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when one names the person and the other the role', () => {
    const events = timelineOf(
      ['a', 'Mayor Clara Voss signed the water contract with Belmont Utilities on Monday.', '2031-05-14'],
      ['b', "Tarnby's mayor put her signature to the Belmont Utilities water deal on Monday.", '2031-05-15'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when one names the act by a noun and the other by a kind of it ("an agreement", "the deal")', () => {
    const events = timelineOf(
      ['a', 'The Varel nurses signed an agreement with their hospital on Monday.', '2031-05-13'],
      ['b', 'The deal reached on May 12 raises the pay of nurses in Varel.', '2031-05-13'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when each makes the act by a verb that says only that it was made ("reached a deal", "the agreement that was struck")', () => {
    const events = timelineOf(
      ['a', 'Harbour pilots in Tarnby reached a deal over rosters on Monday, ending weeks of talks.', '2031-05-13'],
      ['b', 'Shipping firms welcomed the agreement that was struck on May 12.', '2031-05-13'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('when one names the act by a possessive pronoun and a noun the sentence before tells of ("their walkout")', () => {
    const events = timelineOf(
      ['a', 'Bus drivers in Varel went on strike on Monday over pay.', '2031-05-13'],
      ['b', 'The Varel bus drivers voted to strike on Friday. Their walkout began on Monday and emptied the depots.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['b:1'], ['a:1', 'b:2']]);
  });

  it('but a possessive pronoun before a noun the sentence before does not tell of points nowhere', () => {
    const events = timelineOf(
      ['a', 'Bus drivers in Varel went on strike on Monday over pay.', '2031-05-13'],
      ['b', 'The Varel bus company raised its fares on Friday. Its decision on Monday angered the drivers.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['b:1'], ['a:1'], ['b:2']]);
  });

  it('but another event of the same place and day stays apart', () => {
    const events = timelineOf(
      ['a', 'Police arrested the Tarnby harbour master on Monday over missing customs fees.', '2031-05-14'],
      ['b', 'The Tarnby harbour reopened to ferries on Monday after a week of repairs.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['a:1'], ['b:1']]);
  });
});

describe('one event told by the name of the person in one article and by their role in another', () => {
  /** Earlier news of the town that gives its mayor's name, and the school's head. */
  const background: [string, string, string] = [
    'z',
    'Clara Voss, the mayor of Tarnby, was elected in 2029. The town council meets every month. People in Tarnby say the council should do more. Ivo Brandt, the head teacher, runs the town school.',
    '2031-05-10',
  ];
  const friday = (...list: [string, string, string][]) =>
    timelineOf(background, ...list)
      .filter((e) => e.date === '2031-05-16')
      .map(refs);

  it('is one entry when the role is hers alone in the story', () => {
    expect(
      friday(
        ['a', 'Clara Voss resigned on Friday.', '2031-05-17'],
        ['b', "Tarnby's mayor stepped down on Friday, citing ill health.", '2031-05-18'],
      ),
    ).toEqual([['a:1', 'b:1']]);
  });

  it('stays two when the role belongs to another person', () => {
    expect(
      friday(
        ['a', 'Ivo Brandt resigned on Friday.', '2031-05-17'],
        ['b', "Tarnby's mayor stepped down on Friday, citing ill health.", '2031-05-18'],
      ),
    ).toEqual([['a:1'], ['b:1']]);
  });
});

describe('one happening told to the same two parties by two articles of a day is one entry', () => {
  /** Earlier news that names both firms in every sentence, so that their names weigh little, as in a story of one deal. */
  const background: [string, string, string] = [
    'z',
    [
      'Halvorsen Motors has wanted Tamber Cars for years.',
      'Tamber Cars rejected an approach from Halvorsen Motors in 2027.',
      'Analysts say Halvorsen Motors needs the small cars Tamber Cars builds.',
      'Workers at Tamber Cars fear cuts if Halvorsen Motors takes control.',
      'Halvorsen Motors makes trucks in Pellworth, and Tamber Cars makes small cars in Varel.',
    ].join(' '),
    '2031-05-01',
  ];
  const news = (...list: [string, string, string][]) =>
    timelineOf(background, ...list)
      .filter((e) => e.articleId !== 'z')
      .map(refs);

  it('when one tells it by a verb and the other by the kind of happening it is ("bought" and "acquired")', () => {
    expect(
      news(
        ['a', 'Halvorsen Motors bought a controlling stake in Tamber Cars from its founding family.', '2031-05-12'],
        ['b', 'Tamber Cars was acquired by Halvorsen Motors in a deal its unions opposed.', '2031-05-12'],
      ),
    ).toEqual([['a:1', 'b:1']]);
  });

  it('when one tells it from the other side ("sold … to" and "bought")', () => {
    expect(
      news(
        ['a', 'The founding family sold Tamber Cars to Halvorsen Motors on Monday.', '2031-05-13'],
        ['b', 'Halvorsen Motors bought Tamber Cars on Monday, ending a long chase.', '2031-05-14'],
      ),
    ).toEqual([['a:1', 'b:1']]);
  });

  it('but another happening between the same parties stays apart', () => {
    expect(
      news(
        ['a', 'Halvorsen Motors bought a controlling stake in Tamber Cars from its founding family.', '2031-05-12'],
        ['b', 'Tamber Cars sued Halvorsen Motors over a patent for a gearbox.', '2031-05-12'],
      ),
    ).toEqual([['a:1'], ['b:1']]);
  });

  it('but not when the date is a year, which holds many happenings of the same parties', () => {
    const events = timelineOf(
      background,
      ['a', 'The talks took months. In 2029, Halvorsen Motors bought a controlling stake in Tamber Cars.', '2031-05-12'],
      ['b', 'The unions were angry. Tamber Cars was acquired by Halvorsen Motors in 2029 in a deal they opposed.', '2031-05-12'],
    );
    expect(events.filter((e) => e.date === '2029').map(refs)).toEqual([['a:2'], ['b:2']]);
  });

  it('but a strike and a deal of the same parties stay apart ("went on strike", "struck a deal")', () => {
    // "struck" makes the deal: it is neither the strike's term nor a happening of striking.
    expect(
      news(
        ['a', 'Workers at Tamber Cars went on strike against Halvorsen Motors on Monday.', '2031-05-13'],
        ['b', 'Halvorsen Motors struck a deal with Tamber Cars on Monday over its engine plant.', '2031-05-14'],
      ),
    ).toEqual([['a:1'], ['b:1']]);
  });

  /** A report of the takeover by a light verb and its particle, in a sentence long enough that only the happening can join it. */
  const tookOver: [string, string, string] = [
    'a',
    'Halvorsen Motors took over Tamber Cars on Monday after weeks of rumours on the exchange and a sharp rise in the shares of the smaller firm.',
    '2031-05-13',
  ];

  it('when one names the deal by what was agreed, which WordNet files with communications ("a merger agreement", "agreed")', () => {
    expect(
      news(
        [
          'a',
          'Halvorsen Motors and Tamber Cars reached a merger agreement on Monday, after weeks of rumours on the exchange and a sharp rise in the shares of the smaller firm.',
          '2031-05-13',
        ],
        [
          'b',
          'Union leaders in Varel said the terms Tamber Cars agreed with Halvorsen Motors on Monday put thousands of jobs at risk across the region.',
          '2031-05-14',
        ],
      ),
    ).toEqual([['a:1', 'b:1']]);
  });

  it('when one tells it by a light verb and its particle ("took over") and the other by their noun ("the takeover")', () => {
    expect(
      news(tookOver, [
        'b',
        'Union leaders in Varel said the takeover of Tamber Cars by Halvorsen Motors on Monday put thousands of jobs at risk across the region.',
        '2031-05-14',
      ]),
    ).toEqual([['a:1', 'b:1']]);
  });

  it('but what each party said in a statement that day stays apart (a noun of saying tells no happening)', () => {
    expect(
      news(
        [
          'a',
          'In a statement on Monday, Halvorsen Motors said it would keep every plant of Tamber Cars open for at least five years after the merger.',
          '2031-05-13',
        ],
        [
          'b',
          'Tamber Cars issued a statement on Monday calling the approach from Halvorsen Motors hostile and urging its shareholders to wait.',
          '2031-05-14',
        ],
      ),
    ).toEqual([['a:1'], ['b:1']]);
  });

  it('but another phrasal verb of the same light verb and parties stays apart ("took over", "took back")', () => {
    expect(
      news(tookOver, [
        'b',
        'Union leaders in Varel said Tamber Cars took back its engine plant from Halvorsen Motors on Monday to save jobs across the region.',
        '2031-05-14',
      ]),
    ).toEqual([['a:1'], ['b:1']]);
  });

  it('and so does the same kind of happening with one party in common', () => {
    expect(
      news(
        ['a', 'Halvorsen Motors bought a plant in Dunmore on Monday.', '2031-05-13'],
        ['b', 'Halvorsen Motors acquired a stake in Tamber Cars on Monday.', '2031-05-14'],
      ),
    ).toEqual([['a:1'], ['b:1']]);
  });
});
