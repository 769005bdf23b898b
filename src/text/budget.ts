import type { Limits } from '../comparison';

export const DEFAULT_DEADLINE_MS = 2000;
export const DEFAULT_MAX_TOKENS = 200_000;

/**
 * The work allowance of one comparison: a wall-clock deadline and a token cap per side. Every loop that
 * can grow with the input asks `expired()` between units of work, so a huge or hostile input ends with
 * `partial: true` instead of a hang. Date.now is the only clock in ES2022 without DOM or Node types.
 */
export class Budget {
  readonly maxTokens: number;
  private readonly deadline: number;
  private readonly now: () => number;
  /** Set once any step had to stop early. */
  partial = false;

  constructor(limits: Limits = {}) {
    this.now = limits.now ?? Date.now;
    const ms = limits.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.deadline = this.now() + (Number.isFinite(ms) && ms > 0 ? ms : 0);
    const cap = limits.maxTokens ?? DEFAULT_MAX_TOKENS;
    this.maxTokens = Number.isFinite(cap) && cap > 0 ? Math.floor(cap) : 0;
  }

  /** True (and marks the result partial) once the deadline has passed. */
  expired(): boolean {
    if (this.partial) return true;
    if (this.now() > this.deadline) this.partial = true;
    return this.partial;
  }

  /** Milliseconds left, at least 1 (jsdiff treats 0 as "no timeout"). */
  remainingMs(): number {
    return Math.max(1, this.deadline - this.now());
  }
}
