// @ts-check
/**
 * Giving the extension a household the way a person restores one: a backup file chosen with "Nhập dữ liệu" on the
 * options page (faster than typing every field in each test; typing is proven in profiles.e2e.ts). Shared by the e2e
 * tests, the demo and the benchmark.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** @typedef {{id: string, fullName: string, [key: string]: unknown}} ProfileData */

/**
 * The import file input, checked to have the accessible name "Nhập dữ liệu" in Chromium's accessibility tree
 * (Chromium's name query does not return file inputs, so the input is found first and its computed name checked).
 * @param {import('puppeteer').Page} page
 * @returns {Promise<import('puppeteer').ElementHandle<HTMLInputElement>>}
 */
export async function importInput(page) {
  await page.waitForSelector('input[type=file]', { visible: true, timeout: 10_000 });
  for (const handle of await page.$$('input[type=file]')) {
    const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
    if (node?.name === 'Nhập dữ liệu') return /** @type {import('puppeteer').ElementHandle<HTMLInputElement>} */ (handle);
  }
  throw new Error('No file input named "Nhập dữ liệu"');
}

/**
 * @param {import('./launch.mjs').Session} session
 * @param {readonly ProfileData[]} profiles
 */
export async function restoreProfiles(session, profiles) {
  const dir = await mkdtemp(path.join(tmpdir(), 'tro-ly-dvc-backup-'));
  const file = path.join(dir, 'tro-ly-dvc-backup.json');
  const backup = { format: 'tro-ly-dvc-backup', version: 1, exportedAt: new Date().toISOString(), profiles, dossiers: [] };
  await writeFile(file, JSON.stringify(backup, null, 2));
  const page = await session.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await (await importInput(page)).uploadFile(file);
  await page.waitForFunction(
    () => /** @type {HTMLElement | null} */ (document.querySelector('#backup-status'))?.innerText.includes('Đã nhập tệp') ?? false,
    { timeout: 10_000 },
  );
  await page.close();
}

/** Nguyễn Văn An, the demo portal's first test persona, as he keeps his own profile. @type {ProfileData} */
export const AN = {
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

/** Lê Thị Hoa, the second persona: a mother registering her child's birth. @type {ProfileData} */
export const HOA = {
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
