/**
 * Issue 7: a profile in seconds from the QR code on the resident's ID card, on the options page. The code is made with
 * `qrcode`, "photographed" in Chromium's canvas (turned, scaled, blurred, noisy, on a cluttered desk, JPEG), and read
 * back through the file input; the USB scanner is the keyboard; the camera is Chromium's fake device playing a frame
 * with the code. Every check reads what the page shows and what the extension stored.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { byRole, openOptions, setupE2E, textOf, waitForText } from './harness';
import { entry, seedProfiles, storedProfiles } from './fixtures/options-page';
import { writeQrY4m } from './fixtures/cccd/camera';
import { AN_LINE, AN_PROFILE, LINK_TEXT } from './fixtures/cccd/lines';
import {
  createFromPreview, emptyCamera, expectAnStoredOnce, expectPreviewOfAn, photoInput, previewOfAn, refusalText,
  resetSessionAndSettings, scanLine, streamStates, watchStreams,
} from './fixtures/cccd/page';
import type { StorageApi } from './fixtures/cccd/page';
import { VARIANTS, writePhotos } from './fixtures/cccd/photos';
import type { PhotoSpec } from './fixtures/cccd/photos';

// The fake camera's file must exist before Chromium starts.
const WORK = mkdtempSync(path.join(tmpdir(), 'tro-ly-dvc-cccd-'));
const CAMERA_FILE = path.join(WORK, 'camera-qr.y4m');
writeQrY4m(CAMERA_FILE, AN_LINE);
const PHOTOS = path.join(WORK, 'photos');
mkdirSync(PHOTOS);

const e2e = setupE2E({
  extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${CAMERA_FILE}`],
});
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/cccd');

const FIRST = VARIANTS[0];
if (FIRST === undefined) throw new Error('no photo variants');
const DAMAGED: PhotoSpec = { ...FIRST, name: 'mã QR bị che và rách', damage: true, seed: 41 };
const LINK_PHOTO: PhotoSpec = { ...FIRST, name: 'mã QR của một đường link', seed: 42 };
let photos = new Map<string, string>();
const timings: { name: string; ok: boolean; ms: number }[] = [];
let page: Page;

beforeAll(async () => {
  const painter = await e2e.session.newPage();
  photos = new Map([
    ...(await writePhotos(painter, PHOTOS, AN_LINE, [...VARIANTS, DAMAGED])),
    ...(await writePhotos(painter, PHOTOS, LINK_TEXT, [LINK_PHOTO])),
  ]);
  await painter.close();
});

beforeEach(async () => {
  page = await openOptions(e2e.session);
  await byRole(page, 'region', 'Tạo từ mã QR trên CCCD');
  await resetSessionAndSettings(page);
  await seedProfiles(page, []);
  await byRole(page, 'region', 'Tạo từ mã QR trên CCCD');
});

afterEach(async () => {
  await page.close();
});

afterAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  const read = timings.filter((t) => t.ok).length;
  const summary = { variants: timings.length, read, rate: timings.length === 0 ? 0 : read / timings.length, timings };
  await writeFile(path.join(ARTIFACTS, 'photo-decoding.json'), JSON.stringify(summary, null, 2));
  console.log(`Photo variants read: ${read}/${timings.length}\n${timings.map((t) => `  ${t.ok ? '✓' : '✗'} ${t.name}: ${Math.round(t.ms)} ms`).join('\n')}`);
  await rm(WORK, { recursive: true, force: true });
});

function photo(name: string): string {
  const file = photos.get(name);
  if (file === undefined) throw new Error(`no photo ${name}`);
  return file;
}

describe('the USB scanner (it types the line and presses Enter)', () => {
  it('creates the profile with every field right, after a preview', async () => {
    const box = await scanLine(page, AN_LINE);
    await expectPreviewOfAn(page);
    // The line leaves the box at once, ready for the next card.
    expect(await box.evaluate((el) => (el as HTMLInputElement).value)).toBe('');
    expect(await storedProfiles(page)).toEqual([]);
    expect(await createFromPreview(page)).toContain('Đã tạo hồ sơ: Nguyễn Văn An.');
    await expectAnStoredOnce(page);
  });

  it('updates the stored profile with the same ID number instead of creating a duplicate', async () => {
    await seedProfiles(page, [{ id: 'p-an', label: 'Tôi', fullName: 'Nguyễn Văn An', idNumber: '038090012345', birthDate: '1990-03-15', gender: 'male', phone: '0912345678', idIssueDate: '2016-01-04' }]);
    await scanLine(page, AN_LINE);
    const view = await previewOfAn(page);
    const text = await textOf(view);
    expect(text).toContain('Đã có hồ sơ cùng số định danh: Tôi: Nguyễn Văn An.');
    expect(text).toContain('04/01/2016');
    expect(await view.$('::-p-aria([name="Tạo hồ sơ"][role="button"])')).toBeNull();
    await (await view.waitForSelector('::-p-aria([name="Cập nhật hồ sơ"][role="button"])'))?.click();
    await page.waitForFunction(() => document.querySelector('#cccd-status')?.textContent?.includes('Đã cập nhật hồ sơ: Tôi: Nguyễn Văn An.'));
    const stored = await storedProfiles(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: 'p-an', label: 'Tôi', phone: '0912345678', idIssueDate: '2021-05-10', oldIdNumber: '173456789' });
  });

  it('keeps the profile for this session only in volunteer mode', async () => {
    await page.evaluate(async () => {
      await (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.set({ settings: { volunteerMode: true } });
    });
    await page.reload();
    await scanLine(page, AN_LINE);
    expect(await textOf(await previewOfAn(page))).toContain('chỉ giữ trong phiên làm việc');
    expect(await createFromPreview(page)).toContain('Hồ sơ chỉ giữ trong phiên này.');
    expect(await storedProfiles(page)).toEqual([]);
    const session = await page.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: StorageApi }).chrome;
      return (await storage.session.get('sessionProfiles')).sessionProfiles as { profiles: { id: string }[] };
    });
    expect(session.profiles).toEqual([{ id: session.profiles[0]?.id, ...AN_PROFILE }]);
    expect(await textOf(await entry(page, 'Nguyễn Văn An'))).toContain('Tạm thời');
  });

  it('refuses a line that is not from a card, creating nothing', async () => {
    await scanLine(page, LINK_TEXT);
    const text = await refusalText(page);
    expect(text).toContain('Mã QR này không phải mã trên thẻ CCCD hay thẻ căn cước.');
    expect(text).toContain('Không có hồ sơ nào được tạo.');
    expect(await page.$('.cccd-preview')).toBeNull();
    expect(await storedProfiles(page)).toEqual([]);
  });
});

describe('a photo of the card', () => {
  it.each(VARIANTS.map((v) => [v.name] as const))('reads the code in a photo: %s', async (name) => {
    const started = Date.now();
    await (await photoInput(page)).uploadFile(photo(name));
    const outcome = await Promise.race([
      previewOfAn(page).then(() => 'read' as const),
      page.waitForSelector('.cccd-refusal', { visible: true, timeout: 30_000 }).then(() => 'refused' as const),
    ]);
    timings.push({ name, ok: outcome === 'read', ms: Date.now() - started });
    expect(outcome).toBe('read');
    await expectPreviewOfAn(page);
    if (name === VARIANTS.at(-1)?.name) {
      await createFromPreview(page);
      await expectAnStoredOnce(page);
    } else {
      await (await (await previewOfAn(page)).waitForSelector('::-p-aria([name="Hủy"][role="button"])'))?.click();
      await page.waitForSelector('.cccd-preview', { hidden: true });
    }
  });

  it.each([
    [DAMAGED.name, 'Không tìm thấy mã QR đọc được trong ảnh'],
    [LINK_PHOTO.name, 'Mã QR này không phải mã trên thẻ CCCD hay thẻ căn cước.'],
  ])('says clearly what is wrong with %s, creating nothing', async (name, words) => {
    await (await photoInput(page)).uploadFile(photo(name));
    const text = await refusalText(page);
    expect(text).toContain(words);
    expect(text).toContain('Không có hồ sơ nào được tạo.');
    expect(await page.$('.cccd-preview')).toBeNull();
    expect(await storedProfiles(page)).toEqual([]);
  });
});

describe('the camera', () => {
  it('reads the code from the live preview and stops the camera at once', async () => {
    await watchStreams(page);
    await (await byRole(page, 'button', 'Quét bằng camera')).click();
    await expectPreviewOfAn(page);
    expect(await page.$('dialog[open]')).toBeNull();
    const states = await streamStates(page);
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s === 'ended')).toBe(true);
    await createFromPreview(page);
    await expectAnStoredOnce(page);
  });

  it('stops the camera when the dialog is closed before a code is seen', async () => {
    await emptyCamera(page);
    await (await byRole(page, 'button', 'Quét bằng camera')).click();
    const dialog = await byRole(page, 'dialog', 'Quét mã QR bằng camera');
    await waitForText(page, 'Đưa mã QR trên thẻ vào giữa khung hình');
    expect(await streamStates(page)).toEqual(['live']);
    await (await dialog.waitForSelector('::-p-aria([name="Đóng"][role="button"])'))?.click();
    await page.waitForSelector('dialog', { hidden: true });
    expect(await streamStates(page)).toEqual(['ended']);
    expect(await page.$('.cccd-preview')).toBeNull();

    // Escape closes it too, and stops the camera as well.
    await (await byRole(page, 'button', 'Quét bằng camera')).click();
    await waitForText(page, 'Đưa mã QR trên thẻ vào giữa khung hình');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog', { hidden: true });
    expect(await streamStates(page)).toEqual(['ended', 'ended']);
    expect(await storedProfiles(page)).toEqual([]);
  });

  it('says how to allow the camera when the browser refuses it, and offers the other ways', async () => {
    // Chromium's fake camera UI always grants (and a denied content setting does not reach extension pages), so the
    // refusal is what getUserMedia answers when the person clicks "Chặn": a NotAllowedError.
    await page.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await (await byRole(page, 'button', 'Quét bằng camera')).click();
    await waitForText(page, 'Trình duyệt chưa cho phép dùng camera');
    const dialog = await byRole(page, 'dialog', 'Quét mã QR bằng camera');
    expect(await textOf(dialog)).toContain('hoặc dùng ảnh chụp hay máy quét');
    expect(await storedProfiles(page)).toEqual([]);
    // The other ways are still there once the dialog is closed.
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog', { hidden: true });
    await byRole(page, 'textbox', 'Dữ liệu mã QR');
  });
});
