import { describe, expect, it } from 'vitest';
import {
  bodiesOfMember,
  hasMinorPlaceSense,
  hasMixedSenses,
  memberGroupWords,
  namesCollection,
  namesTitledWork,
  rarePluralOf,
  multiwordStarts,
  nounClass,
  nounClasses,
  commonNounClasses,
  hasNameSense,
  nounKindNames,
  nounKinds,
  personNounSex,
  pluralLemmaOf,
  happeningKinds,
  relatedWords,
  senseClasses,
  singularNoun,
  verbConverses,
  verbKinds,
  isVerbLemma,
} from '../../src/lexicon/index.js';

describe('hasMixedSenses', () => {
  it('tells a noun whose first sense holds little of its tag counts from one whose first sense dominates', () => {
    expect(hasMixedSenses('unit')).toBe(true);
    expect(hasMixedSenses('stages')).toBe(true);
    expect(hasMixedSenses('province')).toBe(false);
    expect(hasMixedSenses('lawyer')).toBe(false);
    expect(hasMixedSenses('xqzt')).toBe(false);
  });
  it('counts the senses of a noun never tagged alike: a first sense of one class in four is no better a guess', () => {
    expect(hasMixedSenses('trailer')).toBe(true);
    expect(hasMixedSenses('gorge')).toBe(true);
    expect(hasMixedSenses('tribe')).toBe(false);
  });
});

describe('namesCollection', () => {
  it('tells a group of things from a body or a group of persons by the first sense', () => {
    expect(namesCollection('pairs')).toBe(true);
    expect(namesCollection('set')).toBe(true);
    expect(namesCollection('tribe')).toBe(false);
    expect(namesCollection('nationality')).toBe(false);
    expect(namesCollection('company')).toBe(false);
    // A group that also names a place or land by another sense: trees together, and land covered with trees.
    expect(namesCollection('forest')).toBe(false);
    expect(namesCollection('forests')).toBe(false);
  });
});

describe('rarePluralOf', () => {
  it('reads a plural WordNet also lists as its own noun as the plural when annotators met it less often as itself', () => {
    expect(rarePluralOf('leaders')).toBe('leader');
    expect(rarePluralOf('parts')).toBe('part');
    expect(rarePluralOf('species')).toBeUndefined();
    expect(rarePluralOf('means')).toBeUndefined();
    expect(rarePluralOf('workers')).toBeUndefined();
  });
});

describe('hasMinorPlaceSense', () => {
  it('tells an organisation noun rarely meant as a place from one that is a place as often', () => {
    expect(hasMinorPlaceSense('network')).toBe(true);
    expect(hasMinorPlaceSense('networks')).toBe(true);
    expect(hasMinorPlaceSense('country')).toBe(false);
    expect(hasMinorPlaceSense('church')).toBe(false);
    expect(hasMinorPlaceSense('xqzt')).toBe(false);
  });
});

describe('namesTitledWork', () => {
  it('tells a noun of a work, a broadcast or a broadcasting station from one of something untitled', () => {
    expect(namesTitledWork('episodes')).toBe(true);
    expect(namesTitledWork('book')).toBe(true);
    expect(namesTitledWork('radio station')).toBe(true);
    expect(namesTitledWork('talk show')).toBe(true);
    expect(namesTitledWork('station')).toBe(false);
    expect(namesTitledWork('process')).toBe(false);
    expect(namesTitledWork('invention')).toBe(false);
    expect(namesTitledWork('genre')).toBe(false);
  });
});

describe('nounClass', () => {
  it('tells people, places, organisations, times and quantities apart by their most frequent sense', () => {
    expect(nounClass('lawyer')).toBe('person');
    expect(nounClass('whistleblower')).toBe('person');
    expect(nounClass('province')).toBe('place');
    expect(nounClass('stadium')).toBe('place');
    expect(nounClass('firm')).toBe('organization');
    expect(nounClass('hours')).toBe('time');
    expect(nounClass('quota')).toBe('quantity');
  });

  it('reads a continent as a place, though WordNet files it under natural objects', () => {
    expect(nounClass('continent')).toBe('place');
    const continents = nounKinds('continent');
    expect(continents.length).toBeGreaterThan(3);
    for (const c of continents) expect(nounClass(c)).toBe('place');
  });

  it('reads plurals, irregular plurals and possessives', () => {
    expect(nounClass('ministries')).toBe(nounClass('ministry'));
    expect(nounClass('children')).toBe('person');
    expect(nounClass('women')).toBe('person');
    expect(nounClass("lawyer's")).toBe('person');
  });

  it('knows nothing of words that are not English nouns', () => {
    expect(nounClass('qwzxv')).toBeUndefined();
    expect(nounClasses('qwzxv')).toEqual([]);
  });

  it('lists the classes of every kept sense, most frequent first, once each', () => {
    const classes = nounClasses('volcano');
    expect(classes).toContain('place');
    expect(new Set(classes).size).toBe(classes.length);
  });
});

describe('commonNounClasses', () => {
  it('reads a word by the senses WordNet writes in lower case, a plural by its singular', () => {
    expect(nounClasses('jersey')[0]).toBe('place');
    expect(commonNounClasses('jersey')).toEqual(['artifact']);
    expect(nounClasses('fields')).toEqual(['person']);
    expect(commonNounClasses('fields')).toEqual(nounClasses('field'));
    // An abbreviation in capitals is no name.
    expect(commonNounClasses('ceo')).toEqual(['person']);
    expect(commonNounClasses('qwzxv')).toEqual([]);
  });
});

describe('hasNameSense', () => {
  it('tells a spelling WordNet writes as a name in some sense from a common noun only, looked up whole', () => {
    expect(hasNameSense('Neptune')).toBe(true);
    expect(hasNameSense('Sri Lanka')).toBe(true);
    expect(hasNameSense('Jungle')).toBe(false);
    expect(hasNameSense('qwzxv')).toBe(false);
  });
});

describe('senseClasses', () => {
  it('keeps the class of each sense in sense order, repeats and all', () => {
    expect(senseClasses('peanut').slice(0, 3)).toEqual(['other', 'other', 'person']);
    expect(nounClasses('peanut').slice(0, 2)).toEqual(['other', 'person']);
    expect(senseClasses('qwzxv')).toEqual([]);
  });

  it('keeps the list of a lemma once made, and gives the same one when asked again', () => {
    expect(senseClasses('peanut')).toBe(senseClasses('peanut'));
    expect(senseClasses('Peanut')).toBe(senseClasses('peanut'));
  });
});

describe('relatedWords', () => {
  it('gives synonyms and derived forms in lower case', () => {
    expect(relatedWords('resign')).toContain('resignation');
    expect(relatedWords('Injure')).toContain('wound');
    expect(relatedWords('resign')).not.toContain('resign');
  });

  it('knows multiword lemmas, keyed by their words joined with underscores', () => {
    expect(relatedWords('put_off')).toContain('postpone');
    expect(relatedWords('prime_minister')).toContain('premier');
  });

  it("links an adverb to the adjective it is made from (WordNet's pertainyms)", () => {
    expect(relatedWords('consecutively')).toContain('consecutive');
  });

  it('is empty for an unknown word', () => {
    expect(relatedWords('qwzxv')).toEqual([]);
  });
});

describe('multiwordStarts', () => {
  it('holds the first two words of each multiword lemma with related words, and no pair that opens none', () => {
    expect(relatedWords('put_off').length).toBeGreaterThan(0);
    expect(multiwordStarts().get('put')?.has('off')).toBe(true);
    expect(multiwordStarts().get('prime')?.has('minister')).toBe(true);
    expect(multiwordStarts().get('put')?.has('')).toBe(false);
    expect(multiwordStarts().get('zorblat')).toBeUndefined();
    expect(multiwordStarts().get('in')?.has('the')).toBe(true);
    expect(multiwordStarts()).toBe(multiwordStarts());
  });
});

describe('memberGroupWords', () => {
  it('ties a member noun to its body both ways, and nothing else to anything', () => {
    expect(memberGroupWords('juror')).toContain('jury');
    expect(memberGroupWords('jury')).toContain('juror');
    expect(memberGroupWords('qwzxv')).toEqual([]);
  });
});

describe('bodiesOfMember', () => {
  it('ties a member noun to its body one way only', () => {
    expect(bodiesOfMember('juror')).toContain('jury');
    expect(bodiesOfMember('jury')).not.toContain('juror');
    expect(bodiesOfMember('qwzxv')).toEqual([]);
  });
});

describe('nounKinds', () => {
  it('lists kinds and instances of a noun, two levels down, a plural read as its singular', () => {
    expect(nounKinds('religion')).toContain('buddhism');
    expect(nounKinds('vehicles')).toContain('cart');
    expect(nounKinds('vehicle')).not.toContain('vehicle');
    expect(nounKinds('vehicle')).not.toContain('truck'); // three levels down
  });

  it("gives none for WordNet's top nouns, nor for people, nor for words it does not know", () => {
    expect(nounKinds('entity')).toEqual([]);
    expect(nounKinds('player')).toEqual([]);
    expect(nounKinds('qwzxv')).toEqual([]);
  });
});

describe('nounKindNames', () => {
  it('lists kinds and instances of one word and of several, words joined by spaces', () => {
    expect(nounKindNames('countries').has('sri lanka')).toBe(true);
    expect(nounKindNames('country').has('portugal')).toBe(true);
    expect(nounKinds('country')).not.toContain('sri_lanka');
  });
});

describe('personNounSex', () => {
  it('reads the sex of a person noun from its first person sense, a plural read as its singular', () => {
    expect(personNounSex('queen')).toBe('f');
    expect(personNounSex('actresses')).toBe('f');
    expect(personNounSex('actress')).toBe('f');
    expect(personNounSex('king')).toBe('m');
    expect(personNounSex('husband')).toBe('m');
  });
  it('reads no sex from a noun of either sex, nor one a gloss gives both sexes', () => {
    expect(personNounSex('parent')).toBeUndefined();
    expect(personNounSex('nurse')).toBeUndefined();
    expect(personNounSex('soldier')).toBeUndefined();
    expect(personNounSex('bridge')).toBeUndefined();
  });
});

describe('verbConverses', () => {
  it('pairs the verbs that tell one event from its two sides, and the verbs that entail one side', () => {
    expect(verbConverses('sell')).toContain('buy');
    expect(verbConverses('buy')).toContain('sell');
    expect(verbConverses('lend')).toEqual(['borrow']);
    expect(verbConverses('beat')).toEqual(['lose']);
    expect(verbConverses('lose')).toEqual(expect.arrayContaining(['win', 'beat', 'defeat']));
  });
  it('gives no mere opposite (keep / lose, allow / deny) and nothing for an unknown verb', () => {
    expect(verbConverses('keep')).toEqual([]);
    expect(verbConverses('lose')).not.toContain('keep');
    expect(verbConverses('allow')).toEqual([]);
    expect(verbConverses('zzz')).toEqual([]);
  });
});

describe('verbKinds', () => {
  it('gives the verbs a verb is a kind of, one step up, without what it causes', () => {
    expect(verbKinds('buy')).toContain('acquire');
    expect(verbKinds('develop')).toContain('create');
    expect(verbKinds('kill')).not.toContain('die');
  });
  it('gives no verb of very many kinds, and nothing for a word it does not know', () => {
    expect(verbKinds('translate')).not.toContain('change');
    expect(verbKinds('blorf')).toEqual([]);
  });
});

describe('happeningKinds', () => {
  it("gives a verb's kind of happening one step up and what it causes", () => {
    expect(happeningKinds('buy')).toContain('acquire');
    expect(happeningKinds('kill')).toContain('die');
    expect(happeningKinds('resign')).toContain('quit');
  });
  it('reads nouns of acts and events only, a plural by its singular, and nothing for an unknown word', () => {
    expect(happeningKinds('takeover')).toContain('buyout');
    expect(happeningKinds('takeovers')).toContain('buyout');
    expect(happeningKinds('mountain')).toEqual([]);
    expect(happeningKinds('zzz')).toEqual([]);
  });
});

describe('pluralLemmaOf', () => {
  it('gives the singular of a lemma WordNet writes as the plural of another noun, and nothing for other words', () => {
    expect(pluralLemmaOf('words')).toBe('word');
    expect(pluralLemmaOf('arms')).toBe('arm');
    expect(pluralLemmaOf('quarrel')).toBeUndefined();
    expect(pluralLemmaOf('glass')).toBeUndefined();
    expect(pluralLemmaOf('workers')).toBeUndefined();
  });
});

describe('singularNoun', () => {
  it('gives the noun a regular or irregular plural stands for, and nothing for a word that is no plural', () => {
    expect(singularNoun('laboratories')).toBe('laboratory');
    expect(singularNoun('churches')).toBe('church');
    expect(singularNoun('witnesses')).toBe('witness');
    expect(singularNoun('workers')).toBe('worker');
    expect(singularNoun('women')).toBe('woman');
    expect(singularNoun('harbour')).toBeUndefined();
    expect(singularNoun('xqzts')).toBeUndefined();
  });

  it('gives only a singular that `accept` takes', () => {
    expect(singularNoun('seeds', (noun) => noun === 'seed')).toBe('seed');
    expect(singularNoun('seeds', (noun) => noun === 'harbour')).toBeUndefined();
    expect(singularNoun('women', (noun) => noun === 'man')).toBeUndefined();
  });
});

describe('isVerbLemma', () => {
  it('knows a word WordNet has as a verb, and not one it has only as a noun', () => {
    expect(isVerbLemma('fund')).toBe(true);
    expect(isVerbLemma('fall')).toBe(true);
    expect(isVerbLemma('take_place')).toBe(true);
    expect(isVerbLemma('empire')).toBe(false);
    expect(isVerbLemma('council')).toBe(false);
  });
});
