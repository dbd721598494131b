/**
 * Issue 3: the options page as a resident uses it. Profiles are created, edited and removed through the page, backups
 * go out as files and come back in through the file input, and every check reads what the extension really stored.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { byRole, openOptions, setupE2E, textOf, waitForText } from './harness';
import {
  backgroundRequest, clickIn, entry, field, FIXTURES, importInput, isFocused, readJsonFile, removeAllDossiers,
  seedProfiles, statusText, storedDocument, storedDossiers, storedProfiles, tabTo, typeInto, waitForDownload,
} from './fixtures/options-page';
import { an, binh, DOSSIER_CODE } from './fixtures/people';

const e2e = setupE2E();
let page: Page;

beforeEach(async () => {
  page = await openOptions(e2e.session);
  await byRole(page, 'region', 'Thông tin cá nhân');
  await removeAllDossiers(page);
  await seedProfiles(page, []);
});

afterEach(async () => {
  await page.close();
});

async function upload(file: string): Promise<void> {
  await (await importInput(page)).uploadFile(path.join(FIXTURES, file));
}

describe('a new user', () => {
  it('creates the first profile: an error blocks saving until fixed, a warning does not, and it is kept after a reload', async () => {
    await waitForText(page, 'Chưa có thông tin cá nhân nào');
    const form = await byRole(page, 'form', 'Thêm người');
    expect(await (await field(page, 'Tên gợi nhớ')).evaluate((el) => (el as HTMLInputElement).value)).toBe('Tôi');

    // The ID number's 4th digit (1) says "female, born 1900–1999", which disagrees with the sex chosen below.
    await typeInto(page, await field(page, 'Số định danh cá nhân (CCCD)'), '038190001234');
    await typeInto(page, await field(page, 'Họ, chữ đệm và tên'), 'Nguyễn Văn An');
    await typeInto(page, await field(page, 'Ngày sinh'), '15/3/1990');
    await (await field(page, 'Nam', 'radio')).click();
    expect(await (await field(page, 'Ngày sinh')).evaluate((el) => (el as HTMLInputElement).value)).toBe('15/03/1990');

    // Pickers: typed without diacritics, first match taken with Enter.
    await typeInto(page, await field(page, 'Dân tộc', 'combobox'), 'kinh');
    await page.keyboard.press('Enter');
    await typeInto(page, await field(page, 'Tôn giáo', 'combobox'), 'Thiên Chúa');
    await page.keyboard.press('Tab');
    const permanent = await byRole(page, 'group', 'Nơi thường trú');
    await typeInto(page, await field(page, 'Tỉnh, thành phố', 'combobox', permanent), 'thanh hoa');
    await page.keyboard.press('Enter');
    // The old address first, then the suggested new commune, confirmed by the person.
    const legacyToggle = await permanent.waitForSelector('summary');
    await legacyToggle?.click();
    await typeInto(page, await field(page, 'Quận, huyện, thị xã cũ', 'combobox', permanent), 'tp thanh hoa');
    await page.keyboard.press('Enter');
    await typeInto(page, await field(page, 'Xã, phường, thị trấn cũ', 'combobox', permanent), 'dien bien');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await waitForText(page, 'nay thuộc Phường Hạc Thành, Tỉnh Thanh Hóa');
    expect(await (await field(page, 'Xã, phường, đặc khu', 'combobox', permanent)).evaluate((el) => (el as HTMLInputElement).value)).toBe('');
    await clickIn(permanent, 'Dùng gợi ý này');
    expect(await (await field(page, 'Xã, phường, đặc khu', 'combobox', permanent)).evaluate((el) => (el as HTMLInputElement).value)).toBe('Phường Hạc Thành');
    await typeInto(page, await field(page, 'Số nhà, đường, thôn, xóm', 'textbox', permanent), 'Số 12, đường Lê Lợi');
    await typeInto(page, await field(page, 'Số điện thoại'), '0912 345 678');

    await clickIn(form, 'Lưu');
    const summary = await byRole(page, 'alert', 'Chưa lưu được: còn 1 lỗi cần sửa');
    expect(await textOf(summary)).toContain('Chữ số thứ 4 (1) cho biết giới tính nữ');
    expect(await isFocused(page, summary)).toBe(true);
    const idField = await field(page, 'Số định danh cá nhân (CCCD)');
    expect(await idField.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
    const describedBy = await idField.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(describedBy).toContain('nhưng giới tính đã chọn là nam');
    // The religion is not on the list: a warning next to the field, which does not block saving.
    const religion = await field(page, 'Tôn giáo', 'combobox');
    expect(await religion.evaluate((el) => el.getAttribute('aria-invalid'))).toBeNull();
    await waitForText(page, 'Tôn giáo "Thiên Chúa" không có trong danh sách');
    expect(await storedProfiles(page)).toEqual([]);

    await typeInto(page, idField, '038090001234');
    await clickIn(form, 'Lưu');
    await page.waitForFunction(() => document.querySelector('#profiles-status')?.textContent?.includes('Đã lưu thông tin: Tôi: Nguyễn Văn An'));
    expect(await statusText(page, 'profiles-status')).toContain('Có 1 lưu ý');

    const doc = await storedDocument(page);
    const saved = doc.profiles?.[0];
    expect(doc.profiles).toHaveLength(1);
    expect(doc.activeProfileId).toBe(saved?.id);
    const address = {
      province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Số 12, đường Lê Lợi',
      legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
    };
    expect(saved).toEqual({
      id: saved?.id, label: 'Tôi', fullName: 'Nguyễn Văn An', birthDate: '1990-03-15', gender: 'male', idNumber: '038090001234',
      nationality: 'Việt Nam', ethnicity: 'Kinh', religion: 'Thiên Chúa', phone: '0912345678',
      permanentAddress: address, currentAddress: address,
    });

    await page.reload();
    const item = await entry(page, 'Tôi: Nguyễn Văn An');
    expect(await textOf(item)).toContain('Đang dùng khi điền biểu mẫu');
    expect(await textOf(item)).toContain('15/03/1990');
  });

  it('creates a profile with the keyboard only (Tab, typing, Space, Enter)', async () => {
    await waitForText(page, 'Chưa có thông tin cá nhân nào');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const name = await field(page, 'Họ, chữ đệm và tên');
    const presses = await tabTo(page, name);
    // The page menu's links (profiles, ID-card QR, backup), the label and the ID number come first: a short way in.
    expect(presses).toBeLessThanOrEqual(6);
    await page.keyboard.type('Trần Thị Hoa');
    await tabTo(page, await field(page, 'Ngày sinh'), 3);
    await page.keyboard.type('05/10/2001');
    await tabTo(page, await field(page, 'Nam', 'radio'), 3);
    // Arrow keys move between radios, as everywhere on the platform.
    await page.keyboard.press('ArrowRight');
    expect(await (await field(page, 'Nữ', 'radio')).evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    await tabTo(page, await field(page, 'Quốc tịch'), 3);
    await page.keyboard.press('Enter');

    const heading = await byRole(page, 'heading', 'Tôi: Trần Thị Hoa');
    expect(await isFocused(page, heading)).toBe(true);
    const [saved] = await storedProfiles(page);
    expect(saved).toMatchObject({ label: 'Tôi', fullName: 'Trần Thị Hoa', birthDate: '2001-10-05', gender: 'female', nationality: 'Việt Nam' });
    // Focus is visible where it lands (the theme's outline, not the browser's default removed).
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('a household', () => {
  it('adds a second person, makes them active, duplicates and deletes with undo', async () => {
    await seedProfiles(page, [an], an.id);
    await (await byRole(page, 'button', 'Thêm người')).click();
    const form = await byRole(page, 'form', 'Thêm người');
    expect(await isFocused(page, await field(page, 'Tên gợi nhớ'))).toBe(true);
    await page.keyboard.type('Mẹ');
    await typeInto(page, await field(page, 'Họ, chữ đệm và tên'), 'Lê Thị Hồng');
    await typeInto(page, await field(page, 'Ngày sinh'), '02/09/1965');
    await (await field(page, 'Nữ', 'radio')).click();
    await typeInto(page, await field(page, 'Số định danh cá nhân (CCCD)'), '038 165 004 321');
    await clickIn(form, 'Lưu');
    const mother = await entry(page, 'Mẹ: Lê Thị Hồng');
    expect(await textOf(mother)).not.toContain('Đang dùng');
    expect(await textOf(await entry(page, 'Tôi: Nguyễn Văn An'))).toContain('Đang dùng khi điền biểu mẫu');

    await clickIn(mother, 'Dùng khi điền biểu mẫu');
    await page.waitForFunction(() => document.querySelector('#profiles-status')?.textContent?.includes('Lê Thị Hồng'));
    expect(await textOf(await entry(page, 'Mẹ: Lê Thị Hồng'))).toContain('Đang dùng khi điền biểu mẫu');
    expect(await textOf(await entry(page, 'Tôi: Nguyễn Văn An'))).not.toContain('Đang dùng');
    let doc = await storedDocument(page);
    const motherId = doc.profiles?.[1]?.id;
    expect(doc.profiles?.[1]).toMatchObject({ fullName: 'Lê Thị Hồng', idNumber: '038165004321' });
    expect(doc.activeProfileId).toBe(motherId);

    await clickIn(await entry(page, 'Mẹ: Lê Thị Hồng'), 'Nhân bản');
    const copy = await entry(page, 'Mẹ (bản sao): Lê Thị Hồng');
    doc = await storedDocument(page);
    expect(doc.profiles).toHaveLength(3);
    const copyStored = doc.profiles?.[2];
    expect(copyStored).toMatchObject({ label: 'Mẹ (bản sao)', fullName: 'Lê Thị Hồng', idNumber: '038165004321' });
    expect(copyStored?.id).not.toBe(motherId);

    await clickIn(copy, 'Xóa');
    const undo = await byRole(page, 'button', 'Hoàn tác');
    expect(await statusText(page, 'profiles-status')).toContain('Đã xóa: Mẹ (bản sao): Lê Thị Hồng');
    // Focus goes to "Hoàn tác", so a keyboard user can undo at once.
    expect(await isFocused(page, undo)).toBe(true);
    expect(await storedProfiles(page)).toHaveLength(2);
    await undo.click();
    await entry(page, 'Mẹ (bản sao): Lê Thị Hồng');
    expect(await storedProfiles(page)).toEqual(doc.profiles);

    await clickIn(await entry(page, 'Mẹ (bản sao): Lê Thị Hồng'), 'Xóa');
    await byRole(page, 'button', 'Hoàn tác');
    expect((await storedProfiles(page)).map((p) => p.fullName)).toEqual(['Nguyễn Văn An', 'Lê Thị Hồng']);
    expect((await storedDocument(page)).activeProfileId).toBe(motherId);
  });
});

describe('backup', () => {
  let downloads: string;
  beforeEach(async () => {
    downloads = await mkdtemp(path.join(tmpdir(), 'tro-ly-dvc-downloads-'));
  });
  afterEach(async () => {
    await rm(downloads, { recursive: true, force: true });
  });

  it('exports a v1 file with both profiles and the saved dossier, and re-importing it into an empty store round-trips exactly', async () => {
    await seedProfiles(page, [an, binh], an.id);
    await backgroundRequest(page, 'dossier/add-manual', { code: DOSSIER_CODE, note: 'Lý lịch tư pháp' });
    const before = await storedDocument(page);
    const dossiersBefore = await storedDossiers(page);
    expect(dossiersBefore).toHaveLength(1);

    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await (await byRole(page, 'button', 'Xuất dữ liệu')).click();
    const file = await waitForDownload(downloads);
    expect(path.basename(file)).toMatch(/^tro-ly-dvc-sao-luu-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await statusText(page, 'backup-status')).toContain('Đã xuất 2 hồ sơ cá nhân và 1 mã hồ sơ');
    const backup = (await readJsonFile(file)) as Record<string, unknown>;
    expect(backup.format).toBe('tro-ly-dvc-backup');
    expect(backup.version).toBe(1);
    expect(backup.profiles).toEqual(before.profiles);
    expect(backup.dossiers).toEqual(dossiersBefore);
    expect(Number.isNaN(Date.parse(String(backup.exportedAt)))).toBe(false);

    // Delete everything, as a person moving to a new computer would start.
    await clickIn(await entry(page, 'Tôi: Nguyễn Văn An'), 'Xóa');
    await clickIn(await entry(page, 'Con trai: Nguyễn Văn Bình'), 'Xóa');
    await removeAllDossiers(page);
    await waitForText(page, 'Chưa có thông tin cá nhân nào');
    expect(await storedProfiles(page)).toEqual([]);
    expect(await storedDossiers(page)).toEqual([]);

    await (await importInput(page)).uploadFile(file);
    await page.waitForFunction(() => document.querySelector('#backup-status')?.textContent?.includes('Đã thêm 2 hồ sơ cá nhân'));
    expect(await statusText(page, 'backup-status')).toContain('Đã thêm: Tôi: Nguyễn Văn An; Con trai: Nguyễn Văn Bình.');
    expect(await storedDocument(page)).toEqual(before);
    expect(await storedDossiers(page)).toEqual(dossiersBefore);
    await entry(page, 'Con trai: Nguyễn Văn Bình');
  });

  it.each([
    ['backup-malformed.json', 'Tệp không phải JSON hợp lệ'],
    ['backup-wrong-format.json', 'Tệp này không phải bản sao lưu của Trợ lý Dịch vụ công Thanh Hóa'],
    ['backup-newer-version.json', 'Tệp sao lưu được tạo bởi phiên bản mới hơn của tiện ích (định dạng v2'],
  ])('refuses %s with a clear message and changes nothing', async (file, message) => {
    await seedProfiles(page, [an], an.id);
    const before = await storedDocument(page);
    await upload(file);
    const alert = await byRole(page, 'alert', `Không nhập được tệp “${file}”. Chưa có gì bị thay đổi.`);
    expect(await textOf(alert)).toContain(message);
    expect(await storedDocument(page)).toEqual(before);
  });

  it('refuses a file with one bad profile among several, naming the entry and the field', async () => {
    await seedProfiles(page, [an], an.id);
    const before = await storedDocument(page);
    await upload('backup-one-bad-profile.json');
    const alert = await byRole(page, 'alert', 'Không nhập được tệp “backup-one-bad-profile.json”. Chưa có gì bị thay đổi.');
    const text = await textOf(alert);
    expect(text).toContain('Tệp có 1 lỗi');
    expect(text).toContain('Hồ sơ cá nhân thứ 2 (Lê Văn Dũng): Số định danh cá nhân: Chữ số thứ 4 (2) cho biết giới tính nam, sinh trong các năm 2000–2099, nhưng ngày sinh là 13/01/1963.');
    expect(text).toContain('profiles[1] › idNumber');
    expect(await storedDocument(page)).toEqual(before);
  });

  it('asks before replacing a profile with the same id, and replaces only after "Thay thế"', async () => {
    await seedProfiles(page, [an], an.id);
    const before = await storedDocument(page);
    await upload('backup-conflict.json');
    const confirm = await byRole(page, 'region', 'Xác nhận nhập dữ liệu');
    const text = await textOf(confirm);
    expect(text).toContain('Sẽ thêm 1 hồ sơ cá nhân');
    expect(text).toContain('được giữ nguyên, trừ khi bạn đánh dấu "Thay thế"');
    const conflict = await byRole(page, 'article', 'Hồ sơ cá nhân: Tôi: Nguyễn Văn An');
    expect(await textOf(conflict)).toMatch(/Số điện thoại\s+0912345678\s+0987654321/);
    // Nothing is written while the person decides.
    expect(await storedDocument(page)).toEqual(before);

    // Not ticked: the current profile stays, the new one is added.
    await clickIn(confirm, 'Hoàn tất nhập');
    await page.waitForFunction(() => document.querySelector('#backup-status')?.textContent?.includes('Đã nhập tệp'));
    const kept = await statusText(page, 'backup-status');
    expect(kept).toContain('Đã thêm 1 hồ sơ cá nhân, thay thế 0, giữ nguyên 1 hồ sơ đang có');
    expect(kept).toContain('Giữ nguyên bản đang có (không chọn "Thay thế"): Tôi: Nguyễn Văn An.');
    let profiles = await storedProfiles(page);
    expect(profiles.map((p) => p.id)).toEqual(['p-an', 'p-lan']);
    expect(profiles[0]).toEqual(an);

    // Again, ticking "Thay thế": now it is replaced.
    await upload('backup-conflict.json');
    const again = await byRole(page, 'region', 'Xác nhận nhập dữ liệu');
    await clickIn(await byRole(page, 'article', 'Hồ sơ cá nhân: Tôi: Nguyễn Văn An'), 'Thay thế', 'checkbox');
    await clickIn(again, 'Hoàn tất nhập');
    await page.waitForFunction(() => document.querySelector('#backup-status')?.textContent?.includes('thay thế 1'));
    expect(await statusText(page, 'backup-status')).toContain('Đã thay thế: Tôi: Nguyễn Văn An.');
    profiles = await storedProfiles(page);
    expect(profiles[0]).toEqual({ ...an, phone: '0987654321' });
    expect(profiles).toHaveLength(2);
  });

  it('keeps unknown keys inside profiles and only notes ignored top-level keys', async () => {
    await upload('backup-extra-keys.json');
    await page.waitForFunction(() => document.querySelector('#backup-status')?.textContent?.includes('Đã thêm 1 hồ sơ cá nhân'));
    expect(await statusText(page, 'backup-status')).toContain('Bỏ qua các mục không dùng tới: writtenBy.');
    const [minh] = await storedProfiles(page);
    expect(minh).toMatchObject({ id: 'p-minh', bloodType: 'O', permanentAddress: { commune: 'Xã Hoằng Hóa', hamlet: 'Thôn 3' } });
    // The only profile becomes the one used for filling forms, as the first saved profile does.
    expect((await storedDocument(page)).activeProfileId).toBe('p-minh');
  });
});

describe('at 200% zoom (640 CSS pixels wide)', () => {
  it('has no horizontal scrolling with the editor and the import confirmation open', async () => {
    await page.setViewport({ width: 640, height: 900, deviceScaleFactor: 2 });
    await seedProfiles(page, [an, binh], an.id);
    await clickIn(await entry(page, 'Tôi: Nguyễn Văn An'), 'Sửa');
    const form = await byRole(page, 'form', 'Sửa thông tin: Tôi');
    const permanent = await byRole(page, 'group', 'Nơi thường trú');
    await (await permanent.waitForSelector('summary'))?.click();
    await (await field(page, 'Tỉnh, thành phố', 'combobox', permanent)).click();
    await byRole(page, 'listbox', 'Tỉnh, thành phố');
    const width = (): Promise<{ scroll: number; client: number }> =>
      page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    let w = await width();
    expect(w.scroll).toBeLessThanOrEqual(w.client);
    // For a person to look at: the screenshots land in the system's temporary folder.
    await page.screenshot({ path: path.join(tmpdir(), 'tro-ly-dvc-options-200-editor.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await clickIn(form, 'Hủy');
    await upload('backup-conflict.json');
    await byRole(page, 'region', 'Xác nhận nhập dữ liệu');
    w = await width();
    expect(w.scroll).toBeLessThanOrEqual(w.client);
    await page.screenshot({ path: path.join(tmpdir(), 'tro-ly-dvc-options-200.png'), fullPage: true });
  });
});
