import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { definedThing, describesThing, thingPattern } from '../../src/answer/defineThing.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented harbour story that says what some of its things are, each in another way, and names one it never describes.
const story = buildStory(
  [
    {
      id: 'harbour',
      title: 'Harbour works',
      titleGiven: true,
      file: 'harbour.md',
      published: '2031-05-06',
      body:
        'A tidewell is a stone basin that fills at high water. Crews from the Orrin Dock Company rebuilt two tidewells on Monday.\n\n' +
        'The work was paid for by the Lantern Fund, a charity set up by local fishermen. Boats were moored in the skerrow (a sheltered inner pool) during the repairs.\n\n' +
        'Divers checked the old sea gates, also known as drowners, before the tide turned. The veteran diver Ilse Marrow led them.\n\n' +
        'Engineers from the Pell Institute inspected the quay. The plan was approved by the HBA, which meets monthly. The Harbour Board of Appeal (HBA) has five members.\n\n' +
        'Narrow stone steps are sometimes called glints.',
    },
  ],
  'define-fixture',
);

describe('definedThing', () => {
  it('reads the thing a "what is X?" question asks to have described', () => {
    expect(definedThing('What is a tidewell?')).toBe('tidewell');
    expect(definedThing('What are drowners?')).toBe('drowners');
    expect(definedThing('What was the Lantern Fund?')).toBe('Lantern Fund');
  });
  it('leaves questions for a value or a relation alone', () => {
    expect(definedThing('What is the average fare?')).toBeUndefined();
    expect(definedThing('What is the capital of Norland?')).toBeUndefined();
    expect(definedThing('What is the Lantern Fund known for?')).toBeUndefined();
    expect(definedThing("What is the Fund's name?")).toBeUndefined();
  });
});

describe('"What is X?" answered with what the story says X is', () => {
  it('takes the complement of "X is a …"', () => {
    expect(answerQuestion(story, 'What is a tidewell?').answer?.text).toBe('a stone basin that fills at high water');
  });
  it('takes a noun phrase set beside X, in commas or brackets', () => {
    expect(answerQuestion(story, 'What is the Lantern Fund?').answer?.text).toBe('a charity');
    expect(answerQuestion(story, 'What is a skerrow?').answer?.text).toBe('a sheltered inner pool');
  });
  it('takes the noun phrase X is another name for', () => {
    expect(answerQuestion(story, 'What are drowners?').answer?.text).toBe('old sea gates');
  });
  it('takes the subject of "… is (sometimes) called X" or "… are also known as X"', () => {
    expect(answerQuestion(story, 'What are glints?').answer?.text).toBe('Narrow stone steps');
  });
  it('takes the common noun before a name', () => {
    expect(answerQuestion(story, 'What is Ilse Marrow?').answer?.text).toBe('veteran diver');
  });
  it('gives no short answer, rather than another name, when the story does not describe X', () => {
    const answer = answerQuestion(story, 'What is the Orrin Dock Company?');
    expect(answer.answer).toBeNull();
    expect(answer.excerpts[0]?.text).toContain('Orrin Dock Company');
  });
  it('spells out an abbreviation first', () => {
    expect(answerQuestion(story, 'What is HBA?').answer?.text).toBe('Harbour Board of Appeal');
  });
});

// An invented mill story that writes its things only inside other noun phrases: no description of the kind asked.
const mill = buildStory(
  [
    {
      id: 'mill',
      title: 'Mill fire',
      titleGiven: true,
      file: 'mill.md',
      published: '2031-05-07',
      body:
        'Old records of Velden Mill were lost in the fire on Tuesday.\n\n' +
        'In spring the nets covering the skerrows are a hazard to small boats.\n\n' +
        'In case of Orsk Water rising, the gates stay shut.\n\n' +
        'The mill stood in the hill town of Tarnby.',
    },
  ],
  'define-kind-fixture',
);

describe('"What is X?" with X inside another noun phrase', () => {
  it('takes no plural noun before "of X" for what X is, but a singular one', () => {
    expect(answerQuestion(mill, 'What is Velden Mill?').answer).toBeNull();
    expect(answerQuestion(mill, 'What is Tarnby?').answer?.text).toBe('hill town');
  });
  it('takes no copula whose subject X is the object of a verb in', () => {
    expect(answerQuestion(mill, 'What are skerrows?').answer).toBeNull();
  });
  it('takes no noun before "of X" with no "the"', () => {
    expect(answerQuestion(mill, 'What is Orsk Water?').answer).toBeNull();
  });
});

describe('definedThing: what X is read as', () => {
  it('reads no thing where the last word is the verb of the noun before it', () => {
    expect(definedThing('What are tidewells lacking?')).toBeUndefined();
    expect(definedThing('What is retrograde welding?')).toBe('retrograde welding');
  });
  it('reads a name whose capitalised words "of" links, but not two names paired by "and"', () => {
    expect(definedThing('What is the Guild of Rope Makers?')).toBe('Guild of Rope Makers');
    expect(definedThing('What were Pellam and the Vasker?')).toBeUndefined();
  });
});

// An invented quay story that says what its things are in the ways the first harbour story does not.
const quay = buildStory(
  [
    {
      id: 'quay',
      title: 'Quay works',
      titleGiven: true,
      file: 'quay.md',
      published: '2031-05-08',
      body:
        'A windlass is that part of the crane which winds the chain. Crews laid flat-topped stones, or capstones, along the wall.\n\n' +
        'Boats rest on wide mud banks (the "slobs") at low tide. The crews worked toward the Orrel Plan: a new sea wall with three gates.\n\n' +
        'A basin which fills at high water is known as a tidepan.\n\n' +
        "The quay was built from a kind of granite called brennock. The wall dates from the Three Winters' Storm, a gale that lasted a week.",
    },
  ],
  'define-quay-fixture',
);

describe('"What is X?" answered from the other ways a story says what X is', () => {
  it('takes "that" and a noun a relative clause narrows down after the copula', () => {
    expect(answerQuestion(quay, 'What is a windlass?').answer?.text).toBe('that part of the crane which winds the chain');
  });
  it('takes a hyphened compound whole', () => {
    expect(answerQuestion(quay, 'What are capstones?').answer?.text).toBe('flat-topped stones');
  });
  it('takes the noun phrase before "(the \'X\')"', () => {
    const sentence = quay.sentences.find((s) => s.text.includes('slobs'))!;
    expect(describesThing(sentence, thingPattern('slobs'))).toBe(true);
    expect(answerQuestion(quay, 'What are slobs?').answer?.text).toBe('wide mud banks');
  });
  it('takes the noun phrase after "X:"', () => {
    expect(answerQuestion(quay, 'What is the Orrel Plan?').answer?.text).toBe('a new sea wall with three gates');
  });
  it('takes the whole subject of "… is known as X", its relative clause too', () => {
    expect(answerQuestion(quay, 'What is a tidepan?').answer?.text).toBe('basin which fills at high water');
  });
  it('takes "a kind of N" before "called X"', () => {
    expect(answerQuestion(quay, 'What is brennock?').answer?.text).toBe('kind of granite');
  });
  it('finds X written with a possessive apostrophe the question leaves out', () => {
    expect(answerQuestion(quay, 'What was the Three Winters Storm?').answer?.text).toBe('a gale that lasted a week');
  });
});

// An invented ferry story whose descriptions go on past their noun with a participle phrase.
const ferry = buildStory(
  [
    {
      id: 'ferry',
      title: 'Ferry notes',
      titleGiven: true,
      file: 'ferry.md',
      published: '2031-06-02',
      body:
        'The Corvel Inn, a guesthouse perched above the old ferry slip, reopened in May.\n\n' +
        "Brindlenet was a switched radio network run by the pilots' guild until 2030.\n\n" +
        'Wharfmen are labourers hired by the day.\n\n' +
        'Saltpan is the name given to the mud flats north of the quay.',
    },
  ],
  'define-ferry-fixture',
);

describe('"What is X?" answered up to a participle phrase after the description\'s noun', () => {
  it('ends a description opening with an article before the participle phrase after its noun', () => {
    expect(answerQuestion(ferry, 'What is the Corvel Inn?').answer?.text).toBe('a guesthouse');
    expect(answerQuestion(ferry, 'What was Brindlenet?').answer?.text).toBe('a switched radio network');
  });
  it('keeps the participle phrase after a noun with no article, or after a naming noun', () => {
    expect(answerQuestion(ferry, 'What are wharfmen?').answer?.text).toBe('labourers hired by the day');
    expect(answerQuestion(ferry, 'What is Saltpan?').answer?.text).toBe('the name given to the mud flats north of the quay');
  });
});

// An invented moss story that writes a Greek letter where a question spells out its name.
const moss = buildStory(
  [
    {
      id: 'moss',
      title: 'Moss pigments',
      titleGiven: true,
      file: 'moss.md',
      published: '2031-07-09',
      body: 'δ-pelorin is a pale blue pigment of sea moss. Divers gather the moss in spring.',
    },
  ],
  'define-moss-fixture',
);

describe('"What is X?" with a Greek letter written as its name', () => {
  it('finds X where the story writes the letter itself', () => {
    expect(answerQuestion(moss, 'What is delta pelorin?').answer?.text).toBe('a pale blue pigment of sea moss');
  });
});
