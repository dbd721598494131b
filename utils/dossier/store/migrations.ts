/**
 * Schema versions, each an explicit step from the one before. The database version is the last step's number; a new
 * step is appended, never edited, so every installed version upgrades along the same path.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { DossierRecord } from '../record';
import { STORE, stripDerived, toRow, type DossierDB } from './schema';

export interface Migration {
  readonly version: number;
  readonly description: string;
  apply(
    db: IDBPDatabase<DossierDB>,
    tx: IDBPTransaction<DossierDB, (typeof STORE)[], 'versionchange'>,
  ): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'dossiers store keyed by code (unique); indexes savedAt, updatedAt, dueDate',
    apply(db) {
      const store = db.createObjectStore(STORE, { keyPath: 'code' });
      store.createIndex('savedAt', 'savedAt');
      store.createIndex('updatedAt', 'updatedAt');
      store.createIndex('dueDate', 'dueDate');
    },
  },
  {
    version: 2,
    description: 'derived columns: _state (index "state") and folded _search, backfilled for existing rows',
    async apply(_db, tx) {
      const store = tx.objectStore(STORE);
      store.createIndex('state', '_state');
      let cursor = await store.openCursor();
      while (cursor) {
        const parsed = DossierRecord.safeParse(stripDerived(cursor.value));
        // Corrupt rows stay as they are: reads report and skip them, and nothing is lost.
        if (parsed.success) await cursor.update(toRow(parsed.data));
        cursor = await cursor.continue();
      }
    },
  },
];

export const DB_VERSION = (MIGRATIONS[MIGRATIONS.length - 1] as Migration).version;
