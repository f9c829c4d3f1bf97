/**
 * Load test on the loopback Discord (npm run load). The bot runs in its own process (as in production;
 * the emulator, which is also the load generator, runs here), over a private copy of corpus/.
 *
 *  (a) 500 slash commands over one gateway connection: first all dispatched back to back (a burst,
 *      open loop), then as fast as the bot answers (closed loop, 8 in flight = MAX_CONCURRENT_ANSWERS);
 *  (b) 2,000 interactions from 50 simulated users at once — questions, More/Context buttons, /sources,
 *      /actors, /help, autocomplete — each user waiting for its reply before the next;
 *  (c) the same as (b) with the default cooldown (5 questions per 30 s per user), to show what it does.
 *
 * Prints, for each, answered / lost and p50/p90/p99/max from dispatch to the reply's arrival. An
 * interaction is lost when no reply arrives, or when it arrives after Discord's 3 s (the emulator then
 * answers 404 Unknown interaction, as Discord does). Exits 1 when anything is lost in (a) closed loop or (b).
 *
 *   npm run load [-- --commands 500 --interactions 2000 --users 50 --in-process --skip-cooldown-run]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { LoopbackDiscord, LoopbackUser } from '../test/loopback-discord/index.js';
import { spawnBotProcess, startHardHarness } from '../test/hardening/harness.js';
import { buttonsOf, mb, QUESTIONS, ReplyTracker, simulatedUsers, summarize, type Outcome } from '../test/hardening/traffic.js';

const { values } = parseArgs({
  options: {
    commands: { type: 'string', default: '500' },
    interactions: { type: 'string', default: '2000' },
    users: { type: 'string', default: '50' },
    'in-process': { type: 'boolean', default: false },
    'skip-cooldown-run': { type: 'boolean', default: false },
  },
});
const COMMANDS = Number(values.commands);
const INTERACTIONS = Number(values.interactions);
const USERS = Number(values.users);
const HIGH_COOLDOWN = { COOLDOWN_QUESTIONS: '100', COOLDOWN_SECONDS: '1' };

interface Bot {
  discord: LoopbackDiscord;
  memory(): Promise<{ rss: number; heapUsed: number }>;
  stop(): Promise<void>;
}

async function startBot(env: Record<string, string>): Promise<Bot> {
  if (values['in-process']) {
    const h = await startHardHarness({ env, logLevel: 'warn', discardLogs: true, loopback: { callbackDeadlineMs: 3_000 } });
    return { discord: h.discord, memory: async () => process.memoryUsage(), stop: () => h.stop() };
  }
  const p = await spawnBotProcess({ env, logLevel: 'warn', discardLogs: true, loopback: { callbackDeadlineMs: 3_000 } });
  return { discord: p.discord, memory: () => p.memory(true), stop: () => p.stop() };
}

function line(label: string, text: string): void {
  process.stdout.write(`${label.padEnd(44)} ${text}\n`);
}

const question = (i: number) => QUESTIONS[i % QUESTIONS.length]!;

/** (a) burst: every command dispatched back to back, then wait for all. */
async function burst(discord: LoopbackDiscord, tracker: ReplyTracker, users: LoopbackUser[], n: number): Promise<{ outcomes: Outcome[]; sendMs: number }> {
  const waits: Promise<Outcome>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i += 1) {
    const [command, q] = question(i);
    const ref = await discord.sendCommand(command, { question: q }, { user: users[i % users.length]! });
    waits.push(tracker.interaction(ref, command));
  }
  const sendMs = performance.now() - t0;
  return { outcomes: await Promise.all(waits), sendMs };
}

/** (a) closed loop: `window` commands in flight, the next sent as soon as a reply arrives. */
async function closedLoop(discord: LoopbackDiscord, tracker: ReplyTracker, users: LoopbackUser[], n: number, window: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const [command, q] = question(i);
      const ref = await discord.sendCommand(command, { question: q }, { user: users[i % users.length]! });
      outcomes.push(await tracker.interaction(ref, command));
    }
  };
  await Promise.all(Array.from({ length: window }, worker));
  return outcomes;
}

/** (b) users at once, each doing `each` interactions one after the other: a mix like real use. */
async function users(discord: LoopbackDiscord, tracker: ReplyTracker, people: LoopbackUser[], total: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const each = Math.ceil(total / people.length);
  let sent = 0;
  const act = async (user: LoopbackUser, u: number) => {
    let buttons: string[] = [];
    for (let k = 0; k < each && sent < total; k += 1, sent += 1) {
      const roll = (u * 31 + k * 17) % 100;
      let outcome: Outcome;
      if (roll < 15 && buttons.length > 0) {
        const id = buttons[(u + k) % buttons.length]!;
        outcome = await tracker.interaction(await discord.sendButton(id, { user }), id.startsWith('more') ? 'button:more' : 'button:context');
      } else if (roll < 20) {
        outcome = await tracker.interaction(await discord.sendAutocomplete('actor', 'name', ['Ru', 'Um', 'Zel', 'Ye'][k % 4]!, {}, { user }), 'autocomplete');
      } else if (roll < 30) {
        const command = ['sources', 'actors', 'help'][k % 3]!;
        outcome = await tracker.interaction(await discord.sendCommand(command, {}, { user }), command);
      } else {
        const [command, q] = question(u + k);
        outcome = await tracker.interaction(await discord.sendCommand(command, { question: q }, { user }), `question`);
      }
      outcomes.push(outcome);
      const found = buttonsOf(outcome.request);
      if (found.length > 0) buttons = found;
    }
  };
  await Promise.all(people.map((user, u) => act(user, u)));
  return outcomes;
}

function byKind(outcomes: Outcome[]): void {
  const kinds = [...new Set(outcomes.map((o) => o.kind))].sort();
  for (const kind of kinds) line(`      ${kind}`, summarize(outcomes.filter((o) => o.kind === kind)).line);
}

function cooledDown(outcomes: Outcome[]): number {
  return outcomes.filter((o) => {
    const body = (o.request?.body ?? {}) as { data?: { content?: string } };
    return /Try again in \d+ s\./.test(body.data?.content ?? '');
  }).length;
}

async function main(): Promise<void> {
  let failed = false;
  process.stdout.write(`Story Bot load test — bot ${values['in-process'] ? 'in this process' : 'in its own process'}, loopback Discord, Node ${process.version}\n`);
  const bot = await startBot(HIGH_COOLDOWN);
  const people = simulatedUsers(USERS);
  const tracker = new ReplyTracker(bot.discord, { timeoutMs: 15_000 }).start();
  try {
    // Warm-up (JIT, caches), not counted.
    await closedLoop(bot.discord, tracker, people, 100, 4);
    const m0 = await bot.memory();

    const a1 = await burst(bot.discord, tracker, people, COMMANDS);
    const s1 = summarize(a1.outcomes);
    line(`(a) ${COMMANDS} commands, burst (sent in ${a1.sendMs.toFixed(0)} ms)`, s1.line);

    const a2 = closedLoop(bot.discord, tracker, people, COMMANDS, 8);
    const t2 = performance.now();
    const o2 = await a2;
    const s2 = summarize(o2);
    const rate2 = (COMMANDS / (performance.now() - t2)) * 1000;
    line(`(a) ${COMMANDS} commands, closed loop, 8 in flight`, `${s2.line} (${rate2.toFixed(0)}/s)`);
    const a3 = closedLoop(bot.discord, tracker, people, COMMANDS, 1);
    const t3 = performance.now();
    const o3 = await a3;
    const s3 = summarize(o3);
    line(`(a) ${COMMANDS} commands, one at a time`, `${s3.line} (${((COMMANDS / (performance.now() - t3)) * 1000).toFixed(0)}/s)`);
    if (s2.lost > 0 || s3.lost > 0) failed = true;
    line('    target p99 < 100 ms (one at a time / 8 in flight)', `${s3.p99 < 100 ? 'met' : 'NOT met'} / ${s2.p99 < 100 ? 'met' : 'NOT met'}`);

    const tb = performance.now();
    const ob = await users(bot.discord, tracker, people, INTERACTIONS);
    const sb = summarize(ob);
    line(`(b) ${INTERACTIONS} interactions, ${USERS} users at once`, `${sb.line} (${((INTERACTIONS / (performance.now() - tb)) * 1000).toFixed(0)}/s)`);
    byKind(ob);
    if (sb.lost > 0) failed = true;
    const m1 = await bot.memory();
    line('    bot memory after (a)+(b), after GC', `rss ${mb(m0.rss)} → ${mb(m1.rss)}, heap ${mb(m0.heapUsed)} → ${mb(m1.heapUsed)}`);
  } finally {
    tracker.stop();
    await bot.stop();
  }

  if (!values['skip-cooldown-run']) {
    const cooled = await startBot({});
    const t = new ReplyTracker(cooled.discord, { timeoutMs: 15_000 }).start();
    try {
      const oc = await users(cooled.discord, t, simulatedUsers(USERS), INTERACTIONS);
      const sc = summarize(oc);
      line(`(c) as (b), default cooldown 5 per 30 s`, sc.line);
      line('    of which "Try again in N s" notices', `${cooledDown(oc)} (questions past the 5th per user; buttons, autocomplete and /sources, /help are not limited)`);
    } finally {
      t.stop();
      await cooled.stop();
    }
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
