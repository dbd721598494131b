/**
 * The dossier store: IndexedDB through idb, in the extension's origin. Only the background service worker opens it
 * (single writer); every read goes through the DossierRecord schema and every change is one transaction.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { DossierCapture as DossierCaptureType } from '../capture-schema';
import { DossierCapture } from '../capture-schema';
import { cleanIdNumber } from '../links';
import { applyCheck, mergeCapture, mergeRecords } from '../merge';
import { normalizeDossierCode } from '../normalize';
import { DossierRecord, StatusCheck } from '../record';
import { checkDossierCode } from '../registry';
import { matchesTokens, newestFirst, queryTokens, searchTextOf } from '../search';
import { DB_VERSION, MIGRATIONS } from './migrations';
import { issuesOf, observed, tidyOrUndefined } from './helpers';
import { refused, type CorruptRecord, type SaveResult } from './results';
import type { DossierStore, DossierStoreOptions } from './types';
import { DEFAULT_DB_NAME, STORE, stripDerived, toRow, type DossierDB } from './schema';

export async function openDossierStore(name = DEFAULT_DB_NAME, options: DossierStoreOptions = {}): Promise<DossierStore> {
  const now = options.now ?? (() => new Date());
  const onCorrupt = options.onCorrupt ?? ((report) => console.warn('[dossier store] skipped a corrupt record', report));

  const db: IDBPDatabase<DossierDB> = await openDB<DossierDB>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, tx) {
      const steps = MIGRATIONS.filter((m) => m.version > oldVersion);
      const run = async (): Promise<void> => {
        for (const step of steps) await step.apply(database, tx);
      };
      // A failed step aborts the upgrade, so the database stays at its old version with its data intact.
      run().catch((error: unknown) => {
        console.error('[dossier store] migration failed', error);
        tx.abort();
      });
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      db.close();
    },
  });

  /** Validate a stored row; report and skip it when corrupt. */
  const read = (key: string, value: unknown): DossierRecord | undefined => {
    const parsed = DossierRecord.safeParse(stripDerived(value));
    if (parsed.success) return parsed.data;
    onCorrupt({ key, issues: issuesOf(parsed.error) });
    return undefined;
  };

  /** Read-modify-write one record in one transaction. */
  const update = async (
    code: string,
    change: (record: DossierRecord) => DossierRecord | undefined,
  ): Promise<DossierRecord | undefined> => {
    const key = normalizeDossierCode(code);
    const tx = db.transaction(STORE, 'readwrite');
    const done = observed(tx.done);
    const value = await tx.store.get(key);
    const current = value === undefined ? undefined : read(key, value);
    const next = current ? change(current) : undefined;
    if (next) await tx.store.put(toRow(next));
    await done;
    return next ?? current;
  };

  const stamp = (): string => now().toISOString();

  const saveCapture = async (capture: DossierCaptureType): Promise<SaveResult> => {
    const tx = db.transaction(STORE, 'readwrite');
    const done = observed(tx.done);
    const value = await tx.store.get(capture.code);
    const existing = value === undefined ? undefined : read(capture.code, value);
    const { record, changed } = mergeCapture(existing, capture, stamp());
    if (changed) await tx.store.put(toRow(record));
    await done;
    return { ok: true, record, created: existing === undefined, changed };
  };

  const store: DossierStore = {
    async list(opts = {}) {
      const limit = opts.limit ?? Infinity;
      const tokens = queryTokens(opts.query ?? '');
      if (opts.state !== undefined) {
        const rows = await db.getAllFromIndex(STORE, 'state', opts.state);
        return pick(rows, tokens, limit);
      }
      if (tokens.length === 0 && Number.isFinite(limit)) {
        // A first page without a query: walk the savedAt index backwards and stop early.
        const out: DossierRecord[] = [];
        let cursor = await db.transaction(STORE).store.index('savedAt').openCursor(null, 'prev');
        while (cursor && out.length < limit) {
          const record = read(String(cursor.primaryKey), cursor.value);
          if (record) out.push(record);
          cursor = await cursor.continue();
        }
        return out;
      }
      return pick(await db.getAll(STORE), tokens, limit);
    },

    async get(code) {
      const key = normalizeDossierCode(code);
      const value = await db.get(STORE, key);
      return value === undefined ? undefined : read(key, value);
    },

    async save(input) {
      const parsed = DossierCapture.safeParse(input);
      if (!parsed.success) return refused('invalid-capture');
      const check = checkDossierCode(parsed.data.code, { now: now() });
      if (!check.ok) return refused(check.problem);
      const capture: DossierCaptureType = { ...parsed.data, code: check.parsed.code };
      // A malformed ID from a page is dropped rather than refusing the whole capture.
      const id = cleanIdNumber(capture.ownerIdNumber);
      if (id) capture.ownerIdNumber = id;
      else delete capture.ownerIdNumber;
      return saveCapture(capture);
    },

    async addManual(code, fields = {}) {
      const check = checkDossierCode(code, { now: now() });
      if (!check.ok) return refused(check.problem);
      const capture: DossierCaptureType = { code: check.parsed.code, source: 'manual' };
      if (tidyOrUndefined(fields.ownerIdNumber) !== undefined) {
        const id = cleanIdNumber(fields.ownerIdNumber);
        if (!id) return refused('invalid-id');
        capture.ownerIdNumber = id;
      }
      for (const key of ['ownerName', 'procedure', 'agency', 'label'] as const) {
        const value = tidyOrUndefined(fields[key]);
        if (value) capture[key] = value;
      }
      const note = fields.note?.trim();
      if (note) capture.note = note;
      return saveCapture(capture);
    },

    async recordCheck(code, check) {
      const parsed = StatusCheck.safeParse(check);
      if (!parsed.success) return undefined;
      const valid = parsed.data;
      return update(code, (record) => {
        const { record: next, changed } = applyCheck(record, valid, stamp());
        return changed ? next : undefined;
      });
    },

    async setNote(code, note) {
      return update(code, (record) => {
        const next: DossierRecord = { ...record, updatedAt: stamp() };
        if (note.trim()) next.note = note.trim();
        else delete next.note;
        return next;
      });
    },

    async setLabel(code, label) {
      return update(code, (record) => {
        const next: DossierRecord = { ...record, updatedAt: stamp() };
        const tidy = tidyOrUndefined(label);
        if (tidy) next.label = tidy;
        else delete next.label;
        return next;
      });
    },

    async setOwnerIdNumber(code, idNumber) {
      const clean = cleanIdNumber(idNumber);
      if (!clean) return undefined;
      return update(code, (record) => ({ ...record, ownerIdNumber: clean, updatedAt: stamp() }));
    },

    async markSeen(code, at) {
      // Not an edit of the dossier, so updatedAt stays.
      return update(code, (record) => ({ ...record, seenAt: (at ?? now()).toISOString() }));
    },

    async remove(code) {
      const key = normalizeDossierCode(code);
      const tx = db.transaction(STORE, 'readwrite');
      const done = observed(tx.done);
      const value = await tx.store.get(key);
      if (value !== undefined) await tx.store.delete(key);
      await done;
      // A corrupt row is still removed (the user asked), but there is nothing valid to hand back for undo.
      return value === undefined ? undefined : read(key, value);
    },

    async restore(record) {
      const parsed = DossierRecord.safeParse(record);
      if (!parsed.success) return false;
      await db.put(STORE, toRow({ ...parsed.data, code: normalizeDossierCode(parsed.data.code) }));
      return true;
    },

    async importMany(records, { mode = 'merge' } = {}) {
      const valid: DossierRecord[] = [];
      const errors: { index: number; message: string }[] = [];
      records.forEach((input, index) => {
        const parsed = DossierRecord.safeParse(input);
        const code = parsed.success ? normalizeDossierCode(parsed.data.code) : '';
        if (!parsed.success) errors.push({ index, message: issuesOf(parsed.error).join('; ') });
        else if (code === '') errors.push({ index, message: 'code: empty' });
        else valid.push({ ...parsed.data, code });
      });
      if (errors.length > 0) return { ok: false, errors };

      const at = stamp();
      // Duplicates inside the file are joined first, so each code is written once.
      const byCode = new Map<string, DossierRecord>();
      for (const record of valid) byCode.set(record.code, mergeRecords(byCode.get(record.code), record, at).record);

      const tx = db.transaction(STORE, 'readwrite');
      const done = observed(tx.done);
      const entries = [...byCode.values()];
      try {
        const existing = await Promise.all(entries.map((r) => observed(tx.store.get(r.code))));
        let added = 0;
        let updated = 0;
        let unchanged = 0;
        const writes: Promise<unknown>[] = [];
        entries.forEach((incoming, i) => {
          const value = existing[i];
          // A corrupt saved row is replaced by the backup's valid copy.
          const saved = value === undefined ? undefined : read(incoming.code, value);
          // 'replace' (a backup the user confirmed) writes the file's record as it is; 'merge' joins it with ours.
          const { record, changed } =
            mode === 'replace'
              ? { record: incoming, changed: saved === undefined || JSON.stringify(toRow(saved)) !== JSON.stringify(toRow(incoming)) }
              : mergeRecords(saved, incoming, at);
          if (!saved) added++;
          else if (changed) updated++;
          else unchanged++;
          if (changed || !saved) writes.push(observed(tx.store.put(toRow(record))));
        });
        await Promise.all(writes);
        await done;
        return { ok: true, added, updated, unchanged };
      } catch (error) {
        // Any failed write aborts the whole transaction: nothing from this import is kept.
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
        return { ok: false, errors: [{ index: -1, message: error instanceof Error ? error.message : String(error) }] };
      }
    },

    async exportAll() {
      const skipped: CorruptRecord[] = [];
      const tx = db.transaction(STORE);
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      const records: DossierRecord[] = [];
      values.forEach((value, i) => {
        const key = String(keys[i]);
        const parsed = DossierRecord.safeParse(stripDerived(value));
        if (parsed.success) records.push(parsed.data);
        else {
          const report = { key, issues: issuesOf(parsed.error) };
          skipped.push(report);
          onCorrupt(report);
        }
      });
      return { records: records.sort(newestFirst), skipped };
    },

    count() {
      return db.count(STORE);
    },

    close() {
      db.close();
    },
  };

  /** Filter rows by the stored search text (folded once, on write), validate only the matches, sort, cut. */
  function pick(rows: readonly unknown[], tokens: readonly string[], limit: number): DossierRecord[] {
    const out: DossierRecord[] = [];
    for (const row of rows) {
      const stored = (row as { _search?: unknown; code?: unknown } | null)?._search;
      if (tokens.length > 0 && typeof stored === 'string' && !matchesTokens(stored, tokens)) continue;
      const key = String((row as { code?: unknown } | null)?.code ?? '');
      const record = read(key, row);
      if (!record) continue;
      if (tokens.length > 0 && typeof stored !== 'string' && !matchesTokens(searchTextOf(record), tokens)) continue;
      out.push(record);
    }
    return out.sort(newestFirst).slice(0, limit);
  }

  return store;
}
