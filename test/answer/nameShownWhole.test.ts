import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';
import { type FullQuery, phraseChunks } from '../../src/answer/mentions.js';
import { plainQuery } from '../fixtures/plainQuery.js';

/** Invented: a series of finals named by a capitalised noun and a Roman numeral. */
const BOWL = oneArticleStory('bowl', 'Bowl', 'It was the first final held in Orsk since Grand Bowl XIV took place in Velden in 2003.');

describe('a phrase the question’s words cut inside a name', () => {
  it('is shown with the words of a series’ name before a capitalised focus noun', () => {
    expect(askShort(BOWL)('Which Grand Bowl took place in Velden?')).toBe('Grand Bowl XIV');
    expect(askShort(BOWL)('What Grand Bowl was held in Velden in 2003?')).toBe('Grand Bowl XIV');
  });

  it('is shown with a word of the name the question writes in another form', () => {
    const fund = oneArticleStory(
      'fund',
      'Fund',
      'Students may apply to the Private Harbour Student Fund, which pays the fees of deserving pupils at private colleges.',
    );
    expect(askShort(fund)('What fund helps students at a private college?')).toBe('Private Harbour Student Fund');
  });

  it('is shown with its last word where the question writes that word in small letters', () => {
    const sign = oneArticleStory('sign', 'Sign', 'At the ceremony Ada Vell translated the anthem into Danish Sign Language for the crowd.');
    expect(askShort(sign)('Into what language did Ada Vell translate the anthem?')).toBe('Danish Sign Language');
    const cable = oneArticleStory('cable', 'Cable', 'In 2001 Tarn Valley Cable removed the channel from its cable systems in four towns.');
    expect(askShort(cable)('What cable company removed the channel in 2001?')).toBe('Tarn Valley Cable');
  });

  it('is shown with a lone name word’s fellows after it, which the question writes in another form', () => {
    const films = 'The oldest student film society on the campus is Marrow Films, which shows two pictures a week.';
    expect(shownChunks(films, 'What is the oldest student film society on the campus?', 'society')).toContain('Marrow → Marrow Films');
    const group = 'Schools in the valley are run by Baptists, Quakers and the Reformed Brethren.';
    const asked = 'Along with Baptists and Quakers, what group runs schools alongside the Plymouth Brethren?';
    expect(shownChunks(group, asked, 'group')).toContain('Reformed → Reformed Brethren');
  });

  it('is shown with the words the question writes only with more of a name, or as a nationality', () => {
    const night = 'The press evening was moved to a Monday and renamed Velden Cup Opening Night by the organisers.';
    expect(shownChunks(night, 'What was the press evening called for Velden Cup 46?', 'evening')).toContain(
      'Opening Night → Velden Cup Opening Night',
    );
    const channel = 'Since 1971 the serial has been shown first by the Norwegian Fjordline Corporation.';
    expect(shownChunks(channel, 'What Norwegian channel shows the serial first?', 'channel')).toContain(
      'Fjordline Corporation → Norwegian Fjordline Corporation',
    );
  });

  it('is shown with a name the question writes alone where the name ends in the noun asked', () => {
    const market = oneArticleStory('market', 'Market', 'The Orsk Grain Exchange is one of the busiest markets of the north.');
    expect(askShort(market)('What exchange in Orsk is one of the busiest markets?')).toBe('Orsk Grain Exchange');
  });

  it('is not shown with a name the question writes alone, a name of its own', () => {
    const team = 'The Velden Rovers and the Orsk Harriers both play in the northern league.';
    // The phrase less the question's "Orsk" is shown as it is measured (the whole phrase is a candidate of its own).
    expect(shownChunks(team, 'What is the name of the team from Orsk?', 'team')).toContain('Harriers → Harriers');
  });
});

/** The phrase chunks of a one-sentence story for a question, each as measured and as shown ("Night → Opening Night"). */
function shownChunks(body: string, question: string, focus: string): string[] {
  const story = oneArticleStory('chunks', 'Chunks', body);
  const sentence = story.sentences.find((s) => s.text.startsWith(body.slice(0, 12)))!;
  const query: FullQuery = { ...plainQuery(question), written: question, focus };
  return phraseChunks(sentence, query).map((m) => `${m.text} → ${m.shown ? sentence.text.slice(m.shown.start, m.shown.end) : m.text}`);
}
