// The IndexedDB backend of the history store, kept thin on purpose: no logic beyond mapping the five
// backend methods onto idb, plus the schema's migrations. It is exercised in a real browser by
// test/e2e/history.e2e.test.ts (no IndexedDB in Node).
// Schema changes add a step to MIGRATIONS and bump DB_VERSION; `upgrade` replays every step between the
// stored version and the new one, so a browser several versions behind catches up in order.
//   v1 (as first shipped): store `articles`, key `url`, index `savedAt`; records held the whole extracted
//      page (PageArticle: `removed` furniture, `excerpt`, `wordCount` besides the article).
//   v2: records hold the Article only (storedArticle): the furniture list can be as long as the article
//      and nothing reads it back, so the history's size on disk follows the articles kept.

import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { storedArticle, type HistoryBackend, type HistoryRecord } from './history-store';

export const DB_NAME = 'parallax-history';
export const STORE = 'articles';
export const DB_VERSION = 2;

type Db = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** A record as the current schema stores it, whatever an older version left. */
export function migrateRecord(record: HistoryRecord): HistoryRecord {
  return {
    ...record,
    article: storedArticle(record.article),
    revisions: (record.revisions ?? []).map((r) => ({ savedAt: r.savedAt, article: storedArticle(r.article) })),
  };
}

/** MIGRATIONS[n] upgrades a database from version n to n + 1, inside the versionchange transaction. */
export const MIGRATIONS: ((db: Db, tx: UpgradeTx) => void | Promise<void>)[] = [
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'url' });
    store.createIndex('savedAt', 'savedAt');
  },
  async (_db, tx) => {
    // Only requests of this transaction are awaited, so it stays alive to the end of the walk.
    for (let cursor = await tx.objectStore(STORE).openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update(migrateRecord(cursor.value as HistoryRecord));
    }
  },
];

export async function runMigrations(db: Db, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v]?.(db, tx);
}

export async function openHistoryDb(): Promise<HistoryBackend> {
  const db = await openDB(DB_NAME, DB_VERSION, {
    // A step that fails aborts the upgrade: the old data stays as it was rather than half migrated.
    upgrade: (database, oldVersion, newVersion, tx) => {
      runMigrations(database, tx as unknown as UpgradeTx, oldVersion, newVersion ?? DB_VERSION).catch(() => tx.abort());
    },
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
