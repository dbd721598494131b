/**
 * Giving the extension a household the way a person restores one: a backup file chosen with "Nhập dữ liệu" on the
 * options page (faster than typing every field in each test; typing is proven in profiles.e2e.ts).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Session } from './launch.mjs';
import { importInput } from '../fixtures/options-page';
import { openOptions } from './pages';

export interface ProfileData {
  id: string;
  fullName: string;
  [key: string]: unknown;
}

export async function restoreProfiles(session: Session, profiles: readonly ProfileData[]): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tro-ly-dvc-backup-'));
  const file = path.join(dir, 'tro-ly-dvc-backup.json');
  const backup = { format: 'tro-ly-dvc-backup', version: 1, exportedAt: new Date().toISOString(), profiles, dossiers: [] };
  await writeFile(file, JSON.stringify(backup, null, 2));
  const page = await openOptions(session);
  await (await importInput(page)).uploadFile(file);
  await page.waitForFunction(
    () => (document.querySelector('#backup-status') as HTMLElement | null)?.innerText.includes('Đã nhập tệp') ?? false,
    { timeout: 10_000 },
  );
  await page.close();
}

/** Nguyễn Văn An, the demo portal's first test persona, as he keeps his own profile. */
export const AN: ProfileData = {
  id: 'p-an',
  label: 'Tôi',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-03-15',
  gender: 'male',
  idNumber: '038090012345',
  oldIdNumber: '173456789',
  idIssueDate: '2021-05-10',
  idIssuePlace: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
  nationality: 'Việt Nam',
  ethnicity: 'Kinh',
  religion: 'Không',
  phone: '0912345678',
  email: 'nguyenvanan90@example.com',
  placeOfBirth: 'Thành phố Thanh Hóa, Tỉnh Thanh Hóa',
  permanentAddress: {
    province: 'Tỉnh Thanh Hóa',
    commune: 'Phường Hạc Thành',
    street: 'Số 25 đường Lê Lợi',
    legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
  },
  father: { fullName: 'Nguyễn Văn Bình', birthDate: '1962-09-02' },
  mother: { fullName: 'Lê Thị Cúc', birthDate: '1965-04-12' },
};

/** Lê Thị Hoa, the second persona: a mother registering her child's birth. */
export const HOA: ProfileData = {
  id: 'p-hoa',
  label: 'Tôi',
  fullName: 'Lê Thị Hoa',
  birthDate: '1995-07-20',
  gender: 'female',
  idNumber: '038195004321',
  idIssueDate: '2021-08-01',
  nationality: 'Việt Nam',
  ethnicity: 'Mường',
  phone: '0387654321',
  email: 'lethihoa95@example.com',
  permanentAddress: { province: 'Tỉnh Thanh Hóa', commune: 'Xã Hoằng Giang', street: 'Thôn Phú Quý' },
  mother: { fullName: 'Phạm Thị Lan', birthDate: '1970-01-01' },
};
