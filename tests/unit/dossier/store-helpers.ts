/** Shared helpers for the store tests (not a test file itself). */
import type { DossierRecord } from '../../../utils/dossier/record';

let counter = 0;
/** A fresh database name per test: fake-indexeddb keeps databases for the whole file. */
export function freshName(): string {
  counter += 1;
  return `tro-ly-dvc-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A fixed clock that can be moved forward. */
export function clock(start: string): { now: () => Date; set: (iso: string) => void } {
  let current = new Date(start);
  return { now: () => current, set: (iso) => (current = new Date(iso)) };
}

const PROCEDURES = [
  'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
  'Đăng ký khai sinh',
  'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
  'Cấp giấy chứng nhận quyền sử dụng đất',
  'Chứng thực bản sao từ bản chính',
];
const OWNERS = ['Nguyễn Văn An', 'Lê Thị Bình', 'Trần Đức Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];

/** Record i of a synthetic set: distinct code and savedAt (later i = newer). */
export function syntheticRecord(i: number): DossierRecord {
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 50) * 86_400_000);
  const yymmdd = day.toISOString().slice(2, 10).replaceAll('-', '');
  const record: DossierRecord = {
    code: `000.00.${String(i % 90 + 10).padStart(2, '0')}.H56-${yymmdd}-${String((i % 50) + 1).padStart(4, '0')}`,
    procedure: PROCEDURES[i % PROCEDURES.length] as string,
    ownerName: OWNERS[i % OWNERS.length] as string,
    ownerIdNumber: `0380${String(90000000 + i).padStart(8, '0')}`,
    savedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    history: [],
  };
  if (i % 1000 === 7) record.note = 'Hồ sơ của bà ngoại, nhớ gọi điện';
  return record;
}
