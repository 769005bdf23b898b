// Hosts that answered with a bot wall, remembered for the rest of the browser session (discovery.md §6:
// "back off that host for the rest of the browser session"). Asking again minutes later earns a longer
// block, and the answer would be the same challenge. Kept in the SharedStore (storage.session), which
// lives until the browser closes and is shared by every run and a restarted service worker.

import type { Clock, SharedStore } from './types';

export const BOT_WALLS_KEY = 'botwalls';
/** Hosts kept (oldest dropped): far more outlets than one reader meets in a session. */
export const MAX_BOT_WALLS = 500;

export interface WallMemory {
  has(host: string): Promise<boolean>;
  remember(host: string): Promise<void>;
}

/** The host a wall applies to: lower case, without "www." (a wall on www.x is a wall on x). */
export function wallHost(url: string): string {
  return (/^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? url).toLowerCase().replace(/^www\./, '');
}

async function read(store: SharedStore): Promise<Record<string, number>> {
  const raw = await store.get(BOT_WALLS_KEY).catch(() => null);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

export function createWallMemory(store: SharedStore, clock: Pick<Clock, 'now'>): WallMemory {
  // One read-modify-write at a time within this context; across contexts a lost write costs one more
  // request to a walled host, which then walls it again.
  let chain: Promise<unknown> = Promise.resolve();
  return {
    async has(host) {
      return wallHost(host) in (await read(store));
    },
    remember(host) {
      const next = chain.then(async () => {
        const all = await read(store);
        all[wallHost(host)] = clock.now();
        const kept = Object.entries(all)
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_BOT_WALLS);
        await store.set(BOT_WALLS_KEY, Object.fromEntries(kept)).catch(() => undefined);
      });
      chain = next.catch(() => undefined);
      return next;
    },
  };
}
