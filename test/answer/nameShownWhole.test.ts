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
      'Boat owners may apply to the Private Harbour Mooring Fund, which pays the berth fees of owners at private marinas.',
    );
    expect(askShort(fund)('What fund helps owners at a private marina?')).toBe('Private Harbour Mooring Fund');
  });

  it('is shown with its last word where the question writes that word in small letters', () => {
    const sign = oneArticleStory('sign', 'Sign', 'At the ceremony Ada Vell translated the anthem into Danish Sign Language for the crowd.');
    expect(askShort(sign)('Into what language did Ada Vell translate the anthem?')).toBe('Danish Sign Language');
    const cable = oneArticleStory(
      'cable',
      'Cable',
      'Last spring Tarn Valley Cable cut the line to the harbour and shut two cable stations.',
    );
    expect(askShort(cable)('What cable company cut the line to the harbour?')).toBe('Tarn Valley Cable');
  });

  it('is shown with a lone name word’s fellows after it, which the question writes in another form', () => {
    const films = 'The oldest chess club in the town is Marrow Chess, which meets twice a week.';
    expect(shownChunks(films, 'What is the oldest chess club in the town?', 'club')).toContain('Marrow → Marrow Chess');
    const group = 'The ferries of the valley are run by Orsk Lines, Tarn Shipping and the Velden Boatmen.';
    const asked = 'Along with Orsk Lines and Tarn Shipping, what firm runs ferries alongside the Kessel Boatmen?';
    expect(shownChunks(group, asked, 'firm')).toContain('Velden → Velden Boatmen');
  });

  it('is shown with the words the question writes only with more of a name, or as a nationality', () => {
    const gala = 'Supporters met on the quay for the Velden Cup Harbour Gala, held each spring since the club was founded.';
    expect(shownChunks(gala, 'What was the spring meeting of supporters called for Velden Cup 46?', 'meeting')).toContain(
      'Harbour Gala → Velden Cup Harbour Gala',
    );
    const quiz = 'The quiz has run on the Norwegian Fjordline Corporation for decades, every Friday night.';
    expect(shownChunks(quiz, 'What Norwegian broadcaster runs the quiz?', 'broadcaster')).toContain(
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

/** The phrase chunks of a one-sentence story for a question, each as measured and as shown ("Gala → Harbour Gala"). */
function shownChunks(body: string, question: string, focus: string): string[] {
  const story = oneArticleStory('chunks', 'Chunks', body);
  const sentence = story.sentences.find((s) => s.text.startsWith(body.slice(0, 12)))!;
  const query: FullQuery = { ...plainQuery(question), written: question, focus };
  return phraseChunks(sentence, query).map((m) => `${m.text} → ${m.shown ? sentence.text.slice(m.shown.start, m.shown.end) : m.text}`);
}
