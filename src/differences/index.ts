export {
  findDifferences,
  differencesFor,
  describeDifference,
  storyDifferences,
  SAME_FACT_SIMILARITY,
  SAME_FACT_SIMILARITY_STRICT,
  SAME_FACT_SIMILARITY_DATE,
  SAME_FACT_SIMILARITY_MONEY,
  MIN_SHARED_TERMS,
  MAX_CONFLICT_RATIO,
} from './findDifferences.js';
export type { DifferenceOptions } from './findDifferences.js';
export type { Difference, DifferenceCitation, DifferenceValue, DifferenceKind } from './difference.js';
export { loadCaptions, tagAsides } from './asides.js';
export type { Aside, TaggedAside } from './asides.js';
export { valueMentions } from './valueMentions.js';
export type { ValueMention, MentionSource } from './valueMentions.js';
export { readAmount, amountsAgree, formatAmount } from './quantity.js';
export type { Amount, Hedge } from './quantity.js';
export { differencesWithCaptions, knownDifferences } from './captioned.js';
