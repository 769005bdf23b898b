// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fetchAll } from '../../../extension/discovery/fetch-all';
import type { FetchLike } from '../../../extension/discovery/types';

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
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['bot-wall', 'bot-wall', 'ok']);
    expect(stats.calls).not.toContain('https://walled.example/2');
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
