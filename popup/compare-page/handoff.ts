// Handing a comparison from the popup to the full comparison page. Both are pages of the extension's
// origin, so they share localStorage: the popup writes the payload on the click that opens the tab and
// closes itself a moment later, so nothing could be answered by message. A handful of recent handoffs is
// kept (reloading the page works; the storage never grows).
import type { Comparison } from '../../src/index';

export interface HandoffSide {
  outlet: string;
  title: string;
  url: string;
  publishedTime: string | null;
  paragraphs: string[];
}

export interface Handoff {
  a: HandoffSide;
  b: HandoffSide;
  comparison: Comparison;
  hideStyle: boolean;
}

const PREFIX = 'parallax.compare.';
const KEEP = 5;

export function saveHandoff(store: Storage, payload: Handoff, now = Date.now()): string {
  const key = `${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const keys = Object.keys(store).filter((k) => k.startsWith(PREFIX)).sort();
  for (const old of keys.slice(0, Math.max(0, keys.length - (KEEP - 1)))) store.removeItem(old);
  store.setItem(PREFIX + key, JSON.stringify(payload));
  return key;
}

/** The payload, or null when the key is unknown (old link, cleared storage) or the JSON is not ours. */
export function loadHandoff(store: Storage, key: string | null): Handoff | null {
  if (!key || !/^[a-z0-9]+$/.test(key)) return null;
  try {
    const value = JSON.parse(store.getItem(PREFIX + key) ?? 'null') as Handoff | null;
    return value && value.comparison && Array.isArray(value.a?.paragraphs) && Array.isArray(value.b?.paragraphs) ? value : null;
  } catch {
    return null;
  }
}

export const comparePageUrl = (key: string) => `compare.html?key=${encodeURIComponent(key)}`;
