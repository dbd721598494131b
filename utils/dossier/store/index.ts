export { openDossierStore } from './store';
export type { DossierStore, DossierStoreOptions, ListOptions, ManualFields } from './types';
export { SAVE_PROBLEM_MESSAGES, type SaveResult, type SaveProblem, type ImportResult, type CorruptRecord } from './results';
export { DB_VERSION, MIGRATIONS, type Migration } from './migrations';
export { DEFAULT_DB_NAME } from './schema';

import { openDossierStore as open } from './store';
import type { DossierStore, DossierStoreOptions } from './types';

/** What extension pages (popup, options) may do with the store: read. Writes go through the background. */
export type DossierReader = Pick<DossierStore, 'list' | 'get' | 'count' | 'exportAll' | 'close'>;

export async function openDossierReader(name?: string, options?: DossierStoreOptions): Promise<DossierReader> {
  const store = await open(name, options);
  return {
    list: (o) => store.list(o),
    get: (code) => store.get(code),
    count: () => store.count(),
    exportAll: () => store.exportAll(),
    close: () => store.close(),
  };
}
