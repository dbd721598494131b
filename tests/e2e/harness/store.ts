/**
 * What the extension's dossier store holds, read inside the extension's service worker (the store's only writer), for
 * tests that check a capture landed. People see the same through the popup.
 */
import type { Page, WebWorker } from 'puppeteer';
import type { Session } from './launch.mjs';

export interface StoredDossier {
  code: string;
  procedure?: string;
  ownerName?: string;
  ownerIdNumber?: string;
  source?: string;
  history: { statusText: string; checkedAt: string }[];
}

/** Anything that runs a function in an extension context: the service worker, or one of the extension's pages. */
type ExtensionContext = Pick<Page, 'evaluate'> | Pick<WebWorker, 'evaluate'>;

/** The saved dossiers as stored (the store's derived `_state` and `_search` columns left out), read in `context`. */
export async function dossiersIn(context: ExtensionContext): Promise<StoredDossier[]> {
  return (context as Pick<Page, 'evaluate'>).evaluate(async () => {
    // Opening a database that does not exist would create an empty one and break the extension's own migrations.
    if (!(await indexedDB.databases()).some((db) => db.name === 'tro-ly-dvc')) return [];
    return new Promise<StoredDossier[]>((resolve, reject) => {
      const open = indexedDB.open('tro-ly-dvc');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('dossiers')) {
          db.close();
          resolve([]);
          return;
        }
        const all = db.transaction('dossiers').objectStore('dossiers').getAll();
        all.onsuccess = () => {
          db.close();
          resolve(
            (all.result as Record<string, unknown>[]).map((row) => {
              const { _state: _s, _search: _q, ...record } = row;
              return record as unknown as StoredDossier;
            }),
          );
        };
        all.onerror = () => reject(all.error);
      };
    });
  });
}

/** Read inside the extension's service worker (the store's only writer). */
export async function storedDossiers(session: Session): Promise<StoredDossier[]> {
  return dossiersIn(await session.serviceWorker());
}

/** Empties the store between tests, without creating it if the extension has not yet. */
export async function clearStoredDossiers(session: Session): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'tro-ly-dvc')) return;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tro-ly-dvc');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('dossiers', 'readwrite');
        tx.objectStore('dossiers').clear();
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

/** Waits until the store holds a dossier with this code (captures are saved asynchronously). */
export async function waitForStoredDossier(session: Session, code: string, timeoutMs = 10_000): Promise<StoredDossier> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await storedDossiers(session)).find((d) => d.code === code);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`The store never held ${code}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
