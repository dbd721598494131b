/**
 * Issue 5, the popup: a resident saves dossier codes, looks them up on the (demo) portal, follows a change in the
 * timeline, survives wrong ID numbers and a failing portal, searches without diacritics, checks everything at once,
 * scans the QR code and undoes a delete. One story, in order, on one popup tab.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import jsQR from 'jsqr';
import type { Page } from 'puppeteer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CODE_PROBLEM_MESSAGES } from '../../utils/dossier/registry';
import { LOOKUP_MESSAGES } from '../../utils/dossier/capture/outcome';
import { lookupUrl } from '../../utils/dossier/links';
import { personaById } from '../portal/server/data/personas.mjs';
import { procedureById } from '../portal/server/data/procedures.mjs';
import { byRole, hasRole, isFocused, openPopupInTab, setupE2E, textOf, waitForText } from './harness';
import type { Session } from './harness/launch.mjs';

const e2e = setupE2E();
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts/popup');
const LOOKUP_TIMEOUT = 45_000;

const an = personaById('an');
const hoa = personaById('hoa');
if (!an || !hoa) throw new Error('demo personas missing');

interface Seeded {
  code: string;
  procedure: string;
}
let lltp: Seeded;
let gplx: Seeded;
let trichLuc: Seeded;
let hoaBirth: Seeded;
let page: Page;

/** The row of one dossier in the list. */
async function row(code: string) {
  const handle = await page.waitForSelector(`li.dossier[data-code="${code}"]`, { visible: true });
  if (!handle) throw new Error(`no row for ${code}`);
  return handle;
}

async function rowText(code: string): Promise<string> {
  return textOf(await row(code));
}

async function statusRegionText(): Promise<string> {
  return page.$eval('[role="status"].announcer', (el) => (el as HTMLElement).innerText);
}

/** Waits until the live region says something containing `text`. */
async function announced(text: string, timeout = LOOKUP_TIMEOUT): Promise<void> {
  await page.waitForFunction(
    (t) => (document.querySelector('[role="status"].announcer') as HTMLElement | null)?.innerText.includes(t),
    { timeout },
    text,
  );
}

async function click(role: string, name: string): Promise<void> {
  await (await byRole(page, role, name)).click();
}

/** Empties a field the way a person does (select all, delete: the page sees an input event), then types. */
async function clearAndType(role: string, name: string, text: string): Promise<void> {
  const field = await byRole(page, role, name);
  await field.focus();
  if (await field.evaluate((el) => (el as HTMLInputElement).value !== '')) {
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
  }
  await field.type(text);
}

/** "Tra cứu" on a row, and the answer in the status region. */
async function lookUp(code: string): Promise<string> {
  await page.evaluate(() => {
    const region = document.querySelector('[role="status"].announcer button.link') as HTMLButtonElement | null;
    region?.click(); // clear the previous announcement so the next one is really new
  });
  await click('button', `Tra cứu hồ sơ ${code}`);
  await page.waitForFunction(
    () => ((document.querySelector('[role="status"].announcer') as HTMLElement | null)?.innerText.trim() ?? '') !== '',
    { timeout: LOOKUP_TIMEOUT },
  );
  return statusRegionText();
}

async function addCode(code: string, idNumber: string, label?: string): Promise<void> {
  await click('button', 'Thêm mã hồ sơ');
  await clearAndType('textbox', 'Mã hồ sơ', code);
  await clearAndType('textbox', 'Số CCCD/CMND của chủ hồ sơ', idNumber);
  if (label) await clearAndType('textbox', 'Nhãn', label);
  await click('button', 'Lưu mã hồ sơ');
  await row(code);
}

beforeAll(async () => {
  const seeded = (procedureId: string, owner: string): Seeded => {
    const name = procedureById(procedureId)?.ten;
    const d = e2e.portal.state.listDossiers().find((x) => x.soGiayToChuHoSo === owner && x.tenTTHC === name);
    if (!d || !name) throw new Error(`no seeded dossier "${procedureId}"`);
    return { code: d.maHoSo, procedure: name };
  };
  lltp = seeded('lltp', an.soDinhDanh);
  gplx = seeded('gplx', an.soDinhDanh);
  trichLuc = seeded('trich-luc', an.soDinhDanh);
  hoaBirth = seeded('khai-sinh', hoa.soDinhDanh);
  await mkdir(ARTIFACTS, { recursive: true });
  page = await openPopupInTab(e2e.session);
  await page.setViewport({ width: 380, height: 720 });
});

afterEach(async (context) => {
  // A failed step leaves a picture of the popup behind.
  if (context.task.result?.state === 'fail' && page && !page.isClosed()) {
    await page.screenshot({ path: path.join(ARTIFACTS, `failed-${context.task.name.replace(/[^\p{L}\d]+/gu, '-')}.png`), fullPage: true });
  }
});

afterAll(async () => {
  await page?.close();
});

describe('the popup, as a resident uses it', () => {
  it('teaches what a dossier code is when none is saved', async () => {
    const empty = await byRole(page, 'region', 'Chưa lưu mã hồ sơ nào');
    const text = await textOf(empty);
    expect(text).toContain('000.00.22.H56-241121-0007');
    expect(text).toContain('Gửi hồ sơ');
    expect(text).toContain('Phiếu tiếp nhận');
    expect(text).toMatch(/SMS/);
    expect(text).toMatch(/Zalo/);
    expect(text).toContain('tự lưu mã');
    expect(await hasRole(page, 'button', 'Thêm mã hồ sơ')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, '1-empty.png'), fullPage: true });
  });

  it('refuses an invalid code with the reason, then saves a real one', async () => {
    await click('button', 'Thêm mã hồ sơ');
    await clearAndType('textbox', 'Mã hồ sơ', '000.00.06.H56-241321-0007'); // month 13
    await click('button', 'Lưu mã hồ sơ');
    await waitForText(page, CODE_PROBLEM_MESSAGES.date.vi);
    const codeField = await byRole(page, 'textbox', 'Mã hồ sơ');
    expect(await codeField.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await isFocused(page, codeField)).toBe(true);

    await clearAndType('textbox', 'Mã hồ sơ', 'HS-12345');
    await click('button', 'Lưu mã hồ sơ');
    await waitForText(page, CODE_PROBLEM_MESSAGES.shape.vi);

    await clearAndType('textbox', 'Mã hồ sơ', gplx.code);
    await clearAndType('textbox', 'Số CCCD/CMND của chủ hồ sơ', an.soDinhDanh);
    await click('button', 'Lưu mã hồ sơ');
    const text = await rowText(gplx.code);
    expect(text).toContain('Chưa tra cứu trạng thái');
    await announced(`Đã lưu mã hồ sơ ${gplx.code}`);
    expect(await hasRole(page, 'region', 'Chưa lưu mã hồ sơ nào')).toBe(false);
  });

  it('"Tra cứu" shows the portal’s own status words', async () => {
    const said = await lookUp(gplx.code);
    expect(said).toContain('Đã cập nhật: Yêu cầu thực hiện nghĩa vụ tài chính');
    const text = await rowText(gplx.code);
    expect(text).toContain('Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(text).toContain('Cần nộp phí, lệ phí'); // the state's plain meaning, next to the portal's words
    expect(text).toContain(gplx.procedure.slice(0, 30));
    expect(text).toMatch(/Hẹn trả \d{2}\/\d{2}\/\d{4}/);
    const state = await page.$eval(`li.dossier[data-code="${gplx.code}"] .badge`, (el) => el.getAttribute('data-state'));
    expect(state).toBe('payment-required');
  });

  it('after the portal moves on, a second lookup shows the new status and the change in the timeline', async () => {
    e2e.portal.state.setStatus(gplx.code, '4');
    const said = await lookUp(gplx.code);
    expect(said).toContain('Đã cập nhật: Đang xử lý');
    const text = await rowText(gplx.code);
    expect(text).toContain('Đang xử lý');
    expect(text).toContain('Mới');
    expect(text).toContain('Trước đó: Yêu cầu thực hiện nghĩa vụ tài chính');

    await click('button', `Chi tiết hồ sơ ${gplx.code}`);
    const timeline = await byRole(page, 'list', 'Lịch sử trạng thái');
    const items = await timeline.$$eval(':scope > li', (lis) => lis.map((li) => (li as HTMLElement).innerText));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Hiện tại');
    expect(items[0]).toContain('Đang xử lý');
    expect(items[0]).toContain('Thay đổi từ: Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(items[0]).toContain('Thao tác xử lý');
    expect(items[0]).toContain('Chuyển xử lý hồ sơ'); // the processing step the portal added
    expect(items[0]).toContain('Người nhận: Nguyễn Đức Thắng (Chuyên viên)');
    expect(items[1]).toContain('Yêu cầu thực hiện nghĩa vụ tài chính');
    await page.screenshot({ path: path.join(ARTIFACTS, '3-details.png'), fullPage: true });

    // Opening the details counts as seen: back in the list, "Mới" is gone.
    await click('button', '← Quay lại danh sách');
    await page.waitForFunction(
      (code) => !document.querySelector(`li.dossier[data-code="${code}"] .mark-new`),
      {},
      gplx.code,
    );
    expect(await isFocused(page, await byRole(page, 'button', `Chi tiết hồ sơ ${gplx.code}`))).toBe(true);
  });

  it('a wrong ID number gets the Vietnamese reason and changes nothing saved', async () => {
    await click('button', `Chi tiết hồ sơ ${gplx.code}`);
    await page.$eval('details.other-id', (el) => ((el as HTMLDetailsElement).open = true));
    await clearAndType('textbox', 'Số CCCD/CMND của chủ hồ sơ', '038090099999');
    await click('button', `Tra cứu lại hồ sơ ${gplx.code}`);
    await announced(LOOKUP_MESSAGES['id-mismatch'].vi);
    const timeline = await byRole(page, 'list', 'Lịch sử trạng thái');
    expect(await timeline.$$eval(':scope > li', (lis) => lis.length)).toBe(2);
    expect(await textOf(timeline)).toContain('Đang xử lý');
    await click('button', '← Quay lại danh sách');
    expect(await rowText(gplx.code)).toContain('Đang xử lý');
  });

  it('a failing portal (reCAPTCHA refused, then down) is explained and overwrites nothing', async () => {
    e2e.portal.state.failNextLookups(20);
    const captcha = await lookUp(gplx.code);
    expect(captcha).toContain(LOOKUP_MESSAGES.captcha.vi);
    expect(await rowText(gplx.code)).toContain('Đang xử lý');
    e2e.portal.state.failNextLookups(0);

    e2e.portal.state.setLookupDown(true);
    await lookUp(gplx.code);
    const down = await page.$eval('.announcement p', (el) => el.textContent);
    // A 503 from the lookup API: the page shows an error toast (server-error); a page that never answers would time out.
    expect([LOOKUP_MESSAGES['server-error'].vi, LOOKUP_MESSAGES.timeout.vi, LOOKUP_MESSAGES['portal-down'].vi]).toContain(down);
    expect(await rowText(gplx.code)).toContain('Đang xử lý');
    e2e.portal.state.setLookupDown(false);

    await click('button', `Chi tiết hồ sơ ${gplx.code}`);
    const timeline = await byRole(page, 'list', 'Lịch sử trạng thái');
    expect(await timeline.$$eval(':scope > li', (lis) => lis.length)).toBe(2);
    await click('button', '← Quay lại danh sách');
  });

  it('"Tra cứu tất cả" checks three dossiers one by one with progress', async () => {
    await addCode(lltp.code, an.soDinhDanh);
    await addCode(trichLuc.code, an.soDinhDanh);
    await click('button', 'Tra cứu tất cả');
    const progress = await byRole(page, 'progressbar', 'Tiến độ tra cứu tất cả');
    expect(await progress.evaluate((el) => (el as HTMLProgressElement).max)).toBe(3);
    await waitForText(page, '/3');
    await page.waitForFunction(
      () => (document.querySelector('.check-all .count') as HTMLElement | null)?.innerText === '1/3',
      { timeout: LOOKUP_TIMEOUT },
    );
    await page.screenshot({ path: path.join(ARTIFACTS, '4-check-all.png') });
    await announced('Đã tra cứu xong 3/3 hồ sơ', 3 * LOOKUP_TIMEOUT);
    expect(await hasRole(page, 'progressbar', 'Tiến độ tra cứu tất cả')).toBe(false);
    expect(await rowText(lltp.code)).toContain('Đang xử lý');
    expect(await rowText(trichLuc.code)).toContain('Đã trả kết quả');
    // Newest saved first.
    const order = await page.$$eval('li.dossier', (lis) => lis.map((li) => li.getAttribute('data-code')));
    expect(order).toEqual([trichLuc.code, lltp.code, gplx.code]);
  }, 4 * LOOKUP_TIMEOUT);

  it('search as you type, without diacritics, finds by procedure, owner and label', async () => {
    await addCode(hoaBirth.code, hoa.soDinhDanh, 'Của mẹ');
    await page.screenshot({ path: path.join(ARTIFACTS, '2-list.png'), fullPage: true });
    const codesShown = () => page.$$eval('li.dossier', (lis) => lis.map((li) => li.getAttribute('data-code')).sort());
    const search = async (text: string) => {
      await clearAndType('searchbox', 'Tìm hồ sơ', text);
      await page.waitForFunction((t) => (document.querySelector('.toolbar .count') as HTMLElement).innerText.includes('Tìm thấy'), {}, text);
    };
    await search('giay phep lai xe');
    expect(await codesShown()).toEqual([gplx.code]);
    await search('ly lich tu phap');
    expect(await codesShown()).toEqual([lltp.code]);
    await search('nguyen van an');
    expect(await codesShown()).toEqual([gplx.code, lltp.code, trichLuc.code].sort());
    await search('cua me');
    expect(await codesShown()).toEqual([hoaBirth.code]);
    await search('khong co ho so nay');
    await waitForText(page, 'Không tìm thấy hồ sơ nào khớp');
    await clearAndType('searchbox', 'Tìm hồ sơ', '');
    await page.waitForFunction(() => document.querySelectorAll('li.dossier').length === 4);
  });

  it('"Dừng" stops after the lookup in progress', async () => {
    await search3();
    await click('button', 'Tra cứu tất cả');
    await byRole(page, 'progressbar', 'Tiến độ tra cứu tất cả');
    await click('button', 'Dừng');
    await announced('Đã dừng: đã tra cứu 1/3 hồ sơ', 2 * LOOKUP_TIMEOUT);
    expect(await hasRole(page, 'progressbar', 'Tiến độ tra cứu tất cả')).toBe(false);
    await clearAndType('searchbox', 'Tìm hồ sơ', '');
    await page.waitForFunction(() => document.querySelectorAll('li.dossier').length === 4);
  }, 3 * LOOKUP_TIMEOUT);

  it('copies a code', async () => {
    await page.browserContext().overridePermissions(`chrome-extension://${e2e.session.extensionId}`, ['clipboard-read', 'clipboard-write']);
    await page.bringToFront();
    await click('button', `Sao chép mã ${lltp.code}`);
    await announced(`Đã sao chép mã hồ sơ ${lltp.code}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(lltp.code);
  });

  it('shows a QR code that decodes to the official lookup link', async () => {
    await click('button', `Chi tiết hồ sơ ${gplx.code}`);
    const qr = await byRole(page, 'image', `Mã QR tra cứu hồ sơ ${gplx.code}`);
    const expected = lookupUrl(gplx.code, an.soDinhDanh);
    const png = await qr.screenshot({ encoding: 'base64' });
    // Decode the PNG with Chromium itself, then read the pixels with jsQR.
    const pixels = await page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const { data: rgba, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      return { rgba: Array.from(rgba), width, height };
    }, png);
    const decoded = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height);
    expect(decoded?.data).toBe(expected);
    const links = await page.$$eval('.details a', (as) => as.map((a) => ({ text: (a as HTMLElement).innerText, href: a.getAttribute('href') })));
    expect(links).toContainEqual({ text: expected, href: expected });
    expect(links).toContainEqual({ text: 'Mở trang tra cứu', href: expected });
    await click('button', '← Quay lại danh sách');
  });

  it('deletes with undo', async () => {
    const before = await rowText(gplx.code);
    await click('button', `Xóa hồ sơ ${gplx.code}`);
    await announced(`Đã xóa hồ sơ ${gplx.code}`);
    await page.waitForFunction((code) => !document.querySelector(`li.dossier[data-code="${code}"]`), {}, gplx.code);
    const undo = await byRole(page, 'button', 'Hoàn tác');
    expect(await isFocused(page, undo)).toBe(true);
    await undo.click();
    await announced(`Đã khôi phục hồ sơ ${gplx.code}`);
    const after = await rowText(gplx.code);
    expect(after).toBe(before);
  });

  it('survives a reload: the list comes back from the store', async () => {
    await page.reload();
    await row(gplx.code);
    expect(await page.$$eval('li.dossier', (lis) => lis.length)).toBe(4);
    expect(await rowText(gplx.code)).toContain('Đang xử lý');
    // What the next popup shows before the store opens: the background's copy of these same rows, after every write.
    const shown = await page.$$eval('li.dossier', (lis) => lis.map((li) => li.getAttribute('data-code')));
    const copy = await page.evaluate(async () => {
      type Session = { get(key: string): Promise<Record<string, unknown>> };
      const { chrome } = globalThis as unknown as { chrome: { storage: { session: Session } } };
      const { 'dossiers:first-page': kept } = await chrome.storage.session.get('dossiers:first-page');
      return kept as { total: number; records: { code: string }[] } | undefined;
    });
    expect(copy?.total).toBe(4);
    expect(copy?.records.map((r) => r.code)).toEqual(shown);
  });
});

/** Narrows the list to persona An's three dossiers, so "Tra cứu tất cả" checks exactly those. */

/** Narrows the list to An's three dossiers, so "Tra cứu tất cả" checks exactly those. */
async function search3(): Promise<void> {
  await clearAndType('searchbox', 'Tìm hồ sơ', 'nguyen van an');
  await page.waitForFunction(() => document.querySelectorAll('li.dossier').length === 3);
}
