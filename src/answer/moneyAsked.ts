import { isCurrencyWord } from '../nlp/amounts.js';
import { words } from '../search/terms.js';
import { headedBy } from './figureAsked.js';

/**
 * "How much did X pay / cost / earn / charge …", "how much money …", "how much profit …" (the noun right after: "how much
 * of the harbour's income" asks a share): a question asking a sum of money. General
 * English words of paying, costing and earning; not "sell" or "raise" ("how much did the album sell" asks copies), nor
 * "price" or "value", which a question asks the change of (a change asked is left alone: CHANGE_ASKED).
 */
const MONEY_ASKED =
  /\bhow\s+much\s+(?:profits?|revenues?|income)\b|\bhow\s+much\b.*\b(?:money|cash|pay|pays|paid|paying|cost|costs|costing|costed|earn|earns|earned|earning|earnings|spend|spends|spent|spending|charge|charges|charged|charging|owe|owes|owed|worth|fee|fees|salary|salaries|wage|wages|prize|bid|bids|donate|donates|donated|invest|invests|invested|lend|lends|lent|borrow|borrows|borrowed|compensation|damages|fine|fined|ransom)\b/i;

/**
 * "What was the cost of …", "What is the annual tuition at …", "What was X's salary?": a sum of money asked by its noun,
 * heading the phrase after the copula as a figure noun does (figureAsked.ts headedBy). General English nouns of what is
 * paid or earned; not "value" or "worth" (of a share, a vote, a coin), which may be no sum.
 */
const MONEY_NOUN_ASKED = headedBy('costs?|prices?|fees?|fares?|tuition|salar(?:y|ies)|wages?|budgets?|revenues?|income|profits?|debts?');
/** "What price did the shares close at?", "At what cost …": the same nouns opening the question after "what". */
const MONEY_NOUN_OPENING = /^\W*(?:at\s+|for\s+)?what\s+(?:costs?|prices?|fees?|fares?|salar(?:y|ies)|wages?|sum)\s+(?!war\b)/i;

/** A currency sign right before a figure ("£15–100,000" answered "15–100,000"): a sum, its sign outside the answer's span. */
const SIGN_BEFORE = /[$£€¥]\s*$/;

/** A change the question asks of a sum ("how much did costs rise?"), which a share answers ("by 4%"). */
const CHANGE_ASKED =
  /\b(?:increase[sd]?|increasing|rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop(?:s|ped|ping)?|grow|grows|grew|grown|growing|decline[sd]?|declining|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|cut|cuts|reduce[sd]?|reducing|double[sd]?|change[sd]?)\b/i;

/** A figure written with its scale ("767 mln", "1.5 billion", "40m"): a business text's sum, its currency said elsewhere. */
const SCALED = /\d(?:\s*|-)?(?:thousand|million|billion|trillion|mln|bln|bn|mn|m|k)\b/i;

/**
 * Whether a question asking a sum of money (MONEY_ASKED, or by its noun: MONEY_NOUN_ASKED, MONEY_NOUN_OPENING) was answered by something
 * that is none: a share, a count, a rank, a date or a phrase, neither tagged as money nor a scaled figure nor a figure
 * after a currency sign or before a currency word ("What was the cost of the fireworks?" answered "10" of "10 barges"). The
 * sum the question asks is not where the answer was read, as a story that never gives the price offers the deal's other
 * figures ("How much did Orvel pay for the ferry line?" answered "40%" from "Orvel took a 40% stake").
 *
 * @param written the answer as its sentence writes it; `type` its entity type
 * @example moneyUnanswered('How much did the club pay for him?', 'PERCENT', '40%', 'The club took a 40% stake.') // → true
 */
export function moneyUnanswered(question: string, type: string, written: string, sentence: string): boolean {
  const asked = MONEY_ASKED.test(question) || MONEY_NOUN_ASKED.test(question) || MONEY_NOUN_OPENING.test(question);
  if (type === 'MONEY' || !asked || CHANGE_ASKED.test(question)) return false;
  if (type === 'CARDINAL' && SCALED.test(written)) return false;
  const at = sentence.indexOf(written);
  if (at > 0 && SIGN_BEFORE.test(sentence.slice(0, at))) return false;
  const next = at < 0 ? undefined : words(sentence.slice(at + written.length))[0];
  return !(next !== undefined && isCurrencyWord(next));
}
