/** The dossier store's public contract. */
import type { DossierRecord, StatusCheck } from '../record';
import type { DossierState } from '../states';
import type { CorruptRecord, ImportResult, SaveResult } from './results';

export interface DossierStoreOptions {
  /** Clock, for tests. */
  now?: () => Date;
  /** Told about every stored row that fails the schema (default: console.warn). */
  onCorrupt?: (report: CorruptRecord) => void;
}

export interface ListOptions {
  /** Search text: every folded word must appear in code, procedure, owner, ID, agency, label or note. */
  query?: string;
  state?: DossierState;
  limit?: number;
}

/** What the user may type when adding a code by hand. */
export interface ManualFields {
  ownerIdNumber?: string;
  ownerName?: string;
  procedure?: string;
  agency?: string;
  note?: string;
  label?: string;
}

export interface DossierStore {
  /** Newest saved first. */
  list(options?: ListOptions): Promise<DossierRecord[]>;
  get(code: string): Promise<DossierRecord | undefined>;
  /** Save what a page showed (validated: a bad capture is refused, not thrown). */
  save(capture: unknown): Promise<SaveResult>;
  addManual(code: string, fields?: ManualFields): Promise<SaveResult>;
  /** Append a successful status check. Failed lookups never call this. */
  recordCheck(code: string, check: StatusCheck): Promise<DossierRecord | undefined>;
  setNote(code: string, note: string): Promise<DossierRecord | undefined>;
  setLabel(code: string, label: string): Promise<DossierRecord | undefined>;
  markSeen(code: string, at?: Date): Promise<DossierRecord | undefined>;
  /** The owner's ID number proven right by a successful lookup (the first one saved may have been mistyped). */
  setOwnerIdNumber(code: string, idNumber: string): Promise<DossierRecord | undefined>;
  /** Delete and hand back the record, so the UI can undo. */
  remove(code: string): Promise<DossierRecord | undefined>;
  /** Put a removed record back exactly as it was. */
  restore(record: DossierRecord): Promise<boolean>;
  /**
   * All or nothing, in one transaction: one invalid record and nothing is written. 'merge' (default) joins each record
   * with the saved one by the merge rules; 'replace' writes it exactly as given (a backup the user chose to restore).
   */
  importMany(records: readonly unknown[], options?: { mode?: 'merge' | 'replace' }): Promise<ImportResult>;
  exportAll(): Promise<{ records: DossierRecord[]; skipped: CorruptRecord[] }>;
  count(): Promise<number>;
  close(): void;
}
