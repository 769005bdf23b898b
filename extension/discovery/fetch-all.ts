// The fetch scheduler of discovery.md §6: at most 3 pages in flight, at most 1 per host (politeness,
// and bot walls trigger on bursts). A bot wall on a host settles that host's remaining URLs without
// asking again: hammering a site that just challenged us earns a longer block. With a WallMemory the
// wall outlives the run: later runs in the same browser session skip the host too (bot-walls.ts).
// Two faces over one queue: `createFetchQueue` takes URLs as they come (the pipeline schedules pages while
// slower providers are still answering) and `fetchAll` takes a list and answers in input order.

import { fetchPage, type FetchPageOptions, type FetchPageResult } from './fetch-page';
import { wallHost, type WallMemory } from './bot-walls';
import { FAILURE_SENTENCES } from './classify';
import { abortReason } from './signals';

export interface FetchQueueOptions extends FetchPageOptions {
  maxConcurrent?: number;
  perHost?: number;
  /** Walls remembered across runs: a remembered host is settled without a request, and new walls are added. */
  walls?: WallMemory;
}

export interface FetchAllOptions extends FetchQueueOptions {
  /** Called as each page settles, so the UI can render progressively. */
  onResult?: (url: string, result: FetchPageResult, index: number) => void;
}

export interface FetchQueue {
  /** Resolves with the page's result; rejects only when the caller's signal aborts. */
  add(url: string): Promise<FetchPageResult>;
}

const hostKey = wallHost;

function walledEarlier(host: string): FetchPageResult {
  return { ok: false, reason: 'bot-wall-earlier', message: FAILURE_SENTENCES['bot-wall-earlier'](host) };
}

export function createFetchQueue(options: FetchQueueOptions): FetchQueue {
  const maxConcurrent = Math.max(1, options.maxConcurrent ?? 3);
  const perHost = Math.max(1, options.perHost ?? 1);
  const pending: { url: string; resolve: (r: FetchPageResult) => void; reject: (e: unknown) => void }[] = [];
  const activeByHost = new Map<string, number>();
  const walled = new Set<string>();
  let active = 0;

  // Pending entries are scanned in arrival order, so a busy host never blocks the others behind it.
  const pump = () => {
    for (let k = 0; k < pending.length && active < maxConcurrent; ) {
      const job = pending[k];
      const host = hostKey(job.url);
      if (walled.has(host)) {
        pending.splice(k, 1);
        job.resolve(walledEarlier(host));
        continue;
      }
      if ((activeByHost.get(host) ?? 0) >= perHost) {
        k++;
        continue;
      }
      pending.splice(k, 1);
      active++;
      activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1);
      const done = () => {
        active--;
        activeByHost.set(host, (activeByHost.get(host) ?? 1) - 1);
      };
      fetchPage(job.url, options).then(
        (result) => {
          done();
          if (!result.ok && result.reason === 'bot-wall') {
            walled.add(host);
            void options.walls?.remember(host).catch(() => undefined);
          }
          job.resolve(result);
          pump();
        },
        (error) => {
          done();
          job.reject(error);
          pump();
        },
      );
    }
  };

  return {
    async add(url) {
      const host = hostKey(url);
      if (!walled.has(host) && options.walls && (await options.walls.has(host).catch(() => false))) walled.add(host);
      if (options.signal?.aborted) throw abortReason(options.signal);
      return new Promise((resolve, reject) => {
        pending.push({ url, resolve, reject });
        pump();
      });
    },
  };
}

export async function fetchAll(urls: string[], options: FetchAllOptions): Promise<FetchPageResult[]> {
  const queue = createFetchQueue(options);
  return Promise.all(
    urls.map((url, index) =>
      queue.add(url).then((result) => {
        options.onResult?.(url, result, index);
        return result;
      }),
    ),
  );
}
