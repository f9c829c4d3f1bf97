/** Shared types for the REST route handlers. */
import type { Store } from './store.js';
import type { CapturedFile } from './types.js';

/** What route handlers may use. */
export interface RestContext {
  store: Store;
  /** `http://127.0.0.1:PORT` (attachment URLs are served under it). */
  baseUrl: string;
  gatewayUrl: string;
  tokensRejected(): boolean;
  callbackDeadlineMs: number;
  /** Shards `GET /gateway/bot` recommends. */
  shards: number;
}

/** A decoded REST request. */
export interface RestRequest {
  method: string;
  /** Path after `/api/v10`, URL-decoded. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
  files: CapturedFile[];
}

/** A REST answer. */
export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Shorthand for a Discord JSON error. */
export function apiError(status: number, code: number, message: string): RestResult {
  return { status, body: { message, code } };
}

/** Common Discord errors. */
export const Errors = {
  unauthorized: (): RestResult => apiError(401, 0, '401: Unauthorized'),
  notFound: (): RestResult => apiError(404, 0, '404: Not Found'),
  unknownChannel: (): RestResult => apiError(404, 10003, 'Unknown Channel'),
  unknownMessage: (): RestResult => apiError(404, 10008, 'Unknown Message'),
  unknownUser: (): RestResult => apiError(404, 10013, 'Unknown User'),
  unknownMember: (): RestResult => apiError(404, 10007, 'Unknown Member'),
  unknownGuild: (): RestResult => apiError(404, 10004, 'Unknown Guild'),
  unknownWebhook: (): RestResult => apiError(404, 10015, 'Unknown Webhook'),
  unknownInteraction: (): RestResult => apiError(404, 10062, 'Unknown interaction'),
  unknownCommand: (): RestResult => apiError(404, 10063, 'Unknown application command'),
  alreadyAcknowledged: (): RestResult => apiError(400, 40060, 'Interaction has already been acknowledged.'),
  invalidForm: (field: string, message: string): RestResult => ({
    status: 400,
    body: { message: 'Invalid Form Body', code: 50035, errors: { [field]: { _errors: [{ code: 'BASE_TYPE_INVALID', message }] } } },
  }),
};

/** The body as a JSON object (empty object when absent). */
export function bodyObject(req: RestRequest): Record<string, unknown> {
  return req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
}
