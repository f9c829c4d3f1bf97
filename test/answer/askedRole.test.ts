import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedRole, holdsRoleBeside, ownerUnnamed, relativeUntold, roleHeldByBody, roleUnfilled } from '../../src/answer/askedRole.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { harbourReport } from './harbourReport.js';

describe('askedRole', () => {
  it('reads the role a question asks who holds', () => {
    expect(askedRole('Who is the chairman of the Orvel Harbour Trust?')).toBe('chairman');
    expect(askedRole("Who is Brisko Rovers' coach?")).toBe('coach');
    expect(askedRole('Who was the treasurer?')).toBe('treasurer');
    expect(askedRole('Who was the first Harbour Master of Velden?')).toBe('master');
    expect(askedRole('Who is the Chief Warden of the Tolly Guild of Orsk?')).toBe('warden');
    expect(askedRole('Who is the head of the Tolly Guild of Orsk?')).toBe('head');
    expect(askedRole('Who will be the finance minister in Varnia?')).toBe('minister');
  });
  it('reads the role a question asks the name of as the one it asks who holds', () => {
    expect(askedRole("What is the name of Ivo Brandt's coach?")).toBe('coach');
    expect(askedRole('What was the name of the treasurer of the Orsk harbour board?')).toBe('treasurer');
    expect(askedRole('What is the name of the ferry?')).toBeUndefined();
    expect(askedRole('What is the name of the oldest type of Orsk lace?')).toBeUndefined();
    expect(askedRole("What is the name of Ada Vell's husband?")).toBeUndefined();
  });
  it('reads none for other questions, nor for a role one holds towards another', () => {
    expect(askedRole('Who chaired the Orvel meeting?')).toBeUndefined();
    expect(askedRole('Who is the ferry named after?')).toBeUndefined();
    expect(askedRole('Who is Ada Vell?')).toBeUndefined();
    expect(askedRole("Who was Ada Vell's first-round opponent?")).toBeUndefined();
    expect(askedRole("Who was Ada Vell's brother?")).toBeUndefined();
  });
});

/** A one-article story of an invented body, with a lookup of a sentence's id by how it starts. */
function storyOf(body: string) {
  const story = oneArticleStory('news', 'News', body);
  return { story, idOf: (start: string) => story.sentences.findIndex((s) => s.text.startsWith(start)) };
}

describe('roleUnfilled', () => {
  // An invented harbour story: the trust's chairman is named in one sentence, its plans in another.
  const { story, idOf } = storyOf(
    'The Orvel Harbour Trust unveiled plans for a new pier on Monday. Mayor Ada Vell praised the Orvel Harbour Trust plans. ' +
      'The trust is led by its chairman, Tomas Reyk. He said work would start in spring.',
  );
  const q = 'Who is the chairman of the Orvel Harbour Trust?';
  it('holds when neither the sentence nor the one before writes the role', () => {
    expect(roleUnfilled(story, q, idOf('Mayor Ada Vell'))).toBe(true);
  });
  it('does not hold when the sentence or the one before writes it', () => {
    expect(roleUnfilled(story, q, idOf('The trust is led'))).toBe(false);
    expect(roleUnfilled(story, q, idOf('He said'))).toBe(false);
    expect(roleUnfilled(story, 'Who praised the plans?', idOf('Mayor Ada Vell'))).toBe(false);
  });
});

describe('roleUnfilled, words sharing a relative of the role', () => {
  // An invented budget story: a minister speaks of the government and of regulators; no one is named the bank's governor.
  const { story, idOf } = storyOf(
    'The central bank of Quarvia kept its rate unchanged. Minister Halvard Ostrem said regulators would review lending rules. ' +
      'The government of Quarvia backed Ostrem on Friday. Lisbet Marr governs the central bank of Quarvia. She spoke after the vote.',
  );
  const q = 'Who is the governor of the central bank of Quarvia?';
  it('does not take another noun sharing a relative for the role ("regulators", "government")', () => {
    expect(roleUnfilled(story, q, idOf('Minister Halvard Ostrem'))).toBe(true);
    expect(roleUnfilled(story, q, idOf('The government of'))).toBe(true);
  });
  it('takes a verb among the relatives for the role told by what its holder does', () => {
    expect(roleUnfilled(story, q, idOf('Lisbet Marr governs'))).toBe(false);
  });
});

describe('roleUnfilled, a noun of the role owned by a name', () => {
  // An invented hymn story: the hymn's translation is named by its translator in one sentence, left unowned in another.
  const { story, idOf } = storyOf(
    'The Tolly hymn was first sung at Orsk in 1840. Its translation was printed in Velden a year later. ' +
      "The Tolly hymn is sung in English in Ada Vell's translation.",
  );
  const q = 'Who is the English translator of the Tolly hymn?';
  it("takes a noun sharing the role's term when a name owns it", () => {
    expect(roleUnfilled(story, q, idOf('The Tolly hymn is sung'))).toBe(false);
  });
  it('takes no such noun that no name owns', () => {
    expect(roleUnfilled(story, q, idOf('Its translation'))).toBe(true);
  });
});

describe('relativeUntold', () => {
  // An invented town story: the mayor's title in one sentence, his daughter in another, a wedding in a third.
  const { story, idOf } = storyOf(
    "Velden's mayor, Ivo Brandt, opened the new pier on Monday. The crowd cheered as the ribbon fell. " +
      'Brandt was joined by his daughter, Ada Brandt. Tam Orrin wed Lena Vik at the Orsk chapel in May.',
  );
  it('holds when the sentence and the one before tell of no family', () => {
    expect(relativeUntold(story, "What is the name of Ivo Brandt's wife?", idOf("Velden's mayor"))).toBe(true);
    expect(relativeUntold(story, 'Who was the father of Ivo Brandt?', idOf('The crowd cheered'))).toBe(true);
    expect(relativeUntold(story, 'Who did Ivo Brandt marry?', idOf("Velden's mayor"))).toBe(true);
  });
  it('does not hold when a sentence writes a relative or a marriage, nor for a question asking no relative', () => {
    expect(relativeUntold(story, "Who is Ivo Brandt's wife?", idOf('Brandt was joined'))).toBe(false);
    expect(relativeUntold(story, 'Who did Tam Orrin marry?', idOf('Tam Orrin wed'))).toBe(false);
    expect(relativeUntold(story, "Who is Ivo Brandt's daughters' coach?", idOf("Velden's mayor"))).toBe(false);
    expect(relativeUntold(story, 'Who opened the new pier?', idOf("Velden's mayor"))).toBe(false);
    expect(relativeUntold(story, "Who was Ivo Brandt's opponent?", idOf("Velden's mayor"))).toBe(false);
  });
});

describe('roleHeldByBody', () => {
  // An invented tennis story: a player talks to a paper of her coach; another names her sponsor.
  const { story, idOf } = storyOf(
    'Ada Vell beat Ivo Brandt in Velden on Monday. Vell told the Orsk Courier that her coach had left. ' +
      'Brandt thanked the Tarn Bank, a loyal sponsor, after the match. Brandt said the Orsk Courier was unfair.',
  );
  it('holds for a body the sentence names apart from the role asked of a person', () => {
    expect(roleHeldByBody(story, "Who is Ada Vell's coach?", idOf('Vell told'), 'Orsk Courier', 'ORG')).toBe(true);
  });
  it('does not hold for a body written with the role, a person, or an owner the story does not name as a person', () => {
    expect(roleHeldByBody(story, "Who is Brandt's sponsor?", idOf('Brandt thanked'), 'Tarn Bank', 'ORG')).toBe(false);
    expect(roleHeldByBody(story, "Who is Ada Vell's coach?", idOf('Vell told'), 'Orsk Courier', 'PERSON')).toBe(false);
    expect(roleHeldByBody(story, "Who is Velden's coach?", idOf('Vell told'), 'Orsk Courier', 'ORG')).toBe(false);
  });
});

describe('ownerUnnamed', () => {
  // An invented tennis story: two players, the coach of one of them named, then a town's mayor.
  const { story, idOf } = storyOf(
    'Ada Vell beat Ivo Brandt in Velden on Monday. The crowd cheered the last rally. ' +
      "Vell's coach, Dorn Vekla, praised her serve. Tam Orrin thanked the crowd. " +
      'The mayor, Lena Vik, opened the courts. Brandt said his coach, Oska Ferrow, would stay. ' +
      'Brandt left for Orsk. His new coach, Tam Oberin, met him there. Brandt thanked the crowd. The Orsk coach, Lev Marn, stayed home.',
  );
  it('holds when neither the sentence nor the one before names the person whose role is asked', () => {
    expect(ownerUnnamed(story, "Who is Brandt's coach?", idOf("Vell's coach"))).toBe(true);
    expect(ownerUnnamed(story, "What is the name of Ivo Brandt's coach?", idOf('Tam Orrin'))).toBe(true);
  });
  it('takes the one named the sentence before as told of only through a pronoun', () => {
    expect(ownerUnnamed(story, "Who is Brandt's coach?", idOf('His new coach'))).toBe(false);
    expect(ownerUnnamed(story, "Who is Vell's coach?", idOf('Tam Orrin'))).toBe(true);
    expect(ownerUnnamed(story, "Who is Ivo Brandt's coach?", idOf('The Orsk coach'))).toBe(true);
  });
  it('does not hold when the sentence names them by any word of the name', () => {
    expect(ownerUnnamed(story, "Who is Ada Vell's coach?", idOf("Vell's coach"))).toBe(false);
    expect(ownerUnnamed(story, "Who is Ivo Brandt's coach?", idOf('Brandt said'))).toBe(false);
  });
  it("leaves alone an owner that is no person the story names, and a question asking no one's role", () => {
    expect(ownerUnnamed(story, "Who is Velden's mayor?", idOf('The mayor'))).toBe(false);
    expect(ownerUnnamed(story, 'Who is the coach of Ada Vell?', idOf('Tam Orrin'))).toBe(false);
    expect(ownerUnnamed(story, 'Who praised her serve?', idOf('Tam Orrin'))).toBe(false);
  });
});

describe('a relative of someone the story reports on, never named', () => {
  // An invented harbour report long enough for every coverage check: the mayor is named, no one of his family.
  const story = harbourReport(
    [
      "Velden's mayor, Ivo Brandt, opened the new pier at the quay on Monday.",
      'Brandt thanked the harbour crews and the ferry captain.',
      'Brandt said the pier would serve the night ferry.',
      'Ivo Brandt has led Velden since the spring.',
    ],
    'relative-untold',
  );
  it("is not covered by the person's own title or town", () => {
    expect(answerQuestion(story, "What is the name of Ivo Brandt's wife?").covered).toBe(false);
    expect(answerQuestion(story, "Who is Ivo Brandt's wife?").covered).toBe(false);
  });
  it('leaves the question of what the person did answered', () => {
    expect(answerQuestion(story, 'Who opened the new pier?').answer?.text).toBe('Ivo Brandt');
  });
});

describe('holdsRoleBeside', () => {
  const sentence = taggedTokens(
    'Rovers/PROPN owner/NOUN Ivo/PROPN Brandt/PROPN hired/VERB Dorn/PROPN Vekla/PROPN as/ADP new/ADJ head/NOUN coach/NOUN',
  );
  it('finds the role after "as" right after the name, not beside the other person', () => {
    expect(holdsRoleBeside(sentence, 5, 6, 'coach')).toBe(true);
    expect(holdsRoleBeside(sentence, 2, 3, 'coach')).toBe(false);
  });
  it('finds the role right before the name and in apposition after it', () => {
    expect(holdsRoleBeside(taggedTokens('head/NOUN coach/NOUN Dorn/PROPN Vekla/PROPN left/VERB'), 2, 3, 'coach')).toBe(true);
    const apposition = taggedTokens('Dorn/PROPN Vekla/PROPN ,/PUNCT the/DET new/ADJ coach/NOUN ,/PUNCT left/VERB');
    expect(holdsRoleBeside(apposition, 0, 1, 'coach')).toBe(true);
  });
  it('finds the role in a bracket right after the name, not in one after another name', () => {
    const bracket = taggedTokens(
      'Ivo/PROPN Brandt/PROPN (/PUNCT a/DET rower/NOUN )/PUNCT and/CCONJ Dorn/PROPN Vekla/PROPN (/PUNCT a/DET rower/NOUN in/ADP his/PRON youth/NOUN ,/PUNCT later/ADV the/DET Rovers/PROPN coach/NOUN )/PUNCT left/VERB',
    );
    expect(holdsRoleBeside(bracket, 7, 8, 'coach')).toBe(true);
    expect(holdsRoleBeside(bracket, 0, 1, 'coach')).toBe(false);
  });
  it('reads no role past a verb after "as"', () => {
    const clause = taggedTokens('Dorn/PROPN Vekla/PROPN left/VERB as/SCONJ Ivo/PROPN hired/VERB a/DET coach/NOUN');
    expect(holdsRoleBeside(clause, 0, 1, 'coach')).toBe(false);
  });
});

describe('a who-question asking a role', () => {
  it('answers the person the sentence writes with the role, not another person of it', () => {
    const story = oneArticleStory(
      'mill',
      'Mill',
      'The Tolly mill had a poor year. Mill owner Ivo Brandt hired Dorn Vekla as chief engineer of the Tolly mill in May.',
    );
    expect(answerQuestion(story, 'Who is the chief engineer of the Tolly mill?').answer?.text).toBe('Dorn Vekla');
  });
});

describe('holdsRoleBeside with a title', () => {
  it('finds a capitalised title right before the name, and a title with what it is a role in', () => {
    const title = taggedTokens('Harbour/PROPN Founder/PROPN Ada/PROPN Vell/PROPN and/CCONJ its/PRON founder/NOUN Ivo/PROPN');
    expect(holdsRoleBeside(title, 2, 3, 'founder')).toBe(true);
    const of = taggedTokens('current/ADJ governor/NOUN of/ADP the/DET Orsk/PROPN harbour/NOUN board/NOUN Ada/PROPN Vell/PROPN');
    expect(holdsRoleBeside(of, 7, 8, 'governor')).toBe(true);
    const named = taggedTokens('chairman/NOUN of/ADP the/DET Harbour/PROPN Board/PROPN');
    expect(holdsRoleBeside(named, 3, 4, 'chairman')).toBe(false);
    const clause = taggedTokens('the/DET governor/NOUN met/VERB Ada/PROPN Vell/PROPN');
    expect(holdsRoleBeside(clause, 3, 4, 'governor')).toBe(false);
  });
});

describe('askedRole with a title written without an article', () => {
  it('reads a bare title before what it is a role in', () => {
    expect(askedRole('Who was Chairman of the Orsk Ferry Trust?')).toBe('chairman');
    expect(askedRole('Who is head of the Tolly guild?')).toBe('head');
    expect(askedRole('Who was Prime Minister of Tarnia?')).toBe('minister');
  });
  it('reads no role from a given name, a participle or a describing word', () => {
    expect(askedRole('Who was Orla Baker of Velden?')).toBeUndefined();
    expect(askedRole('Who was named warden of Velden?')).toBeUndefined();
    expect(askedRole('Who was responsible for the Velden pier?')).toBeUndefined();
  });
});

describe('holdsRoleBeside with a role set off by commas', () => {
  it('finds the role before the comma that sets the name off, a bracket in its phrase', () => {
    const before = taggedTokens(
      'The/DET last/ADJ Warden/PROPN of/ADP the/DET (/PUNCT old/ADJ )/PUNCT Orsk/PROPN Guild/PROPN ,/PUNCT Orla/PROPN Tellin/PROPN ,/PUNCT retired/VERB',
    );
    expect(holdsRoleBeside(before, 11, 12, 'warden')).toBe(true);
    const listed = taggedTokens('warden/NOUN Ivo/PROPN Brandt/PROPN ,/PUNCT Orla/PROPN Tellin/PROPN and/CCONJ Jan/PROPN Orr/PROPN');
    expect(holdsRoleBeside(listed, 4, 5, 'warden')).toBe(false);
  });
  it('finds a capitalised role in the apposition after a name, not after a name a common noun introduces', () => {
    const apposition = taggedTokens('Sen./PROPN Ivo/PROPN Brandt/PROPN ,/PUNCT Chairman/PROPN of/ADP the/DET Ferry/PROPN Trust/PROPN');
    expect(holdsRoleBeside(apposition, 1, 2, 'chairman')).toBe(true);
    const listed = taggedTokens('the/DET mason/NOUN Ivo/PROPN Brandt/PROPN ,/PUNCT Chairman/PROPN of/ADP the/DET Trust/PROPN');
    expect(holdsRoleBeside(listed, 2, 3, 'chairman')).toBe(false);
  });
  it('finds a capitalised role in a bracket after the name', () => {
    const bracket = taggedTokens('Orla/PROPN Tellin/PROPN (/PUNCT Warden/PROPN of/ADP Tarn/PROPN )/PUNCT spoke/VERB');
    expect(holdsRoleBeside(bracket, 0, 1, 'warden')).toBe(true);
  });
});

describe('a who-question asking a role several people hold', () => {
  const story = oneArticleStory(
    'boards',
    'Boards',
    'The Orsk council met on Monday. ' +
      'Orla Tellin, chairman of the ferry trust, met Ivo Brandt, Chairman of the harbour board and its pilots, on the quay. ' +
      'Jan Orr (warden of the north gate) and Dorn Vekla (warden of the river gate) spoke after them.',
  );
  it('answers the holder whose role phrase holds the question’s words, not the first named', () => {
    expect(answerQuestion(story, 'Who was Chairman of the harbour board?').answer?.text).toBe('Ivo Brandt');
    expect(answerQuestion(story, 'Who was the chairman of the ferry trust?').answer?.text).toBe('Orla Tellin');
    expect(answerQuestion(story, 'Who was the warden of the river gate?').answer?.text).toBe('Dorn Vekla');
    expect(answerQuestion(story, 'Who was the warden of the north gate?').answer?.text).toBe('Jan Orr');
  });
});
