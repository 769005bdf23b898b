// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../extension/discovery/rate-limit';
import { fakeClock, memoryStore } from './helpers';

const make = (store = memoryStore(), clock = fakeClock(), maxWaitMs?: number) => ({
  store,
  clock,
  limiter: createRateLimiter({ provider: 'gdelt', label: 'GDELT', key: 'k', intervalMs: 5000, store, clock, maxWaitMs }),
});

describe('createRateLimiter (one request per interval, shared through the store)', () => {
  it('spaces five concurrent callers exactly 5 s apart, in arrival order', async () => {
    const { limiter, clock } = make();
    const t0 = clock.now();
    const started: [number, number][] = [];
    await Promise.all([0, 1, 2, 3, 4].map((i) => limiter.acquire().then(() => started.push([i, clock.now() - t0]))));
    expect(started).toEqual([[0, 0], [1, 5000], [2, 10000], [3, 15000], [4, 20000]]);
  });

  it('keeps the interval after a caller whose timer fired late (the next one waits for the real start)', async () => {
    const { store, clock } = make();
    let late = true;
    // Firefox's event page: the first sleeper wakes 900 ms after its slot; everyone else on time.
    const lateClock = {
      ...clock,
      async sleep(ms: number, signal?: AbortSignal) {
        await clock.sleep(ms, signal);
        if (late) {
          late = false;
          clock.set(clock.now() + 900);
        }
      },
    };
    const limiter = createRateLimiter({ provider: 'gdelt', label: 'GDELT', key: 'k', intervalMs: 5000, store, clock: lateClock });
    const t0 = clock.now();
    const started: number[] = [];
    await Promise.all([0, 1, 2].map(() => limiter.acquire().then(() => started.push(clock.now() - t0))));
    expect(started).toEqual([0, 5900, 10900]);
  });

  it('two limiters on one store (two tabs) share the slot', async () => {
    const store = memoryStore();
    const clock = fakeClock();
    const a = make(store, clock).limiter;
    const b = make(store, clock).limiter;
    const t0 = clock.now();
    const times: number[] = [];
    await Promise.all([a.acquire(), b.acquire(), a.acquire()].map((p) => p.then(() => times.push(clock.now() - t0))));
    expect(times.sort((x, y) => x - y)).toEqual([0, 5000, 10000]);
  });

  it('lets a caller through at once when the last request is old enough', async () => {
    const { limiter, clock } = make();
    await limiter.acquire();
    clock.set(clock.now() + 6000);
    const before = clock.now();
    await limiter.acquire();
    expect(clock.now()).toBe(before);
  });

  it('penalise pushes the next slot back', async () => {
    const { limiter, clock } = make();
    const t0 = clock.now();
    await limiter.penalise(30_000);
    await limiter.acquire();
    expect(clock.now() - t0).toBe(30_000);
  });

  it('reports rate-limited instead of queueing past maxWait', async () => {
    const { limiter } = make(undefined, undefined, 8000);
    const first = limiter.acquire();
    const second = limiter.acquire();
    await expect(limiter.acquire()).rejects.toMatchObject({ code: 'rate-limited', retryAfterMs: 10_000 });
    await Promise.all([first, second]);
  });

  it('an abort while waiting rejects with the reason', async () => {
    const { limiter } = make();
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('closed'));
    await expect(waiting).rejects.toThrow('closed');
  });

  it('ignores garbage in the store', async () => {
    const { limiter, store, clock } = make();
    store.data.set('k', 'not a number');
    const before = clock.now();
    await limiter.acquire();
    expect(clock.now()).toBe(before);
  });
});
