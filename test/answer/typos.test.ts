import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { correctTypo, endsPossessive, isEnglishWord, mendQuestion, oneEditAway } from '../../src/answer/typos.js';
import type { Article } from '../../src/corpus/article.js';
import { termOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented story about a shipyard, its owner and a strike. */
const ARTICLES: Article[] = [
  {
    id: 'yard-a',
    title: 'Shipyard strike ends',
    titleGiven: true,
    published: '2029-03-08',
    file: 'yard-a.md',
    body:
      'Welders at the Valdring shipyard ended their strike on Thursday after owner Tomasz Quelleby agreed to a new safety plan. ' +
      'Quelleby, the owner of Valdring since 2021, said the yard would hire forty apprentices. ' +
      'The union said the strike had cost the company two contracts.',
  },
  {
    id: 'yard-b',
    title: 'Valdring hires',
    titleGiven: true,
    published: '2029-03-09',
    file: 'yard-b.md',
    body: 'Valdring will build two ferries for the island council, which brought the order forward. Quelleby said the first hull would be laid in May.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'typos-fixture');
});

describe('correctTypo', () => {
  it('finds a typo in the second letter (its first two letters are not the story word’s)', () => {
    expect(correctTypo(story, 'Qeulleby', [])).toBe(termOf('Quelleby'));
    expect(correctTypo(story, 'Qelleby', [])).toBe(termOf('Quelleby'));
  });
});

describe('endsPossessive', () => {
  it("says what /['’]s$/i says of a word", () => {
    const marks = ["'", '’', 's', 'S', 'ſ', 'x', '`', '"'];
    const samples = ['Quillon', "Quillon's", 'Quillon’S', "s's", "'s", 's', '', 'harbours', "harbour'", 'O’Brien’s', "it's", 'ſ'];
    for (const a of marks) for (const b of marks) for (const head of ['', 'w', 'Mill']) samples.push(`${head}${a}${b}`);
    for (const w of samples) expect(endsPossessive(w), w).toBe(/['’]s$/i.test(w));
    expect(endsPossessive("Quillon's")).toBe(true);
    expect(endsPossessive('Quillons')).toBe(false);
  });
});

describe('oneEditAway', () => {
  it('holds the words one deletion, swap, insertion or change away', () => {
    const near = oneEditAway('cat');
    for (const w of ['at', 'act', 'cast', 'cut', 'cats']) expect(near.has(w)).toBe(true);
    expect(near.has('cat')).toBe(false);
    expect(near.has('dog')).toBe(false);
  });
  it('holds every string one edit away and nothing else, doubled letters included', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const word of ['ball', 'keel', 'ox']) {
      const expected = new Set<string>();
      for (let i = 0; i <= word.length; i += 1) {
        expected.add(word.slice(0, i) + word.slice(i + 1));
        if (i + 1 < word.length) expected.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
        for (const c of letters) {
          expected.add(word.slice(0, i) + c + word.slice(i));
          if (i < word.length) expected.add(word.slice(0, i) + c + word.slice(i + 1));
        }
      }
      expected.delete(word);
      expect([...oneEditAway(word)].sort()).toEqual([...expected].sort());
    }
  });
});

describe('mendQuestion', () => {
  it('mends a misspelt name to the story’s spelling', () => {
    expect(mendQuestion(story, 'What did Quellby agree to?')).toBe('What did Quelleby agree to?');
  });
  it('mends a typo that stemming hides (the typed stem is not one edit from the story’s)', () => {
    // "valdring" stems to "valdr": the typed "valdirng" is three edits from it.
    expect(correctTypo(story, 'Valdirng', [])).toBeUndefined();
    expect(mendQuestion(story, 'Who owns Valdirng?')).toBe('Who owns Valdring?');
  });
  it('mends a typo that stemming hides again, and in another story by that story’s words (its readings kept per story)', () => {
    expect(mendQuestion(story, 'Who owns Valdirng?')).toBe('Who owns Valdring?');
    const other = buildStory(
      [
        {
          ...ARTICLES[0]!,
          id: 'mill-a',
          body: 'The Baldirng mill opened in June. Its owner said the Baldirng mill would hire ten millers.',
        },
      ],
      'typos-other',
    );
    expect(mendQuestion(other, 'Who owns Valdirng?')).toBe('Who owns Baldirng?');
    expect(mendQuestion(story, 'Who owns Valdirng?')).toBe('Who owns Valdring?');
  });
  it('mends a non-dictionary word whose stem the story writes otherwise', () => {
    expect(mendQuestion(story, 'When did the strike end, on Thursdy?')).toBe('When did the strike end, on Thursday?');
  });
  it('leaves an inflected English word alone though a story word is one edit from it', () => {
    for (const w of ['bought', 'resulted', 'studies', 'stopped', 'either']) expect(isEnglishWord(w)).toBe(true);
    expect(isEnglishWord('quellby')).toBe(false);
    expect(mendQuestion(story, 'Who bought the yard?')).toBe('Who bought the yard?');
  });
  it('leaves dictionary words, words the story writes and short words alone', () => {
    expect(mendQuestion(story, 'Who owns the shipyards?')).toBe('Who owns the shipyards?');
    expect(mendQuestion(story, 'Did the welders strike?')).toBe('Did the welders strike?');
    expect(mendQuestion(story, 'Who is Tom?')).toBe('Who is Tom?');
  });
  it('gives the story’s capitals to names in a question typed without capitals', () => {
    expect(mendQuestion(story, 'who is tomasz quelleby')).toBe('who is Tomasz Quelleby');
    expect(mendQuestion(story, 'what did the union say')).toBe('what did the union say');
    expect(mendQuestion(story, 'What did the owner of valdring say?')).toBe('What did the owner of Valdring say?');
    // A question that writes a name with a capital keeps its own casing.
    expect(mendQuestion(story, 'What did Quelleby say about valdring?')).toBe('What did Quelleby say about valdring?');
  });
  it('answers a lower-case "who is NAME" with the role, and a misspelt name as the name', () => {
    expect(answerQuestion(story, 'who is quelleby').answer?.text.toLowerCase()).toContain('owner');
    expect(answerQuestion(story, 'When did the welders at Valdirng end their strike?').answer?.text).toContain('Thursday');
  });
});
