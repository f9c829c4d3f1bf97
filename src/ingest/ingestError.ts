/** Why an article could not be fetched, read or saved. */
export type IngestFailure =
  | 'bad-url'
  | 'blocked-address'
  | 'too-many-redirects'
  | 'timeout'
  | 'too-large'
  | 'http-status'
  | 'not-text'
  | 'not-article'
  | 'network'
  | 'duplicate'
  | 'not-found'
  | 'bad-file';

/**
 * An expected refusal of the ingest module, with a message written for the admin who asked (prefixed
 * `ingest:`) and a machine-readable `failure`.
 *
 * @example new IngestError('blocked-address', 'ingest: refused http://127.0.0.1/: the address 127.0.0.1 is loopback')
 */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly failure: IngestFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message.startsWith('ingest:') ? message : `ingest: ${message}`, options);
  }
}
