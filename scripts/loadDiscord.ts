/**
 * Load test on the loopback Discord (npm run load). The bot runs in its own process (as in production;
 * the emulator, which is also the load generator, runs here), over a private copy of corpus/. The
 * questions are the help examples made from that story plus generic ones (no story's names here).
 *
 *  (a) 500 questions over one gateway connection: first all dispatched back to back (a burst, open loop),
 *      then as fast as the bot answers (closed loop, 8 in flight = MAX_CONCURRENT_ANSWERS), then one at a time;
 *  (b) 2,000 mixed interactions from 50 simulated users at once — questions, answer buttons, autocomplete,
 *      /sources, /help, /actor, and about 10% /timeline, timeline page buttons and /actors — each user
 *      waiting for its reply before the next;
 *  (d) a burst of 100 /timeline commands from 50 users;
 *  (c) the same as (b) with the default limits, to show what they do.
 *
 * Prints, for each, answered / lost / late and p50/p90/p99/max from dispatch to the reply's arrival, and
 * the bot process's event-loop delay (p99, max) during it. An interaction is lost when no reply arrives,
 * or when the first reply comes after Discord's 3 s (the emulator then answers 404 Unknown interaction, as
 * Discord does); it is late when its answer (after a deferral) arrives more than 3 s after dispatch.
 * Exits 1 when anything is lost or late in (a) closed loop, (b) or (d).
 *
 *   npm run load [-- --commands 500 --interactions 2000 --users 50 --timelines 100 --in-process --skip-cooldown-run]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { LoopbackDiscord, LoopbackUser } from '../test/loopback-discord/index.js';
import { spawnBotProcess, startHardHarness } from '../test/hardening/harness.js';
import {
  buttonKind,
  buttonsOf,
  mb,
  NAME_PREFIXES,
  ReplyTracker,
  simulatedUsers,
  summarize,
  trafficQuestions,
  type Outcome,
} from '../test/hardening/traffic.js';

const { values } = parseArgs({
  options: {
    commands: { type: 'string', default: '500' },
    interactions: { type: 'string', default: '2000' },
    users: { type: 'string', default: '50' },
    'in-process': { type: 'boolean', default: false },
    timelines: { type: 'string', default: '100' },
    'skip-cooldown-run': { type: 'boolean', default: false },
  },
});
const TIMELINES = Number(values.timelines);
const COMMANDS = Number(values.commands);
const INTERACTIONS = Number(values.interactions);
const USERS = Number(values.users);
const HIGH_COOLDOWN = { COOLDOWN_QUESTIONS: '100', COOLDOWN_BROWSE: '1000', COOLDOWN_PICTURES: '1000', COOLDOWN_SECONDS: '1' };

interface Bot {
  discord: LoopbackDiscord;
  corpusDir: string;
  memory(): Promise<{ rss: number; heapUsed: number }>;
  /** The bot's event-loop delay since the last call, ms. */
  eventLoop(): Promise<{ p50: number; p99: number; max: number }>;
  stop(): Promise<void>;
}

async function startBot(env: Record<string, string>): Promise<Bot> {
  if (values['in-process']) {
    const h = await startHardHarness({ env, logLevel: 'warn', discardLogs: true, loopback: { callbackDeadlineMs: 3_000 } });
    return {
      discord: h.discord,
      corpusDir: h.corpusDir,
      memory: async () => process.memoryUsage(),
      eventLoop: async () => h.bot.eventLoopDelay(),
      stop: () => h.stop(),
    };
  }
  const p = await spawnBotProcess({ env, logLevel: 'warn', discardLogs: true, loopback: { callbackDeadlineMs: 3_000 } });
  return {
    discord: p.discord,
    corpusDir: p.corpusDir,
    memory: () => p.memory(true),
    eventLoop: async () => (await p.memory(false)).eventLoop,
    stop: () => p.stop(),
  };
}

function line(label: string, text: string): void {
  process.stdout.write(`${label.padEnd(44)} ${text}\n`);
}

let QUESTIONS: [string, string][] = [];
const question = (i: number) => QUESTIONS[i % QUESTIONS.length]!;

/** " · event loop p99 12.3 ms, max 45.6 ms" for the bot during a scenario. */
function loopLine(l: { p99: number; max: number }): string {
  return ` · event loop p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(1)} ms`;
}

/** (d) a burst of /timeline commands, all dispatched back to back, from `users` people. */
async function timelineBurst(discord: LoopbackDiscord, tracker: ReplyTracker, people: LoopbackUser[], n: number): Promise<Outcome[]> {
  const waits: Promise<Outcome>[] = [];
  for (let i = 0; i < n; i += 1)
    waits.push(tracker.interaction(await discord.sendCommand('timeline', {}, { user: people[i % people.length]! }), 'timeline'));
  return Promise.all(waits);
}

/** (a) burst: every command dispatched back to back, then wait for all. */
async function burst(
  discord: LoopbackDiscord,
  tracker: ReplyTracker,
  users: LoopbackUser[],
  n: number,
): Promise<{ outcomes: Outcome[]; sendMs: number }> {
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
async function closedLoop(
  discord: LoopbackDiscord,
  tracker: ReplyTracker,
  users: LoopbackUser[],
  n: number,
  window: number,
): Promise<Outcome[]> {
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

/**
 * (b) users at once, each doing `each` interactions one after the other: a mix like real use — about 62%
 * questions, 10% answer buttons, 5% autocomplete, 8% /sources, /help and /actor, and 10% /timeline,
 * timeline page buttons and /actors (plus 5% more of them when no answer button is at hand).
 */
async function users(discord: LoopbackDiscord, tracker: ReplyTracker, people: LoopbackUser[], total: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const each = Math.ceil(total / people.length);
  let sent = 0;
  const act = async (user: LoopbackUser, u: number) => {
    let answerButtons: string[] = [];
    let timelineButtons: string[] = [];
    for (let k = 0; k < each && sent < total; k += 1, sent += 1) {
      const roll = (u * 31 + k * 17) % 100;
      let outcome: Outcome;
      const press = async (ids: string[]) => {
        const id = ids[(u + k) % ids.length]!;
        return tracker.interaction(await discord.sendButton(id, { user }), buttonKind(id));
      };
      if (roll < 10 && answerButtons.length > 0) outcome = await press(answerButtons);
      else if (roll < 15)
        outcome = await tracker.interaction(
          await discord.sendAutocomplete('actor', 'name', NAME_PREFIXES[k % NAME_PREFIXES.length]!, {}, { user }),
          'autocomplete',
        );
      else if (roll < 19) outcome = await tracker.interaction(await discord.sendCommand('timeline', {}, { user }), 'timeline');
      else if (roll < 22 && timelineButtons.length > 0) outcome = await press(timelineButtons);
      else if (roll < 25) outcome = await tracker.interaction(await discord.sendCommand('actors', {}, { user }), 'actors');
      else if (roll < 33) {
        const command = ['sources', 'help', 'actor'][k % 3]!;
        outcome = await tracker.interaction(
          await discord.sendCommand(command, command === 'actor' ? { name: NAME_PREFIXES[k % NAME_PREFIXES.length]! } : {}, { user }),
          command,
        );
      } else {
        const [command, q] = question(u + k);
        outcome = await tracker.interaction(await discord.sendCommand(command, { question: q }, { user }), `question`);
      }
      outcomes.push(outcome);
      const found = buttonsOf(outcome.request);
      if (found.some((id) => id.startsWith('tl|'))) timelineButtons = found;
      else if (found.some((id) => id.startsWith('pg|') || id.startsWith('cx|'))) answerButtons = found;
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
  process.stdout.write(
    `Story Bot load test — bot ${values['in-process'] ? 'in this process' : 'in its own process'}, loopback Discord, Node ${process.version}\n`,
  );
  const bot = await startBot(HIGH_COOLDOWN);
  QUESTIONS = await trafficQuestions(bot.corpusDir);
  const people = simulatedUsers(USERS);
  const tracker = new ReplyTracker(bot.discord, { timeoutMs: 15_000 }).start();
  try {
    // Warm-up (JIT, caches), not counted.
    await closedLoop(bot.discord, tracker, people, 100, 4);
    const m0 = await bot.memory();

    await bot.eventLoop();
    const a1 = await burst(bot.discord, tracker, people, COMMANDS);
    const s1 = summarize(a1.outcomes);
    line(`(a) ${COMMANDS} commands, burst (sent in ${a1.sendMs.toFixed(0)} ms)`, s1.line + loopLine(await bot.eventLoop()));

    const a2 = closedLoop(bot.discord, tracker, people, COMMANDS, 8);
    const t2 = performance.now();
    const o2 = await a2;
    const s2 = summarize(o2);
    const rate2 = (COMMANDS / (performance.now() - t2)) * 1000;
    line(`(a) ${COMMANDS} commands, closed loop, 8 in flight`, `${s2.line} (${rate2.toFixed(0)}/s)${loopLine(await bot.eventLoop())}`);
    const a3 = closedLoop(bot.discord, tracker, people, COMMANDS, 1);
    const t3 = performance.now();
    const o3 = await a3;
    const s3 = summarize(o3);
    line(
      `(a) ${COMMANDS} commands, one at a time`,
      `${s3.line} (${((COMMANDS / (performance.now() - t3)) * 1000).toFixed(0)}/s)${loopLine(await bot.eventLoop())}`,
    );
    if (s2.lost + s2.late + s3.lost + s3.late > 0) failed = true;
    line(
      '    target p99 < 100 ms (one at a time / 8 in flight)',
      `${s3.p99 < 100 ? 'met' : 'NOT met'} / ${s2.p99 < 100 ? 'met' : 'NOT met'}`,
    );

    const tb = performance.now();
    const ob = await users(bot.discord, tracker, people, INTERACTIONS);
    const sb = summarize(ob);
    line(
      `(b) ${INTERACTIONS} mixed interactions, ${USERS} users at once`,
      `${sb.line} (${((INTERACTIONS / (performance.now() - tb)) * 1000).toFixed(0)}/s)${loopLine(await bot.eventLoop())}`,
    );
    byKind(ob);
    if (sb.lost + sb.late > 0) failed = true;

    await bot.eventLoop();
    const od = await timelineBurst(bot.discord, tracker, people, TIMELINES);
    const sd = summarize(od);
    line(`(d) ${TIMELINES} /timeline at once, ${USERS} users`, sd.line + loopLine(await bot.eventLoop()));
    if (sd.lost + sd.late > 0) failed = true;
    line('    target: 0 lost, 0 late in (b) and (d)', sb.lost + sb.late + sd.lost + sd.late === 0 ? 'met' : 'NOT met');
    const m1 = await bot.memory();
    line('    bot memory after (a)+(b), after GC', `rss ${mb(m0.rss)} → ${mb(m1.rss)}, heap ${mb(m0.heapUsed)} → ${mb(m1.heapUsed)}`);
  } finally {
    tracker.stop();
    await bot.stop();
  }

  if (!values['skip-cooldown-run']) {
    const cooled = await startBot({});
    QUESTIONS = await trafficQuestions(cooled.corpusDir);
    const t = new ReplyTracker(cooled.discord, { timeoutMs: 15_000 }).start();
    try {
      const oc = await users(cooled.discord, t, simulatedUsers(USERS), INTERACTIONS);
      const sc = summarize(oc);
      line(`(c) as (b), default limits`, sc.line);
      line(
        '    of which "Try again in N s" notices',
        `${cooledDown(oc)} (past 5 questions, 30 lists and page turns or 6 pictures per user in 30 s; /sources, /help and autocomplete are not limited)`,
      );
    } finally {
      t.stop();
      await cooled.stop();
    }
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
