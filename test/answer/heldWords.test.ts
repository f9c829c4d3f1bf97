import { describe, expect, it } from 'vitest';
import { countedTerms } from '../../src/answer/answerQuestion.js';
import {
  articleWrites,
  articleWritesAll,
  countriesNamed,
  FRAGMENT_WORDS,
  heldWords,
  isFragment,
  otherCountry,
  otherPerson,
  otherSex,
  otherYear,
  RARE_NAME_SHARE,
  RAREST_HELD,
} from '../../src/answer/heldWords.js';
import { OFF_ARTICLE_MAX } from '../../src/answer/covered.js';
import { subjectTerms } from '../../src/answer/subjectEvidence.js';
import { termOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// An invented rowing story: two articles, the second opening with a sentence that names no crew.
const story = buildStory(
  [
    {
      id: 'regatta',
      title: 'Lake regatta',
      titleGiven: true,
      file: 'regatta.md',
      body: 'The Vennor crew won the lake regatta on Saturday. Their coach Ilsa Brandt praised the young rowers.',
    },
    {
      id: 'season',
      title: 'Season',
      titleGiven: true,
      file: 'season.md',
      body: 'Rain delayed several heats. The club bought a new boat in spring.',
    },
  ],
  'held-words-fixture',
);
const id = (text: string) => story.sentences.find((s) => s.text.startsWith(text))!.id;

describe('heldWords', () => {
  it("counts the question's words in the answer's sentence and the one before it in its article", () => {
    const held = heldWords(story, 'Who coached the Vennor crew at the regatta?', id('Their coach'));
    // "Vennor", "crew", "regatta" stand in the sentence before; "coached" in the answer's own.
    expect(held.answerHeld).toBeGreaterThan(0.9);
    // The answer's sentence alone holds only "coached".
    expect(held.sentenceHeld).toBeGreaterThan(0);
    expect(held.sentenceHeld).toBeLessThan(0.5);
    expect(heldWords(story, 'Who praised the young rowers?', id('Their coach')).sentenceHeld).toBe(1);
    expect(held.absent).toBe(0);
    expect(held.namesAbsent).toBe(0);
  });
  it("counts in the passage the sentence after the answer's too, within its article", () => {
    // "praised" and "rowers" stand only in the sentence after the regatta's first one.
    const q = 'Who praised the young rowers at the regatta?';
    expect(heldWords(story, q, id('The Vennor crew')).answerHeld).toBeLessThan(0.5);
    expect(heldWords(story, q, id('The Vennor crew')).aroundHeld).toBe(1);
    // The next article's first sentence is no neighbour of the last one of the regatta.
    expect(heldWords(story, 'When were the heats delayed by rain?', id('Their coach')).aroundHeld).toBe(0);
  });
  it("does not borrow the words of another article's sentence", () => {
    const held = heldWords(story, 'When did the club buy a boat after the regatta?', id('The club bought'));
    const across = heldWords(story, 'When did the Vennor crew win the regatta?', id('The club bought'));
    expect(held.answerHeld).toBeGreaterThan(0.5);
    expect(across.answerHeld).toBe(0);
  });
  it('shares out the words and names the story never writes', () => {
    const held = heldWords(story, 'Which prize did the Harlow crew win?', id('The Vennor crew'));
    expect(held.namesAbsent).toBe(1);
    expect(held.absent).toBeGreaterThan(0);
    expect(held.answerHeld).toBeLessThan(1);
  });
  it("counts the counted noun of a how-many question missing from the answer's sentence", () => {
    const boat = id('The club bought');
    // "boat" stands in the answer's sentence, "oar" does not; a how-much question's amount carries its unit.
    const held = (q: string) => heldWords(story, q, boat, countedTerms(q)).countedMissing;
    expect(held('How many boats did the club buy?')).toBe(0);
    expect(held('How many oars did the club buy?')).toBe(1);
    expect(held('How much money did the club spend?')).toBe(0);
    expect(heldWords(story, 'How many oars did the club buy?', boat).countedMissing).toBe(0);
  });
  it('marks a year the question names that the story never writes, nor publishes in or the year after', () => {
    const dated = buildStory(
      [
        {
          id: 'bridge',
          title: 'Old bridge',
          titleGiven: true,
          file: 'bridge.md',
          published: '2008-05-01',
          body: 'The Tarrow bridge opened in 1921, a year of floods. It was closed for repairs this year. Traffic grew in the 1960s.',
        },
      ],
      'held-years-fixture',
    );
    const first = dated.sentences[0]!.id;
    const year = (q: string) => heldWords(dated, q, first).yearAbsent;
    expect(year('When did the Tarrow bridge open in 1921?')).toBe(0);
    expect(year('Who repaired the Tarrow bridge in 1934?')).toBe(1);
    // A decade does not write its years.
    expect(year('How much did traffic grow in 1964?')).toBe(1);
    // "this year" and "last year" of an article published in 2008.
    expect(year('Why was the bridge closed in 2008?')).toBe(0);
    expect(year('Why was the bridge closed in 2007?')).toBe(0);
    // Not years: a decade, an amount.
    expect(year('What was built in the 1930s?')).toBe(0);
    expect(year("What was built in the 1930's?")).toBe(0);
    expect(year('Did the repairs cost $1934?')).toBe(0);
  });
  it('marks a small figure the question names that the story never writes, in digits or in words', () => {
    const ferry = oneArticleStory(
      'ferry',
      'Harbour ferry',
      'The Lisk ferry carries 40 cars at 12 knots. It made three crossings on the first day. The refit cost $25m.',
    );
    const first = ferry.sentences[0]!.id;
    const figure = (q: string) => heldWords(ferry, q, first).figureAbsent;
    expect(figure('How fast does the Lisk ferry sail with 40 cars?')).toBe(0);
    expect(figure('How many cars does the ferry carry at 15 knots?')).toBe(1);
    // Written as a word, or before a scale.
    expect(figure('When did the ferry make 3 crossings?')).toBe(0);
    expect(figure('Who paid the 25 million for the refit?')).toBe(0);
    // Not small figures standing alone: a decade, a rank, a part of a name or a range, a decimal, a figure with a letter.
    expect(figure('What did ferries carry in the 70s?')).toBe(0);
    expect(figure('What happened on the 9th crossing?')).toBe(0);
    expect(figure('Did an F-16 fly over the ferry in the 2014-15 season?')).toBe(0);
    expect(figure('Did the ferry sail at 4.5 knots?')).toBe(0);
    expect(figure('Did the ferry cost 90m?')).toBe(0);
    // Nor a figure after another in a list or a range: a year's last digits, or the range's other end.
    expect(figure('Why did the ferry fail in 1955, 56 and 57?')).toBe(0);
    // Nor a day of a month, nor a time.
    expect(figure('How many cars did the ferry carry on October 13?')).toBe(0);
    expect(figure('Did the ferry sail on 13 October or the 14th of October?')).toBe(0);
    expect(figure('Did the ferry leave at 16:08?')).toBe(0);
  });
  it("marks an answer's sentence naming only the other sex than the question's category", () => {
    const relay = oneArticleStory(
      'relay',
      'Harbour swim',
      "The women's relay went to the Ostby club. Its anchor swam the last leg in record time. The men's relay was cancelled.",
    );
    const at = (text: string) => relay.sentences.find((s) => s.text.startsWith(text))!.id;
    const other = (q: string, text: string) => heldWords(relay, q, at(text)).otherSex;
    expect(other("Which club won the men's relay?", "The women's relay")).toBe(1);
    expect(other("Which club won the women's relay?", "The women's relay")).toBe(0);
    expect(other('Which club won the relay?', "The women's relay")).toBe(0);
    // The sentence before names the category the answer's sentence refers to.
    expect(other("Who swam the women's last leg?", 'Its anchor')).toBe(0);
    expect(other("Who swam the men's last leg?", 'Its anchor')).toBe(0);
    // A sentence naming both sexes, a compound ("man-made") and a capitalised name are no category of one sex.
    expect(otherSex("Who won the men's race?", "The men's and women's races were run together.", '')).toBe(0);
    expect(otherSex('Who built the man-made lake?', 'A woman designed the lake.', '')).toBe(0);
    expect(otherSex('Who won the Man Vell prize?', 'A woman won the prize.', '')).toBe(0);
    expect(otherSex("Men's final: who won?", 'The girls ran first.', '')).toBe(1);
  });
});

// An invented story of one club through a season: its name in every sentence, its coach's in one.
const season = oneArticleStory(
  'season',
  'Season',
  [
    ...Array.from({ length: 30 }, (_, i) => `The Vennor crew rowed heat ${i + 1} on the lake.`),
    'Coach Ilsa Brandt praised the young rowers.',
    'The Vennor crew thanked the fans after the final.',
  ].join(' '),
);

describe('heldWords rareNameMissing', () => {
  const at = (text: string) => season.sentences.find((s) => s.text.startsWith(text))!.id;
  it('marks a name the story writes rarely that the answer’s sentence and the one before lack', () => {
    expect(1 / season.sentences.length).toBeLessThan(RARE_NAME_SHARE);
    expect(heldWords(season, 'What did Ilsa Brandt say of heat 5?', at('The Vennor crew rowed heat 5 ')).rareNameMissing).toBe(1);
    expect(heldWords(season, 'Whom did Ilsa Brandt praise?', at('Coach Ilsa Brandt')).rareNameMissing).toBe(0);
    // The sentence before the answer's counts with it.
    expect(heldWords(season, 'Whom did Ilsa Brandt thank?', at('The Vennor crew thanked')).rareNameMissing).toBe(0);
  });
  it('leaves alone a name the story writes all through, its subject', () => {
    expect(heldWords(season, 'Whom did the Vennor crew praise?', at('Coach Ilsa Brandt')).rareNameMissing).toBe(0);
  });
});

// An invented regatta report of two articles: the crew's season naming its coach once, then a harbour article.
const twoArticles = buildStory(
  [
    {
      id: 'crew',
      title: 'Crew season',
      titleGiven: true,
      file: 'crew.md',
      body: [
        'Coach Ilsa Brandt picked the Vennor crew in March.',
        ...Array.from({ length: 30 }, (_, i) => `The Vennor crew rowed heat ${i + 1} on the lake.`),
        'The crew thanked the fans after the final.',
      ].join(' '),
    },
    {
      id: 'harbour',
      title: 'Harbour works',
      titleGiven: true,
      file: 'harbour.md',
      body: 'The harbour board praised the divers. The new pier opened in May.',
    },
  ],
  'off-article-fixture',
);

describe('heldWords rareNameOffArticle', () => {
  const at = (text: string) => twoArticles.sentences.find((s) => s.text.startsWith(text))!.id;
  const off = (q: string, text: string) => heldWords(twoArticles, q, at(text)).rareNameOffArticle;
  it('marks a rare name of the question that no sentence of the answer’s article writes', () => {
    expect(1 / twoArticles.sentences.length).toBeLessThan(RARE_NAME_SHARE);
    expect(off('Whom did Ilsa Brandt praise?', 'The harbour board praised')).toBe(1);
  });
  it('leaves alone a name the answer’s article writes in another sentence, and one the sentence writes', () => {
    expect(off('Whom did Ilsa Brandt thank?', 'The crew thanked')).toBe(0);
    expect(off('When did Ilsa Brandt pick the crew?', 'Coach Ilsa Brandt')).toBe(0);
    // A name the story writes all through is its subject, not a particular.
    expect(off('Whom did the Vennor crew praise?', 'The harbour board praised')).toBe(0);
  });
  it('reads an article as the run of sentences around the answer’s that share its article', () => {
    expect(articleWritesAll(twoArticles, at('The crew thanked'), ['ilsa', 'brandt'])).toBe(true);
    expect(articleWritesAll(twoArticles, at('The new pier'), ['ilsa'])).toBe(false);
  });
});

describe('heldWords offArticle', () => {
  const at = (text: string) => twoArticles.sentences.find((s) => s.text.startsWith(text))!.id;
  const off = (q: string, text: string) => heldWords(twoArticles, q, at(text)).offArticle;
  it('is the share of the question the story writes only in other articles than the answer’s', () => {
    // "coach" and "crew" are written by the crew article only; "harbour", "board" and "pier" by the harbour article only.
    expect(off('Which crew did the coach thank?', 'The new pier')).toBeGreaterThan(OFF_ARTICLE_MAX);
    expect(off('Which crew did the coach thank?', 'The crew thanked')).toBe(0);
    expect(off('When did the harbour board open the pier?', 'The Vennor crew rowed heat 3 ')).toBeGreaterThan(OFF_ARTICLE_MAX);
  });
  it('leaves out words the story never writes', () => {
    expect(off('When did the zeppelin land?', 'The new pier')).toBe(0);
  });
  it('counts a word as written by the article when it writes a paraphrase the ranker reads', () => {
    const quay = buildStory(
      [
        {
          id: 'crew',
          title: 'Crew',
          titleGiven: true,
          file: 'crew.md',
          body: 'The crew trained at the old wharf. The crew rowed in March.',
        },
        {
          id: 'port',
          title: 'Port',
          titleGiven: true,
          file: 'port.md',
          body: 'The harbour board praised the divers. The new pier opened in May.',
        },
      ],
      'paraphrase-off-article-fixture',
    );
    const at = quay.sentences.find((s) => s.text.startsWith('The new pier'))!.id;
    // "wharf" is written only by the crew article, but the port article writes "pier", its WordNet relative.
    expect(heldWords(quay, 'When did the wharf open?', at).offArticle).toBe(0);
    expect(heldWords(quay, 'When did the crew open?', at).offArticle).toBeGreaterThan(0);
  });
  it('reads an article’s terms from every one of its sentences', () => {
    const terms = ['divers', 'crew', 'pier'].map((w) => termOf(w)!);
    expect(articleWrites(twoArticles, at('The new pier'), terms)).toEqual(new Set([termOf('divers'), termOf('pier')]));
  });
});

// An invented tournament report: a list of seeds, one line each, then sentences about them.
const seeds = oneArticleStory(
  'seeds',
  'Varnel Open seeds',
  [
    'The Varnel Open starts on Monday with these seeds.',
    '1 Ostrel Kamaru (Lindoria)',
    '2 Pell Rosander (Varnia)',
    'Rosander, who grew up in the port town of Mirrok, reached the final last year.',
  ].join('\n\n'),
);

describe('heldWords fragment', () => {
  const at = (text: string) => seeds.sentences.find((s) => s.text.startsWith(text))!;
  it("marks an answer's sentence that is a line of a list, with no verb", () => {
    expect(heldWords(seeds, 'Where was Rosander born?', at('2 Pell Rosander').id).fragment).toBe(1);
    expect(heldWords(seeds, 'Where did Rosander grow up?', at('Rosander, who grew up').id).fragment).toBe(0);
    expect(heldWords(seeds, 'When does the Varnel Open start?', at('The Varnel Open starts').id).fragment).toBe(0);
  });
  it('reads a long sentence as no fragment, whatever the tagger makes of its verb', () => {
    const long = at('Rosander, who grew up');
    expect(isFragment({ text: long.text, tokens: [] })).toBe(false);
    expect(isFragment({ text: '2 Pell Rosander (Varnia)', tokens: [] })).toBe(true);
    expect(isFragment({ text: Array.from({ length: FRAGMENT_WORDS }, () => 'seed').join(' '), tokens: [] })).toBe(false);
  });
});

describe('heldWords otherCountry', () => {
  it("marks an answer's sentence naming another country than the question's, and not the question's", () => {
    expect(otherCountry('Who is the Polish trade minister?', "Norway's trade minister Ada Vik opened the fair.", '')).toBe(1);
    expect(otherCountry('Who is the Norwegian trade minister?', "Norway's trade minister Ada Vik opened the fair.", '')).toBe(0);
    // The sentence before names the country asked about: the answer's sentence may go on about it.
    expect(
      otherCountry('Who is the Polish trade minister?', 'Her deputy came from Norway.', 'Poland sent its trade minister, Ada Vik.'),
    ).toBe(0);
    // A sentence naming no country, or a question naming none, says nothing either way.
    expect(otherCountry('Who is the Polish trade minister?', 'The trade minister Ada Vik opened the fair.', '')).toBe(0);
    expect(otherCountry('Who is the trade minister?', "Norway's trade minister Ada Vik opened the fair.", '')).toBe(0);
  });
  it('reads a country by its name, a spelling of two words or its demonym, written with a capital', () => {
    expect([...countriesNamed("The Polish and South Korean envoys met in Norway's capital.")].sort()).toEqual([
      'Norway',
      'Poland',
      'South Korea',
    ]);
    expect(countriesNamed('a polish for the boots').size).toBe(0);
  });
});

describe('heldWords otherYear', () => {
  it("marks an answer's sentence dated another year than the question's, and not the question's", () => {
    expect(otherYear('Who won the Tarrow cup in 1921?', 'In 1934 the cup went to the Orvel club.', '')).toBe(1);
    expect(otherYear('Who won the Tarrow cup in 1934?', 'In 1934 the cup went to the Orvel club.', '')).toBe(0);
    // The sentence before dates the event asked about.
    expect(otherYear('Who won the Tarrow cup in 1921?', 'Its captain said so again in 1934.', 'The Orvel club won the cup in 1921.')).toBe(
      0,
    );
    // A sentence writing no year, or a question naming none, says nothing either way; nor do a decade or an amount.
    expect(otherYear('Who won the Tarrow cup in 1921?', 'The cup went to the Orvel club.', '')).toBe(0);
    expect(otherYear('Who won the Tarrow cup?', 'In 1934 the cup went to the Orvel club.', '')).toBe(0);
    expect(otherYear('Who won the Tarrow cup in 1921?', 'In the 1930s the cup cost $1934.', '')).toBe(0);
    expect(otherYear("Where did the Orvel club play in the 1920's?", 'It moved to Tarrow in 1934.', '')).toBe(0);
  });
  it("is read from the answer's sentence and the one before it in its article", () => {
    const cups = oneArticleStory(
      'cup',
      'Tarrow cup',
      'The Orvel club first won the Tarrow cup in 1921. Its captain was Ilsa Brandt. The Vennor club won it in 1934.',
    );
    const at = (text: string) => cups.sentences.find((s) => s.text.startsWith(text))!.id;
    expect(heldWords(cups, 'Who captained the club in 1921?', at('Its captain')).otherYear).toBe(0);
    expect(heldWords(cups, 'Who won the Tarrow cup in 1921?', at('The Vennor')).otherYear).toBe(1);
  });
});

describe('heldWords rarestHeld', () => {
  // An invented harbour paragraph: "harbour" in every sentence, the ferry's words in one.
  const harbour = oneArticleStory(
    'harbour',
    'Harbour news',
    'The harbour ferry Miren sailed to Tolvik on Monday. The harbour board met on Tuesday. The harbour lights failed at night.',
  );
  const at = (text: string) => harbour.sentences.find((s) => s.text.startsWith(text))!.id;
  it("is 1 when the answer's sentence holds the question's rarest written words, not only its common ones", () => {
    expect(RAREST_HELD).toBe(2);
    const question = 'Which ferry sailed from the harbour to Tolvik?';
    expect(heldWords(harbour, question, at('The harbour ferry')).rarestHeld).toBe(1);
    expect(heldWords(harbour, question, at('The harbour board')).rarestHeld).toBe(0);
    // A question of which the story writes only one word has no two rarest words to hold.
    expect(heldWords(harbour, 'Which harbour did the Ostmark barge leave?', at('The harbour board')).rarestHeld).toBe(0);
  });
});

// An invented rowing article naming its coach only near its end, and quoting a steward after his words.
const lateName = oneArticleStory(
  'rowing',
  'Rowing season',
  [
    ...Array.from({ length: 30 }, (_, i) => `The Vennor crew rowed heat ${i + 1} on the lake.`),
    'The boat was painted green in April.',
    '"We will row faster next spring," according to Marta Lindqvist.',
    'Coach Ilsa Brandt picked the crew in March.',
  ].join(' '),
);

describe('heldWords rareNameBefore', () => {
  const at = (text: string) => lateName.sentences.find((s) => s.text.startsWith(text))!.id;
  const heldAt = (q: string, text: string) => heldWords(lateName, q, at(text));
  it('marks a rare name of the question that the answer’s article has not written by the answer’s sentence', () => {
    expect(1 / lateName.sentences.length).toBeLessThan(RARE_NAME_SHARE);
    const held = heldAt('When did Ilsa Brandt paint the boat?', 'The boat was painted');
    expect(held.rareNameBefore).toBe(1);
    // The article writes it later: the whole-article check lets it through.
    expect(held.rareNameOffArticle).toBe(0);
  });
  it('leaves alone a name written in the answer’s sentence or before it', () => {
    expect(heldAt('When did Ilsa Brandt pick the crew?', 'Coach Ilsa Brandt').rareNameBefore).toBe(0);
    expect(heldAt('What did the crew do after Marta Lindqvist spoke?', 'Coach Ilsa Brandt').rareNameBefore).toBe(0);
  });
  it('leaves alone a person the story quotes, whose words come before her name', () => {
    expect(lateName.actors.find((a) => a.name === 'Marta Lindqvist')?.quotes.length).toBeGreaterThan(0);
    expect(heldAt('When did Marta Lindqvist want the boat painted?', 'The boat was painted').rareNameBefore).toBe(0);
  });
});

describe('otherPerson', () => {
  // An invented rowing story: Ivo Brandt is named often; the last sentence tells of another rower.
  const rowing = oneArticleStory(
    'rowing',
    'Velden regatta',
    'Ivo Brandt won the single sculls at the Velden regatta. Ivo Brandt trains on the lake every morning. ' +
      'Ivo waved to the crowd. Brandt said the wind was hard. Ada Vik agreed with the judges. The regatta ended at noon. ' +
      'Brandt and Ada Vik shared a boat in June. The lake froze in winter. ' +
      'Ada Vik, who lives in Orsk, took up rowing two years ago. He moved to Tarnby in 2001.',
  );
  const at = (start: string) => rowing.sentences.findIndex((s) => s.text.startsWith(start));
  const ask = (question: string, start: string) => otherPerson(rowing, question, subjectTerms(rowing, question), at(start));

  it('holds when the sentence tells of another person and names nothing the question names', () => {
    expect(rowing.sentences.some((s) => s.entities.some((e) => e.type === 'PERSON' && e.text === 'Ada Vik'))).toBe(true);
    expect(ask('Where does Brandt live?', 'Ada Vik, who')).toBe(true);
    expect(ask('When did Ivo Brandt take up rowing?', 'Ada Vik, who')).toBe(true);
  });

  it('does not hold for a sentence naming the person (or after one that does), a pronoun, no person, or a question naming no person', () => {
    expect(ask('Where does Brandt train?', 'Ivo Brandt trains')).toBe(false);
    expect(ask('Where does Brandt live?', 'Ada Vik agreed')).toBe(false);
    // "Brandt" in the sentence is the "Ivo" the question asks about, whoever else it names.
    expect(ask('When did Ivo row?', 'Brandt and Ada Vik')).toBe(false);
    expect(ask('Where did Brandt move?', 'He moved')).toBe(false);
    expect(ask('When did Brandt leave the regatta?', 'The regatta ended')).toBe(false);
    expect(ask('Where does the coach live?', 'Ada Vik, who')).toBe(false);
    // "Brandt Harbour" is another name than the person's.
    expect(ask('Where is Brandt Harbour?', 'Ada Vik, who')).toBe(false);
  });
});
