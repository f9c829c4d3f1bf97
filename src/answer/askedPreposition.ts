/**
 * A question written as a statement with its question word inside ("The pier was built by what firm?", "The ferry sailed
 * in which year?"): the preposition before that word is the one the answer stands after in the story, as for a question
 * opening with it ("By what firm …"). Not for a question opening with a question word, whose later "in which" opens a
 * clause about the thing asked ("What town is the pier in which …").
 */
const INNER_PREPOSITION =
  /^(?!\W*(?:who|whom|whose|what|which|when|where|why|how)\b).*?\b(in|at|on|by|to|from|for|with|during|since|until|after|before|under|over|into|against|of|through|about)\s+(?:what|which|whom)\b/i;

/**
 * The preposition before the question word of a question written as a statement, lower case; undefined for others.
 *
 * @example innerPreposition('The pier was built by what firm?') // → 'by'
 * @example innerPreposition('What was the pier built by?') // → undefined
 */
export function innerPreposition(question: string): string | undefined {
  return INNER_PREPOSITION.exec(question)?.[1]?.toLowerCase();
}

/** A statement question ending in a preposition and its question word ("… proportional to what?", "… known as what?"). */
const FINAL_PREPOSITION =
  /^(?!\W*(?:who|whom|whose|what|which|when|where|why|how)\b).*\s(to|from|by|with|for|of|in|on|at|into|against|about|as|through|over|under|like|onto|upon|within|toward|towards|between|among|than)\s+(?:what|whom)\s*[?.!]*\s*$/i;

/**
 * The preposition before the question word that ends a question written as a statement, lower case: the answer
 * stands right after it in the story, as after the preposition of "What is the pull proportional to?".
 *
 * @example finalPreposition('The pull is proportional to what?') // → 'to'
 * @example finalPreposition('The pier was built by what firm?') // → undefined
 */
export function finalPreposition(question: string): string | undefined {
  return FINAL_PREPOSITION.exec(question)?.[1]?.toLowerCase();
}

/** A question opening with a preposition before its question word ("On what ground …", "In which hall …", "By how much …"). */
const OPENING_PREPOSITION =
  /^\W*(in|at|on|by|to|from|for|with|during|since|until|after|before|under|over|into|against|of|through|about)\s+(what|which|whom|how)\b/i;

/**
 * The preposition a question opens with and the question word after it, lower case: the answer stands right after that
 * preposition in the story.
 *
 * @example openingPreposition('On what ground was the pier built?') // → { preposition: 'on', wh: 'what' }
 */
export function openingPreposition(question: string): { preposition: string; wh: string } | undefined {
  const m = OPENING_PREPOSITION.exec(question);
  return m ? { preposition: m[1]!.toLowerCase(), wh: m[2]!.toLowerCase() } : undefined;
}

/**
 * A wh-question that ends in the preposition of its answer ("Where did Ada move the shop to?", "Who was it written
 * by?", "What is the roof made of?"): the answer stands after that preposition, as after an opening one
 * (extractAnswer.ts; questionFrame.ts `asksOfSubject` reads it as asking something of the noun it names).
 */
export const STRANDED_PREPOSITION =
  /^\W*(?:what|which|who|whom|where)\b.*\s(to|from|by|with|for|of|in|on|at|into|against|about|as|through|over|under|near|like|onto|upon|within|toward|towards|between|among)\s*[?.!]*\s*$/i;
