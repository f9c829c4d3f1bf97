/**
 * Soak test (npm run soak -- --minutes 10): a steady rate of mixed traffic — slash questions, mentions,
 * DMs, More/Context buttons, /sources, /actors, /help, /timeline, autocomplete — at 20 per second from
 * 50 users, against a bot in its own process on the loopback Discord. After a warm-up it takes the bot's
 * RSS and heap (after a full GC), samples them every 30 s, and at the end prints start, end and growth.
 * Fails (exit 1) when memory grew more than --max-growth-mb (default 50) after warm-up, or when any
 * interaction was lost (no reply, or a reply after Discord's 3 s).
 *
 *   npm run soak [-- --minutes 10 --rate 20 --users 50 --max-growth-mb 50]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { LoopbackUser } from '../test/loopback-discord/index.js';
import { spawnBotProcess } from '../test/hardening/harness.js';
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
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '20' },
    users: { type: 'string', default: '50' },
    'max-growth-mb': { type: 'string', default: '50' },
    'warmup-seconds': { type: 'string' },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
const MAX_GROWTH = Number(values['max-growth-mb']) * 1024 * 1024;
const TOTAL_MS = MINUTES * 60_000;
const WARMUP_MS =
  values['warmup-seconds'] !== undefined ? Number(values['warmup-seconds']) * 1000 : Math.min(60_000, Math.max(15_000, TOTAL_MS / 10));
if (!(MINUTES > 0 && RATE > 0)) throw new Error('soak: --minutes and --rate must be positive');

const out = (s: string) => process.stdout.write(`${s}\n`);
const clock = (ms: number) =>
  `${String(Math.floor(ms / 60_000)).padStart(2, '0')}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;

const p = await spawnBotProcess({
  env: { COOLDOWN_QUESTIONS: '100', COOLDOWN_BROWSE: '1000', COOLDOWN_PICTURES: '1000', COOLDOWN_SECONDS: '1' },
  logLevel: 'warn',
  discardLogs: true,
  loopback: { callbackDeadlineMs: 3_000 },
});
const QUESTIONS = await trafficQuestions(p.corpusDir);
const tracker = new ReplyTracker(p.discord, { timeoutMs: 10_000, trim: true }).start();
const people = simulatedUsers(Number(values.users));
const lastButtons = new Map<string, string[]>();

let window: Outcome[] = [];
const measured: Outcome[] = [];
let counting = false;
let sent = 0;
let errors = 0;

/** One action of the mix, by a given user; records the outcome. */
async function act(user: LoopbackUser, n: number): Promise<void> {
  const roll = n % 100;
  const d = p.discord;
  const [command, question] = QUESTIONS[(n * 7) % QUESTIONS.length]!;
  let done: Promise<Outcome>;
  const buttons = lastButtons.get(user.id) ?? [];
  if (roll < 52) done = tracker.interaction(await d.sendCommand(command, { question }, { user }), 'question');
  else if (roll < 64) done = tracker.message(await d.sendMention(`${question}?`, { user }), 'mention');
  else if (roll < 68) done = tracker.message(await d.sendDirectMessage(`${command} ${question}?`, { user }), 'dm');
  else if (roll < 83 && buttons.length > 0) {
    const id = buttons[n % buttons.length]!;
    done = tracker.interaction(await d.sendButton(id, { user }), buttonKind(id));
  } else if (roll < 88)
    done = tracker.interaction(
      await d.sendAutocomplete('actor', 'name', NAME_PREFIXES[n % NAME_PREFIXES.length]!, {}, { user }),
      'autocomplete',
    );
  else if (roll < 99) {
    const c = ['sources', 'actors', 'help'][n % 3]!;
    done = tracker.interaction(await d.sendCommand(c, {}, { user }), c);
  } else done = tracker.interaction(await d.sendCommand('timeline', {}, { user }), 'timeline');
  const outcome = await done;
  const found = buttonsOf(outcome.request);
  if (found.length > 0) lastButtons.set(user.id, found);
  window.push(outcome);
  if (counting) measured.push(outcome);
}

out(
  `Story Bot soak — ${MINUTES} min at ${RATE}/s from ${people.length} users (warm-up ${Math.round(WARMUP_MS / 1000)} s), bot in its own process, Node ${process.version}`,
);
const started = performance.now();
const samples: { at: number; rss: number; heapUsed: number }[] = [];
const inFlight = new Set<Promise<void>>();

const ticker = setInterval(() => {
  const n = sent++;
  const work = act(people[n % people.length]!, n).catch(() => {
    errors += 1;
  });
  inFlight.add(work);
  void work.finally(() => inFlight.delete(work));
}, 1000 / RATE);

const report = async () => {
  const m = await p.memory(true);
  const elapsed = performance.now() - started;
  samples.push({ at: elapsed, rss: m.rss, heapUsed: m.heapUsed });
  const s = summarize(window);
  window = [];
  out(
    `${clock(elapsed)}  sent ${String(sent).padStart(6)}  rss ${mb(m.rss).padStart(9)}  heap ${mb(m.heapUsed).padStart(8)}  last 30 s: ${s.line}`,
  );
};

await new Promise((r) => setTimeout(r, WARMUP_MS));
const baseline = await p.memory(true);
counting = true;
window = [];
out(`${clock(performance.now() - started)}  warm-up done: baseline rss ${mb(baseline.rss)}, heap ${mb(baseline.heapUsed)} (after GC)`);
const sampler = setInterval(() => void report(), 30_000);
await new Promise((r) => setTimeout(r, Math.max(0, TOTAL_MS - WARMUP_MS)));
clearInterval(ticker);
clearInterval(sampler);
await Promise.allSettled([...inFlight]);
const end = await p.memory(true);
tracker.stop();
await p.stop();

const total = summarize(measured);
const rssGrowth = end.rss - baseline.rss;
const heapGrowth = end.heapUsed - baseline.heapUsed;
out('');
out(`interactions after warm-up: ${total.line}`);
const kinds = [...new Set(measured.map((o) => o.kind))].sort();
for (const k of kinds) out(`  ${k.padEnd(16)} ${summarize(measured.filter((o) => o.kind === k)).line}`);
out(
  `sent ${sent} in ${((performance.now() - started) / 1000).toFixed(0)} s (${(sent / ((performance.now() - started) / 1000)).toFixed(1)}/s), send errors ${errors}`,
);
out(
  `memory (bot process, after GC): rss ${mb(baseline.rss)} → ${mb(end.rss)} (growth ${mb(rssGrowth)}), heap ${mb(baseline.heapUsed)} → ${mb(end.heapUsed)} (growth ${mb(heapGrowth)})`,
);
const peak = Math.max(...samples.map((s) => s.rss), end.rss);
out(`peak rss ${mb(peak)}; bound: growth < ${mb(MAX_GROWTH)} after warm-up`);
const ok = rssGrowth < MAX_GROWTH && heapGrowth < MAX_GROWTH && total.lost === 0 && errors === 0;
out(ok ? 'PASS: memory bounded, nothing lost' : 'FAIL');
process.exitCode = ok ? 0 : 1;
