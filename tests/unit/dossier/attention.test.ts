import { describe, expect, it } from 'vitest';
import { badgeCount, hasNews, isOverdue, latestChange } from '../../../utils/dossier/attention';
import type { DossierRecord, StatusCheck } from '../../../utils/dossier/record';

const check = (checkedAt: string, statusText: string, extra: Partial<StatusCheck> = {}): StatusCheck => ({
  checkedAt,
  statusText,
  ...extra,
});

function record(history: StatusCheck[], extra: Partial<DossierRecord> = {}): DossierRecord {
  return { code: '000.00.06.H56-231027-0361', savedAt: '2023-10-27T02:00:00.000Z', history, ...extra };
}

const accepted = check('2023-10-28T01:00:00.000Z', 'Được tiếp nhận');
const processing = check('2023-10-30T01:00:00.000Z', 'Đang xử lý');

describe('hasNews', () => {
  it('is false with fewer than two checks', () => {
    expect(hasNews(record([]))).toBe(false);
    expect(hasNews(record([accepted]))).toBe(false);
  });

  it('is true when the latest check differs from the one before and was never seen', () => {
    expect(hasNews(record([accepted, processing]))).toBe(true);
    expect(latestChange(record([accepted, processing]))).toEqual({ previous: accepted, latest: processing });
  });

  it('is false once the user has seen the change, and true again after a newer change', () => {
    const seen = record([accepted, processing], { seenAt: '2023-10-30T05:00:00.000Z' });
    expect(hasNews(seen)).toBe(false);
    const later = record([accepted, processing, check('2023-11-02T01:00:00.000Z', 'Đã xử lý xong')], {
      seenAt: '2023-10-30T05:00:00.000Z',
    });
    expect(hasNews(later)).toBe(true);
  });

  it('counts a changed due date or a new processing step as news', () => {
    const a = check('2023-10-28T01:00:00.000Z', 'Đang xử lý', { dueDate: '2023-11-03', steps: [{ action: 'Tiếp nhận' }] });
    expect(hasNews(record([a, { ...a, checkedAt: '2023-10-29T01:00:00.000Z', dueDate: '2023-11-10' }]))).toBe(true);
    expect(
      hasNews(record([a, { ...a, checkedAt: '2023-10-29T01:00:00.000Z', steps: [{ action: 'Tiếp nhận' }, { action: 'Chuyển xử lý' }] }])),
    ).toBe(true);
  });

  it('ignores a check that could not read the history, and Unicode form differences', () => {
    const a = check('2023-10-28T01:00:00.000Z', 'Đang xử lý', { steps: [{ action: 'Tiếp nhận' }] });
    const b = check('2023-10-29T01:00:00.000Z', 'Đang xử lý'.normalize('NFD'));
    expect(hasNews(record([a, b]))).toBe(false);
  });
});

describe('isOverdue', () => {
  const due = { dueDate: '2023-11-03' };

  it('is false on the due date itself and true the day after (Việt Nam date)', () => {
    const r = record([processing], due);
    expect(isOverdue(r, new Date('2023-11-03T16:59:00Z'))).toBe(false); // 23:59 on 3 Nov in Hà Nội
    expect(isOverdue(r, new Date('2023-11-03T17:00:00Z'))).toBe(true); // 00:00 on 4 Nov in Hà Nội
  });

  it('applies while the agency still holds the dossier, including before any check', () => {
    const late = new Date('2023-12-01T00:00:00Z');
    expect(isOverdue(record([], due), late)).toBe(true);
    expect(isOverdue(record([check('2023-11-01T00:00:00Z', 'Yêu cầu bổ sung giấy tờ')], due), late)).toBe(true);
  });

  it('does not apply to finished, refused, withdrawn or stopped dossiers', () => {
    const late = new Date('2023-12-01T00:00:00Z');
    for (const status of ['Đã xử lý xong', 'Đã trả kết quả', 'Không được tiếp nhận', 'Công dân yêu cầu rút hồ sơ', 'Dừng xử lý']) {
      expect(isOverdue(record([check('2023-11-01T00:00:00Z', status)], due), late)).toBe(false);
    }
  });

  it('is false without a due date', () => {
    expect(isOverdue(record([processing]), new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('falls back to the latest check’s due date', () => {
    const r = record([check('2023-10-30T01:00:00.000Z', 'Đang xử lý', { dueDate: '2023-11-03' })]);
    expect(isOverdue(r, new Date('2023-12-01T00:00:00Z'))).toBe(true);
  });
});

describe('badgeCount', () => {
  it('counts dossiers with news or past due, each once', () => {
    const now = new Date('2023-12-01T00:00:00Z');
    const records = [
      record([accepted, processing]), // news
      record([processing], { dueDate: '2023-11-03' }), // overdue
      record([accepted, processing], { dueDate: '2023-11-03' }), // both: counted once
      record([accepted, processing], { seenAt: '2023-11-01T00:00:00Z' }), // seen, not due
      record([check('2023-11-01T00:00:00Z', 'Đã trả kết quả')], { dueDate: '2023-11-03' }), // finished
      record([]), // nothing known
    ];
    expect(badgeCount(records, now)).toBe(3);
    expect(badgeCount([], now)).toBe(0);
  });
});
