import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDossierIndex, newestFirst, searchTextOf } from '../../../utils/dossier/search';
import { openDossierStore, type DossierStore } from '../../../utils/dossier/store';
import type { DossierRecord } from '../../../utils/dossier/record';
import { freshName, syntheticRecord } from './store-helpers';

const N = 10_000;
const all: DossierRecord[] = Array.from({ length: N }, (_, i) => syntheticRecord(i));
/** The expected answer, computed the slow, obvious way. */
const expected = (predicate: (r: DossierRecord) => boolean) =>
  all
    .filter(predicate)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))
    .map((r) => r.code);

describe('searchTextOf', () => {
  it('folds code, procedure, owner, ID, agency, label and note', () => {
    const text = searchTextOf({
      code: '000.00.06.H56-231027-0361',
      procedure: 'Đổi giấy phép lái xe',
      ownerName: 'Nguyễn Văn Hưng',
      ownerIdNumber: '038087042028',
      agency: 'Sở GTVT Thanh Hóa',
      label: 'Bố',
      note: 'Mang CCCD',
      savedAt: '2023-10-27T00:00:00.000Z',
      history: [],
    });
    for (const part of ['000.00.06.h56-231027-0361', 'doi giay phep lai xe', 'nguyen van hung', '038087042028', 'thanh hoa', 'bo', 'mang cccd']) {
      expect(text).toContain(part);
    }
  });
});

describe(`search over ${N.toLocaleString('en')} dossiers`, () => {
  let store: DossierStore;

  beforeAll(async () => {
    store = await openDossierStore(freshName(), { onCorrupt: () => undefined });
    const result = await store.importMany(all);
    expect(result).toEqual({ ok: true, added: N, updated: 0, unchanged: 0 });
  }, 120_000);

  afterAll(() => store.close());

  it('holds every record, each code once', async () => {
    expect(new Set(all.map((r) => r.code)).size).toBe(N);
    expect(await store.count()).toBe(N);
  });

  it('lists the newest first, with or without a limit', async () => {
    const newest = expected(() => true);
    expect((await store.list({ limit: 25 })).map((r) => r.code)).toEqual(newest.slice(0, 25));
    const everything = await store.list();
    expect(everything).toHaveLength(N);
    expect(everything.map((r) => r.code)).toEqual(newest);
  });

  it('finds by procedure without diacritics, newest first', async () => {
    const want = expected((r) => r.procedure === 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam');
    expect(want.length).toBe(N / 5);
    expect((await store.list({ query: 'ly lich tu phap' })).map((r) => r.code)).toEqual(want);
    expect((await store.list({ query: 'LÝ LỊCH', limit: 10 })).map((r) => r.code)).toEqual(want.slice(0, 10));
  });

  it('needs every word to match (owner and procedure together)', async () => {
    const want = expected((r) => r.ownerName === 'Lê Thị Bình' && r.procedure === 'Đăng ký khai sinh');
    expect(want.length).toBeGreaterThan(0);
    expect((await store.list({ query: 'le thi binh khai sinh' })).map((r) => r.code)).toEqual(want);
  });

  it('finds by part of a code, an ID number and a note', async () => {
    const target = all[4321] as DossierRecord;
    expect((await store.list({ query: target.code.slice(-13) })).map((r) => r.code)).toContain(target.code);
    expect((await store.list({ query: target.ownerIdNumber as string })).map((r) => r.code)).toEqual([target.code]);
    expect((await store.list({ query: 'ba ngoai' })).map((r) => r.code)).toEqual(expected((r) => r.note !== undefined));
  });

  it('returns nothing for a query that matches nothing', async () => {
    expect(await store.list({ query: 'không có hồ sơ nào như thế' })).toEqual([]);
  });

  it('the popup’s in-memory index gives the same answers as the store', async () => {
    const index = createDossierIndex(await store.list());
    expect(index.size).toBe(N);
    for (const query of ['ly lich tu phap', 'le thi binh khai sinh', 'ba ngoai', '', 'h56-2401']) {
      expect(index.search(query, 50).map((r) => r.code)).toEqual((await store.list({ query, limit: 50 })).map((r) => r.code));
    }
  });
});

describe('newestFirst', () => {
  it('orders by savedAt descending, then code descending like the store index', () => {
    const a = { code: 'A', savedAt: '2024-01-01T00:00:00.000Z', history: [] };
    const b = { code: 'B', savedAt: '2024-01-01T00:00:00.000Z', history: [] };
    const c = { code: 'C', savedAt: '2024-01-02T00:00:00.000Z', history: [] };
    expect([a, b, c].sort(newestFirst).map((r) => r.code)).toEqual(['C', 'B', 'A']);
  });
});
