/**
 * The IndexedDB layout. Rows are DossierRecords plus two derived columns, recomputed on every write and stripped on
 * every read (so they never reach backups): `_state` (indexed as `state`) and `_search` (folded search text).
 */
import type { DBSchema } from 'idb';
import type { DossierRecord } from '../record';
import type { DossierState } from '../states';
import { searchTextOf } from '../search';
import { stateOfRecord } from '../status';

export const DEFAULT_DB_NAME = 'tro-ly-dvc';
export const STORE = 'dossiers';

export interface DossierRow extends DossierRecord {
  _state: DossierState;
  _search: string;
}

export interface DossierDB extends DBSchema {
  dossiers: {
    key: string;
    // Rows may be anything an older or broken writer left; every read goes through the schema.
    value: unknown;
    indexes: { state: string; dueDate: string; updatedAt: string; savedAt: string };
  };
}

export function toRow(record: DossierRecord): DossierRow {
  return { ...record, _state: stateOfRecord(record), _search: searchTextOf(record) };
}

/** The record part of a row (derived columns removed), not yet validated. */
export function stripDerived(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { _state: _s, _search: _q, ...record } = value as Record<string, unknown>;
  return record;
}
