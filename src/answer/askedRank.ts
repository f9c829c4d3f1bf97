/**
 * "Where does X rank …?", "Where was X ranked …?", "Where is X placed on the list?": a where-question whose verb ranks
 * its subject asks for a rank ("**ninth**", "the **2nd**"), not a place. "Place" and "rate" only in the passive or with
 * no object ("Where did X place Y?" puts Y somewhere: a place).
 */
const RANK_QUESTION =
  /^\W*where\s+(?:[^?]*?\s)?(?:(?:does|did|do|will|would|can|could)\s+\S.*?\s(?:rank|rate)|(?:is|was|are|were|has\s+been|had\s+been)\s+\S.*?\s(?:ranked|rated|placed?))\b(?:\s+(?:among|in|on|by|for|globally|nationally|worldwide|overall|as|of|at|according|out|within|between|against|compared|amongst|\d)|\s*[?.!]*\s*$)/i;

/**
 * Whether a where-question asks for the rank of its subject ("Where does the port rank among the region's ports?"):
 * the answer is a rank, not a place.
 *
 * @example asksRank('Where does the port rank among the busiest ports?') // → true
 * @example asksRank('Where did the guild place its banner?') // → false
 */
export function asksRank(question: string): boolean {
  return RANK_QUESTION.test(question);
}
