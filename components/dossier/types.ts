/**
 * What the dossier panel needs from the outside world, as plain functions: the popup wires them to the IndexedDB
 * reader and to the background's messages; tests pass in-memory fakes. Keeping the browser out of here is what lets
 * every component under components/dossier render in happy-dom.
 */
import type { DossierReader, FirstPage } from '../../utils/dossier';
import type { PayloadOf, ResultOf } from '../../utils/messaging';

/** Reads only: extension pages read the store directly, writes go through the background. */
export type DossierSource = Pick<DossierReader, 'list' | 'get' | 'count'> & {
  /** The background's copy of the newest rows, shown while the store opens (optional: the store answers anyway). */
  firstPage?(): Promise<FirstPage | undefined>;
};

export type LookupResult = ResultOf<'dossier/lookup'>;
export type AddResult = ResultOf<'dossier/add-manual'>;
export type ManualDossier = PayloadOf<'dossier/add-manual'>;
export type DossierChange = PayloadOf<'dossier/update'>;
export type RemoveResult = ResultOf<'dossier/remove'>;

export interface DossierActions {
  lookup(code: string, idNumber?: string): Promise<LookupResult>;
  addManual(fields: ManualDossier): Promise<AddResult>;
  update(change: DossierChange): Promise<unknown>;
  remove(code: string): Promise<RemoveResult>;
  undo(token: string): Promise<{ undone: boolean }>;
  copyText(text: string): Promise<void>;
}
