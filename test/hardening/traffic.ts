/**
 * Traffic for the load and soak scripts: a mixed workload of questions, catalogue commands, buttons,
 * autocomplete and mentions, and a tracker that matches every interaction or mention to the bot's
 * reply as the loopback Discord captures it — in one pass over the captured requests, without one
 * waiter per interaction — and keeps the latency from dispatch to reply.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storyExamples } from '../../src/present/help.js';
import { openStory } from '../../src/story/openStory.js';
import { makeUser, type CapturedRequest, type LoopbackDiscord, type LoopbackUser } from '../loopback-discord/index.js';
import { carriesMessage } from './discordRules.js';
import { userId } from './harness.js';

/** Questions that fit any news story, asked beside the ones made from the story itself. */
export const GENERIC_QUESTIONS: [string, string][] = [
  ['ask', 'What happened?'],
  ['who', 'said it'],
  ['when', 'did it happen'],
  ['where', 'did it happen'],
  ['ask', 'How many people were there?'],
  ['ask', 'What is the capital of Australia?'],
];

/** Autocomplete prefixes that find someone in most stories. */
export const NAME_PREFIXES = ['a', 'e', 'ma', 'st'];

/**
 * The questions of a traffic run: the help examples made from the story in `corpusDir` (each known to
 * answer right) and the generic ones — no story's names in the code.
 */
export async function trafficQuestions(corpusDir: string): Promise<[string, string][]> {
  const story = (await openStory({ corpusDir, cacheDir: await mkdtemp(join(tmpdir(), 'storybot-traffic-')) })).story;
  const made = storyExamples(story)
    .filter((x) => x.expect)
    .map((x): [string, string] => [x.command, x.text]);
  return [...made, ...GENERIC_QUESTIONS];
}

export function simulatedUsers(n: number): LoopbackUser[] {
  return Array.from({ length: n }, (_, i) => makeUser(userId(i + 1), `load${i + 1}`));
}

/** One thing to wait for: an interaction's reply, or the reply to a mention. */
interface Pending {
  sentAt: number;
  kind: string;
  resolve: (outcome: Outcome) => void;
  timer: NodeJS.Timeout;
}

export interface Outcome {
  kind: string;
  ok: boolean;
  /** Dispatch to reply, ms (NaN when lost). */
  latency: number;
  /** Why not ok: an HTTP status the emulator answered (404: past Discord's 3 s), or "timeout". */
  error?: string;
  /** The reply's message (for buttons to press next). */
  request?: CapturedRequest;
}

/**
 * Matches replies to what was sent. Interactions by id (their callback, or for a deferred reply the
 * webhook edit by token); mentions and DMs by message_reference. Polls the captured requests from a
 * cursor every few ms and, with `trim`, drops them from the emulator's list once seen (long soaks).
 */
export class ReplyTracker {
  readonly #byInteraction = new Map<string, Pending>();
  readonly #byToken = new Map<string, string>();
  readonly #byMessage = new Map<string, Pending>();
  #cursor = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly discord: LoopbackDiscord,
    private readonly options: { timeoutMs?: number; trim?: boolean } = {},
  ) {}

  start(): this {
    this.#timer = setInterval(() => this.#scan(), 2);
    return this;
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#scan();
  }

  interaction(ref: { id: string; token: string; sentAt: number }, kind: string): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.#settle(this.#byInteraction, ref.id, { kind, ok: false, latency: NaN, error: 'timeout' }),
        this.options.timeoutMs ?? 10_000,
      );
      this.#byInteraction.set(ref.id, { sentAt: ref.sentAt, kind, resolve, timer });
      this.#byToken.set(ref.token, ref.id);
    });
  }

  message(ref: { messageId: string; sentAt: number }, kind: string): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.#settle(this.#byMessage, ref.messageId, { kind, ok: false, latency: NaN, error: 'timeout' }),
        this.options.timeoutMs ?? 10_000,
      );
      this.#byMessage.set(ref.messageId, { sentAt: ref.sentAt, kind, resolve, timer });
    });
  }

  #settle(map: Map<string, Pending>, key: string, outcome: Outcome): void {
    const p = map.get(key);
    if (!p) return;
    map.delete(key);
    clearTimeout(p.timer);
    p.resolve(outcome);
  }

  #scan(): void {
    const requests = this.discord.requests;
    for (; this.#cursor < requests.length; this.#cursor += 1) this.#see(requests[this.#cursor]!);
    if (this.options.trim && this.#cursor > 5_000) {
      requests.splice(0, this.#cursor);
      this.discord.gatewayFrames.splice(0, this.discord.gatewayFrames.length);
      this.#cursor = 0;
    }
  }

  #see(r: CapturedRequest): void {
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
    if (callback) {
      const id = callback[1]!;
      const p = this.#byInteraction.get(id);
      if (!p) return;
      const type = (r.body as { type?: number } | undefined)?.type;
      if (r.status >= 300) {
        // A 404 is Discord's "Unknown interaction": the reply came after the 3 s deadline and is lost.
        if (r.status === 404)
          this.#settle(this.#byInteraction, id, {
            kind: p.kind,
            ok: false,
            latency: r.at - p.sentAt,
            error: `HTTP ${r.status}`,
            request: r,
          });
        return;
      }
      if (type === 5 || type === 6) return; // deferred: the answer follows as a webhook edit
      this.#settle(this.#byInteraction, id, { kind: p.kind, ok: true, latency: r.at - p.sentAt, request: r });
      return;
    }
    const webhook = /^\/webhooks\/\d+\/([^/]+)(?:\/messages\/@original)?$/.exec(r.path);
    if (webhook && r.status < 300 && carriesMessage(r)) {
      const id = this.#byToken.get(webhook[1]!);
      const p = id ? this.#byInteraction.get(id) : undefined;
      if (id && p) this.#settle(this.#byInteraction, id, { kind: p.kind, ok: true, latency: r.at - p.sentAt, request: r });
      return;
    }
    if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status < 300) {
      const ref = (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id;
      const p = ref ? this.#byMessage.get(ref) : undefined;
      if (ref && p) this.#settle(this.#byMessage, ref, { kind: p.kind, ok: true, latency: r.at - p.sentAt, request: r });
    }
  }

  get pending(): number {
    return this.#byInteraction.size + this.#byMessage.size;
  }
}

/** The custom ids of the buttons on a reply (enabled ones, but Dismiss, which deletes the message). */
export function buttonsOf(r: CapturedRequest | undefined): string[] {
  if (!r) return [];
  const body = (r.body ?? {}) as { data?: unknown };
  const msg = (r.path.endsWith('/callback') ? body.data : body) as
    | { components?: { components?: { custom_id?: string; disabled?: boolean }[] }[] }
    | undefined;
  return (msg?.components ?? [])
    .flatMap((row) => row.components ?? [])
    .filter((b) => b.custom_id && !b.disabled && !b.custom_id.startsWith('rm|'))
    .map((b) => b.custom_id!);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Discord's window for the first reply: a reply later than this is late. */
export const LATE_MS = 3_000;

/** "n=500 answered=500 lost=0 late=0 p50=4.1 ms p90=… p99=… max=…" (late: answered, but more than 3 s after dispatch). */
export function summarize(outcomes: Outcome[]): { line: string; ok: number; lost: number; late: number; p50: number; p99: number } {
  const ok = outcomes.filter((o) => o.ok);
  const late = ok.filter((o) => o.latency > LATE_MS).length;
  const lat = ok.map((o) => o.latency).sort((a, b) => a - b);
  const lost = outcomes.length - ok.length;
  const reasons = new Map<string, number>();
  for (const o of outcomes) if (!o.ok) reasons.set(o.error ?? '?', (reasons.get(o.error ?? '?') ?? 0) + 1);
  const f = (n: number) => `${n.toFixed(1)} ms`;
  const line =
    `n=${outcomes.length} answered=${ok.length} lost=${lost}${lost ? ` (${[...reasons].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''} late=${late} ` +
    `p50=${f(percentile(lat, 50))} p90=${f(percentile(lat, 90))} p99=${f(percentile(lat, 99))} max=${f(lat[lat.length - 1] ?? NaN)}`;
  return { line, ok: ok.length, lost, late, p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The kind of a button for the figures: "button:page", "button:context", "button:timeline", "button:actors". */
export function buttonKind(customId: string): string {
  const prefix = customId.split('|')[0];
  return `button:${prefix === 'pg' || prefix === 'more' ? 'page' : prefix === 'cx' || prefix === 'ctx' ? 'context' : prefix === 'tl' ? 'timeline' : prefix === 'act' ? 'actors' : prefix}`;
}
