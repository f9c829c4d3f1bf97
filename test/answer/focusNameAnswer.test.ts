import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a name ending in the noun the question asks by, beside other names in the same sentence. */
const ask = (body: string, question: string) =>
  traceAnswer(oneArticleStory('x', 'X', body), question, {
    command: 'ask',
    limit: 1,
  }).short?.text;

describe('"which / what NOUN" with a name ending in NOUN in the best excerpt', () => {
  it('takes that name over another name beside the question’s words', () => {
    const fair =
      'The town fair opened on Saturday. The lantern show of Port Alder moved from Market Square to Ostwick Park on Friday. Crowds came early.';
    expect(ask(fair, 'Which park did the lantern show move to?')).toBe('Ostwick Park');
    const shed =
      'The harbour board met on Tuesday. Near Quay Road, the old ferry shed of the Harbour Trust became the Lantern Hotel in May. The work cost little.';
    expect(ask(shed, 'What hotel did the ferry shed become?')).toBe('Lantern Hotel');
  });
});

describe('"which / what NOUN" with a name opening with NOUN in the best excerpt', () => {
  it('takes that name, the noun shown with it, over another name beside the question’s words', () => {
    const fort =
      'The valley has many ruins. Near the Tarn River, Fort Mirela was rebuilt in 1911 by the Orsk Guild. Visitors come in June.';
    expect(ask(fort, 'Which fort was rebuilt in 1911?')).toBe('Fort Mirela');
    const sea = 'The traders sailed far. Their ships crossed the Sea of Velm to reach Port Alder in the spring. Many were lost.';
    expect(ask(sea, 'What sea did the ships cross to reach Port Alder?')).toBe('Sea of Velm');
  });

  it('takes no part of a longer name that the noun stands inside', () => {
    const cup =
      'The league has run for years. In May, Tarn Rovers won the Harbour Cup IX after they beat Velden Athletic at Ostwick Field. Fans cheered.';
    expect(ask(cup, 'Which Harbour Cup did Tarn Rovers win?')).toBe('Harbour Cup IX');
  });
});

describe('"during which era" with a span named by a capitalised word', () => {
  it('takes the named span over another phrase beside the question’s words', () => {
    const era =
      'The rocks of the Tarn valley are old. Large reefs first formed in shallow lagoons during the Velmian era, when warm seas covered the land. Fossils abound.';
    expect(ask(era, 'During which era did large reefs first form?')).toBe('Velmian era');
  });
});

describe('"which / what NOUN" asking a time by a noun of no named span, where the excerpts date nothing', () => {
  const drying =
    'Millers of the Orrin valley grind in two seasons. The grain is dried over peat in what the guild calls the Tellin cycle, a slow turning of the racks. The flour keeps well.';

  it('takes the phrase ending in the noun', () => {
    expect(ask(drying, 'Which cycle dries the grain over peat?')).toBe('Tellin cycle');
    expect(ask(drying, 'In what cycle is the grain dried over peat?')).toBe('Tellin cycle');
  });

  it('gives no phrase for a when-question', () => {
    expect(ask(drying, 'When is the grain dried over peat?')).toBeUndefined();
  });
});

describe('"what NOUN" with a name written right after NOUN', () => {
  it('takes the quoted name after the noun over a name beside the question’s words', () => {
    const crossing =
      'The odd term "drift" was not coined until the Warden\'s third night crossing; Orla Tellin\'s Warden had merely written of a "late run", and the Second Warden spoke of it as a sweep.';
    expect(ask(crossing, 'What term names the night crossing of the Warden?')).toBe('drift');
  });
});
