/**
 * An expected failure whose message is written for users (no match, bad input, cooldown, not allowed).
 * The dispatcher shows it ephemerally; anything else is logged and the user sees a generic message.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** What users see when something unexpected went wrong. Never the error's own text. */
export const GENERIC_ERROR = 'Sorry, something went wrong while answering. The team has been told; please try again in a moment.';
