/**
 * An expected problem with a question (empty, too long, nothing to search for). Its message is written
 * for the person who asked and is safe to show as is.
 */
export class QuestionError extends Error {
  override readonly name = 'QuestionError';
}

/** Longest question the engine takes, in characters. */
export const MAX_QUESTION_LENGTH = 300;

/**
 * Checks a question and returns it trimmed, with white space collapsed.
 * @throws QuestionError when it is empty or longer than MAX_QUESTION_LENGTH
 */
export function validateQuestion(raw: string): string {
  const query = raw
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!query) throw new QuestionError('Please type a question, for example "who signed the agreement?"');
  if ([...query].length > MAX_QUESTION_LENGTH) {
    throw new QuestionError(`That question is ${[...query].length} characters long; please keep it under ${MAX_QUESTION_LENGTH}.`);
  }
  return query;
}
