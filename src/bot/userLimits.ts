import type { Config } from '../config.js';
import type { LimitClass } from '../present/commandTable.js';
import { Cooldown } from './cooldown.js';
import { UserError } from './userError.js';

/**
 * The per-user limits, one sliding window each: questions (slash questions, mentions, DMs), browsing
 * (lists, profiles, page turns, Context) and pictures (/timeline and its pages). A refusal says which
 * limit was hit and when the user may go on; the other limits are not touched by it.
 */
export class UserLimits {
  readonly #windows: Record<Exclude<LimitClass, 'none'>, { cooldown: Cooldown; message: (n: number, s: number) => string }>;

  constructor(
    private readonly config: Config['cooldown'],
    now: () => number = Date.now,
  ) {
    const ms = config.seconds * 1000;
    this.#windows = {
      question: {
        cooldown: new Cooldown(config.questions, ms, now),
        message: (n, s) => `You're asking quickly: the limit is ${n} questions per ${s} s.`,
      },
      browse: {
        cooldown: new Cooldown(config.browse, ms, now),
        message: (n, s) => `You're browsing quickly: the limit is ${n} lists, profiles and page turns per ${s} s.`,
      },
      picture: { cooldown: new Cooldown(config.pictures, ms, now), message: (n, s) => `Timeline pictures are limited to ${n} per ${s} s.` },
    };
  }

  /**
   * Counts one use of `kind` by `user`.
   * @throws UserError naming the limit and the wait when the user is over it (nothing is counted then)
   */
  take(user: string, kind: LimitClass): void {
    if (kind === 'none') return;
    const w = this.#windows[kind];
    const waitMs = w.cooldown.take(user);
    if (waitMs > 0) throw new UserError(`${w.message(w.cooldown.limit, this.config.seconds)} Try again in ${Math.ceil(waitMs / 1000)} s.`);
  }
}
