import { describe, expect, it } from 'vitest';
import { answerKind } from '../../src/answer/answerKind.js';
import { cleanQuestion } from '../../src/answer/cleanQuestion.js';
import { focusNoun, questionFrame } from '../../src/answer/questionFrame.js';

describe('cleanQuestion', () => {
  it('strips mentions, @everyone, custom and Unicode emoji and markdown markers', () => {
    expect(cleanQuestion('<@123456> who **signed** the deal? 🎉')).toBe('who signed the deal?');
    expect(cleanQuestion('@everyone who said "ports matter"?')).toBe('who said "ports matter"?');
    expect(cleanQuestion('<@!42> <#99> <:wave:1234> when did it ||open||?')).toBe('when did it open?');
    expect(cleanQuestion('> where is the `harbour`')).toBe('where is the harbour');
    // A flag is two regional-indicator letters, not a pictograph.
    expect(cleanQuestion('who won the relay? \u{1F1F3}\u{1F1F4}')).toBe('who won the relay?');
  });
  it('strips quotation marks around the whole message and a doubled question mark', () => {
    expect(cleanQuestion('"Who signed the deal?"')).toBe('Who signed the deal?');
    expect(cleanQuestion('“Who said ‘ports matter’?”')).toBe('Who said ‘ports matter’?');
    expect(cleanQuestion('who signed the deal??')).toBe('who signed the deal?');
    expect(cleanQuestion('who signed the deal ?!')).toBe('who signed the deal?');
    // A quotation inside the question stays.
    expect(cleanQuestion('"Ports matter" said who?')).toBe('"Ports matter" said who?');
    expect(cleanQuestion('Who said "ports" and "docks"?')).toBe('Who said "ports" and "docks"?');
  });
  it('keeps an e-mail-like @ and inner underscores', () => {
    expect(cleanQuestion('who wrote to info@example.org about snake_case?')).toBe('who wrote to info@example.org about snake_case?');
  });
});

describe('questionFrame', () => {
  it('reads questions the excerpts answer, and the thing a "what is X?" describes', () => {
    expect(questionFrame('ask', 'Did the ferry sail?').clause).toBe('action');
    expect(questionFrame('ask', 'What happened at the pier?').clause).toBe('action');
    expect(questionFrame('ask', 'What is a tidewell?').define).toBe('tidewell');
    expect(questionFrame('who', 'is a tidewell').define).toBeUndefined();
    expect(questionFrame('ask', 'Who sank the ferry?').clause).toBeUndefined();
  });
  it('reads "which/what + NOUN" by the noun\'s WordNet class', () => {
    expect(questionFrame('ask', 'Which insurer went bankrupt?').types).toEqual(['ORG']);
    expect(questionFrame('ask', 'Which teenager won the race?').kind).toBe('person');
    expect(questionFrame('ask', 'Which province was flooded?').kind).toBe('place');
    expect(questionFrame('ask', 'What year did the bridge open?').kind).toBe('date');
    expect(questionFrame('ask', 'What level did the index reach?').kind).toBe('number');
    expect(questionFrame('ask', 'Which company bought the mill when prices fell?').kind).toBe('other');
    // An act, a state or an attribute is answered by a phrase, not a name.
    expect(questionFrame('ask', 'Which disease closed the mill?').types).toEqual([]);
    expect(questionFrame('ask', 'Which flaw closed the mill?').types).toEqual([]);
    expect(questionFrame('ask', 'Which insurer went bankrupt?').types).toEqual(['ORG']);
  });
  it('takes the noun chosen among as the focus of "which one of the two NOUN" and "which of these NOUN"', () => {
    expect(focusNoun('Which one of the two towns flooded?')).toBe('towns');
    expect(focusNoun('Which of these ferries sank first?')).toBe('ferries');
    expect(focusNoun('Which of them won?')).toBeUndefined();
    // Among the things someone has: "which of Ivo Brandt's sons" asks for a son.
    expect(questionFrame('ask', "Which of Ivo Brandt's sons founded the Tolly mill?").focus).toBe('sons');
    expect(questionFrame('ask', "Which of Ivo Brandt's sons founded the Tolly mill?").kind).toBe('person');
    expect(focusNoun("Which one of Velden's ferries sank?")).toBe('ferries');
    expect(focusNoun('Which of his brothers ran the mill?')).toBe('brothers');
  });
  it('takes no focus from a verb the tagger read as a noun right after "what"', () => {
    expect(focusNoun('What drives the mill wheels?')).toBeUndefined();
    expect(focusNoun('What flows between the two weirs?')).toBeUndefined();
    expect(focusNoun('What kinds of fish live in the harbour?')).toBe('kinds');
  });
  it('finds the head noun past adjectives and stops at a possessive', () => {
    expect(focusNoun('which young whistleblower spoke first?')).toBe('whistleblower');
    // A participle the tagger reads as a verb opens the phrase as an adjective would.
    expect(focusNoun('Which failed bakery reopened in spring?')).toBe('bakery');
    expect(focusNoun("which french mayor's speech angered them?")).toBe('mayor');
    expect(focusNoun('what did opponents call the plan?')).toBeUndefined();
    // Tagged as written: "US" is a name here, not the pronoun "us".
    expect(focusNoun('Which top US trade officer resigned?')).toBe('officer');
    // The noun after a named possessor; a lower-case phrase before "'s" is no possessor of the kind.
    expect(focusNoun("What was Marrowby's population in 1901?")).toBe('population');
    expect(focusNoun("What is the Keltra Group's largest plant?")).toBe('plant');
    expect(focusNoun("What was used to paint the Marrow's hull?")).toBeUndefined();
    expect(questionFrame('ask', 'Which top US trade officer resigned?').kind).toBe('person');
  });
  it('keeps an adverb and the participle it describes inside the which/what phrase', () => {
    expect(focusNoun('What globally popular race began in Tarnby?')).toBe('race');
    expect(focusNoun('What well-liked ferryman rebuilt the Tolly mill?')).toBe('ferryman');
    expect(focusNoun('What well liked ferrymen rebuilt the Tolly mill?')).toBe('ferrymen');
    expect(focusNoun('What newly built quay did the board open?')).toBe('quay');
    expect(questionFrame('ask', 'What well-liked ferryman rebuilt the Tolly mill?').kind).toBe('person');
    // An adverb before the question's verb is no part of a phrase.
    expect(focusNoun('What often causes the floods at Velden?')).toBeUndefined();
    expect(focusNoun('What directly links the two weirs?')).toBeUndefined();
    expect(focusNoun('What else did the board sell?')).toBeUndefined();
  });
  it('takes a noun the tagger read as an adjective for the head of a phrase of describing words', () => {
    expect(focusNoun('What individual did the Velden masons hire?')).toBe('individual');
    expect(focusNoun('Which young chief did Ivo Brandt send north?')).toBe('chief');
    expect(questionFrame('ask', 'Which noble founded the Tolly mill?').kind).toBe('person');
    expect(questionFrame('ask', 'What native chief signed the Orsk treaty?').kind).toBe('person');
    // A superlative describes; the word before it heads the phrase.
    expect(focusNoun('What professional best knows the Tolly mill?')).toBe('professional');
  });
  it('reads a WordNet noun of two words the tagger split as the head, and its class', () => {
    expect(focusNoun('Which running back did the Orsk coach rest in the spring?')).toBe('back');
    expect(questionFrame('ask', 'Which running back did the Orsk coach rest in the spring?').kind).toBe('person');
    expect(focusNoun("What are the Orsk station's daytime talk shows?")).toBe('shows');
    // Not where more of the phrase follows the pair: "word meaning" is a noun, but "wide" goes on.
    expect(focusNoun('Which Orsk word meaning wide-spreading named the river?')).toBe('word');
  });
  it('reads a first word after "which" that the tagger took for a verb as describing the noun after it', () => {
    expect(focusNoun('Which leading Orsk tapestry workshop is shown in Velden?')).toBe('workshop');
  });
  it('takes a "noun" right before an article for the verb, not the head of the which/what phrase', () => {
    // A noun phrase does not run on into an article: the tagger's noun before one is the question's verb.
    expect(focusNoun('Which ferries use the northern quay?')).toBe('ferries');
    expect(focusNoun('Which guild hosts the autumn fair?')).toBe('guild');
    expect(questionFrame('ask', 'Which ferries use the northern quay?').role).toBe('subject');
    // After "what is the", a noun before an article is still the head ("the boat a part of …").
    expect(focusNoun('What was the rowing boat a prize of?')).toBe('boat');
  });
  it('tells a question about the subject of its verb from one about the object', () => {
    expect(questionFrame('ask', 'Who beat the champion?').role).toBe('subject');
    expect(questionFrame('ask', 'Who did the champion beat?').role).toBe('object');
    expect(questionFrame('who', 'did the mayor thank').role).toBe('object');
  });
  it('reads the whole noun phrase of "which …" before looking for the verb', () => {
    expect(questionFrame('ask', 'Which rowing clubs were fined?').role).toBe('any');
    expect(questionFrame('ask', 'Which two rowing clubs did the council fine?').role).toBe('object');
    expect(questionFrame('ask', 'Which rowing club won the cup?').role).toBe('subject');
  });
  it('tells "who has beaten X" from "who has X beaten" and a passive', () => {
    expect(questionFrame('ask', 'Who has beaten the champion?').role).toBe('subject');
    expect(questionFrame('ask', 'Who has the champion beaten?').role).toBe('object');
    expect(questionFrame('ask', 'Who can be blamed for the flood?').role).toBe('any');
  });
  it('reads "have" before a noun phrase and no participle as the main verb, no object asked', () => {
    expect(questionFrame('ask', 'Who had a seat on the Orsk council?').role).toBe('any');
    expect(questionFrame('ask', 'Which rowing club has a say in the harbour vote?').role).toBe('any');
    expect(questionFrame('ask', 'Who has charge of the Tolly bridge tolls?').role).toBe('any');
    expect(questionFrame('ask', 'Who had to leave Velden?').role).toBe('any');
    // The perfect's helper, the question's subject between it and the participle.
    expect(questionFrame('ask', 'Who had the Tolly guild hired in 1820?').role).toBe('object');
    expect(questionFrame('ask', 'Who have the Orsk rowers beaten this year?').role).toBe('object');
    expect(questionFrame('ask', 'What has the Velden mill been blamed for?').role).toBe('object');
  });
  it('reads the role past an adverb after the modal', () => {
    expect(questionFrame('ask', 'Who would later lead the Tolly guild?').role).toBe('subject');
    expect(questionFrame('ask', 'Who would Ada Vell later marry?').role).toBe('object');
    expect(questionFrame('ask', 'Who can then be blamed for the flood?').role).toBe('any');
  });
  it('marks "who is NAME?" as asking for a description, not "who is the mayor?"', () => {
    expect(questionFrame('ask', 'Who is Ortiz?').describe).toBe('ortiz');
    expect(questionFrame('ask', 'Who is the mayor?').describe).toBeUndefined();
  });
  it('wants money first for what something cost or paid', () => {
    expect(questionFrame('ask', 'How much did the city pay for the land?').types[0]).toBe('MONEY');
    expect(questionFrame('ask', 'What was the price of a ticket?').types[0]).toBe('MONEY');
  });
  it('wants a span of time for "how many years", though its noun is a count', () => {
    expect(questionFrame('ask', 'How many years was the clerk sentenced to?').types).toEqual(['DURATION']);
    expect(questionFrame('ask', 'How many years was the clerk sentenced to?').fallback).toContain('CARDINAL');
  });
  it('reads a command opening with a noun and a relative word as "which NOUN …"', () => {
    // An organisation noun under /who wants an organisation; the role is unknown after "whose".
    const firm = questionFrame('who', 'insurer whose premiums doubled');
    expect(firm).toMatchObject({ focus: 'insurer', types: ['ORG'], role: 'any' });
    // A person noun under /who: a person, the subject of the clause's verb.
    expect(questionFrame('who', 'the young baker who won the fair')).toMatchObject({ focus: 'baker', kind: 'person', role: 'subject' });
    // A title abbreviation names a person ("PM", "MP").
    expect(questionFrame('who', 'the PM whose budget angered farmers')).toMatchObject({ focus: 'pm', kind: 'person' });
    // Under /where an organisation noun wants an organisation or a place, a place noun a place.
    expect(questionFrame('where', 'small company that built the ferry').types).toEqual(['ORG', 'PLACE']);
    expect(questionFrame('where', 'harbour that froze').types).toEqual(['PLACE']);
    // Without a relative clause the command's own kind stands.
    expect(questionFrame('who', 'won the fair')).toMatchObject({ kind: 'person', types: ['PERSON'] });
    expect(questionFrame('who', 'won the fair').focus).toBeUndefined();
  });
  it('lets a place noun that also names an organisation ("which bank") be answered by either', () => {
    expect(questionFrame('ask', 'Which bank lent the money?').types).toEqual(['PLACE', 'ORG']);
    expect(questionFrame('ask', 'Which province was flooded?').types).toEqual(['PLACE']);
  });
  it('reads the focus noun from the phrase structure, not the last noun after "what"', () => {
    // A noun-tagged verb after the noun ("states that …") is the question's verb.
    expect(focusNoun('What rule states that the ferry must stop?')).toBe('rule');
    expect(focusNoun('Which clause states that the pier is closed?')).toBe('clause');
    // A plural after "what was the NOUN" opens a relative clause ("the main hazard divers faced").
    expect(focusNoun('What was the main hazard divers faced at the reef?')).toBe('hazard');
    // A name after a common noun opens a relative clause ("the term Halvard used").
    expect(focusNoun('What was the term Halvard used for the levy?')).toBe('term');
    // After "what is the", a possessor is not the thing asked for ("the keeper's first task").
    expect(focusNoun("What was the keeper's first task?")).toBe('task');
    expect(focusNoun("Which keeper's boat sank?")).toBe('keeper');
    // A first word the whole question's tags read as its verb is no focus; before "of" or a verb it is a noun.
    expect(focusNoun('What makes the ferry slow?')).toBeUndefined();
    expect(focusNoun('What set of rules governs the quay?')).toBe('set');
  });
  it('wants a phrase for a which-noun of no class, as after "what"', () => {
    expect(questionFrame('ask', 'Which rule closed the pier?')).toMatchObject({ kind: 'other', types: [], fallback: [] });
    expect(questionFrame('ask', 'Which ferry sank?')).toMatchObject({ kind: 'other', types: [], fallback: [] });
    expect(questionFrame('ask', 'What ferry sank?').types).toEqual([]);
  });
  it('reads a lower-case focus noun by its common senses, not by a name spelt like it', () => {
    // WordNet's "Jersey" (an island, a state) and "Fields" (a comedian) are names; "jersey" and "fields" are not.
    expect(questionFrame('ask', 'Which jersey did the keeper wear?')).toMatchObject({ kind: 'other', types: [] });
    expect(questionFrame('ask', 'Which fields flooded after the storm?').kind).toBe('place');
    expect(questionFrame('ask', 'What CEO signed the deal?').kind).toBe('person');
  });
  it('wants a phrase for "which type of X", as for "what type of X"', () => {
    expect(questionFrame('ask', 'Which type of ferry sank?').types).toEqual([]);
    expect(questionFrame('ask', 'Which variety of grape grows here?').types).toEqual([]);
    expect(questionFrame('ask', 'Which insurer sank?').types).toEqual(['ORG']);
  });
  it('keeps a common noun the question writes with a capital in the phrase, and ends it at a name', () => {
    expect(focusNoun('What shipping Company signed the deal?')).toBe('company');
    expect(focusNoun('What was the plan Halvard drew up?')).toBe('plan');
  });
  it('reads a capitalised question word inside a name before the focus noun as part of that name', () => {
    expect(focusNoun('What Captain Who episode aired first?')).toBe('episode');
    expect(questionFrame('ask', 'What Teacher Who film won a prize?')).toMatchObject({ focus: 'film', role: 'subject' });
  });
  it('wants an organisation for an organisation noun that is rarely meant as a place', () => {
    expect(questionFrame('ask', 'Which network aired the Orvell final?')).toMatchObject({ kind: 'other', types: ['ORG'] });
    expect(questionFrame('ask', 'Which church hosted the Orvell choir?').types).toEqual(['PLACE', 'ORG']);
  });
  it('reads a place noun asked of a thing no place as a division of that thing, not land', () => {
    expect(questionFrame('ask', 'What field of chemistry studies salts?').kind).toBe('other');
    expect(questionFrame('ask', 'What region of the brain controls taste?').types).toEqual([]);
    expect(questionFrame('ask', 'What area of the city flooded?').kind).toBe('place');
    expect(questionFrame('ask', 'Which city of the two hosted the regatta?').kind).toBe('place');
    expect(questionFrame('ask', 'Which field did the Orvell team play on?').kind).toBe('place');
  });
  it('wants no kind of the noun that "what is the NOUN … PREPOSITION?" asks something of', () => {
    // The barracks, the ferry and the harbour are what is asked about; the answer is what the preposition's object is.
    expect(questionFrame('ask', 'What were the empty barracks rented out for?')).toMatchObject({ kind: 'other', types: [] });
    expect(questionFrame('ask', 'What is the Kessel ferry a replacement for?')).toMatchObject({ kind: 'other', types: [] });
    expect(questionFrame('ask', 'What was the harbour in Orsk dredged by?')).toMatchObject({ kind: 'other', types: [] });
    // A verb in -ing after the noun is the question's own: "the guild was trying to stop what".
    expect(questionFrame('ask', 'What was the weavers guild trying to stop?')).toMatchObject({ kind: 'other', types: [] });
    // A relative clause, with or without its word, or a naming word after the noun: one of the noun's kind is asked.
    expect(questionFrame('ask', 'What is the town that the pilgrims walk from?').kind).toBe('place');
    expect(questionFrame('ask', 'What is the biggest town the pilgrims walked to?').kind).toBe('place');
    expect(questionFrame('ask', 'What was the old harbour town known as?').kind).toBe('place');
  });
  it('gives no kind to a noun whose WordNet senses name different kinds as often', () => {
    // "unit" is a quantity by its first sense only: no number is wanted.
    expect(questionFrame('ask', 'What unit is the ferry speed given in?').types).toEqual([]);
    expect(questionFrame('ask', 'What amount did the board pay?').kind).toBe('number');
  });
  it('wants a number for a noun that names a figure, whatever its WordNet class', () => {
    // WordNet files "rating" under states and acts, "temperature" and "density" under attributes.
    expect(questionFrame('ask', "What was Brenna Holt's approval rating?").kind).toBe('number');
    expect(questionFrame('ask', 'What is the average temperature in Dorvale in July?').kind).toBe('number');
    expect(questionFrame('ask', 'What was the attendance at the Orvel regatta?').kind).toBe('number');
    expect(questionFrame('ask', 'What density does the Tesk clay have?').kind).toBe('number');
  });
  it('wants a percentage first for what percentage or proportion', () => {
    expect(questionFrame('ask', 'What percentage of the voters stayed home?').types[0]).toBe('PERCENT');
    expect(questionFrame('ask', 'What proportion of the staff left?').types[0]).toBe('PERCENT');
  });
});

describe('answerKind', () => {
  it('takes how-many-years as a duration and how big/strong/far/old as a number', () => {
    expect(answerKind('ask', 'How many years does he face?')).toBe('duration');
    expect(answerKind('ask', 'How strong was the earthquake?')).toBe('number');
    expect(answerKind('ask', 'How far is the port from the city?')).toBe('number');
    expect(answerKind('ask', 'How old is the bridge?')).toBe('number');
    expect(answerKind('ask', 'How thick is the harbour wall?')).toBe('number');
  });
  it('takes "how much time" and a count of seconds or centuries as a duration, "how much money" as a number', () => {
    expect(answerKind('ask', 'How much time did the rescue take?')).toBe('duration');
    expect(answerKind('ask', 'How much more time does the crew need?')).toBe('duration');
    expect(answerKind('ask', 'How many seconds did the fuse burn?')).toBe('duration');
    expect(answerKind('ask', 'How many centuries did the abbey stand?')).toBe('duration');
    expect(answerKind('ask', 'How much money did the rescue cost?')).toBe('number');
  });
  it('reads "where did the index close" as a level, "where did the talks end" as a place', () => {
    expect(answerKind('ask', 'Where did the index close on Friday?')).toBe('number');
    expect(answerKind('ask', 'Where did the talks end?')).toBe('place');
  });
  it('reads a measure noun after a person noun or written as a title as a phrase, a plural or a value asked as a number', () => {
    expect(questionFrame('ask', 'Which authority figure signed the Dorvale charter?')).toMatchObject({ kind: 'other', types: [] });
    expect(questionFrame('ask', 'What was the casualty figure?').kind).toBe('number');
    expect(questionFrame('ask', 'What visitor figures did the Dorvale museum report?').kind).toBe('number');
    expect(questionFrame('ask', 'What player count did the league allow?').kind).toBe('number');
    expect(questionFrame('ask', 'Which Count did the Dorvale prince meet?')).toMatchObject({ kind: 'other', types: [] });
    expect(questionFrame('ask', 'Which count did the Dorvale panel accept?').kind).toBe('number');
  });
  it('reads the focus noun by its commonest senses: a plural by its singular, a noun never tagged by no one sense', () => {
    // "leaders": WordNet's own lemma is the leadership (a body), rarer than the plural of "leader" (a person).
    expect(questionFrame('ask', 'Which two Velmian leaders signed the Dorvale accord?')).toMatchObject({
      kind: 'person',
      types: ['PERSON'],
    });
    // "parts": a region as its own lemma, rarer than the plural of "part".
    expect(questionFrame('ask', 'What parts of the Orla mill were rebuilt?')).toMatchObject({ kind: 'other', types: [] });
    // "trailer": untagged senses, a laggard first of four (a preview, two vehicles): no person.
    expect(questionFrame('ask', 'What Velmian trailer was shown before the match?')).toMatchObject({ kind: 'other', types: [] });
    // "pair", "set": a collection of things, no organisation; "tribe" a body of persons.
    expect(questionFrame('ask', "Which pair of Orla Tellin's sons rebuilt the mill?")).toMatchObject({ kind: 'other', types: [] });
    expect(questionFrame('ask', 'Which tribe settled Fort Mirela?').types).toContain('ORG');
    // "forest": trees together by its first sense, but land covered with trees by another: a name answers, no phrase.
    expect(questionFrame('ask', 'Which forest did Orla Tellin cross?')).toMatchObject({ types: ['ORG'], fallback: ['PLACE', 'PERSON'] });
    // "times" is read as "time": a point of time.
    expect(questionFrame('ask', 'Between what times does the Dorvale ferry run?').kind).toBe('date');
  });
});
