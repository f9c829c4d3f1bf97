import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/answer/mentions.js';
import {
  appositionEdge,
  coordinatedPlace,
  describedByName,
  firstPlaced,
  placedBeforeNamed,
  placedByNoun,
  placedByVerb,
  placePhrases,
  relationBefore,
  withBearing,
} from '../../src/answer/placePhrases.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { questionNouns, questionVerbs } from '../../src/answer/placeAsked.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: where things are kept, told by common nouns; a town named in another sentence. */
const MILL_BODY =
  'The old grain mill stands beside the river at Penwick. ' +
  'Its ledgers are now kept inside the vault of the parish church. ' +
  'The brass scales were moved in the autumn of that year.';

/** Invented: places told by the verbs that put things there, beside other names and other verbs' places. */
const GUILD_BODY =
  'In 1904 the old keeper of the Tarn Guild hid its ledgers in a hollow oak. ' +
  'The caravan of the guild halted at Orsk Crossing, and the raiders withdrew to Velden Ridge. ' +
  'In 1911 the guild returned its looms to its birthplace, Orbury.';

/** Invented: two places, each after a noun that stands before it; the question tells them apart by the noun's adjective. */
const WEIRS_BODY =
  'The Marrow Board first met in 1871. ' +
  'A taming of the Marrow was ordered, with an upper weir near Orsk and a lower weir at Tolly, to end the floods.';

const story = oneArticleStory('mill', 'Mill', MILL_BODY);
const verbStory = oneArticleStory('guild', 'Guild', GUILD_BODY);
const nounStory = oneArticleStory('weirs', 'Weirs', WEIRS_BODY);

const ask = askShort(story);
const askVerb = askShort(verbStory);

function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}
const span = (s: StorySentence, text: string): Mention => {
  const start = s.text.indexOf(text);
  return { type: 'PHRASE', text, start, end: start + text.length };
};

describe('a where-question whose best excerpt names no place', () => {
  it('is answered by the phrase that excerpt places its subject in, not by a town of another sentence', () => {
    expect(ask('Where are the ledgers of the mill kept?')).toMatch(/vault/);
  });
});

describe('placePhrases', () => {
  it('keeps a phrase after a preposition of place, past its determiner, and no other', () => {
    const s = sentenceOf('Its ledgers are now kept inside the vault of the parish church.');
    const kept = placePhrases(s, [span(s, 'ledgers'), span(s, 'vault of the parish church')]);
    expect(kept.map((m) => m.text)).toEqual(['vault of the parish church']);
  });

  it('keeps a phrase after "through", which places a route', () => {
    const s = sentenceOf('The barges pass through the old lock gates.');
    expect(placePhrases(s, [span(s, 'barges'), span(s, 'old lock gates')]).map((m) => m.text)).toEqual(['old lock gates']);
  });

  it('leaves out a time after such a preposition', () => {
    const s = sentenceOf('The brass scales were moved in the autumn of 1921.');
    expect(placePhrases(s, [span(s, 'autumn of 1921')])).toEqual([]);
  });

  it('leaves out a phrase ending in a noun of time no tagger dates', () => {
    const s = sentenceOf('The guild meets in the old hall on Sunday afternoons.');
    expect(placePhrases(s, [span(s, 'old hall'), span(s, 'Sunday afternoons')]).map((m) => m.text)).toEqual(['old hall']);
  });
});

describe('placePhrases of compass places', () => {
  it('keeps a compass phrase after a preposition of place, and a compass word before "of", though no chunk holds them', () => {
    const fled = sentenceOf('In 1820 the weavers sailed to the west with their looms.');
    expect(placePhrases(fled, []).map((m) => m.text)).toEqual(['the west']);
    const part = sentenceOf('The weavers settled in the southeast part of Tarnmark.');
    expect(placePhrases(part, []).map((m) => m.text)).toEqual(['the southeast part of Tarnmark']);
    const west = sentenceOf('The mill stands a mile west of Corvale.');
    expect(placePhrases(west, []).map((m) => m.text)).toEqual(['west of Corvale']);
  });

  it('leaves a compass phrase that goes on the place phrase before it', () => {
    const s = sentenceOf('The sheep graze on the high moor to the west.');
    expect(placePhrases(s, [span(s, 'high moor')]).map((m) => m.text)).toEqual(['high moor']);
  });

  it('leaves a compass word that places nothing', () => {
    const s = sentenceOf('The north wind turned the sails of the mill.');
    expect(placePhrases(s, [])).toEqual([]);
  });
});

describe('a where-question whose verb the best excerpt writes', () => {
  it('is answered by the phrase that verb places, where no name there says where', () => {
    expect(askVerb('Where did the keeper hide the ledgers?')).toMatch(/hollow oak/);
  });

  it('is answered by the place after its own verb, not the one another verb tells', () => {
    expect(askVerb('Where did the caravan halt?')).toMatch(/Orsk/);
  });

  it('is answered by the name a phrase after its verb stands for', () => {
    expect(askVerb('Where did the guild return its looms?')).toBe('Orbury');
  });
});

describe('placedByVerb', () => {
  const verbs = (...terms: string[]) => new Set(terms);

  it("holds a candidate in the phrase after a preposition of place the question's verb governs", () => {
    const s = sentenceOf('The weavers worked at the old Corvale mill for a decade and later moved to Amberlee.');
    expect(placedByVerb(s, span(s, 'Corvale'), verbs('work'), false)).toBe(true);
    expect(placedByVerb(s, span(s, 'Amberlee'), verbs('work'), true)).toBe(false);
    expect(placedByVerb(s, span(s, 'Amberlee'), verbs('move'), true)).toBe(true);
  });

  it('reads a verb by its lemma, and a name in apposition to the phrase', () => {
    const s = sentenceOf('In 1820 the weavers fled to their birthplace, Orbury.');
    expect(placedByVerb(s, span(s, 'Orbury'), verbs('flee'), true)).toBe(true);
  });

  it('counts "to" only for a question about where something went, and "from" only for another', () => {
    const s = sentenceOf('Ada Vell was born to Tomas Brine in Corvale.');
    expect(placedByVerb(s, span(s, 'Tomas Brine'), verbs('bear'), false)).toBe(false);
    expect(placedByVerb(s, span(s, 'Corvale'), verbs('bear'), false)).toBe(true);
    const fled = sentenceOf('In 1820 the weavers fled from Orsk to Velden.');
    expect(placedByVerb(fled, span(fled, 'Orsk'), verbs('flee'), true)).toBe(false);
    expect(placedByVerb(fled, span(fled, 'Velden'), verbs('flee'), true)).toBe(true);
  });

  it('reads "be" as the verb of a question asking where a thing is located or found', () => {
    const s = sentenceOf('The ledger is now in the Orsk Guild vault in Tolly.');
    expect(placedByVerb(s, span(s, 'Orsk Guild'), questionVerbs('Where can the ledger be found?'), false)).toBe(true);
    expect(placedByVerb(s, span(s, 'Orsk Guild'), questionVerbs('Where did the ledger go missing?'), false)).toBe(false);
  });

  it('reads a phrase of place opening the sentence as placed by the verb of the clause after its comma', () => {
    const s = sentenceOf('In the upper valley, where frost comes early, the Orsk herds graze through the summer.');
    expect(placedByVerb(s, span(s, 'upper valley'), verbs('graze'), false)).toBe(true);
    expect(placedByVerb(s, span(s, 'upper valley'), verbs('come'), false)).toBe(false);
    // The tagger takes "form" for a noun: the question's verb ending the clause is its verb all the same.
    const noun = sentenceOf('In the cold shallows, where ice lies early, drift crusts form, as the herders say.');
    expect(placedByVerb(noun, span(noun, 'cold shallows'), verbs('form'), false)).toBe(true);
  });

  it('stops at a clause break and at another verb', () => {
    const s = sentenceOf('The weavers worked hard, and in Amberlee they became angry with the mill.');
    expect(placedByVerb(s, span(s, 'Amberlee'), verbs('work'), false)).toBe(false);
    expect(placedByVerb(s, span(s, 'mill'), verbs('become'), false)).toBe(false);
  });
});

describe('a where-question whose noun the best excerpt writes before a place', () => {
  it('is answered by the place after the noun phrase that holds most of its words', () => {
    expect(askShort(nounStory)('Where was the Marrow tamed with a lower weir?')).toBe('Tolly');
  });
});

describe('placedByNoun', () => {
  const s = sentenceOf('A taming of the Marrow was ordered, with an upper weir near Orsk and a lower weir at Tolly, to end the floods.');
  const nouns = questionNouns('Where was the Marrow tamed with a lower weir?');

  it("counts the question's words in the noun phrase before the preposition of place", () => {
    const terms = ['marrow', 'tame', 'lower', 'weir'];
    expect(placedByNoun(s, span(s, 'Tolly'), nouns, terms)).toBe(2);
    expect(placedByNoun(s, span(s, 'Orsk'), nouns, terms)).toBe(1);
  });

  it("is 0 after a noun the question does not write, and after a destination's preposition", () => {
    expect(placedByNoun(s, span(s, 'Tolly'), questionNouns('Where was the Marrow tamed?'), ['marrow', 'tame'])).toBe(0);
    const road = sentenceOf('The old weir road to Tolly was closed.');
    expect(placedByNoun(road, span(road, 'Tolly'), questionNouns('Where does the weir road run?'), ['weir', 'road', 'run'])).toBe(0);
  });
});

describe('a where-question whose answer the sentence coordinates with other phrases after one preposition', () => {
  it('is answered by every phrase of the list, not its first', () => {
    const listed = oneArticleStory(
      'tongue',
      'Tongue',
      'Tarnish is still heard in markets, chapels and courts. The Velden dialect is older.',
    );
    expect(askShort(listed)('Where is Tarnish heard?')).toBe('markets, chapels and courts');
  });
});

describe('coordinatedPlace', () => {
  it('runs from the phrase through the chunks joined to it by commas and a closing "and" or "or"', () => {
    const s = sentenceOf('The weavers kept their looms in sheds, barns or mill lofts.');
    const chunks = [span(s, 'weavers'), span(s, 'looms'), span(s, 'sheds'), span(s, 'barns'), span(s, 'mill lofts')];
    expect(coordinatedPlace(s, chunks, span(s, 'sheds'))?.text).toBe('sheds, barns or mill lofts');
  });

  it('takes a last member the chunker kept with its "and" ("chapels and courts")', () => {
    const s = sentenceOf('Tarnish is still heard in markets, chapels and courts.');
    expect(coordinatedPlace(s, [span(s, 'markets'), span(s, 'chapels and courts')], span(s, 'markets'))?.text).toBe(
      'markets, chapels and courts',
    );
  });

  it('is undefined where a comma opens no list: no closing "and" or "or", or a clause after it', () => {
    const said = sentenceOf('The weavers met in the hall, the elders said.');
    expect(coordinatedPlace(said, [span(said, 'hall'), span(said, 'elders')], span(said, 'hall'))).toBeUndefined();
    const hosts = sentenceOf('The fair is held in the Orsk Palace, Velden hosts many fairs and markets.');
    const chunks = [span(hosts, 'Orsk Palace'), span(hosts, 'Velden hosts many fairs and markets')];
    expect(coordinatedPlace(hosts, chunks, span(hosts, 'Orsk Palace'))).toBeUndefined();
  });
});

describe('appositionEdge', () => {
  it('finds the other comma of a noun phrase set off after a noun, either way', () => {
    const tokens = tagSentence('Vallin, the old master, spoke.').tokens;
    expect(appositionEdge(tokens, 1, 1)).toBe(5);
    expect(appositionEdge(tokens, 5, -1)).toBe(1);
  });
  it('finds none for a clause or a list between the commas', () => {
    expect(appositionEdge(tagSentence('The mill, which Vallin ran, closed.').tokens, 2, 1)).toBe(-1);
    expect(appositionEdge(tagSentence('He sold the barn, the hall and the mill, in 1901.').tokens, 10, -1)).toBe(-1);
  });
});

describe('a where-question that names the place holding the one asked for', () => {
  it('is answered by the place phrase the sentence places in that named place, not by another name of the sentence', () => {
    const crew = oneArticleStory(
      'tests',
      'Tests',
      'The crew trained and ran tests of the engine at Orsk Works, and in the pressure hall at the Tolly Field.',
    );
    expect(askShort(crew)('Where did the crew run tests at Tolly Field?')).toMatch(/pressure hall$/);
  });
});

describe('placedBeforeNamed', () => {
  it('holds a phrase right before a preposition of place and a name the question writes', () => {
    const s = sentenceOf('The crew ran tests at Orsk Works, and in the pressure hall at the Tolly Field.');
    const question = 'where did the crew run tests at tolly field?';
    expect(placedBeforeNamed(s, span(s, 'pressure hall'), question)).toBe(true);
    expect(placedBeforeNamed(s, span(s, 'Orsk Works'), question)).toBe(false);
    expect(placedBeforeNamed(s, span(s, 'pressure hall'), 'where did the crew run tests at orsk works?')).toBe(false);
  });

  it('takes no date for a named place', () => {
    const s = sentenceOf('The crew ran tests in the pressure hall in May.');
    expect(placedBeforeNamed(s, span(s, 'pressure hall'), 'where did the crew run tests in may?')).toBe(false);
  });
});

describe('withBearing', () => {
  it('takes in the house number before a street and the compass point before "of"', () => {
    const s = sentenceOf('The guild opened a shop at 12 Harbour Road, and its riders camped west of Velden.');
    expect(withBearing(s, span(s, 'Harbour Road'))?.text).toBe('12 Harbour Road');
    expect(withBearing(s, span(s, 'Velden'))?.text).toBe('west of Velden');
  });

  it('takes in the ordinal, the word before it and the house number before a street named by its last word alone', () => {
    const s = sentenceOf('The guild moved from 14 East 3rd Avenue to 9th Street, beside 20 Mill Street.');
    expect(withBearing(s, span(s, 'Avenue'))?.text).toBe('14 East 3rd Avenue');
    expect(withBearing(s, span(s, 'Street'))?.text).toBe('9th Street');
    // A street named by more than its last word takes its house number only.
    expect(withBearing(s, span(s, 'Mill Street'))?.text).toBe('20 Mill Street');
  });

  it('takes no figure before a name that is no street, nor a word before "of" that is no compass point', () => {
    const s = sentenceOf('The guild sent 12 Tolly boats to the mayor of Velden.');
    expect(withBearing(s, span(s, 'Tolly'))).toBeUndefined();
    expect(withBearing(s, span(s, 'Velden'))).toBeUndefined();
  });
});

/** Invented: places told by their relation to another, a negated place, and a question that writes its relation itself. */
const RELATIONS_BODY =
  'The young eels of the Tolly hide among the reeds of the lower marsh. ' +
  'The old ferry was kept beneath the harbour wall. ' +
  'Ivo Brandt was not in Velden on the night of the fire. ' +
  'The grain barges pass between the two locks every morning. ' +
  'The Orsk guild met at the Tolly mill.';

describe('relationBefore', () => {
  const never = () => false;

  it('finds a preposition of relation, or "not" and a preposition of place, past the determiners before a place', () => {
    const s = sentenceOf('The eels hide among the reeds, and Ivo was not in Velden.');
    expect(s.text.slice(relationBefore(s, s.text.indexOf('reeds'), never))).toMatch(/^among the reeds/);
    expect(s.text.slice(relationBefore(s, s.text.indexOf('Velden'), never))).toMatch(/^not in Velden/);
  });

  it('finds nothing before a bare preposition of place, nor a relation the question writes', () => {
    const s = sentenceOf('The guild met at the Tolly mill, and the barges pass between the two locks.');
    expect(relationBefore(s, s.text.indexOf('Tolly'), never)).toBe(-1);
    expect(relationBefore(s, s.text.indexOf('two'), (w) => w === 'between')).toBe(-1);
  });

  it('shows a where-answer with its relation or its "not", and a bare place without its preposition', () => {
    const ask = askShort(oneArticleStory('eels', 'Eels', RELATIONS_BODY));
    expect(ask('Where do the young eels hide?')).toBe('among the reeds of the lower marsh');
    expect(ask('Where was the old ferry kept?')).toBe('beneath the harbour wall');
    expect(ask('Where was Ivo Brandt on the night of the fire?')).toBe('not in Velden');
    expect(ask('Where do the grain barges pass between?')).toBe('two locks');
    expect(ask('Where did the Orsk guild meet?')).toBe('Tolly mill');
  });
});

/** Invented: a name that only describes the place its noun names, and a place's name before a noun. */
const DESCRIBED_BODY = 'The Velden riders camped at the Orlen training ground. ' + 'The Tolly guild sold its cloth at the Tampere fairs.';

describe('describedByName', () => {
  it('takes in the nouns a name describes, unless the name is a place by itself', () => {
    const s = sentenceOf('The riders camped at the Orlen training ground near Tampere.');
    const chunks = [span(s, 'the Orlen training ground')];
    expect(describedByName(s, chunks, span(s, 'Orlen'), () => false)?.text).toBe('the Orlen training ground');
    expect(describedByName(s, chunks, span(s, 'Orlen'), () => true)).toBeUndefined();
    expect(describedByName(s, chunks, span(s, 'Tampere'), () => false)).toBeUndefined();
  });

  it('shows a where-answer with the nouns its name describes, and a place alone', () => {
    const ask = askShort(oneArticleStory('riders', 'Riders', DESCRIBED_BODY));
    expect(ask('Where did the Velden riders camp?')).toBe('Orlen training ground');
    expect(ask('Where did the Tolly guild sell its cloth?')).toBe('Tampere');
  });
});

describe('firstPlaced', () => {
  const verbs = (...terms: string[]) => new Set(terms);
  const at = (s: StorySentence, ...texts: string[]) => texts.map((text) => ({ sentence: s, e: span(s, text) }));
  const texts = (list: { e: Mention }[]) => list.map((c) => c.e.text);

  it("keeps the place the question's verb governs, not the place after it that tells where that one is", () => {
    const s = sentenceOf('From 1902 the dyer Ada Vell was employed at the Halden Mill in Velden.');
    expect(texts(firstPlaced(at(s, 'Halden Mill', 'Velden'), verbs('employ'), false))).toEqual(['Halden Mill']);
  });

  it('reads a capitalised word inside a name as no verb ("Rope Works")', () => {
    const s = sentenceOf("After the flood Jon Marr took up work at the Halden Rope Works beside Velden's old harbour.");
    expect(placedByVerb(s, span(s, 'Velden'), verbs('work'), false)).toBe(false);
  });

  it('keeps two candidates of one phrase after the preposition', () => {
    const s = sentenceOf('In 1907 the rope guild moved its hall to 9 West Tarn Street.');
    expect(texts(firstPlaced(at(s, 'West', 'Street'), verbs('move'), true))).toEqual(['West', 'Street']);
  });
});

describe('a where-question whose verb places a name that another place phrase follows', () => {
  it('is answered by the name the verb places, not the town after it', () => {
    const body =
      "The cooper Jon Marr left Tarnby in 1861. After the flood Jon Marr took up work at the Halden Rope Works beside Velden's old harbour.";
    expect(askShort(oneArticleStory('rope', 'Rope', body))('Where did Jon Marr take up work after the flood?')).toBe('Halden Rope Works');
  });
});
