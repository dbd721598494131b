export { openDossierStore } from './store';
export type { DossierStore, DossierStoreOptions, ListOptions, ManualFields } from './types';
export { SAVE_PROBLEM_MESSAGES, type SaveResult, type SaveProblem, type ImportResult, type CorruptRecord } from './results';
export { DB_VERSION, MIGRATIONS, type Migration } from './migrations';
export { DEFAULT_DB_NAME } from './schema';
