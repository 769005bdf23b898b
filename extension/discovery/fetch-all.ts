// The fetch scheduler of discovery.md §6: at most 3 pages in flight, at most 1 per host (politeness,
// and bot walls trigger on bursts). A bot wall on a host settles that host's remaining URLs without
// asking again: hammering a site that just challenged us earns a longer block.
// Two faces over one queue: `createFetchQueue` takes URLs as they come (the pipeline schedules pages while
// slower providers are still answering) and `fetchAll` takes a list and answers in input order.

import { fetchPage, type FetchPageOptions, type FetchPageResult } from './fetch-page';
import { FAILURE_SENTENCES } from './classify';

export interface FetchAllOptions extends FetchPageOptions {
  maxConcurrent?: number;
  perHost?: number;
  /** Called as each page settles, so the UI can render progressively. */
  onResult?: (url: string, result: FetchPageResult, index: number) => void;
}

export interface FetchQueue {
  /** Resolves with the page's result; rejects only when the caller's signal aborts. */
  add(url: string): Promise<FetchPageResult>;
}

function hostKey(url: string): string {
  return (/^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? url).toLowerCase().replace(/^www\./, '');
}

export function createFetchQueue(options: FetchPageOptions & { maxConcurrent?: number; perHost?: number }): FetchQueue {
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
        job.resolve({ ok: false, reason: 'bot-wall', message: FAILURE_SENTENCES['bot-wall'](host) });
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
          if (!result.ok && result.reason === 'bot-wall') walled.add(host);
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
    add(url) {
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
