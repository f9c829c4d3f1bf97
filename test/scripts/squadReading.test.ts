import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { observeExtraction } from '../../src/answer/extractAnswer.js';
import type { Article } from '../../src/corpus/article.js';
import type { SquadQuestion } from '../../scripts/squad.js';
import { eachParagraphQuestion, type ParagraphQuestion, readQuestion, readReadingRows } from '../../scripts/squadReading.js';
import { watchFirst } from '../../scripts/watchExtraction.js';

/** Invented paragraphs in loadSquad's shape: one article a paragraph, the second without a question. */
const paragraph = (id: string, body: string): Article => ({ id, title: 'Harbour', titleGiven: true, body, file: `${id}.md` });
const articles = [
  paragraph('squad-0-0', 'The ferry Selka left Brenholm at dawn. Harbour master Tova Lindqvist closed the north quay on Tuesday.'),
  paragraph('squad-0-1', 'Fishing boats waited outside the breakwater.'),
  paragraph('squad-1-0', 'The lighthouse on Varn Point was painted red in 1931.'),
];

function asked(id: string, articleId: string, question: string, answer: string): SquadQuestion {
  const body = articles.find((a) => a.id === articleId)!.body;
  return { id, question, articleId, answerStart: body.indexOf(answer), answerStarts: [body.indexOf(answer)], answers: [answer] };
}

const questions = [
  asked('q1', 'squad-0-0', 'Who closed the north quay?', 'Tova Lindqvist'),
  asked('q2', 'squad-1-0', 'When was the lighthouse painted red?', '1931'),
  asked('q3', 'squad-0-0', 'Which ferry left Brenholm at dawn?', 'Selka'),
];

afterEach(() => observeExtraction(undefined));

describe('the census loop over SQuAD paragraphs', () => {
  it("gives each question with its own paragraph's story and gold sentence, paragraph by paragraph", () => {
    const seen: ParagraphQuestion[] = [];
    const read = eachParagraphQuestion({ articles, questions }, (a) => seen.push(a));
    expect(read).toBe(2);
    expect(seen.map((a) => a.question.id)).toEqual(['q1', 'q3', 'q2']);
    // One story a paragraph, built once for its questions.
    expect(seen[0]!.story).toBe(seen[1]!.story);
    expect(seen[0]!.story.sentences.map((s) => s.articleId)).toEqual(['squad-0-0', 'squad-0-0']);
    expect([...seen[0]!.gold].map((id) => seen[0]!.story.sentences[id]!.text)).toEqual([
      'Harbour master Tova Lindqvist closed the north quay on Tuesday.',
    ]);
    expect([...seen[1]!.gold].map((id) => seen[1]!.story.sentences[id]!.text)).toEqual(['The ferry Selka left Brenholm at dawn.']);
  });

  it('reads only the first paragraphs up to the limit', () => {
    const seen: string[] = [];
    expect(eachParagraphQuestion({ articles, questions, limit: 1 }, (a) => seen.push(a.question.id))).toBe(1);
    expect(seen).toEqual(['q1', 'q3']);
  });

  it('asks a question as the reading setting does and tells where its short answer came from', () => {
    const takeChoice = watchFirst('choice');
    let reading: ReturnType<typeof readQuestion> | undefined;
    eachParagraphQuestion({ articles, questions: [questions[0]!] }, (a) => {
      reading = readQuestion(a);
    });
    expect(reading?.trace?.short?.text).toBe('Tova Lindqvist');
    expect(reading?.source).toBe('R');
    // The observer's choice view saw the same answer win; taken once.
    const choice = takeChoice();
    expect(choice?.every[choice.winner]?.text).toBe('Tova Lindqvist');
    expect(takeChoice()).toBeUndefined();
  });

  it('gives no trace for what is no question', () => {
    eachParagraphQuestion({ articles, questions: [{ ...questions[1]!, question: '   ' }] }, (a) => {
      expect(readQuestion(a)).toEqual({ trace: undefined, source: '-' });
    });
  });
});

describe('eval:squad reading rows read back', () => {
  it('gives each row its columns by name, skipping blank and short lines', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rows-')), 'rows.tsv');
    const row = [
      'q1',
      'H',
      'who',
      '0.6667',
      '0',
      'Tova Lindqvist',
      'Harbour master Tova Lindqvist',
      'Who closed the quay?',
      'R',
      'PERSON',
      '0.72',
    ];
    const older = ['q2', 'T', 'when', '0.0000', '0', '', 'Tuesday', 'When did the ferry leave?', '-'];
    writeFileSync(file, `${row.join('\t')}\nnot a row\n${older.join('\t')}\n`);
    expect(readReadingRows(file)).toEqual([
      {
        id: 'q1',
        half: 'H',
        opening: 'who',
        f1: 0.6667,
        em: 0,
        answer: 'Tova Lindqvist',
        gold: 'Harbour master Tova Lindqvist',
        question: 'Who closed the quay?',
        source: 'R',
        type: 'PERSON',
      },
      {
        id: 'q2',
        half: 'T',
        opening: 'when',
        f1: 0,
        em: 0,
        answer: '',
        gold: 'Tuesday',
        question: 'When did the ferry leave?',
        source: '-',
        type: '',
      },
    ]);
  });
});
