import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openDossierStore, DB_VERSION, type CorruptRecord, type DossierStore } from '../../../utils/dossier/store';
import type { DossierRecord } from '../../../utils/dossier/record';
import { clock, freshName } from './store-helpers';

const CODE = '000.00.06.H56-231027-0361';
let open: DossierStore[] = [];

async function newStore(start = '2025-06-20T03:00:00.000Z', onCorrupt?: (r: CorruptRecord) => void) {
  const c = clock(start);
  const name = freshName();
  const store = await openDossierStore(name, { now: c.now, onCorrupt: onCorrupt ?? (() => undefined) });
  open.push(store);
  return { store, clock: c, name };
}

afterEach(() => {
  for (const s of open) s.close();
  open = [];
});

describe('corrupt rows', () => {
  it('are reported and skipped on every read, never thrown', async () => {
    const reports: CorruptRecord[] = [];
    const { store, name } = await newStore(undefined, (r) => reports.push(r));
    await store.save({ code: CODE, source: 'receipt' });
    const raw = await openDB(name);
    await raw.put('dossiers', { code: 'H56.14-240823-0001', savedAt: 42, history: 'no' });
    raw.close();

    expect((await store.list()).map((r) => r.code)).toEqual([CODE]);
    expect((await store.list({ limit: 10 })).map((r) => r.code)).toEqual([CODE]);
    expect(await store.get('H56.14-240823-0001')).toBeUndefined();
    const exported = await store.exportAll();
    expect(exported.records.map((r) => r.code)).toEqual([CODE]);
    expect(exported.skipped.map((s) => s.key)).toEqual(['H56.14-240823-0001']);
    expect(reports.length).toBeGreaterThanOrEqual(4);
    expect(reports[0]?.issues.join(' ')).toMatch(/savedAt|history/);
    expect(await store.count()).toBe(2);
  });
});

describe('schema versions', () => {
  it('upgrades a version-1 database: keeps every record, backfills state and search', async () => {
    const name = freshName();
    // Version 1 exactly as the first migration creates it, filled by a writer that knew nothing of derived columns.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const s = db.createObjectStore('dossiers', { keyPath: 'code' });
        s.createIndex('savedAt', 'savedAt');
        s.createIndex('updatedAt', 'updatedAt');
        s.createIndex('dueDate', 'dueDate');
      },
    });
    await v1.put('dossiers', {
      code: CODE,
      procedure: 'Đổi giấy phép lái xe',
      ownerName: 'Nguyễn Văn Hưng',
      savedAt: '2023-10-27T02:00:00.000Z',
      history: [{ checkedAt: '2023-10-30T01:00:00.000Z', statusText: 'Yêu cầu bổ sung giấy tờ' }],
    });
    await v1.put('dossiers', { code: 'H56.14-240823-0001', savedAt: '2024-08-23T02:00:00.000Z', history: [] });
    await v1.put('dossiers', { code: 'broken', history: 7 });
    v1.close();

    const reports: CorruptRecord[] = [];
    const store = await openDossierStore(name, { onCorrupt: (r) => reports.push(r) });
    open.push(store);
    expect(await store.count()).toBe(3);
    expect((await store.list()).map((r) => r.code)).toEqual(['H56.14-240823-0001', CODE]);
    expect((await store.list({ state: 'documents-required' })).map((r) => r.code)).toEqual([CODE]);
    expect((await store.list({ state: 'unchecked' })).map((r) => r.code)).toEqual(['H56.14-240823-0001']);
    expect((await store.list({ query: 'hung giay phep' })).map((r) => r.code)).toEqual([CODE]);
    expect(reports.map((r) => r.key)).toContain('broken');

    const raw = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.transaction('dossiers').store.indexNames].sort()).toEqual(['dueDate', 'savedAt', 'state', 'updatedAt']);
    raw.close();
  });

  it('refuses to open a database written by a newer version, leaving it untouched', async () => {
    const name = freshName();
    const newer = await openDB(name, DB_VERSION + 5, {
      upgrade(db) {
        db.createObjectStore('dossiers', { keyPath: 'code' });
      },
    });
    await newer.put('dossiers', { code: CODE, future: true });
    newer.close();
    await expect(openDossierStore(name)).rejects.toThrow();
    const raw = await openDB(name);
    expect(await raw.get('dossiers', CODE)).toEqual({ code: CODE, future: true });
    raw.close();
  });
});

describe('import and export', () => {
  const record = (code: string, extra: Partial<DossierRecord> = {}): DossierRecord => ({
    code,
    savedAt: '2024-01-01T00:00:00.000Z',
    history: [],
    ...extra,
  });

  it('imports many records in one go and merges with what is saved', async () => {
    const { store } = await newStore();
    await store.addManual(CODE, { note: 'Ghi chú cũ' });
    const result = await store.importMany([
      record(CODE, { note: 'Ghi chú mới', procedure: 'Đổi GPLX' }),
      record('H56.14-240823-0001'),
      record('000.17.22.H56-210531-0001', { label: 'Mẹ' }),
    ]);
    expect(result).toEqual({ ok: true, added: 2, updated: 1, unchanged: 0 });
    expect(await store.count()).toBe(3);
    expect(await store.get(CODE)).toMatchObject({ note: 'Ghi chú cũ\nGhi chú mới', procedure: 'Đổi GPLX' });
    expect(await store.importMany([record('H56.14-240823-0001')])).toEqual({ ok: true, added: 0, updated: 0, unchanged: 1 });
  });

  it('replaces saved records exactly when restoring a backup the user confirmed', async () => {
    const { store } = await newStore();
    await store.addManual(CODE, { note: 'Ghi chú cũ', label: 'Mẹ' });
    const result = await store.importMany([record(CODE, { note: 'Ghi chú trong tệp' })], { mode: 'replace' });
    expect(result).toEqual({ ok: true, added: 0, updated: 1, unchanged: 0 });
    const saved = await store.get(CODE);
    expect(saved?.note).toBe('Ghi chú trong tệp');
    expect(saved?.label).toBeUndefined();
    expect(await store.importMany([record(CODE, { note: 'Ghi chú trong tệp' })], { mode: 'replace' })).toEqual({
      ok: true, added: 0, updated: 0, unchanged: 1,
    });
  });

  it('writes nothing when one record among many is invalid', async () => {
    const { store } = await newStore();
    await store.addManual(CODE);
    const batch: unknown[] = Array.from({ length: 50 }, (_, i) =>
      record(`000.00.06.H56-240101-${String(i + 1).padStart(4, '0')}`),
    );
    batch.splice(31, 0, { code: 'H56.14-240823-0001', savedAt: '2024-01-01T00:00:00.000Z' });
    const result = await store.importMany(batch);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.index)).toEqual([31]);
    expect(await store.count()).toBe(1);
  });

  it('rolls back the whole transaction when a write fails half-way', async () => {
    const { store } = await newStore();
    const batch: unknown[] = Array.from({ length: 20 }, (_, i) =>
      record(`000.00.06.H56-240101-${String(i + 1).padStart(4, '0')}`),
    );
    // Passes the schema (unknown keys are kept) but cannot be stored: structured clone rejects functions.
    batch[12] = { ...record('H56.14-240823-0001'), extra: () => 1 };
    const result = await store.importMany(batch);
    expect(result.ok).toBe(false);
    expect(await store.count()).toBe(0);
  });

  it('exports valid records newest first, without the derived columns', async () => {
    const { store } = await newStore();
    await store.importMany([
      record('H56.14-240823-0001', { savedAt: '2024-08-23T00:00:00.000Z' }),
      record(CODE, { savedAt: '2023-10-27T00:00:00.000Z' }),
    ]);
    const { records, skipped } = await store.exportAll();
    expect(skipped).toEqual([]);
    expect(records.map((r) => r.code)).toEqual(['H56.14-240823-0001', CODE]);
    for (const r of records) {
      expect(Object.keys(r).some((k) => k.startsWith('_'))).toBe(false);
    }
  });
});
