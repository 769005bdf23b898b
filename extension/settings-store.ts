// Where the reader's settings live: one key of storage.local, read the same way by the background and the
// popup. The popup reads them itself rather than asking the background, so opening it does not wake a
// sleeping service worker before the article is on screen (its start-up would compete for the CPU).
import type { StorageArea } from './api';
import { normaliseSettings, type Settings } from './messages';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(storage: Pick<StorageArea, 'get'>): Promise<Settings> {
  return normaliseSettings(await storage.get(SETTINGS_KEY));
}
