// A token bucket of capacity one, kept in the SharedStore (storage.session) so every tab and context of
// this browser shares it: GDELT allows one request per 5 s per IP and answers bursts with a longer soft
// ban. The store holds the earliest time the next request may start; a caller reserves its slot by moving
// that time forward *before* sleeping, so concurrent callers queue up 5 s apart instead of all waking at
// once. get/set is not atomic across contexts; within one context a promise chain serialises the
// read-modify-write, and across contexts the window is a single storage round-trip (a rare collision
// costs one 429, which onRateLimited then spreads to everyone).

import { providerError } from './provider-error';
import type { Clock, ProviderId, SharedStore } from './types';

export interface RateLimiterOptions {
  provider: ProviderId;
  label: string;
  key: string;
  intervalMs: number;
  store: SharedStore;
  clock: Clock;
  /** Waiting longer than this is reported as rate-limited rather than slept. */
  maxWaitMs?: number;
}

export interface RateLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
  /** The provider said "slow down": nobody starts before now + ms. */
  penalise(ms: number): Promise<void>;
}

// Per-store chains, so two limiters on the same key in one context still serialise.
const chains = new WeakMap<SharedStore, Map<string, Promise<unknown>>>();

function serialised<T>(store: SharedStore, key: string, fn: () => Promise<T>): Promise<T> {
  let byKey = chains.get(store);
  if (!byKey) chains.set(store, (byKey = new Map()));
  const previous = byKey.get(key) ?? Promise.resolve();
  const next = previous.then(fn, fn);
  byKey.set(key, next.catch(() => undefined));
  return next;
}

/** The store key of the time the last caller really started (the slot key holds the next one booked). */
const startedKey = (key: string) => `${key}:started`;

async function readSlot(store: SharedStore, key: string): Promise<number> {
  const value = await store.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { store, key, clock, intervalMs } = options;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  return {
    async acquire(signal) {
      const wait = await serialised(store, key, async () => {
        const now = clock.now();
        const slot = Math.max(now, await readSlot(store, key));
        if (slot - now > maxWaitMs) return -(slot - now);
        await store.set(key, slot + intervalMs);
        return slot - now;
      });
      if (wait < 0) {
        throw providerError(options.provider, 'rate-limited', options.label, 'providerBusy', [Math.ceil(-wait / 1000)], {
          retryAfterMs: -wait,
        });
      }
      if (wait > 0) await clock.sleep(wait, signal);
      // The booked slot says when this caller may start, not when the one before really did: a timer can
      // fire late (Firefox's event page wakes on a throttled one-second tick, up to ~1 s after the slot),
      // and the next caller, on time, would then leave under the interval after it. So each start is also
      // checked against the last real start, and recorded.
      for (;;) {
        const behind = await serialised(store, key, async () => {
          const now = clock.now();
          const due = (await readSlot(store, startedKey(key))) + intervalMs - now;
          if (due <= 0) await store.set(startedKey(key), now);
          return due;
        });
        if (behind <= 0) return;
        await clock.sleep(behind, signal);
      }
    },
    async penalise(ms) {
      await serialised(store, key, async () => {
        const until = clock.now() + ms;
        if (until > (await readSlot(store, key))) await store.set(key, until);
      });
    },
  };
}
