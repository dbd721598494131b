// Backup test helpers: a household, saved dossiers and an in-memory dossier store.
import type { DossierSink } from '../../../utils/backup';
import type { DossierRecord } from '../../../utils/dossier/record';
import type { Profile } from '../../../utils/profile';
import { an, hoa } from '../profile/fixtures';

export { an, hoa, TODAY } from '../profile/fixtures';

export const dossier: DossierRecord = {
  code: '000.00.06.H56-231027-0361',
  ownerIdNumber: '038090001234',
  ownerName: 'Nguyễn Văn An',
  procedure: 'Cấp phiếu lý lịch tư pháp',
  savedAt: '2023-10-27T08:15:00.000Z',
  history: [{ checkedAt: '2023-10-30T02:00:00.000Z', statusText: 'Đang xử lý', dueDate: '2023-11-06' }],
};

export const dossier2: DossierRecord = {
  code: '000.17.22.H56-210531-0001',
  savedAt: '2021-05-31T03:00:00.000Z',
  history: [],
};

/** Ten real-looking household members with valid, distinct ID numbers (men born 1960–1969 in Thanh Hóa). */
export function tenProfiles(): Profile[] {
  return Array.from({ length: 10 }, (_, i): Profile => ({
    id: `p-${i}`,
    fullName: `Lê Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Long', 'Minh', 'Nam'][i]}`,
    birthDate: `196${i}-01-1${i}`,
    gender: 'male',
    idNumber: `0380${6}${i}00${String(1000 + i)}`,
  }));
}

export function backupText(content: Record<string, unknown>): string {
  return JSON.stringify({ format: 'tro-ly-dvc-backup', version: 1, exportedAt: '2025-11-28T10:00:00.000Z', profiles: [], dossiers: [], ...content });
}

export class MemoryDossierSink implements DossierSink {
  readonly records = new Map<string, DossierRecord>();
  putCalls = 0;
  failNextPut: Error | undefined;

  constructor(initial: readonly DossierRecord[] = []) {
    for (const r of initial) this.records.set(r.code, r);
  }

  async list(): Promise<readonly DossierRecord[]> {
    return [...this.records.values()];
  }

  async putMany(records: readonly DossierRecord[]): Promise<void> {
    this.putCalls += 1;
    if (this.failNextPut !== undefined) throw this.failNextPut;
    for (const r of records) this.records.set(r.code, r);
  }
}

export const household = [an, hoa];
