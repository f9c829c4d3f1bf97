import { describe, expect, it } from 'vitest';
import {
  beforeOf,
  clauseRoles,
  describedHead,
  holdsHead,
  isVerbOfQuestion,
  opensHeadName,
  opensName,
  objectOf,
  peopleHeadAfter,
  type Span,
  subjectOf,
} from '../../src/answer/clauseRoles.js';
import { type Token, tagSentence } from '../../src/nlp/entities.js';
import { termOf, termsOf } from '../../src/search/terms.js';

/** The words of each span, joined. */
function shown(tokens: readonly Token[], spans: readonly Span[]): string[] {
  return spans.map(([a, b]) =>
    tokens
      .slice(a, b + 1)
      .map((t) => t.text)
      .join(' '),
  );
}

/** The clause roles of a sentence for a question's verbs. */
function rolesFor(question: string, sentence: string) {
  const terms = new Set(termsOf(question));
  const tokens = tagSentence(sentence).tokens;
  const roles = clauseRoles(tokens, (t) => terms.has(termOf(t.text) ?? ''));
  return {
    subjects: shown(tokens, roles.subjects),
    objects: shown(tokens, roles.objects),
    passive: shown(tokens, roles.passiveSubjects),
  };
}

describe('clauseRoles', () => {
  it('reads the question’s verb the tagger took for a noun in a clause with no verb', () => {
    const r = rolesFor('What do coastal ferries lack?', 'Coastal ferries lack cabins.');
    expect(r.subjects).toEqual(['Coastal ferries']);
    expect(r.objects).toEqual(['cabins']);
  });
  it('finds the subject of a verb chained by "to" and "and", not the object between them', () => {
    const r = rolesFor('Who won the pie contest?', 'Edna Flint rallied late to outbake Wren Hollis and win the pie contest.');
    expect(r.subjects).toEqual(['Edna Flint']);
    expect(r.objects).toEqual(['pie contest']);
  });
  it('finds the subject past helpers and adverbs, and the antecedent of "who"', () => {
    expect(rolesFor('Who opened the bakery?', 'The mayor has finally opened the bakery.').subjects).toEqual(['The mayor']);
    expect(rolesFor('Who opened the bakery?', 'Pell Arno, who opened the bakery in spring, retired.').subjects).toEqual(['Pell Arno']);
  });
  it('finds the antecedent of "which" past a bracket after it', () => {
    expect(
      rolesFor('What charter closed the quay?', 'He signed the Tolly Charter (1822), which closed the quay to barges.').subjects,
    ).toEqual(['the Tolly Charter']);
  });
  it('finds the subject past a bracketed aside before the verb, not a name inside the aside', () => {
    expect(rolesFor('Who opened the bakery?', 'The Tolly guild warden (then Ivo Marsh) opened the bakery.').subjects).toEqual([
      'The Tolly guild warden',
    ]);
    expect(rolesFor('Who runs the mill?', 'Velden weavers (chiefly the Orsk families) continue to run the mill.').subjects).toEqual([
      'Velden weavers',
    ]);
    // Before a participle and its "by", the noun before the bracket is what the participle was done to.
    const mills = rolesFor('Who operated the two mills?', 'There are two mills (both on the Tolly weir) operated by the Velden guild.');
    expect(mills.subjects).toEqual(['the Velden guild']);
    expect(mills.passive).toEqual(['two mills']);
    // A bracket left unclosed before the verb gives no subject.
    expect(rolesFor('Who opened the bakery?', 'Pell Arno said) opened the bakery.').subjects).toEqual([]);
  });
  it('reads a passive verb’s subject as the one it was done to, and its by-agent as the doer', () => {
    const r = rolesFor('Who judged the pie?', 'The pie was judged by the panel.');
    expect(r.subjects).toEqual(['the panel']);
    expect(r.passive).toEqual(['The pie']);
    // Past a phrase of time or place, through a verb chained by "and", and in a reduced relative after a comma.
    expect(rolesFor('Who judged the pie?', 'The pie was judged in May by Wren Hollis.').subjects).toEqual(['Wren Hollis']);
    expect(rolesFor('Who glazed the pie?', 'The pie was baked by Edna Flint and glazed by Wren Hollis.').subjects).toEqual(['Wren Hollis']);
    expect(rolesFor('Who led the choir?', 'The choir, led by Ivo Marsh, sang at noon.').subjects).toEqual(['Ivo Marsh']);
    // An active verb followed by "by" has no agent: its subject did it.
    expect(rolesFor('Who stood by the gate?', 'Ivo Marsh stood by the gate.').subjects).toEqual(['Ivo Marsh']);
  });
  it('reads the name right before "to" after a verb of asking or hiring as the doer of the chained verb', () => {
    expect(rolesFor('Who wrote the play?', 'In 1920 Ivo Marsh commissioned Wren Hollis to write the play.').subjects).toEqual([
      'Wren Hollis',
    ]);
    expect(rolesFor('Who led the choir?', 'The guild asked Edna Flint to lead the choir.').subjects).toEqual(['Edna Flint']);
    // A contest's winner still does the verb chained after the one it beat.
    expect(rolesFor('Who won the cup?', 'Edna Flint beat Wren Hollis to win the cup.').subjects).toEqual(['Edna Flint']);
  });
  it('reads a by-agent past a hyphenated word before it', () => {
    expect(rolesFor('Who wrote the song?', 'The mayor sang a song written by Anglo-Velden poet Ada Vell.').subjects).toContain(
      'Anglo - Velden poet Ada Vell',
    );
  });
  it('reads a by-agent to the name that holds the role where the phrase describes it first', () => {
    // The name in apposition after a phrase naming a person or a body of people by a role, past what the role is in.
    expect(rolesFor('Who wrote the song?', 'The song was written by the Velden ferryman, Jan de Moor.').subjects).toEqual(['Jan de Moor']);
    expect(rolesFor('Who wrote the song?', 'The song was written by the warden of the Orsk guild, Ada Vell.').subjects).toEqual([
      'Ada Vell',
    ]);
    expect(rolesFor('Who held him?', 'He was held by his brother’s old crew, the Tarsk.').subjects).toEqual(['the Tarsk']);
    // Past what a role is in to the name the role titles.
    expect(rolesFor('Who wrote the song?', 'The song was written by Velden Guild Of Weavers warden Ivo Brandt.').subjects).toEqual([
      'Velden Guild Of Weavers warden Ivo Brandt',
    ]);
    // Not past a place a role is in, nor to a name after a phrase that names no person.
    expect(rolesFor('Who wrote the song?', 'The song was written by the mayor of Velden.').subjects).toEqual(['the mayor']);
    expect(rolesFor('Who wrote the song?', 'The song was written by the Velden Council, on the mayor’s advice.').subjects).toEqual([
      'the Velden Council',
    ]);
    // Through a verb chained by "and" whose by-phrase opens with a possessive.
    expect(rolesFor('Who held him?', 'He was seized at a fair and held by his cousin’s crew, the Tarsk.').subjects).toEqual(['the Tarsk']);
  });
  it('reads a name joined close up to the question’s participle as its doer', () => {
    expect(rolesFor('Who designed the weir?', 'Ada Vell sold the Ivo Brandt-designed weir to the board.').subjects).toEqual(['Ivo Brandt']);
    // Not a common word so joined, nor a participle joined to nothing.
    expect(rolesFor('Who designed the weir?', 'Ada Vell sold the hand-designed weir to the board.').subjects).toEqual([]);
  });
  it('reads a party two participles share after "by" and another preposition', () => {
    expect(
      rolesFor('Who leads the crew?', 'The Velden crew is a team that is led by and mostly composed of Orsk weavers.').subjects,
    ).toEqual(['Orsk weavers']);
  });
  it('reads a reduced relative set off by commas before its clause’s verb, and past a joining hyphen', () => {
    const set = rolesFor('Who guided the millers?', 'After the flood, millers guided by Ivo Brandt, rebuilt the Tolly weir.');
    expect(set.subjects).toEqual(['Ivo Brandt']);
    expect(set.passive).toEqual(['millers']);
    const hyphen = rolesFor('Who names the panel?', 'It has a five-seat panel named by the Velden Council.');
    expect(hyphen.subjects).toEqual(['the Velden Council']);
    expect(hyphen.passive).toEqual(['seat panel']);
  });
  it('reads a subject set off from its verb by an aside between commas', () => {
    expect(rolesFor('Who led the choir?', 'Ivo Marsh, head of the music guild, led the choir.').subjects).toEqual(['Ivo Marsh']);
  });
  it('reads a common noun’s phrase set off from its verb by an aside, past the prepositions after its noun', () => {
    expect(rolesFor('What ruined the crop?', 'A late frost, with hail in places, ruined the crop.').subjects).toEqual(['A late frost']);
    expect(
      rolesFor('What flooded the valley?', 'Heavy rains in the Tarn hills, swollen by the thaw, flooded the valley.').subjects,
    ).toEqual(['Heavy rains']);
  });
  it('reads the subject of an -ing form set off by a comma after its clause as that clause’s own subject', () => {
    expect(rolesFor('Who beat Ivo Brandt?', 'Ada Vell won the race in Orsk, beating Ivo Brandt by a length.').subjects).toEqual([
      'Ada Vell',
    ]);
    expect(rolesFor('What ruined the crop?', 'The frost came early that year, thus ruining the crop.').subjects).toEqual(['The frost']);
    // A passive clause's subject is what was done to, no doer of the adjunct.
    expect(rolesFor('What ruined the crop?', 'The barn was burnt by raiders, ruining the crop.').subjects).toEqual([]);
  });
  it('reads what a subject pronoun after a linking word stands for: the active subject of the clause before', () => {
    expect(rolesFor('Who sold the mill?', 'Ada Vell ran the mill for years until she sold it to Ivo.').subjects).toEqual([
      'she',
      'Ada Vell',
    ]);
    expect(rolesFor('What ruined the crop?', 'The frost came early, and it ruined the crop.').subjects).toEqual(['it', 'The frost']);
    // Not the subject of a passive clause, the one acted on.
    expect(rolesFor('Who sold the mill?', 'Ada Vell was warned by Ivo, and she sold the mill.').subjects).toEqual(['she']);
  });
  it('takes the noun before a prepositional phrase as the subject, not the noun inside it', () => {
    expect(rolesFor('What flooded the valley?', 'Heavy rains in the hills flooded the valley.').subjects).toEqual(['Heavy rains']);
    expect(rolesFor('Who opened the bakery?', 'Officials at the port opened the bakery.').subjects).toEqual(['Officials']);
    expect(rolesFor('Who won the cup?', 'Fans sang songs until the home side won the cup.').subjects).toEqual(['the home side']);
    expect(rolesFor('What crosses the moor?', 'From each village on the hill a narrow track crosses the moor.').subjects[0]).toMatch(
      /track$/,
    );
    expect(rolesFor('What involves ovens?', 'Baking differs from brewing in that baking involves ovens.').subjects[0]).toMatch(/baking$/);
    // A participle right after a noun with "by" after it is a reduced relative: the noun is what it was done to.
    const reduced = rolesFor('Who donated the land?', 'The hall stands on land donated by Pell Arno.');
    expect(reduced.passive).toEqual(['land']);
    expect(reduced.subjects).toEqual(['Pell Arno']);
    expect(
      rolesFor('What protects the reef?', 'The reef is home to fish of many kinds in a lagoon that protects the reef.').subjects,
    ).toEqual(['a lagoon']);
    const clause = rolesFor('Who takes the cup?', 'The final differs from the semifinal in that the winner takes the cup.');
    expect(clause.subjects).toHaveLength(1);
    expect(clause.subjects[0]).toMatch(/the winner$/);
  });
  it('stops at a clause it cannot cross', () => {
    expect(rolesFor('Who won the cup?', 'After the storm, to win the cup.').subjects).toEqual([]);
  });
  it('gives each verb only its own object', () => {
    const r = rolesFor('Who did the baker thank?', 'The baker thanked the judges warmly.');
    expect(r.objects).toEqual(['judges']);
    expect(r.subjects).toEqual(['The baker']);
  });
});

describe('subjectOf / objectOf / holdsHead', () => {
  it('reads single verbs', () => {
    const tokens = tagSentence('Norvia protested against the levy.').tokens;
    const v = tokens.findIndex((t) => t.text === 'protested');
    expect(subjectOf(tokens, v)).toEqual({ span: [0, 0], passive: false, asserted: true });
    expect(objectOf(tokens, v)).toBeNull();
    expect(holdsHead([[0, 0]], 0, 0)).toBe(true);
    expect(holdsHead([[0, 1]], 0, 0)).toBe(false);
    // Any of several spans: the head (last token) of the second lies inside [4, 6].
    expect(
      holdsHead(
        [
          [0, 1],
          [3, 5],
        ],
        4,
        6,
      ),
    ).toBe(true);
    expect(
      holdsHead(
        [
          [0, 1],
          [3, 7],
        ],
        4,
        6,
      ),
    ).toBe(false);
  });
  it('takes a participle the tagger calls a noun for the question’s verb', () => {
    const tokens = tagSentence('The bakery sold 40 loaves, closing at noon.').tokens;
    const closing = tokens.find((t) => t.text === 'closing');
    expect(closing?.pos).toBe('NOUN');
    expect(isVerbOfQuestion(closing, (t) => termOf(t.text) === termOf('close'))).toBe(true);
    // Only a token tagged a verb, when participles are not asked for (the extractor's "right before it" facts).
    expect(isVerbOfQuestion(closing, (t) => termOf(t.text) === termOf('close'), false)).toBe(false);
    const sold = tokens.find((t) => t.text === 'sold');
    expect(isVerbOfQuestion(sold, (t) => termOf(t.text) === termOf('sell'), false)).toBe(true);
  });
});

describe('clauseRoles: what a clause does not say happened', () => {
  it('gives no subject under a modal or after a verb or noun of hoping or trying, unless the question asks so', () => {
    const q = 'Who won the pie contest?';
    expect(rolesFor(q, 'Edna Flint is hoping to win the pie contest again.').subjects).toEqual([]);
    expect(rolesFor(q, 'Edna Flint could win the pie contest.').subjects).toEqual([]);
    expect(rolesFor(q, 'Her bid to win the pie contest failed.').subjects).toEqual([]);
    expect(rolesFor(q, 'Edna Flint rallied to win the pie contest.').subjects).toEqual(['Edna Flint']);
    const terms = new Set(termsOf('Who could win the pie contest?'));
    const tokens = tagSentence('Edna Flint could win the pie contest.').tokens;
    expect(shown(tokens, clauseRoles(tokens, (t) => terms.has(termOf(t.text) ?? ''), true).subjects)).toEqual(['Edna Flint']);
  });
});

describe('clauseRoles: frames', () => {
  it('marks a subject whose clause holds the question’s words, a passive one, and an object whose subject does', () => {
    const terms = (q: string) => new Set(termsOf(q));
    const read = (q: string, s: string) => {
      const asked = terms(q);
      const tokens = tagSentence(s).tokens;
      const r = clauseRoles(tokens, (t) => asked.has(termOf(t.text) ?? ''));
      return { subject: shown(tokens, r.subjectFrames), passive: shown(tokens, r.passiveFrames), object: shown(tokens, r.objectFrames) };
    };
    expect(read('Who won the pie contest?', 'Edna Flint rallied to win her first pie contest.').subject).toEqual(['Edna Flint']);
    expect(read('Who won the pie contest?', 'Edna Flint rallied to win again.').subject).toEqual([]);
    expect(read('Who did Edna Flint outbake?', 'Edna Flint outbaked Wren Hollis on Sunday.').object).toEqual(['Wren Hollis']);
    expect(read('Who did Edna Flint outbake?', 'Wren Hollis was outbaked by Edna Flint.').passive).toEqual(['Wren Hollis']);
    // The agent of a passive verb whose subject the question names: "Who outbaked Wren Hollis?".
    expect(read('Who outbaked Wren Hollis?', 'Wren Hollis was outbaked by Edna Flint.').subject).toEqual(['Edna Flint']);
  });
});

describe('beforeOf', () => {
  it('holds a candidate that is a subject’s part before "of", not the part after it nor a phrase elsewhere', () => {
    const tokens = tagSentence('Last spring, friends of Ada Vell rebuilt the weir.').tokens;
    const subjects = clauseRoles(tokens, (t) => termOf(t.text) === termOf('rebuilt')).subjects;
    expect(shown(tokens, subjects)).toEqual(['friends of Ada Vell']);
    expect(beforeOf(tokens, subjects, 3, 3)).toBe(true);
    expect(beforeOf(tokens, subjects, 5, 6)).toBe(false);
    expect(beforeOf(tokens, subjects, 0, 0)).toBe(false);
  });
});

describe('opensName', () => {
  it('holds a candidate that opens a subject that is a name alone, cut short, not one describing a name', () => {
    const tokens = tagSentence('Orsk Radio Four will air the regatta.').tokens;
    expect(opensName(tokens, [[0, 2]], 0, 1)).toBe(true);
    expect(opensName(tokens, [[0, 2]], 0, 2)).toBe(false);
    expect(opensName(tokens, [[0, 2]], 1, 1)).toBe(false);
    const described = tagSentence('Velden engineer Ada Vell aired the regatta.').tokens;
    expect(opensName(described, [[0, 3]], 0, 0)).toBe(false);
  });
});

describe('opensHeadName', () => {
  it('holds the first part of the name heading a subject, cut at a particle, not a word before the name', () => {
    // "the young Ada de Vell y Orrin": the subject's head is "Orrin", its name run from "Ada".
    const tokens = tagSentence('The young Ada de Vell y Orrin signed the charter.').tokens;
    const spans: Span[] = [[0, 6]];
    expect(opensHeadName(tokens, spans, 2, 4)).toBe(true);
    expect(opensHeadName(tokens, spans, 0, 1)).toBe(false);
    expect(opensHeadName(tokens, spans, 6, 6)).toBe(false);
  });
});

describe('describedHead', () => {
  it('finds the people noun a name describes inside the subject, not a name heading it nor one after its "of"', () => {
    const tokens = tagSentence('Orsk harbour pilots rebuilt the weir.').tokens;
    const subjects = clauseRoles(tokens, (t) => termOf(t.text) === termOf('rebuilt')).subjects;
    expect(shown(tokens, subjects)).toEqual(['Orsk harbour pilots']);
    expect(describedHead(tokens, subjects, 0, 0)).toBe(2);
    const headed = tagSentence('Velden engineer Ada Vell rebuilt the weir.').tokens;
    expect(describedHead(headed, [[0, 3]], 0, 0)).toBe(-1);
    const owned = tagSentence('Ivo Brandt of the Tolly family rebuilt the weir.').tokens;
    expect(describedHead(owned, [[0, 5]], 4, 4)).toBe(-1);
    // A thing's noun is no doer's: "Orsk harbour stones".
    const things = tagSentence('Orsk harbour stones rebuilt the weir.').tokens;
    expect(describedHead(things, [[0, 2]], 0, 0)).toBe(-1);
  });
});

describe('peopleHeadAfter', () => {
  it('finds the plural people noun a name describes at the end of its phrase, wherever the phrase stands', () => {
    const tokens = tagSentence('The council sold the quay to Velmian merchants in 1881.').tokens;
    expect(peopleHeadAfter(tokens, 6)).toBe(7);
    const pilots = tagSentence('The weir was rebuilt for the Orsk harbour pilots.').tokens;
    expect(
      peopleHeadAfter(
        pilots,
        pilots.findIndex((t) => t.text === 'Orsk'),
      ),
    ).toBe(pilots.findIndex((t) => t.text === 'pilots'));
  });

  it('finds none for a name heading its phrase, a thing, a singular noun, or a noun whose "of" tells whose they are', () => {
    const at = (text: string, name: string): number => {
      const tokens = tagSentence(text).tokens;
      return peopleHeadAfter(
        tokens,
        tokens.findIndex((t) => t.text === name),
      );
    };
    expect(at('The guild paid Orsk harbour pilot Ada Vell in 1881.', 'Orsk')).toBe(-1);
    expect(at('The guild raised the Orsk harbour tolls in 1881.', 'Orsk')).toBe(-1);
    expect(at('The guild paid the Vell family in 1881.', 'Vell')).toBe(-1);
    expect(at('The guild paid the Orsk allies of Velden in 1881.', 'Orsk')).toBe(-1);
  });
});
