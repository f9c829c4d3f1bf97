import { describe, expect, it } from 'vitest';
import { moneyUnanswered } from '../../src/answer/moneyAsked.js';

describe('moneyUnanswered', () => {
  const q = 'How much did the Brisko Ferry Line pay for the Orvel pier?';
  it('holds when a sum of money is asked and a share, a count or a date answers', () => {
    expect(moneyUnanswered(q, 'PERCENT', '40%', 'The Brisko Ferry Line took a 40% stake in the pier.')).toBe(true);
    expect(moneyUnanswered(q, 'CARDINAL', '12', 'The line runs 12 boats from the pier.')).toBe(true);
    expect(moneyUnanswered('How much money did the Tesk choir lose?', 'DATE', 'May', 'The choir lost its hall in May.')).toBe(true);
  });
  it('does not hold for a sum: money, a scaled figure, a figure with its currency word', () => {
    expect(moneyUnanswered(q, 'MONEY', '$4 million', 'The line paid $4 million for the pier.')).toBe(false);
    expect(moneyUnanswered(q, 'CARDINAL', '767 mln', 'The price was 767 mln, the line said.')).toBe(false);
    expect(moneyUnanswered(q, 'CARDINAL', '900', 'The line paid 900 zlotys for the pier.')).toBe(false);
    expect(moneyUnanswered(q, 'CARDINAL', '900', 'The line paid 900 dlrs for the pier.')).toBe(false);
  });
  it('does not hold for a question asking no sum, nor the change of one', () => {
    expect(moneyUnanswered('How much did the Tesk river rise?', 'QUANTITY', '2 m', 'The Tesk rose 2 m.')).toBe(false);
    expect(moneyUnanswered('How much did the cost of tickets increase?', 'PERCENT', '8%', 'Tickets cost 8% more.')).toBe(false);
    expect(moneyUnanswered('How many boats did the line buy?', 'CARDINAL', '3', 'The line bought 3 boats.')).toBe(false);
  });
  it('holds for a sum asked by its noun and answered by a figure that is none', () => {
    expect(moneyUnanswered('What was the cost of the Orvel fireworks?', 'CARDINAL', '10', 'The fireworks filled 10 barges.')).toBe(true);
    expect(moneyUnanswered('What is the yearly tuition at the Tesk school?', 'CARDINAL', '12', 'The school teaches 12 subjects.')).toBe(
      true,
    );
    expect(moneyUnanswered("What was the ferryman's salary?", 'CARDINAL', 'three', 'He worked three shifts.')).toBe(true);
    expect(moneyUnanswered('What price did Orvel Rail shares close at?', 'PERCENT', '33%', 'Orvel Rail lost 33% of its value.')).toBe(true);
    expect(moneyUnanswered('How much profit did the Tesk mill make?', 'PERCENT', '27%', 'The mill cut 27% of its staff.')).toBe(true);
    expect(moneyUnanswered("What was the Tesk mill's profit in 2030?", 'CARDINAL', 'two', 'The mill ran two shifts.')).toBe(true);
  });
  it('does not hold for a sum asked by its noun and answered by one, nor for a noun that is no head', () => {
    expect(moneyUnanswered('What was the cost of the Orvel fireworks?', 'MONEY', '$40,000', 'The fireworks cost $40,000.')).toBe(false);
    expect(moneyUnanswered('What is the fee for the pier?', 'CARDINAL', '15', 'Boats pay £15 a day.')).toBe(false);
    expect(moneyUnanswered('What price did Orvel Rail shares close at?', 'MONEY', '$4.10', 'Orvel Rail closed at $4.10.')).toBe(false);
    expect(moneyUnanswered('How much did the Tesk mill profit fall?', 'PERCENT', '8%', 'Its profit fell 8%.')).toBe(false);
    expect(moneyUnanswered('What is the toll range for the pier?', 'CARDINAL', '15', 'Boats pay 15 to 40 a day.')).toBe(false);
    expect(moneyUnanswered('What is the price war about?', 'CARDINAL', 'two', 'Two lines cut fares.')).toBe(false);
  });
});
