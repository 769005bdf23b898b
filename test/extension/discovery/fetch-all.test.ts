// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fetchAll } from '../../../extension/discovery/fetch-all';
import { BOT_WALLS_KEY, createWallMemory } from '../../../extension/discovery/bot-walls';
import type { FetchLike } from '../../../extension/discovery/types';
import { memoryStore } from './helpers';

const words = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');

/** A fetch that answers after `ms`, tracking how many requests run at once, overall and per host. */
function trackingFetch(ms: number, statusFor: (url: string) => number = () => 200) {
  let active = 0;
  const perHost = new Map<string, number>();
  const stats = { maxActive: 0, maxPerHost: 0, calls: [] as string[] };
  const f: FetchLike = async (url, init) => {
    const host = new URL(url).host;
    stats.calls.push(url);
    active++;
    perHost.set(host, (perHost.get(host) ?? 0) + 1);
    stats.maxActive = Math.max(stats.maxActive, active);
    stats.maxPerHost = Math.max(stats.maxPerHost, perHost.get(host)!);
    try {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        init.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal?.reason);
        });
      });
    } finally {
      active--;
      perHost.set(host, perHost.get(host)! - 1);
    }
    return new Response(`<html><body><p>${words}</p></body></html>`, { status: statusFor(url), headers: { 'Content-Type': 'text/html' } });
  };
  return { f, stats };
}

describe('fetchAll', () => {
  it('runs at most 3 at once and 1 per host, results in input order', async () => {
    const urls = ['a', 'a', 'b', 'c', 'd', 'e', 'b', 'f'].map((h, i) => `https://${h}.example/story/${i}`);
    const { f, stats } = trackingFetch(30);
    const settled: number[] = [];
    const results = await fetchAll(urls, { fetch: f, onResult: (_u, _r, i) => settled.push(i) });
    expect(results).toHaveLength(urls.length);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.finalUrl : ''))).toEqual(urls);
    expect(stats.maxActive).toBe(3);
    expect(stats.maxPerHost).toBe(1);
    expect(settled.sort((x, y) => x - y)).toEqual(urls.map((_, i) => i));
  });

  it('settles the rest of a host without asking after a bot wall', async () => {
    const urls = ['https://walled.example/1', 'https://walled.example/2', 'https://open.example/3'];
    const { f, stats } = trackingFetch(5, (url) => (url.includes('walled') ? 403 : 200));
    const results = await fetchAll(urls, { fetch: f });
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['bot-wall', 'bot-wall-earlier', 'ok']);
    expect(stats.calls).not.toContain('https://walled.example/2');
  });

  it('remembers a wall for later runs and skips a remembered host without a request', async () => {
    const store = memoryStore();
    const walls = createWallMemory(store, { now: () => 1000 });
    const first = trackingFetch(5, (url) => (url.includes('walled') ? 503 : 200));
    await fetchAll(['https://www.walled.example/1', 'https://open.example/2'], { fetch: first.f, walls });
    expect(Object.keys(store.data.get(BOT_WALLS_KEY) as object)).toEqual(['walled.example']);

    // A later run (a new queue, as a new click or a restarted worker makes), on the same session store.
    const later = trackingFetch(5);
    const results = await fetchAll(['https://walled.example/3', 'https://open.example/4'], { fetch: later.f, walls: createWallMemory(store, { now: () => 2000 }) });
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['bot-wall-earlier', 'ok']);
    expect(results[0]).toMatchObject({ message: expect.stringMatching(/^walled\.example blocked an earlier request/) });
    expect(later.stats.calls).toEqual(['https://open.example/4']);
  });

  it('returns [] for no URLs', async () => {
    expect(await fetchAll([], { fetch: trackingFetch(1).f })).toEqual([]);
  });

  it("rejects with the caller's abort", async () => {
    const controller = new AbortController();
    const run = fetchAll(['https://a.example/1', 'https://b.example/2'], { fetch: trackingFetch(200).f, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled')), 20);
    await expect(run).rejects.toThrow('cancelled');
  });
});
