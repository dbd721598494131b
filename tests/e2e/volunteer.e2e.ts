/**
 * The popup's page tools and volunteer mode (issues 4 and 6): "Điền biểu mẫu trên trang này" fills the tab the person
 * is on; volunteers start guides and hand them over by QR; "Người tiếp theo" leaves nothing of the previous resident.
 */
import jsQR from 'jsqr';
import { scanLine } from './fixtures/cccd/page';
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import {
  AN, byRole, hasRole, openPopup, openPopupInTab, restoreProfiles, setupE2E, signIn, storedDossiers, submissionUrl, TH,
  waitForStoredDossier, waitForText,
} from './harness';

const e2e = setupE2E();

const formValues = (page: Page) =>
  page.evaluate(() => (window as unknown as { __demoPortal: { getFormValues(): Record<string, unknown> } }).__demoPortal.getFormValues());

/** Reads a QR code shown on the page: a screenshot of the element, decoded by jsQR from its pixels in the page. */
async function decodeQr(page: Page, name: string): Promise<string | undefined> {
  const element = await byRole(page, 'img', name).catch(() => byRole(page, 'image', name));
  const png = await element.screenshot({ encoding: 'base64' });
  const pixels = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data: rgba, width, height } = context.getImageData(0, 0, image.width, image.height);
    return { rgba: Array.from(rgba), width, height };
  }, png);
  return jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)?.data;
}

/** Switches volunteer mode on in the popup, as the volunteer does once at the start of the day. */
async function volunteerModeOn(popup: Page): Promise<void> {
  const toggle = await byRole(popup, 'checkbox', 'Chế độ hỗ trợ viên (máy dùng chung ở bộ phận một cửa)');
  if (!(await toggle.evaluate((el) => (el as HTMLInputElement).checked))) await toggle.click();
  await byRole(popup, 'button', 'Người tiếp theo', 20_000);
}

describe('the popup on a portal form', () => {
  it('"Điền biểu mẫu trên trang này" fills the form of the tab the person is on', async () => {
    await restoreProfiles(e2e.session, [AN]);
    e2e.portal.state.setPrefill('name-id');
    const page = await e2e.session.newPage();
    await signIn(page);
    await page.goto(submissionUrl('gplx'));
    await byRole(page, 'button', 'Điền tự động', 20_000);
    const popup = await openPopup(e2e.session, page);
    await (await byRole(popup, 'button', 'Điền biểu mẫu trên trang này')).click();
    const bar = await byRole(page, 'region', 'Trợ lý điền biểu mẫu');
    await page.waitForFunction((el) => /Đã điền \d+ trường/.test((el as HTMLElement).innerText), { timeout: 30_000 }, bar);
    const values = await formValues(page);
    expect(values.soDienThoaiChuHoSo).toBe('0912345678');
    expect(values.xaPhuongChuHoSo).toBe('38.380.14767');
    await page.close();
  });

  it('says what to do when the tab is not a portal page', async () => {
    const page = await e2e.session.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(e2e.session, page);
    await waitForText(popup, 'Mở một biểu mẫu trên Cổng Dịch vụ công');
    expect(await hasRole(popup, 'button', 'Điền biểu mẫu trên trang này')).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('volunteer mode', () => {
  it('lists the guides, hands one over by QR, and the QR link starts it on the portal', async () => {
    const popup = await openPopupInTab(e2e.session);
    await volunteerModeOn(popup);
    for (const title of ['Đăng nhập', 'Tìm thủ tục và nộp hồ sơ trực tuyến', 'Tra cứu tiến độ hồ sơ', 'Thanh toán phí, lệ phí trực tuyến', 'Dùng Trợ lý']) {
      await waitForText(popup, title);
    }
    await (await byRole(popup, 'button', 'Mã QR hướng dẫn: Tra cứu tiến độ hồ sơ')).click();
    const link = await decodeQr(popup, 'Mã QR mở hướng dẫn: Tra cứu tiến độ hồ sơ');
    expect(link).toBe(`${TH}/portaldvc/tra-cuu#huong-dan=tra-cuu`);

    // A resident with the extension scans it: the guide starts on the right page.
    const phone = await e2e.session.newPage();
    await phone.goto(link!);
    const dialog = await byRole(phone, 'dialog', 'Trang tra cứu', 20_000);
    expect(await dialog.evaluate((el) => (el as HTMLElement).innerText)).toContain('Bước 1/');
    await phone.close();
    await popup.close();
  });

  it('creates a session-only profile from the ID card QR typed by a USB scanner, right in the popup', async () => {
    const popup = await openPopupInTab(e2e.session);
    await volunteerModeOn(popup);
    await byRole(popup, 'region', 'Tạo từ mã QR trên CCCD', 20_000);
    // A resident with no profile on this computer yet (synthetic data).
    await scanLine(popup, '038195004321|174123456|Lê Thị Hoa|20071995|Nữ|Thôn Phú Quý, Xã Hoằng Giang, Huyện Hoằng Hóa, Tỉnh Thanh Hóa|01082021');
    const preview = await byRole(popup, 'region', 'Xem trước hồ sơ: Lê Thị Hoa', 30_000);
    const create = await preview.waitForSelector('::-p-aria([name="Tạo hồ sơ"][role="button"])');
    await create?.click();
    await popup.waitForFunction(() => document.querySelector('#cccd-status')?.textContent?.includes('Đã tạo hồ sơ'));
    const stored = await popup.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', { get(key: string): Promise<Record<string, unknown>> }> } }).chrome;
      const ids = (doc: unknown) => ((doc as { profiles?: { idNumber?: string }[] } | undefined)?.profiles ?? []).map((p) => p.idNumber);
      return { session: ids((await storage.session.get('sessionProfiles')).sessionProfiles), local: ids((await storage.local.get('profiles')).profiles) };
    });
    expect(stored.session).toContain('038195004321');
    expect(stored.local).not.toContain('038195004321');
    await popup.close();
  });

  it('"Người tiếp theo" forgets the resident: session profile, open guide, codes saved in the session', async () => {
    // A household profile exists from before and must stay.
    await restoreProfiles(e2e.session, [AN]);
    const popup = await openPopupInTab(e2e.session);
    await volunteerModeOn(popup);
    await (await byRole(popup, 'button', 'Người tiếp theo', 20_000)).click();
    await (await byRole(popup, 'button', 'Xóa và bắt đầu lượt mới')).click();
    await waitForText(popup, 'Sẵn sàng cho người tiếp theo');

    // This resident: a profile typed at the desk (session-only in volunteer mode)…
    const options = await e2e.session.newPage();
    await options.goto(`chrome-extension://${e2e.session.extensionId}/options.html`);
    await (await byRole(options, 'button', 'Thêm người')).click();
    const name = await byRole(options, 'textbox', 'Họ, chữ đệm và tên');
    await name.type('Phạm Thị Dung');
    await (await byRole(options, 'button', 'Lưu')).click();
    await waitForText(options, 'Tạm thời: sẽ xóa khi đóng trình duyệt');

    // …a guide open on the portal, and a code the portal showed as theirs.
    const portalTab = await e2e.session.newPage();
    await portalTab.goto(`${TH}/portaldvc/tra-cuu#huong-dan=tra-cuu`);
    await byRole(portalTab, 'dialog', 'Trang tra cứu', 20_000);
    const dossier = e2e.portal.state.listDossiers()[0]!;
    const receipt = await e2e.session.newPage();
    await signIn(receipt);
    await receipt.goto(`${TH}/portaldvc/phieu-tiep-nhan?maHoSo=${encodeURIComponent(dossier.maHoSo)}`);
    await waitForStoredDossier(e2e.session, dossier.maHoSo);
    await receipt.close();

    // Back to the popup's tab, as the volunteer would (a tab in the background does not paint).
    await popup.bringToFront();
    await popup.reload();
    await waitForText(popup, '1 thông tin cá nhân tạm thời');
    await (await byRole(popup, 'button', 'Người tiếp theo', 20_000)).click();
    await (await byRole(popup, 'button', 'Xóa và bắt đầu lượt mới')).click();
    await waitForText(popup, 'Đã xóa 1 thông tin cá nhân tạm thời, 1 mã hồ sơ và 1 hướng dẫn đang mở');

    await options.bringToFront();
    await options.reload();
    await waitForText(options, 'Nguyễn Văn An');
    expect(await options.evaluate(() => document.body.innerText.includes('Phạm Thị Dung'))).toBe(false);
    await portalTab.bringToFront();
    await portalTab.waitForFunction(() => !document.querySelector('tro-ly-dvc-guide'), { timeout: 10_000 });
    await portalTab.reload();
    await waitForText(portalTab, 'TRA CỨU TIẾN ĐỘ HỒ SƠ');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await hasRole(portalTab, 'dialog', 'Trang tra cứu')).toBe(false);
    expect((await storedDossiers(e2e.session)).map((d) => d.code)).not.toContain(dossier.maHoSo);
    await Promise.all([options.close(), portalTab.close(), popup.close()]);
  });
});
