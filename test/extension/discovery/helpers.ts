// Shared test doubles for the discovery tests: a deterministic clock, an in-memory SharedStore, a fetch
// that records what it was asked, our invented fixtures, and one invented story query.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Clock, FetchLike, SharedStore, StoryQuery } from '../../../extension/discovery/types';

export function fixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../fixtures/providers', name), 'utf8');
}

/**
 * Virtual time: sleep() registers a timer and a macrotask wakes the earliest one, jumping `now` to it.
 * Every caller queued in the same tick registers before the jump, so concurrent sleepers wake in order.
 */
export function fakeClock(start = 1_700_000_000_000): Clock & { sleeps: number[]; set(ms: number): void } {
  let now = start;
  const timers: { at: number; resolve: () => void }[] = [];
  const sleeps: number[] = [];
  let scheduled = false;
  const pump = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift();
      if (!next) return;
      now = Math.max(now, next.at);
      next.resolve();
      if (timers.length) pump();
    }, 0);
  };
  return {
    now: () => now,
    set: (ms) => void (now = ms),
    sleeps,
    sleep(ms, signal) {
      sleeps.push(ms);
      return new Promise<void>((res, rej) => {
        if (signal?.aborted) return rej(signal.reason);
        const timer = { at: now + ms, resolve: res };
        timers.push(timer);
        signal?.addEventListener('abort', () => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
          rej(signal.reason);
        });
        pump();
      });
    },
  };
}

export function memoryStore(): SharedStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, value),
  };
}

export interface RecordedCall {
  url: string;
  init: RequestInit;
  at: number;
}

/** Node's real fetch (real sockets), recording each call and the clock time it was made at. */
export function recordingFetch(clock?: Clock): FetchLike & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const f = ((url: string, init: RequestInit) => {
    calls.push({ url, init, at: clock ? clock.now() : Date.now() });
    return fetch(url, init);
  }) as FetchLike & { calls: RecordedCall[] };
  f.calls = calls;
  return f;
}

/** The invented Port Aldwin ferry strike, as read on the invented dailyexample.example. */
export const QUERY: StoryQuery = {
  entities: ['Port Aldwin', 'Mara Velden', 'Harbour Union'],
  keywords: ['ferry', 'strike'],
  lang: 'en',
  from: '2026-03-10',
  to: '2026-03-14',
  excludeOutlet: 'dailyexample.example',
};

export const never = new AbortController().signal;
