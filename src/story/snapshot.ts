import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PostingTable } from '../search/postingTable.js';
import { INDEX_FIELDS, SentenceIndex } from '../search/sentenceIndex.js';
import { ByteReader, ByteWriter } from './byteStreams.js';
import { type Batch, decodeBatch, decodeRecords, encodeRecords, lazyLists, StringTable } from './columns.js';
import { buildFingerprint } from './fingerprint.js';
import { decodePostings, encodePostings } from './indexColumns.js';
import { CATALOGUES, checkLoadedShape, checkStoryShape, giveAbsentListsOf, type UncheckedStory } from './storyShape.js';
import type { Story } from './story.js';
import { encodeTokens, TokenColumns, type TokenLists, tokensFit } from './tokenColumns.js';
import { tokenGlance } from './tokenWords.js';
import { withoutKeeping } from './madeOnRead.js';
import { keepsMadeValues, RECENT_SENTENCES, RecentRows } from './recentRows.js';

/**
 * The snapshot file: a small JSON header, then the story in sections, then a SHA-256 of the sections.
 *
 * ```
 * "STORYBOT" · u32 format · u32 header length · header JSON {format, fingerprint, hash, sentences, problem?}
 * sections, each u32 byte length + bytes: articles · sentences · tokens · people · actors · timeline ·
 *   documentFrequency · index · strings (every string of the sections above, once)
 * SHA-256 of the sections (32 bytes)
 * ```
 * Written section by section to a temporary file and renamed into place; never one giant string. The
 * writer checks the story item by item and says in `problem` what is wrong with it, if anything (a story
 * this engine cannot serve is saved, and refused at load as corrupt); the loader checks the columns only.
 */
export const SNAPSHOT_FORMAT = 8;

const MAGIC = Buffer.from('STORYBOT');
const TOKENS: ReadonlySet<string> = new Set(['tokens']);
const SECTIONS = ['articles', 'sentences', 'tokens', 'people', 'actors', 'timeline', 'documentFrequency', 'index', 'strings'] as const;
/** Largest header read before the body (the header is a few hundred bytes). */
const HEADER_LIMIT = 64 * 1024;

interface SnapshotHeader {
  format: number;
  fingerprint: string;
  hash: string;
  sentences: number;
  /** What the writer found wrong with the story (`checkStoryShape`); absent when nothing. */
  problem?: string;
}

/** What decides whether a snapshot may be used: the corpus hash and the build fingerprint (default: this code's). */
export interface SnapshotKey {
  hash: string;
  fingerprint?: string;
}

/**
 * Writes the story to `path` atomically: a temporary file in the same directory, written section by
 * section, then a rename, so a crash mid-write leaves the previous snapshot (or none), never a half-written one.
 *
 * @throws the file system's error when the snapshot cannot be written (the temporary file is removed)
 */
export async function saveSnapshot(story: Story, path: string, options: { fingerprint?: string } = {}): Promise<void> {
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    fingerprint: options.fingerprint ?? (await buildFingerprint()),
    hash: story.hash,
    sentences: story.sentences.length,
  };
  // The writer reads every sentence's tokens once: a built story's are not kept (`tokenStore.ts`).
  const problem = withoutKeeping(() => checkStoryShape(story as unknown as UncheckedStory, story.sentences.length));
  if (problem) header.problem = problem;
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const file = await open(tmp, 'w');
  try {
    const headerBytes = Buffer.from(JSON.stringify(header));
    const lead = Buffer.alloc(16);
    MAGIC.copy(lead, 0);
    lead.writeUInt32LE(SNAPSHOT_FORMAT, 8);
    lead.writeUInt32LE(headerBytes.length, 12);
    await file.write(lead);
    await file.write(headerBytes);
    const digest = createHash('sha256');
    const strings = new StringTable();
    const lists: TokenLists = { count: story.sentences.length, at: (i) => story.sentences[i]!.tokens };
    const compactTokens = withoutKeeping(() => tokensFit(lists));
    for (const name of SECTIONS) {
      const bytes = withoutKeeping(() => encodeSection(story, name, strings, compactTokens, lists));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      digest.update(length);
      digest.update(bytes);
      await file.write(length);
      await file.write(bytes);
    }
    await file.write(digest.digest());
    await file.close();
    await rename(tmp, path);
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw error;
  }
  await removeOrphanedTemps(path);
}

/** One section's bytes; `compactTokens`: the tokens go in their own section (`tokenColumns.ts`), not in the sentences'. */
function encodeSection(
  story: Story,
  name: (typeof SECTIONS)[number],
  strings: StringTable,
  compactTokens: boolean,
  lists: TokenLists,
): Uint8Array {
  const w = new ByteWriter(1 << 16);
  switch (name) {
    case 'articles':
      encodeRecords(story.articles, w, strings);
      break;
    case 'sentences':
      encodeRecords(story.sentences, w, strings, undefined, compactTokens ? TOKENS : undefined);
      break;
    case 'tokens':
      w.uint(compactTokens ? 1 : 0);
      if (compactTokens)
        encodeTokens(
          lists,
          story.sentences.map((x) => x.text),
          w,
          strings,
        );
      break;
    case 'people':
      encodeRecords(story.people, w, strings);
      break;
    case 'actors':
      encodeRecords(story.actors, w, strings);
      break;
    case 'timeline':
      encodeRecords(story.timeline, w, strings);
      break;
    case 'documentFrequency':
      w.uint(story.documentFrequency.size);
      for (const [term, n] of story.documentFrequency) {
        w.uint(strings.id(term));
        w.uint(n);
      }
      break;
    case 'index': {
      const table = story.index.postings();
      const articleOf = new Map<string, number>();
      const group = Int32Array.from(table.ids, (id) => articleNumber(articleOf, story.sentences[id]?.articleId));
      const neighbours = { field: INDEX_FIELDS.indexOf('context'), of: INDEX_FIELDS.indexOf('text'), group };
      encodePostings(table, w, strings, neighbours);
      break;
    }
    case 'strings':
      return strings.encode();
  }
  return w.view();
}

/** A number per article id, in order of first sight (-1 for none): the groups of the index's neighbours' field. */
function articleNumber(numbers: Map<string, number>, articleId: string | undefined): number {
  if (articleId === undefined) return -1;
  let n = numbers.get(articleId);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(articleId, n);
  }
  return n;
}

/**
 * Deletes temporary files left beside `path` by a process killed between writing and renaming (they are
 * never read, only taking space). Only those of processes no longer running: another live process may be
 * saving right now. Best effort: a failure here is not a failed save. Run after every save and at start.
 */
export async function removeOrphanedTemps(path: string): Promise<string[]> {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = /^(\d+)\.\d+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    await rm(join(dirname(path), name), { force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why a snapshot could not be used. */
export type SnapshotMiss = 'missing' | 'stale' | 'corrupt';

/** A snapshot that could not be used, and why in words (for the log). */
export interface SnapshotRejection {
  miss: SnapshotMiss;
  reason: string;
}

/**
 * Loads the snapshot at `path` if it was built from a corpus with this hash by this build of the engine.
 * Returns why not otherwise: no file, another corpus or engine version, or a damaged file.
 */
export async function loadSnapshot(path: string, hash: string, options: { fingerprint?: string } = {}): Promise<Story | SnapshotMiss> {
  const read = await readSnapshot(path, { hash, ...options });
  return 'miss' in read ? read.miss : read.story;
}

/**
 * As `loadSnapshot`, with the reason for a miss: reads the header first (a stale snapshot, or one of a story
 * its writer found malformed, costs one small read), then the whole file; checks the SHA-256 of its
 * sections, decodes them and checks the columns' shape.
 */
export async function readSnapshot(path: string, key: SnapshotKey): Promise<{ story: Story } | SnapshotRejection> {
  const fingerprint = key.fingerprint ?? (await buildFingerprint());
  const lead = await readLead(path);
  if (!lead) return { miss: 'missing', reason: 'no snapshot file' };
  const header = parseHeader(lead);
  if (typeof header === 'string') return { miss: 'corrupt', reason: header };
  if (header.format !== SNAPSHOT_FORMAT)
    return { miss: 'stale', reason: `snapshot format ${header.format}, this build writes ${SNAPSHOT_FORMAT}` };
  if (header.fingerprint !== fingerprint)
    return { miss: 'stale', reason: `built by another version of the engine (${header.fingerprint}; this is ${fingerprint})` };
  if (header.hash !== key.hash) return { miss: 'stale', reason: 'the corpus has changed since the snapshot was made' };
  if (header.problem !== undefined) return { miss: 'corrupt', reason: header.problem };
  let file: Buffer;
  try {
    file = await readWhole(path);
  } catch (error) {
    return { miss: 'missing', reason: `snapshot could not be read: ${String(error)}` };
  }
  try {
    const story = await decodeBody(file, header);
    return typeof story === 'string' ? { miss: 'corrupt', reason: story } : { story };
  } catch (error) {
    return { miss: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The header, or what is wrong with it. */
function parseHeader(lead: Buffer): SnapshotHeader | string {
  if (lead.length < 16 || !lead.subarray(0, 8).equals(MAGIC)) return 'not a snapshot file (no STORYBOT mark)';
  const length = lead.readUInt32LE(12);
  if (16 + length > lead.length) return 'snapshot header is cut short';
  let header: unknown;
  try {
    header = JSON.parse(lead.subarray(16, 16 + length).toString('utf8'));
  } catch {
    return 'snapshot header is not JSON';
  }
  const h = header as Partial<SnapshotHeader> | null;
  if (
    !h ||
    typeof h !== 'object' ||
    typeof h.format !== 'number' ||
    typeof h.fingerprint !== 'string' ||
    typeof h.hash !== 'string' ||
    typeof h.sentences !== 'number' ||
    (h.problem !== undefined && typeof h.problem !== 'string')
  )
    return 'snapshot header has the wrong shape';
  return h as SnapshotHeader;
}

/**
 * Decodes the sections; a string says what is wrong. The SHA-256 of the sections is worked out on another thread
 * (`sha256Beside`) while this one decodes the columns, typed arrays whose every count is bounded by the bytes left
 * to read; the rows, objects made by the million, are made only once it matches.
 */
async function decodeBody(file: Buffer, header: SnapshotHeader): Promise<Story | string> {
  const bodyStart = 16 + file.readUInt32LE(12);
  if (file.length < bodyStart + 32) return 'snapshot is cut short';
  const body = file.subarray(bodyStart, file.length - 32);
  const checksum = file.subarray(file.length - 32);
  const digest = sha256Beside(body);
  let columns: SnapshotColumns | string | Error;
  try {
    columns = decodeColumns(body);
  } catch (error) {
    columns = error instanceof Error ? error : new Error(String(error));
  }
  if (!checksum.equals(await digest)) return 'snapshot checksum does not match its contents';
  if (columns instanceof Error) throw columns;
  if (typeof columns === 'string') return columns;
  return storyOf(columns, header);
}

/** What `decodeColumns` reads before the checksum is known to match. */
interface SnapshotColumns {
  sections: Map<string, Uint8Array>;
  strings: string[];
  documentFrequency: Map<string, number>;
  sentenceColumns: Batch;
  table: PostingTable;
  tokenColumns: TokenColumns | undefined;
}

/** The sections' columns (no rows yet); a string says what is wrong. */
function decodeColumns(body: Buffer): SnapshotColumns | string {
  const sections = new Map<string, Uint8Array>();
  let at = 0;
  for (const name of SECTIONS) {
    if (at + 4 > body.length) return `snapshot section ${name} is missing`;
    const length = body.readUInt32LE(at);
    if (at + 4 + length > body.length) return `snapshot section ${name} is cut short`;
    sections.set(name, body.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  if (at !== body.length) return 'snapshot has bytes after its last section';
  const strings = StringTable.decode(sections.get('strings')!);
  const dfReader = new ByteReader(sections.get('documentFrequency')!);
  const documentFrequency = new Map<string, number>();
  for (let i = dfReader.uint(); i > 0; i -= 1) {
    const term = strings[dfReader.uint()];
    if (term === undefined) return 'snapshot document frequencies name a missing string';
    documentFrequency.set(term, dfReader.uint());
  }
  const sentenceColumns = decodeBatch(new ByteReader(sections.get('sentences')!), strings);
  // The neighbours' groups are the sentences' articles: their numbers in the string table tell them apart.
  const articleIds = sentenceColumns.column('articleId')?.ids;
  const groupOf = (ids: Int32Array): Int32Array => {
    // A loop, not Int32Array.from with a function (the generic path: a tenth of the postings' decoding).
    const group = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i += 1) group[i] = ids[i]! >= 0 ? (articleIds?.[ids[i]!] ?? -1) : -1;
    return group;
  };
  const table = decodePostings(new ByteReader(sections.get('index')!), strings, groupOf);
  if (table.fields.length !== INDEX_FIELDS.length) return 'snapshot index has the wrong fields';
  const tokenBytes = sections.get('tokens')!;
  const tokenColumns = tokenBytes[0] === 1 ? TokenColumns.decode(tokenBytes.subarray(1), strings) : undefined;
  return { sections, strings, documentFrequency, sentenceColumns, table, tokenColumns };
}

/** The story of columns whose checksum matched; a string says what is wrong with it. */
function storyOf(columns: SnapshotColumns, header: SnapshotHeader): Story | string {
  const { sections, strings, documentFrequency, sentenceColumns, table, tokenColumns } = columns;
  const records = (name: string) => decodeRecords(new ByteReader(sections.get(name)!), strings);
  const candidate = {
    hash: header.hash,
    articles: records('articles'),
    sentences: sentenceColumns.rows(),
    people: [] as Record<string, unknown>[],
    index: SentenceIndex.fromPostings(table),
    documentFrequency,
    actors: [] as Record<string, unknown>[],
    timeline: [] as Record<string, unknown>[],
  };
  const problem = checkLoadedShape(candidate, header.sentences, sentenceColumns, tokenColumns);
  if (problem) return problem;
  lazyCatalogues(candidate, sections, strings);
  if (tokenColumns)
    lazyLists(
      candidate.sentences,
      0,
      'tokens',
      (i, s) => tokenColumns.tokensOf(i, s['text'] as string),
      undefined,
      // A story too large to keep every sentence's tokens once made holds the latest (keepsMadeValues).
      keepsMadeValues(header.sentences) ? undefined : new RecentRows<unknown>(RECENT_SENTENCES),
      keepsMadeValues(header.sentences) ? undefined : tokenGlance((i, text, out) => tokenColumns.wordsOf(i, text, out)),
    );
  return candidate as unknown as Story;
}

/**
 * Gives the loaded story its people, actors and timeline as properties each decoded when first read (then a plain
 * value): a start from the snapshot does not pay for them, and a question about a person (which reads the actors)
 * or a warm-up decodes only the catalogue it reads. Their sections' bytes are views on the loaded file (a
 * Buffer's `slice` copies nothing), which the story keeps whole anyway: its token columns read it on demand.
 */
function lazyCatalogues(story: UncheckedStory, sections: ReadonlyMap<string, Uint8Array>, strings: readonly string[]): void {
  for (const name of CATALOGUES) {
    const bytes = sections.get(name)!.slice();
    Object.defineProperty(story, name, {
      configurable: true,
      enumerable: true,
      get() {
        const rows = decodeRecords(new ByteReader(bytes), strings);
        giveAbsentListsOf(name, rows);
        Object.defineProperty(story, name, plain(rows));
        return rows;
      },
      set(value: unknown) {
        Object.defineProperty(story, name, plain(value));
      },
    });
  }
}

function plain(value: unknown): PropertyDescriptor {
  return { value, writable: true, configurable: true, enumerable: true };
}

/**
 * A snapshot from this size on is hashed on a thread of its own (`sha256Beside`): the thread's start (tens of
 * milliseconds) costs about what hashing 28 MB (100,000 sentences) here does, and a small story would wait for it.
 */
const HASH_THREAD_FROM = 64 * 1024 * 1024;

/** The hashing thread's code: the SHA-256 of the bytes it is given (a shared buffer, read in place). */
const HASH_THREAD = `const { parentPort, workerData: { buffer, start, length } } = require('node:worker_threads');
parentPort.postMessage(require('node:crypto').createHash('sha256').update(new Uint8Array(buffer, start, length)).digest());`;

/**
 * The SHA-256 of `bytes`, worked out on a thread of its own when they lie in a shared buffer (as `readWhole` reads
 * a snapshot): about 0.7 ms a megabyte on this thread otherwise (180 ms of a 264 MB snapshot's load).
 */
export function sha256Beside(bytes: Uint8Array): Promise<Buffer> {
  if (!(bytes.buffer instanceof SharedArrayBuffer)) return Promise.resolve(createHash('sha256').update(bytes).digest());
  const here = () => createHash('sha256').update(bytes).digest();
  let worker: Worker;
  try {
    // No loader flags (tsx's): the thread runs plain JavaScript.
    worker = new Worker(HASH_THREAD, {
      eval: true,
      execArgv: [],
      workerData: { buffer: bytes.buffer, start: bytes.byteOffset, length: bytes.byteLength },
    });
  } catch {
    return Promise.resolve(here());
  }
  // A thread that cannot start or stops early leaves the hashing to this one: a snapshot is never refused for it.
  return new Promise<Buffer>((resolve, reject) => {
    worker.once('message', (digest: Uint8Array) => resolve(Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength)));
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error('snapshot: the hashing thread stopped')));
  }).catch(here);
}

/**
 * The whole file in one buffer (shared with other threads from HASH_THREAD_FROM on: `sha256Beside`), read by as
 * few calls as the system allows (`readFile` reads a large file half a
 * megabyte at a time, a round trip to the thread pool each).
 */
async function readWhole(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const out = size >= HASH_THREAD_FROM ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(out, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return out.subarray(0, at);
  } finally {
    await handle.close();
  }
}

/** The first HEADER_LIMIT bytes of the file (where the header is), or undefined when it cannot be opened. */
async function readLead(path: string): Promise<Buffer | undefined> {
  try {
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(HEADER_LIMIT);
      const { bytesRead } = await handle.read(buf, 0, HEADER_LIMIT, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * The story of the snapshot at `path` whatever corpus and build of the engine it was made by (if of this
 * snapshot format), or undefined: what `npm run reindex` compares the rebuilt story with to tell what is new.
 */
export async function readPreviousSnapshot(path: string): Promise<Story | undefined> {
  const lead = await readLead(path);
  if (!lead) return undefined;
  const header = parseHeader(lead);
  if (typeof header === 'string') return undefined;
  // Any corpus and any build of the engine (of this snapshot format): only its articles are compared.
  const read = await readSnapshot(path, { hash: header.hash, fingerprint: header.fingerprint });
  return 'story' in read ? read.story : undefined;
}
