/**
 * The gateway half of the loopback Discord: HELLO / IDENTIFY / READY / GUILD_CREATE, heartbeats,
 * RESUME with replay of missed dispatches, INVALID_SESSION, fault injection (close codes, op 7), and
 * sharding: IDENTIFY's `shard` is validated, and a guild's events go to shard `(guild_id >> 22) % num_shards`.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { GatewayFrame, Json } from './types.js';

/** Gateway intents the emulator looks at. */
export const Intent = { Guilds: 1 << 0, GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 } as const;

interface Session {
  id: string;
  seq: number;
  intents: number;
  /** `[shard_id, num_shards]` from IDENTIFY (`[0, 1]` when absent). */
  shard: [number, number];
  /** Set by a 4009 close: a RESUME then gets op 9 (d: false). */
  invalid: boolean;
  log: { s: number; t: string; d: unknown }[];
  conn: Connection | null;
  attachedAt: number;
}

interface Connection {
  ws: WebSocket;
  session: Session | null;
}

/** What the gateway needs from the rest of the emulator. */
export interface GatewayDeps {
  heartbeatIntervalMs: number;
  frames: GatewayFrame[];
  tokensRejected(): boolean;
  /** The fewest shards an IDENTIFY may declare (fewer: close 4011). */
  requiredShards: number;
  /** Every guild the bot is in. */
  guildIds(): readonly string[];
  /** READY `d` for a new session of this shard (without session_id / resume_gateway_url / shard). */
  readyPayload(guildIds: readonly string[]): Json;
  /** GUILD_CREATE `d` of a guild, sent after READY when the Guilds intent is set. */
  guildCreatePayload(guildId: string): Json;
  resumeUrl: string;
}

/** The shard that receives a guild's events: `(guild_id >> 22) % numShards`, as Discord routes them. */
export function shardOf(guildId: string, numShards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(numShards));
}

/** `[shard_id, num_shards]` of an IDENTIFY, `[0, 1]` when absent; undefined when malformed or out of range. */
function identifyShard(raw: unknown): [number, number] | undefined {
  if (raw === undefined || raw === null) return [0, 1];
  if (!Array.isArray(raw) || raw.length !== 2) return undefined;
  const [id, count] = raw as unknown[];
  if (!Number.isSafeInteger(id) || !Number.isSafeInteger(count)) return undefined;
  const [i, n] = [id as number, count as number];
  return n >= 1 && i >= 0 && i < n ? [i, n] : undefined;
}

/** Whether a session receives the events of this guild (DMs and guild-less events: shard 0). */
function receives(session: Session, guildId: string | undefined): boolean {
  const [id, n] = session.shard;
  return guildId === undefined ? id === 0 : shardOf(guildId, n) === id;
}

/** Result of a dispatch. */
export interface DispatchResult {
  sentAt: number;
  delivered: boolean;
}

/** The gateway endpoint; attach it to an HTTP server's `upgrade` event. */
export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private liveWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly deps: GatewayDeps) {}

  /** Accept a WebSocket upgrade for `/gateway...`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
  }

  private record(dir: 'in' | 'out', payload: Json): void {
    const frame: GatewayFrame = { dir, op: payload['op'] as number, d: payload['d'], at: performance.now() };
    if (typeof payload['t'] === 'string') frame.t = payload['t'];
    if (typeof payload['s'] === 'number') frame.s = payload['s'];
    this.deps.frames.push(frame);
  }

  private send(conn: Connection, payload: Json): number {
    const at = performance.now();
    this.record('out', payload);
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify(payload));
    return at;
  }

  private sendDispatch(conn: Connection, session: Session, t: string, d: unknown): number {
    session.seq += 1;
    session.log.push({ s: session.seq, t, d });
    return this.send(conn, { op: 0, t, s: session.seq, d });
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const conn: Connection = { ws, session: null };
    this.connections.add(conn);
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    ws.on('close', () => {
      this.connections.delete(conn);
      if (conn.session?.conn === conn) conn.session.conn = null;
    });
    ws.on('error', () => undefined);
    if (query.get('v') !== '10') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json') {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    ws.on('message', (data: RawData) => this.onMessage(conn, data));
    this.send(conn, { op: 10, s: null, t: null, d: { heartbeat_interval: this.deps.heartbeatIntervalMs, _trace: ['loopback'] } });
  }

  private onMessage(conn: Connection, data: RawData): void {
    let payload: Json;
    try {
      payload = JSON.parse(data.toString()) as Json;
    } catch {
      conn.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    this.record('in', payload);
    const d = (payload['d'] ?? {}) as Json;
    switch (payload['op']) {
      case 1:
        this.send(conn, { op: 11, s: null, t: null, d: null });
        return;
      case 2:
        this.identify(conn, d);
        return;
      case 6:
        this.resume(conn, d);
        return;
      case 3:
      case 4:
      case 8:
        if (!conn.session) conn.ws.close(4003, 'Not authenticated.');
        return;
      default:
        conn.ws.close(4001, 'Unknown opcode.');
    }
  }

  private identify(conn: Connection, d: Json): void {
    if (conn.session) {
      conn.ws.close(4005, 'Already authenticated.');
      return;
    }
    if (this.deps.tokensRejected() || typeof d['token'] !== 'string' || !d['token']) {
      conn.ws.close(4004, 'Authentication failed.');
      return;
    }
    const shard = identifyShard(d['shard']);
    if (!shard) {
      conn.ws.close(4010, 'Invalid shard.');
      return;
    }
    if (shard[1] < this.deps.requiredShards) {
      conn.ws.close(4011, 'Sharding required.');
      return;
    }
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      seq: 0,
      intents: typeof d['intents'] === 'number' ? d['intents'] : 0,
      shard,
      invalid: false,
      log: [],
      conn,
      attachedAt: performance.now(),
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    const guildIds = this.deps.guildIds().filter((g) => receives(session, g));
    this.sendDispatch(conn, session, 'READY', {
      ...this.deps.readyPayload(guildIds),
      shard,
      session_id: session.id,
      resume_gateway_url: this.deps.resumeUrl,
    });
    if (session.intents & Intent.Guilds)
      for (const g of guildIds) this.sendDispatch(conn, session, 'GUILD_CREATE', this.deps.guildCreatePayload(g));
    this.notifyLive();
  }

  private resume(conn: Connection, d: Json): void {
    const session = this.sessions.get(String(d['session_id']));
    if (!session || session.invalid || this.deps.tokensRejected()) {
      this.send(conn, { op: 9, s: null, t: null, d: false });
      return;
    }
    const old = session.conn;
    if (old && old !== conn) old.ws.close(4000, 'Session resumed elsewhere');
    session.conn = conn;
    session.attachedAt = performance.now();
    conn.session = session;
    const from = typeof d['seq'] === 'number' ? d['seq'] : 0;
    for (const e of session.log) if (e.s > from) this.send(conn, { op: 0, t: e.t, s: e.s, d: e.d });
    this.sendDispatch(conn, session, 'RESUMED', { _trace: ['loopback'] });
    this.notifyLive();
  }

  /**
   * The newest session whose socket is open — with `guildId`, the newest one of the shard that receives that
   * guild's events (`null`: any shard; `undefined`: shard 0, where DMs go).
   */
  private liveSession(guildId: string | null | undefined = null): Session | null {
    let best: Session | null = null;
    for (const s of this.sessions.values()) {
      if (guildId !== null && !receives(s, guildId)) continue;
      if (s.conn && s.conn.ws.readyState === WebSocket.OPEN && (!best || s.attachedAt > best.attachedAt)) best = s;
    }
    return best;
  }

  private notifyLive(): void {
    const waiters = this.liveWaiters;
    this.liveWaiters = [];
    for (const w of waiters) w();
  }

  /** Resolve once a session is live (identified or resumed on an open socket); see {@link liveSession} for `guildId`. */
  async waitForLive(timeoutMs: number, guildId: string | null | undefined = null): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!this.liveSession(guildId)) {
      if (this.closed) throw new Error('loopback-discord: server closed');
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`loopback-discord: no live gateway session within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.liveWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Send a dispatch on the live session of the shard that receives `guildId`'s events (shard 0 for a DM or
   * an event of no guild), waiting for one (e.g. during a resume) up to `timeoutMs`.
   * With `requiredIntent`, the event is dropped (delivered: false) unless the session identified with it.
   */
  async dispatch(t: string, d: unknown, requiredIntent = 0, timeoutMs = 10_000, guildId?: string): Promise<DispatchResult> {
    await this.waitForLive(timeoutMs, guildId);
    const session = this.liveSession(guildId) as Session;
    if (requiredIntent && (session.intents & requiredIntent) !== requiredIntent) {
      return { sentAt: performance.now(), delivered: false };
    }
    return { sentAt: this.sendDispatch(session.conn as Connection, session, t, d), delivered: true };
  }

  /** Close the live session's socket (or every open socket) with `code`; 4009 invalidates the session. */
  closeLive(code: number, reason = ''): void {
    const session = this.liveSession();
    const targets = session?.conn ? [session.conn] : [...this.connections];
    if (session && code === 4009) session.invalid = true;
    for (const c of targets) c.ws.close(code, reason);
  }

  /** Send op 7 RECONNECT on the live session. */
  requestReconnect(): void {
    const session = this.liveSession();
    if (session?.conn) this.send(session.conn, { op: 7, s: null, t: null, d: null });
  }

  /** Terminate every socket and stop accepting connections. */
  async close(): Promise<void> {
    this.closed = true;
    this.notifyLive();
    for (const c of this.connections) c.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
