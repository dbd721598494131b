import { describe, expect, it } from 'vitest';
import { appendCheck, mergeCapture, mergeRecords } from '../../../utils/dossier/merge';
import type { DossierCapture } from '../../../utils/dossier/capture-schema';
import type { DossierRecord } from '../../../utils/dossier/record';

const CODE = '000.00.06.H56-231027-0361';
const T0 = '2023-10-27T02:00:00.000Z';
const T1 = '2023-10-30T02:00:00.000Z';

const saved: DossierRecord = {
  code: CODE,
  ownerIdNumber: '038087042028',
  ownerName: 'NGUYỄN VĂN HƯNG',
  procedure: 'Đổi giấy phép lái xe',
  sourceUrl: 'https://dichvucong.thanhhoa.gov.vn/portaldvc/nop-ho-so-truc-tuyen',
  source: 'success-modal',
  savedAt: T0,
  updatedAt: T0,
  note: 'Nhớ mang bản gốc',
  label: 'Bố',
  history: [{ checkedAt: '2023-10-28T01:00:00.000Z', statusText: 'Được tiếp nhận' }],
};

describe('mergeCapture', () => {
  it('creates a record from a first capture', () => {
    const capture: DossierCapture = {
      code: CODE,
      source: 'receipt',
      sourceUrl: 'https://dichvucong.thanhhoa.gov.vn/x',
      procedure: '  Đổi   giấy phép lái xe ',
      dueDate: '2023-11-03',
    };
    const { record, changed } = mergeCapture(undefined, capture, T0);
    expect(changed).toBe(true);
    expect(record).toEqual({
      code: CODE,
      source: 'receipt',
      sourceUrl: 'https://dichvucong.thanhhoa.gov.vn/x',
      procedure: 'Đổi giấy phép lái xe',
      dueDate: '2023-11-03',
      savedAt: T0,
      updatedAt: T0,
      history: [],
    });
  });

  it('never replaces known fields with empty ones and never loses the note or label', () => {
    const { record, changed } = mergeCapture(
      saved,
      { code: CODE, source: 'page-list', ownerName: '   ', procedure: '', note: '', label: '' },
      T1,
    );
    expect(changed).toBe(false);
    expect(record).toEqual(saved);
  });

  it('fills missing fields and takes the portal’s newer wording for portal facts', () => {
    const { record } = mergeCapture(
      saved,
      { code: CODE, source: 'lookup-result', procedure: 'Đổi giấy phép lái xe do ngành GTVT cấp', ownerAddress: 'Yên Định', agency: 'Sở GTVT' },
      T1,
    );
    expect(record.procedure).toBe('Đổi giấy phép lái xe do ngành GTVT cấp');
    expect(record.ownerAddress).toBe('Yên Định');
    expect(record.agency).toBe('Sở GTVT');
    expect(record.updatedAt).toBe(T1);
    expect(record.savedAt).toBe(T0);
  });

  it('keeps the first ID number, source and source page', () => {
    const { record } = mergeCapture(
      saved,
      { code: CODE, source: 'lookup-link', ownerIdNumber: '038190009999', sourceUrl: 'https://elsewhere' },
      T1,
    );
    expect(record.ownerIdNumber).toBe('038087042028');
    expect(record.source).toBe('success-modal');
    expect(record.sourceUrl).toBe(saved.sourceUrl);
  });

  it('keeps both notes when they differ, and the first label', () => {
    const { record } = mergeCapture(saved, { code: CODE, source: 'manual', note: 'Gọi 0237 3900 900', label: 'Mẹ' }, T1);
    expect(record.note).toBe('Nhớ mang bản gốc\nGọi 0237 3900 900');
    expect(record.label).toBe('Bố');
  });

  it('appends a changed status to the history, updates the due date and lastCheckedAt', () => {
    const status = { checkedAt: T1, statusText: 'Đang xử lý', dueDate: '2023-11-10' };
    const { record } = mergeCapture(saved, { code: CODE, source: 'lookup-result', status }, T1);
    expect(record.history).toEqual([...saved.history, status]);
    expect(record.dueDate).toBe('2023-11-10');
    expect(record.lastCheckedAt).toBe(T1);
    expect(record.updatedAt).toBe(T1);
  });

  it('does not repeat an unchanged status but records that the check happened', () => {
    const status = { checkedAt: T1, statusText: 'Được tiếp nhận' };
    const { record, changed } = mergeCapture(saved, { code: CODE, source: 'lookup-result', status }, T1);
    expect(record.history).toEqual(saved.history);
    expect(record.lastCheckedAt).toBe(T1);
    expect(changed).toBe(true);
    expect(record.updatedAt).toBe(T0);
  });
});

describe('appendCheck', () => {
  it('keeps the history in time order when an older check arrives late', () => {
    const history = [
      { checkedAt: '2023-10-28T00:00:00.000Z', statusText: 'Được tiếp nhận' },
      { checkedAt: '2023-11-02T00:00:00.000Z', statusText: 'Đã xử lý xong' },
    ];
    const late = { checkedAt: '2023-10-30T00:00:00.000Z', statusText: 'Đang xử lý' };
    expect(appendCheck(history, late).map((c) => c.statusText)).toEqual(['Được tiếp nhận', 'Đang xử lý', 'Đã xử lý xong']);
  });
});

describe('mergeRecords (import)', () => {
  it('unites histories, keeps notes both, fills missing fields, keeps saved values and the earliest savedAt', () => {
    const incoming: DossierRecord = {
      code: CODE,
      ownerName: 'Nguyễn Văn Hưng (khác)',
      agency: 'Sở GTVT',
      savedAt: '2023-10-20T00:00:00.000Z',
      seenAt: '2023-11-05T00:00:00.000Z',
      note: 'Ghi chú từ máy khác',
      history: [
        { checkedAt: '2023-10-28T01:00:00.000Z', statusText: 'Được tiếp nhận' },
        { checkedAt: '2023-11-01T01:00:00.000Z', statusText: 'Đang xử lý' },
      ],
    };
    const { record, changed } = mergeRecords(saved, incoming, T1);
    expect(changed).toBe(true);
    expect(record.ownerName).toBe(saved.ownerName);
    expect(record.agency).toBe('Sở GTVT');
    expect(record.note).toBe('Nhớ mang bản gốc\nGhi chú từ máy khác');
    expect(record.label).toBe('Bố');
    expect(record.savedAt).toBe('2023-10-20T00:00:00.000Z');
    expect(record.seenAt).toBe('2023-11-05T00:00:00.000Z');
    expect(record.history.map((c) => c.statusText)).toEqual(['Được tiếp nhận', 'Đang xử lý']);
  });

  it('reports no change when the backup holds nothing new', () => {
    expect(mergeRecords(saved, { ...saved }, T1)).toEqual({ record: saved, changed: false });
  });
});
