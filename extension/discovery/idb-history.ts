// The IndexedDB backend of the history store, kept thin on purpose: no logic beyond mapping the five
// backend methods onto idb. It is exercised in a real browser by the e2e tests (no IndexedDB in Node).
// Schema changes add a step to MIGRATIONS and bump DB_VERSION; `upgrade` replays every step between the
// stored version and the new one, so a browser several versions behind catches up in order.

import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { HistoryBackend, HistoryRecord } from './history-store';

export const DB_NAME = 'parallax-history';
export const STORE = 'articles';
export const DB_VERSION = 1;

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** MIGRATIONS[n] upgrades a database from version n to n + 1. */
export const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void)[] = [
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'url' });
    store.createIndex('savedAt', 'savedAt');
  },
];

export function runMigrations(db: Db, tx: UpgradeTx, oldVersion: number, newVersion: number): void {
  for (let v = oldVersion; v < newVersion; v++) MIGRATIONS[v]?.(db, tx);
}

export async function openHistoryDb(): Promise<HistoryBackend> {
  const db = await openDB(DB_NAME, DB_VERSION, {
    upgrade: (database, oldVersion, newVersion, tx) => runMigrations(database, tx as unknown as UpgradeTx, oldVersion, newVersion ?? DB_VERSION),
  });
  return {
    get: (url) => db.get(STORE, url) as Promise<HistoryRecord | undefined>,
    put: async (record) => {
      await db.put(STORE, record);
    },
    delete: (url) => db.delete(STORE, url),
    keysOldestFirst: async () => (await db.getAllKeysFromIndex(STORE, 'savedAt')) as string[],
    all: () => db.getAll(STORE) as Promise<HistoryRecord[]>,
    clear: () => db.clear(STORE),
  };
}
