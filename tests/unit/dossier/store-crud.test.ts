import { afterEach, describe, expect, it } from 'vitest';
import { openDossierStore, type CorruptRecord, type DossierStore } from '../../../utils/dossier/store';
import type { DossierRecord } from '../../../utils/dossier/record';
import { clock, freshName } from './store-helpers';

const CODE = '000.00.06.H56-231027-0361';
const URL_RECEIPT = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi';
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

describe('saving captures', () => {
  it('saves a capture, reads it back and lists it', async () => {
    const { store } = await newStore();
    const result = await store.save({ code: CODE, source: 'receipt', sourceUrl: URL_RECEIPT, procedure: 'Đổi GPLX', dueDate: '2023-11-03' });
    expect(result).toMatchObject({ ok: true, created: true, changed: true });
    expect(await store.get(CODE)).toEqual({
      code: CODE,
      source: 'receipt',
      sourceUrl: URL_RECEIPT,
      procedure: 'Đổi GPLX',
      dueDate: '2023-11-03',
      savedAt: '2025-06-20T03:00:00.000Z',
      updatedAt: '2025-06-20T03:00:00.000Z',
      history: [],
    });
    expect(await store.count()).toBe(1);
    expect((await store.list()).map((r) => r.code)).toEqual([CODE]);
  });

  it('finds a record whatever way the code is typed', async () => {
    const { store } = await newStore();
    await store.save({ code: ' 000.00.06.h56–231027–0361 ', source: 'manual' });
    expect((await store.get('000.00.06.H56-231027-0361'))?.code).toBe(CODE);
    expect((await store.get(' 000.00.06.h56-231027-0361'))?.code).toBe(CODE);
  });

  it('refuses malformed captures and invalid codes without throwing', async () => {
    const { store } = await newStore();
    expect(await store.save({ code: CODE })).toMatchObject({ ok: false, problem: 'invalid-capture' });
    expect(await store.save({ code: CODE, source: 'receipt', dueDate: '03/11/2023' })).toMatchObject({ ok: false, problem: 'invalid-capture' });
    expect(await store.save({ code: '000.00.06.H56-231327-0361', source: 'receipt' })).toMatchObject({ ok: false, problem: 'date' });
    expect(await store.save(null)).toMatchObject({ ok: false, problem: 'invalid-capture' });
    expect(await store.count()).toBe(0);
  });

  it('drops a malformed ID number from a page but keeps the capture', async () => {
    const { store } = await newStore();
    const result = await store.save({ code: CODE, source: 'page-list', ownerIdNumber: 'không rõ' });
    expect(result.ok && result.record.ownerIdNumber).toBeUndefined();
  });

  it('merges a second capture: keeps note, label and history, fills and never empties fields', async () => {
    const { store, clock: c } = await newStore();
    await store.addManual(CODE, { note: 'Nhờ cháu nộp hộ', label: 'Ông nội', ownerIdNumber: '038087042028' });
    await store.recordCheck(CODE, { checkedAt: '2025-06-20T04:00:00.000Z', statusText: 'Được tiếp nhận' });
    c.set('2025-06-21T03:00:00.000Z');
    const result = await store.save({
      code: CODE,
      source: 'receipt',
      procedure: 'Đổi giấy phép lái xe',
      ownerName: '',
      ownerIdNumber: '038999999999',
    });
    expect(result).toMatchObject({ ok: true, created: false, changed: true });
    const saved = await store.get(CODE);
    expect(saved).toMatchObject({
      note: 'Nhờ cháu nộp hộ',
      label: 'Ông nội',
      ownerIdNumber: '038087042028',
      procedure: 'Đổi giấy phép lái xe',
      savedAt: '2025-06-20T03:00:00.000Z',
      updatedAt: '2025-06-21T03:00:00.000Z',
      history: [{ checkedAt: '2025-06-20T04:00:00.000Z', statusText: 'Được tiếp nhận' }],
    });
    expect(saved?.ownerName).toBeUndefined();
  });
});

describe('manual entry', () => {
  it('validates the code and explains the problem in Vietnamese and English', async () => {
    const { store } = await newStore();
    const result = await store.addManual('000.00.06.H56-231027-0000');
    expect(result).toMatchObject({ ok: false, problem: 'sequence' });
    expect(!result.ok && result.message.vi).toContain('0000');
    expect(!result.ok && result.message.en).toContain('0000');
  });

  it('validates the ID number when one is typed', async () => {
    const { store } = await newStore();
    expect(await store.addManual(CODE, { ownerIdNumber: '12' })).toMatchObject({ ok: false, problem: 'invalid-id' });
    expect(await store.count()).toBe(0);
    expect(await store.addManual(CODE, { ownerIdNumber: '038 087 042 028', note: '  Ghi chú\ncó hai dòng  ' })).toMatchObject({
      ok: true,
      record: { source: 'manual', ownerIdNumber: '038087042028', note: 'Ghi chú\ncó hai dòng' },
    });
  });
});

describe('status checks', () => {
  it('appends changed statuses, skips repeats, updates due date and lastCheckedAt', async () => {
    const { store } = await newStore();
    await store.save({ code: CODE, source: 'receipt', dueDate: '2023-11-03' });
    await store.recordCheck(CODE, { checkedAt: '2025-06-20T04:00:00.000Z', statusText: 'Được tiếp nhận' });
    await store.recordCheck(CODE, { checkedAt: '2025-06-20T05:00:00.000Z', statusText: 'Được tiếp nhận' });
    const updated = await store.recordCheck(CODE, { checkedAt: '2025-06-20T06:00:00.000Z', statusText: 'Đang xử lý', dueDate: '2023-11-10' });
    expect(updated?.history.map((h) => h.statusText)).toEqual(['Được tiếp nhận', 'Đang xử lý']);
    expect(updated?.dueDate).toBe('2023-11-10');
    expect(updated?.lastCheckedAt).toBe('2025-06-20T06:00:00.000Z');
    expect((await store.list({ state: 'processing' })).map((r) => r.code)).toEqual([CODE]);
    expect(await store.list({ state: 'accepted' })).toEqual([]);
  });

  it('moves updatedAt only when a check brings something new', async () => {
    const { store, clock: c } = await newStore();
    await store.save({ code: CODE, source: 'receipt' });
    c.set('2025-06-21T00:00:00.000Z');
    await store.recordCheck(CODE, { checkedAt: '2025-06-21T00:00:00.000Z', statusText: 'Được tiếp nhận' });
    c.set('2025-06-22T00:00:00.000Z');
    const repeat = await store.recordCheck(CODE, { checkedAt: '2025-06-22T00:00:00.000Z', statusText: 'Được tiếp nhận' });
    expect(repeat?.updatedAt).toBe('2025-06-21T00:00:00.000Z');
    expect(repeat?.lastCheckedAt).toBe('2025-06-22T00:00:00.000Z');
  });

  it('ignores checks for unknown codes and invalid checks', async () => {
    const { store } = await newStore();
    expect(await store.recordCheck(CODE, { checkedAt: '2025-06-20T04:00:00.000Z', statusText: 'Đang xử lý' })).toBeUndefined();
    await store.save({ code: CODE, source: 'receipt' });
    expect(await store.recordCheck(CODE, { statusText: 'x' } as never)).toBeUndefined();
    expect((await store.get(CODE))?.history).toEqual([]);
  });

  it('marks a dossier seen without touching updatedAt', async () => {
    const { store, clock: c } = await newStore();
    await store.save({ code: CODE, source: 'receipt' });
    c.set('2025-06-22T00:00:00.000Z');
    const seen = await store.markSeen(CODE);
    expect(seen?.seenAt).toBe('2025-06-22T00:00:00.000Z');
    expect(seen?.updatedAt).toBe('2025-06-20T03:00:00.000Z');
  });
});

describe('notes, labels, remove and undo', () => {
  it('replaces the owner ID number once a lookup proved another one right, and refuses a malformed one', async () => {
    const { store } = await newStore();
    await store.addManual(CODE, { ownerIdNumber: '038090012344' });
    expect((await store.setOwnerIdNumber(CODE, ' 038090012345 '))?.ownerIdNumber).toBe('038090012345');
    expect(await store.setOwnerIdNumber(CODE, 'không phải số')).toBeUndefined();
    expect((await store.get(CODE))?.ownerIdNumber).toBe('038090012345');
  });

  it('sets and clears a note and a label', async () => {
    const { store } = await newStore();
    await store.save({ code: CODE, source: 'receipt' });
    expect((await store.setNote(CODE, 'Mang CCCD gốc'))?.note).toBe('Mang CCCD gốc');
    expect((await store.setLabel(CODE, '  Mẹ  '))?.label).toBe('Mẹ');
    const cleared = await store.setNote(CODE, '   ');
    expect(cleared && 'note' in cleared).toBe(false);
    expect(await store.setNote('H56.14-240823-0001', 'x')).toBeUndefined();
  });

  it('removes a record, hands it back, and restores it exactly', async () => {
    const { store } = await newStore();
    await store.addManual(CODE, { note: 'Ghi chú', label: 'Bố' });
    await store.recordCheck(CODE, { checkedAt: '2025-06-20T04:00:00.000Z', statusText: 'Đang xử lý' });
    const before = await store.get(CODE);
    const removed = await store.remove(CODE);
    expect(removed).toEqual(before);
    expect(await store.get(CODE)).toBeUndefined();
    expect(await store.remove(CODE)).toBeUndefined();
    expect(await store.restore(removed as DossierRecord)).toBe(true);
    expect(await store.get(CODE)).toEqual(before);
    expect((await store.list({ state: 'processing' })).length).toBe(1);
  });

  it('refuses to restore something that is not a record', async () => {
    const { store } = await newStore();
    expect(await store.restore({ code: CODE } as unknown as DossierRecord)).toBe(false);
    expect(await store.count()).toBe(0);
  });
});

