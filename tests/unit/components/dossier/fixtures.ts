/** Three saved dossiers covering the row's cases (not a test file). */
import type { DossierRecord } from '../../../../utils/dossier';

/** Being processed, past its due date, with a change the person has not seen. */
export const A: DossierRecord = {
  code: '000.00.22.H56-250301-0001',
  procedure: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
  ownerName: 'Nguyễn Văn An',
  ownerIdNumber: '038090012345',
  savedAt: '2025-03-01T02:00:00.000Z',
  seenAt: '2025-03-02T02:00:00.000Z',
  lastCheckedAt: '2025-03-05T02:00:00.000Z',
  dueDate: '2025-03-08',
  history: [
    { checkedAt: '2025-03-01T02:00:00.000Z', statusText: 'Mới đăng ký', dueDate: '2025-03-08' },
    {
      checkedAt: '2025-03-05T02:00:00.000Z',
      statusText: 'Đang xử lý',
      dueDate: '2025-03-08',
      steps: [
        { time: '01/03/2025 09:00', sender: 'Nguyễn Văn An', action: 'Nộp hồ sơ trực tuyến', receiver: 'Lê Thị Hương (Bộ phận một cửa)' },
        { time: '03/03/2025 14:30', sender: 'Lê Thị Hương (Bộ phận một cửa)', action: 'Chuyển xử lý hồ sơ', receiver: 'Nguyễn Đức Thắng (Chuyên viên)' },
      ],
    },
  ],
};

/** Done (so a passed due date is not "overdue"), with a label and a note. */
export const B: DossierRecord = {
  code: '000.00.06.H56-250302-0002',
  procedure: 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
  ownerName: 'Lê Thị Hoa',
  ownerIdNumber: '038195004321',
  savedAt: '2025-03-02T02:00:00.000Z',
  dueDate: '2025-03-05',
  label: 'Của mẹ',
  note: 'Nhận bản gốc tại bưu điện',
  history: [{ checkedAt: '2025-03-06T02:00:00.000Z', statusText: 'Đã trả kết quả', dueDate: '2025-03-05' }],
};

/** Typed in by hand, never looked up, no ID number. */
export const C: DossierRecord = {
  code: '000.00.17.H56-250303-0003',
  savedAt: '2025-03-03T02:00:00.000Z',
  source: 'manual',
  history: [],
};
