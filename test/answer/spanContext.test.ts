import { describe, expect, it } from 'vitest';
import { spanClass } from '../../src/answer/candidateModel.js';
import {
  bigramMatches,
  headClass,
  isQuestionBigram,
  questionBigrams,
  SUBTYPE_QUESTION,
  spanLinks,
  toWordEdges,
} from '../../src/answer/spanContext.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { termOf, termsOf, words } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Token indices of the first and last word of `span` in the tagged sentence. */
function at(text: string, span: string) {
  const tokens = tagSentence(text).tokens;
  const start = text.indexOf(span);
  const startAt = tokens.findIndex((t) => t.start >= start);
  const endAt = tokens.findLastIndex((t) => t.end <= start + span.length);
  return { tokens, startAt, endAt };
}

const asking = (question: string) => {
  const terms = new Set(termsOf(question));
  return (t: { text: string }) => terms.has(termOf(t.text) ?? '');
};

/** Whether `span` of `text` is the subject of a "be" whose complement holds a word of the question (`copulaBeforeQuestion`). */
function linksQuestion(text: string, span: string, question: ReturnType<typeof asking>): boolean {
  const { tokens, startAt, endAt } = at(text, span);
  return spanLinks(tokens, startAt, endAt, question).copulaBeforeQuestion;
}

describe('spanLinks', () => {
  it('sees a copula right before the span, after the question words ("main part is a float")', () => {
    const text = 'Its main part is a float, a small hollow ball.';
    const { tokens, startAt, endAt } = at(text, 'float');
    const links = spanLinks(tokens, startAt, endAt, asking('What is the main part of the gauge?'));
    expect(links.copulaBefore).toBe(true);
    expect(links.copulaAfterQuestion).toBe(true);
    expect(links.named).toBe(false);
  });
  it('sees a name introduced by "called" past the article', () => {
    const text = 'The valley was ruled by a code called the Marrow Pact.';
    const { tokens, startAt, endAt } = at(text, 'Marrow Pact');
    expect(spanLinks(tokens, startAt, endAt, () => false).named).toBe(true);
  });
  it('sees the subject of "be" whose complement holds a question word, and no verb before a subject', () => {
    const text = 'The float is the main part of the gauge.';
    const { tokens, startAt, endAt } = at(text, 'float');
    const links = spanLinks(tokens, startAt, endAt, asking('What is the main part of the gauge?'));
    expect(links.copulaBeforeQuestion).toBe(true);
    expect(links.beforeVerb).toBe(true);
    const later = at(text, 'gauge');
    expect(spanLinks(later.tokens, later.startAt, later.endAt, () => false).beforeVerb).toBe(false);
  });
  it('reads a possessive "\'s" as no copula, and an "\'s" that stands for "is" as one', () => {
    const question = asking('What is the oldest mill in Velden?');
    const owner = 'Orsk’s oldest mill in Velden burned down.';
    const o = at(owner, 'Orsk');
    expect(spanLinks(o.tokens, o.startAt, o.endAt, question).copulaBeforeQuestion).toBe(false);
    const owned = at(owner, 'oldest mill');
    expect(spanLinks(owned.tokens, owned.startAt, owned.endAt, question).copulaBefore).toBe(false);
    const linked = 'The Tolly’s the oldest mill in Velden.';
    const l = at(linked, 'The Tolly');
    expect(spanLinks(l.tokens, l.startAt, l.endAt, question).copulaBeforeQuestion).toBe(true);
    const helper = "It's a small mill.";
    const h = at(helper, 'small mill');
    expect(spanLinks(h.tokens, h.startAt, h.endAt, () => false).copulaBefore).toBe(true);
  });
  it('reads the complement past adverbs and "one of" / "among", which name the group the subject is in', () => {
    const question = asking('What is the most common fault in a barge winch?');
    const subject = 'Frayed ropes';
    expect(linksQuestion('Frayed ropes are also one of the most common faults of an old barge winch.', subject, question)).toBe(true);
    expect(linksQuestion('Frayed ropes were surely among the worst faults found.', subject, question)).toBe(true);
    expect(linksQuestion('Frayed ropes are one of the things that sailors in Velden talk about as faults.', subject, question)).toBe(false);
  });
  it('reads the "be" after a bracketed aside that follows the subject', () => {
    const question = asking('What is the study of rope knots?');
    expect(linksQuestion('Tarnwork (or knotting, as the barge crews say) is the study of rope knots.', 'Tarnwork', question)).toBe(true);
    expect(linksQuestion('Tarnwork (or knotting is the study of rope knots.', 'Tarnwork', question)).toBe(false);
  });
  it('reads the "be" after a comma-set aside that follows the subject, not after one that names members or opens a list', () => {
    const question = asking('What is the study of rope knots?');
    expect(linksQuestion('Tarnwork, a craft the barge crews learn young, is the study of rope knots.', 'Tarnwork', question)).toBe(true);
    expect(linksQuestion('Tarnwork, which the Orsk crews still teach, is now the study of rope knots.', 'Tarnwork', question)).toBe(true);
    expect(linksQuestion('Tarnwork, especially its oldest splices, is the study of rope knots.', 'Tarnwork', question)).toBe(false);
    expect(linksQuestion('Tarnwork, including the splicing of ropes, is the study of rope knots.', 'Tarnwork', question)).toBe(false);
    expect(linksQuestion('Tarnwork, knotting and splicing are the study of rope knots.', 'Tarnwork', question)).toBe(false);
  });
});

describe('question bigrams', () => {
  it('finds where a sentence repeats two consecutive content words of the question, stop words between them aside', () => {
    const bigrams = questionBigrams(termsOf('What is the main part of the gauge?'));
    expect(isQuestionBigram(bigrams, termOf('main'), termOf('part'))).toBe(true);
    expect(isQuestionBigram(bigrams, termOf('part'), termOf('main'))).toBe(false);
    const sentence = words('Its main part is a float.').map((w) => ({ term: termOf(w) }));
    expect(bigramMatches(sentence, bigrams)).toEqual([[1, 2]]);
    expect(
      bigramMatches(
        words('The part is main.').map((w) => ({ term: termOf(w) })),
        bigrams,
      ),
    ).toEqual([]);
  });
});

describe('span classes', () => {
  it('reads the head of a span and, for a noun phrase, the WordNet class of its head noun', () => {
    const { tokens } = tagSentence('The old pastor spoke.');
    expect(headClass(tokens[2])).toBe('noun');
    expect(headClass(tokens[1])).toBe('adj');
    expect(spanClass('phrase', tokens[2])).toBe('person');
    expect(spanClass('place', undefined)).toBe('place');
    expect(spanClass('name', tokens[2])).toBe('none');
  });
  it('tells a question that asks for a subtype', () => {
    expect(SUBTYPE_QUESTION.test('what kind of engine does it use?')).toBe(true);
    expect(SUBTYPE_QUESTION.test('what engine does it use?')).toBe(false);
  });
});

describe('toWordEdges', () => {
  const widened = (text: string, span: string, length: number) => {
    const start = text.indexOf(span);
    const w = toWordEdges(text, start, start + length);
    return text.slice(w.start, w.end);
  };

  it('widens a span cut inside a word to the whole word, joined parts included', () => {
    const text = 'designed by Tomasz Kałdowić-Berg in 1902';
    expect(widened(text, 'Tomasz', 'Tomasz Ka'.length)).toBe('Tomasz Kałdowić-Berg');
    expect(widened(text, 'dowić', 4)).toBe('Kałdowić-Berg');
  });

  it('takes in the part of a hyphenated word a span starts or ends beside ("Harwick-Dale", "non-binding")', () => {
    const text = 'Only Harwick-Dale Brewing signed the non-binding pact.';
    expect(widened(text, 'Dale Brewing', 'Dale Brewing'.length)).toBe('Harwick-Dale Brewing');
    expect(widened(text, 'Harwick', 'Harwick'.length)).toBe('Harwick-Dale');
    expect(widened(text, 'binding pact', 'binding pact'.length)).toBe('non-binding pact');
  });

  it('leaves a figure without the word a hyphen joins it to ("12-hour", "ten-time" when asked so)', () => {
    const text = 'a 12-hour shift by the ten-time winner';
    expect(widened(text, '12', 2)).toBe('12');
    const start = text.indexOf('ten');
    expect(toWordEdges(text, start, start + 3, false)).toEqual({ start, end: start + 3 });
    expect(widened(text, 'ten', 3)).toBe('ten-time');
  });

  it('leaves a name without the participle a hyphen joins to it, not a common word', () => {
    const text = 'They sold the Ada Vell-designed weir and a hand-built mill.';
    expect(widened(text, 'Ada Vell', 'Ada Vell'.length)).toBe('Ada Vell');
    expect(widened(text, 'hand', 'hand'.length)).toBe('hand-built');
  });

  it('leaves a span on word edges as it is', () => {
    const text = 'designed by Tomasz Kałdowić in 1902';
    const start = text.indexOf('Tomasz');
    expect(toWordEdges(text, start, start + 6)).toEqual({ start, end: start + 6 });
  });

  it('gives a name the tagger cut at an accented letter whole in the answer', () => {
    const story = oneArticleStory(
      'bridge',
      'Bridge',
      'The old river bridge of Vellmark was designed by the engineer Tomasz Kałdowić in 1902. It carried trams for sixty years.',
    );
    expect(answerQuestion(story, 'Who designed the river bridge?').answer?.text).toBe('Tomasz Kałdowić');
  });
});
