import type { Limits } from '../comparison';

export const DEFAULT_DEADLINE_MS = 2000;
// About 50,000 words a side, five times a long read: a 1 MB pair is cut here and still compared in
// about a second (200,000 tokens left no time to align before the deadline).
export const DEFAULT_MAX_TOKENS = 60_000;
// Stages stop at this share of the deadline: what runs after a stop (ledgers of unaligned sentences,
// quote matching, summaries) is linear but not free, and must fit before the caller's deadline.
const WORK_SHARE = 0.75;

/**
 * The work allowance of one comparison: a wall-clock deadline and a token cap per side. Every loop that
 * can grow with the input asks `expired()` between units of work, so a huge or hostile input ends with
 * `partial: true` instead of a hang. Date.now is the only clock in ES2022 without DOM or Node types.
 */
export class Budget {
  readonly maxTokens: number;
  private readonly deadline: number;
  private readonly now: () => number;
  /** Set once any step had to stop early: the token cap, a cut diff, or the deadline. */
  partial = false;
  // Only the clock stops later stages: a side cut at the token cap is still aligned and diffed as far as
  // it goes (a huge pair gets a partial comparison, not an empty one).
  private timedOut = false;

  constructor(limits: Limits = {}) {
    this.now = limits.now ?? Date.now;
    const ms = limits.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.deadline = this.now() + (Number.isFinite(ms) && ms > 0 ? ms * WORK_SHARE : 0);
    const cap = limits.maxTokens ?? DEFAULT_MAX_TOKENS;
    this.maxTokens = Number.isFinite(cap) && cap > 0 ? Math.floor(cap) : 0;
  }

  /** True (and marks the result partial) once the deadline has passed. */
  expired(): boolean {
    if (!this.timedOut && this.now() > this.deadline) {
      this.timedOut = true;
      this.partial = true;
    }
    return this.timedOut;
  }

  /** Milliseconds left, at least 1 (jsdiff treats 0 as "no timeout"). */
  remainingMs(): number {
    return Math.max(1, this.deadline - this.now());
  }
}
