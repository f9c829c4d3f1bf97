import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { type FullQuery, nameRuns } from '../../src/answer/mentions.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented stories with the numeral "I", which the tagger reads as the pronoun, after a name. */
const crowned = oneArticleStory(
  'crowned',
  'Crowned',
  'The old abbey at Velden was rebuilt in stone. Aldo I was crowned there by the abbot in the spring. Later his son ruled under Ivo I of Tarnby.',
);
const realm = oneArticleStory(
  'realm',
  'Realm',
  'The harbour tolls stayed low for forty years under Ivo I of Tarnby, who ruled from the castle.',
);
const engine = oneArticleStory('engine', 'Engine', 'The yard at Orsk built the Tolly I engine for the harbour board.');
const pronoun = oneArticleStory('memory', 'Memory', 'The old fishermen still talk of the Velden I knew as a boy, before the mill closed.');

/** The name runs a question of this kind reads in the story's sentence `at`. */
function runs(story: typeof crowned, kind: FullQuery['kind'], at: number): string[] {
  const query: FullQuery = { terms: [], kind, text: 'who', types: [], fallback: [], role: 'any', counted: [] };
  return nameRuns(story, story.sentences[at]!, query).map((r) => r.text);
}

describe('a regnal number "I" read as the pronoun', () => {
  it('stays in the name run after a given name, at the sentence start too', () => {
    expect(runs(crowned, 'person', 1)).toContain('Aldo I');
    expect(runs(crowned, 'person', 2)).toContain('Ivo I of Tarnby');
  });
  it('stays in a thing’s name before a word that is no verb', () => {
    expect(runs(engine, 'other', 0)).toContain('Tolly I');
  });
  it('is the pronoun after a place’s name before a verb', () => {
    expect(runs(pronoun, 'other', 0)).toContain('Velden');
    expect(runs(pronoun, 'other', 0)).not.toContain('Velden I');
  });
  it('answers a who-question with the sovereign’s whole name', () => {
    expect(answerQuestion(crowned, 'Who was crowned by the abbot?').answer?.text).toBe('Aldo I');
  });
  it('answers with the name and number before "of" and the realm the question names', () => {
    expect(answerQuestion(realm, 'Who ruled Tarnby?').answer?.text).toBe('Ivo I');
  });
});
