// The fetch scheduler of discovery.md §6: at most 3 pages in flight, at most 1 per host (politeness,
// and bot walls trigger on bursts), results in input order. A bot wall on a host settles that host's
// remaining URLs without asking again: hammering a site that just challenged us earns a longer block.

import { fetchPage, type FetchPageOptions, type FetchPageResult } from './fetch-page';
import { FAILURE_SENTENCES } from './classify';

export interface FetchAllOptions extends FetchPageOptions {
  maxConcurrent?: number;
  perHost?: number;
  /** Called as each page settles, so the UI can render progressively. */
  onResult?: (url: string, result: FetchPageResult, index: number) => void;
}

function hostKey(url: string): string {
  return (/^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? url).toLowerCase().replace(/^www\./, '');
}

export async function fetchAll(urls: string[], options: FetchAllOptions): Promise<FetchPageResult[]> {
  const maxConcurrent = Math.max(1, options.maxConcurrent ?? 3);
  const perHost = Math.max(1, options.perHost ?? 1);
  const results: (FetchPageResult | undefined)[] = new Array(urls.length);
  const pending = urls.map((_, i) => i);
  const activeByHost = new Map<string, number>();
  const walled = new Set<string>();
  let active = 0;

  return new Promise((resolve, reject) => {
    let failed = false;
    const settle = (index: number, result: FetchPageResult) => {
      results[index] = result;
      options.onResult?.(urls[index], result, index);
    };
    const pump = () => {
      if (failed) return;
      for (let k = 0; k < pending.length && active < maxConcurrent; ) {
        const index = pending[k];
        const host = hostKey(urls[index]);
        if (walled.has(host)) {
          pending.splice(k, 1);
          settle(index, { ok: false, reason: 'bot-wall', message: FAILURE_SENTENCES['bot-wall'](host) });
          continue;
        }
        if ((activeByHost.get(host) ?? 0) >= perHost) {
          k++;
          continue;
        }
        pending.splice(k, 1);
        active++;
        activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1);
        fetchPage(urls[index], options).then(
          (result) => {
            active--;
            activeByHost.set(host, (activeByHost.get(host) ?? 1) - 1);
            if (!result.ok && result.reason === 'bot-wall') walled.add(host);
            settle(index, result);
            pump();
          },
          (error) => {
            failed = true;
            reject(error);
          },
        );
      }
      if (active === 0 && pending.length === 0) resolve(results as FetchPageResult[]);
    };
    pump();
  });
}
