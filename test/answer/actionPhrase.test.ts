import { describe, expect, it } from 'vitest';
import { asksAction } from '../../src/answer/actionPhrase.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: what a guild did, and what it refused to do. */
const story = oneArticleStory(
  'guild',
  'Guild',
  'The ferry guild of Port Alder met on Tuesday. ' +
    'The guild refused to sell the old ferry, and the harbour board complained. ' +
    'The ropemakers of the town are paid to mend the nets, but they rarely do. ' +
    'Later the salt traders closed the north pier for the winter. ' +
    'The south quay is used to load timber.',
);
const ask = askShort(story);

describe('a question asking what someone did', () => {
  it('is one when its verb "do" ends it', () => {
    expect(asksAction('What did the guild refuse to do?')).toBe(true);
    expect(asksAction('what do the traders do?')).toBe(true);
    expect(asksAction('What did the guild do in May?')).toBe(false);
    expect(asksAction('What did the guild sell?')).toBe(false);
  });

  it('is answered with the verb phrase after the question’s words, to the end of its clause', () => {
    expect(ask('What did the salt traders do?')).toBe('closed the north pier for the winter');
  });

  it('is answered with the verb after "to" for "what did X refuse to do"', () => {
    expect(ask('What did the guild refuse to do?')).toBe('sell the old ferry');
  });

  it('reads the infinitive after a passive verb, not the passive verb: what is done to the subject is not what it does', () => {
    expect(ask('What does the south quay do?')).toBe('load timber');
  });

  it('ends the phrase before a word that opens another clause', () => {
    expect(ask('What are the ropemakers paid to do?')).toBe('mend the nets');
  });
});

/** Invented: what became of a harbour town's lanterns and mill. */
const town = oneArticleStory(
  'lanterns',
  'Lanterns',
  'A winter gale reached Marrowby on Friday. ' +
    'The brass lanterns along the fish market were smashed by falling slates. ' +
    'The mill wheel turned faster than ever before. ' +
    'Fishermen stayed ashore until Monday.',
);
const askTown = askShort(town);

describe('a question asking what happened to something', () => {
  it('reads the verb past the subject’s own modifiers', () => {
    expect(askTown('What happened to the brass lanterns?')).toBe('smashed by falling slates');
  });

  it('is asked with "with" too', () => {
    expect(askTown('What happened with the mill wheel?')).toBe('turned faster than ever');
  });
});

/** Invented: what a harbour board did with a barge, told past an adverb, and what a crew did before a storm. */
const harbour = oneArticleStory(
  'barge',
  'Barge',
  'In 1904 the harbour board quietly sold the old barge to a scrap dealer from Velden. ' +
    'Before the storm the Tolly crew hauled every boat above the tide line.',
);
const askHarbour = askShort(harbour);

describe('a question asking what someone did, with more after "do" or a scene set before it', () => {
  it('is one of "do" last past a phrase setting the scene; with a phrase after "do", it is left to the extractor', () => {
    expect(asksAction('Before the storm, what did the crew do?')).toBe(true);
    expect(asksAction('What did the board do with the old barge?')).toBe(false);
    expect(asksAction('What did the crew do when the storm came?')).toBe(false);
  });

  it('is answered with the verb phrase after the question’s words, where none follows the subject right away', () => {
    expect(askHarbour('What did the harbour board do with the old barge?')).toBe('sold the old barge to a scrap dealer from Velden');
    expect(askHarbour('Before the storm, what did the Tolly crew do?')).toBe('hauled every boat above the tide line');
  });
});

/** Invented: what some barges, wardens and pilots do or did, each told in a relative clause after their words. */
const relatives = oneArticleStory(
  'shore',
  'Shore',
  'The guild owns two salt barges, which can carry forty tons of grain. ' +
    'Last spring the village hired three dune wardens, who rebuilt the fences along the shore. ' +
    'The storm stranded six river pilots that guided the barges through the fog.',
);
const askRelatives = askShort(relatives);

describe('a question asking what someone did, told in a relative clause', () => {
  it('is answered with the verb after the relative pronoun standing for the question’s words', () => {
    expect(askRelatives('What can the salt barges do?')).toBe('carry forty tons of grain');
    expect(askRelatives('What did the dune wardens do?')).toBe('rebuilt the fences along the shore');
    expect(askRelatives('What did the river pilots do?')).toBe('guided the barges through the fog');
  });
});

/** Invented: what a park's rangers did, told with fewer of the question's words than it writes. */
const park = oneArticleStory(
  'park',
  'Park',
  'The park at Selby Point opened in 1990. Its rangers counted the seals every morning. The gate is painted blue.',
);

describe('a question asking what someone did, its subject written shorter in the excerpt', () => {
  it('is answered with the verb after the subject’s head noun alone', () => {
    expect(askShort(park)('What did the coastal rangers do?')).toBe('counted the seals every morning');
  });
});

/** Invented: what a mill owner did with a sunken barge, told with the barge as the object of her verb. */
const weir = oneArticleStory(
  'weir',
  'Weir',
  'The painted barge of the Orsk guild sank near the weir in May. ' +
    'Its owner, Orla Vance, later raised the barge and sold it for timber. ' +
    'The villagers feared the flood for weeks.',
);
const askWeir = askShort(weir);

describe('a question asking what someone did with or to something', () => {
  it('is answered with the verb acting on that thing, whatever the subject is called there (alone: the thing is the question’s words)', () => {
    expect(askWeir('What did Orla Vance do with the barge?')).toBe('raised');
  });

  it('is not read so when "to" opens an infinitive: "do to stop the flood" asks a means, not what was done to the flood', () => {
    expect(askWeir('What did Orla Vance do to stop the flood?')).not.toBe('feared the flood');
  });
});

/** Invented: what a hermit vowed, an infinitive of "be" and a describing word. */
const hermit = oneArticleStory(
  'hermit',
  'Hermit',
  'The old hermit of Grebe Hollow vowed to be silent until the spring thaw. Pilgrims left bread at his door.',
);

describe('a question asking what someone vowed or refused to do, told with "to be"', () => {
  it('is answered with "be" and the describing word after it', () => {
    expect(askShort(hermit)('What did the old hermit vow to do?')).toBe('be silent until the spring thaw');
  });
});

/** Invented: what became of a chapel bell, told only as the object of its wardens' verb. */
const chapel = oneArticleStory(
  'bell',
  'Bell',
  'The chapel at Orrin Ford stood empty after 1920. In March the wardens sold the brass bell for coins.',
);

describe('a question asking what happened to something, told as the object of a verb', () => {
  it('is answered with the verb acting on it where no verb follows its words', () => {
    expect(askShort(chapel)('What happened to the brass bell?')).toBe('sold the brass bell');
  });
});

/** Invented: what a guild did to its mill, beside what a flood did to it. */
const mill = oneArticleStory(
  'mill',
  'Mill',
  'Each spring the Tarrow guild gathers by its old mill, and each year the flood damaged the mill. ' +
    'In May they repaired the mill with oak beams.',
);

describe('a question asking what someone did to something, told with another doer', () => {
  it('is answered with the verb whose subject is the question’s doer, not another one acting on the thing', () => {
    expect(askShort(mill)('What did the Tarrow guild do to the mill?')).toBe('repaired');
  });

  it('takes the thing’s noun before a unit of time after it as the thing acted on', () => {
    expect(askShort(mill)('What did the Tarrow guild do to the mill years later?')).toBe('repaired');
  });
});
