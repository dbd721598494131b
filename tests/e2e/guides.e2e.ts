/**
 * Issue 6: each built-in guide, opened from its QR link on the demo portal with the production build, run from start to
 * end as a resident would: reading the popover, doing what the step says on the portal's own widgets (typing, clicking,
 * signing in, paying on the fake platform, submitting) and pressing "Tiếp" only where the step asks for nothing else.
 * The guide itself never presses "Gửi hồ sơ" or pays: the person in these tests does.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInGuide } from '../../utils/guide/guides';
import { guideHintUrl } from '../../utils/guide/hint';
import * as flows from '../portal/smoke/flows.mjs';
import { clickFree } from '../portal/smoke/person.mjs';
import { AN, byRole, hasRole, restoreProfiles, setupE2E, signIn, submissionUrl, TH } from './harness';

const e2e = setupE2E();

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}
interface StoredTour {
  guideId: string;
  stepIndex: number;
  status: string;
}
type ChromeApi = {
  chrome: {
    tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
    storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  };
};
type Values = Record<string, unknown>;
type DemoPortal = { __demoPortal: { getFormValues(): Values; validate(): Promise<{ ok: boolean; errors: unknown[] }> } };

/** The cut-out leaves this much room around the target (components/guide/Overlay.tsx). */
const PAD = 6;

function stepOf(guideId: string, stepId: string): { n: number; count: number; title: string } {
  const guide = builtInGuide(guideId);
  const index = guide?.steps.findIndex((step) => step.id === stepId) ?? -1;
  const step = guide?.steps[index];
  if (!guide || !step) throw new Error(`No step "${stepId}" in guide "${guideId}"`);
  return { n: index + 1, count: guide.steps.length, title: step.title.vi };
}

/** Opens a guide's QR link in a new tab, as scanning a volunteer's card does. */
async function scan(guideId: string): Promise<Page> {
  const guide = builtInGuide(guideId);
  if (!guide) throw new Error(`No built-in guide "${guideId}"`);
  const page = await e2e.session.newPage();
  await page.goto(guideHintUrl(guide));
  return page;
}

/** Waits for the popover of this step: a dialog named by the step's title that reads "Bước n/N". */
async function at(page: Page, guideId: string, stepId: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  const { n, count, title } = stepOf(guideId, stepId);
  const dialog = await byRole(page, 'dialog', title, timeout);
  await dialog.evaluate(async (el, counter, ms) => {
    const end = Date.now() + ms;
    while (!(el as HTMLElement).innerText.includes(counter)) {
      if (Date.now() > end) throw new Error(`The popover never read "${counter}": ${(el as HTMLElement).innerText}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, `Bước ${n}/${count}`, timeout);
  return dialog;
}

/** Presses one of the popover's buttons by its accessible name, as a mouse user does. */
async function press(page: Page, name: string): Promise<void> {
  await (await byRole(page, 'button', name)).click();
}

/**
 * Clicks a control of the page (or the extension's bar) by role and name once nothing covers it, as a person waits for
 * a fading spinner or a sliding dropdown before clicking.
 */
async function act(page: Page, role: string, name: string): Promise<void> {
  await clickFree(page, await byRole(page, role, name));
}

const popoverText = (dialog: ElementHandle<Element>) => dialog.evaluate((el) => (el as HTMLElement).innerText);

/** The highlight ring's box, read in the overlay's closed shadow root through the popover's handle; null in free mode. */
function ringBox(dialog: ElementHandle<Element>): Promise<Box | null> {
  return dialog.evaluate((el) => {
    const ring = (el.getRootNode() as ShadowRoot).querySelector('.tg-ring')?.getBoundingClientRect();
    return ring ? { top: ring.top, left: ring.left, width: ring.width, height: ring.height } : null;
  });
}

/**
 * Waits until the ring and the dimmed layer's cut-out surround the page element `selector` finds now (so a replaced
 * element must be followed), and returns that element's box.
 */
async function ringAround(dialog: ElementHandle<Element>, selector: string, timeout = 10_000): Promise<Box> {
  const seen = await dialog.evaluate(
    async (el, css, pad, ms) => {
      const root = el.getRootNode() as ShadowRoot;
      const end = Date.now() + ms;
      for (;;) {
        const target = document.querySelector(css)?.getBoundingClientRect();
        const ring = root.querySelector('.tg-ring')?.getBoundingClientRect();
        const hole = root.querySelector('.tg-dim path')?.getAttribute('d') ?? '';
        if (target && ring && target.width > 0) {
          const expected = [target.left - pad, target.top - pad, target.width + pad * 2, target.height + pad * 2];
          const actual = [ring.left, ring.top, ring.width, ring.height];
          const around = expected.every((value, i) => Math.abs(value - (actual[i] ?? NaN)) < 1.5);
          // The cut-out in the dim layer starts at the ring's corner.
          const cut = hole.includes(`M${ring.left} ${ring.top}h${ring.width}v${ring.height}`);
          if (around && cut) return { top: target.top, left: target.left, width: target.width, height: target.height };
        }
        if (Date.now() > end) {
          return `ring ${JSON.stringify(ring)} around ${css} ${JSON.stringify(target)}, cut-out "${hole}"`;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    selector,
    PAD,
    timeout,
  );
  if (typeof seen === 'string') throw new Error(`The highlight is not around the target: ${seen}`);
  return seen;
}

/** The tour the background keeps for this page's tab in storage.session, keyed by tab id ("guide:<id>"). */
async function storedTour(page: Page): Promise<StoredTour | undefined> {
  await page.bringToFront(); // so the active tab is this page's
  const worker = await e2e.session.serviceWorker();
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeApi;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    const key = `guide:${tab.id}`;
    return (await chrome.storage.session.get(key))[key] as StoredTour | undefined;
  });
}

/** The overlay is gone, the stored tour is cleared, and a reload does not bring it back. */
async function expectTourEnded(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('tro-ly-dvc-guide'), { timeout: 10_000 });
  expect(await storedTour(page)).toBeUndefined();
  await page.reload();
  await byRole(page, 'button', 'Trợ lý Dịch vụ công', 20_000); // the content script is up
  await new Promise((resolve) => setTimeout(resolve, 3000)); // a saved tour would have been resumed by now
  expect(await page.$('tro-ly-dvc-guide')).toBeNull();
}

/** Screen readers hear the step: the overlay's live region says "Bước n/N: <title>.". */
async function announcements(page: Page): Promise<string[]> {
  const regions = await page.$$('::-p-aria([role="status"])');
  return Promise.all(regions.map((region) => region.evaluate((el) => el.textContent ?? '')));
}

/** Starts a test signed out: the portal keeps its session in localStorage["persist:root"] (FACTS §4). */
async function signOut(): Promise<void> {
  const page = await e2e.session.newPage();
  await page.goto(`${TH}/portaldvc/home`);
  await page.evaluate(() => localStorage.removeItem('persist:root'));
  await page.close();
}

/** Clicks the middle of a page element with the mouse, through the overlay, and says what got the focus. */
async function clickThrough(page: Page, selector: string): Promise<string> {
  const box = await (await page.waitForSelector(selector, { visible: true }))?.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => document.activeElement?.id ?? '');
}

const formValues = (page: Page) => page.evaluate(() => (window as unknown as DemoPortal).__demoPortal.getFormValues());

beforeAll(async () => {
  await restoreProfiles(e2e.session, [AN]);
});

describe('guide "tra-cuu" (Tra cứu tiến độ hồ sơ)', () => {
  it('runs from its QR link to the end: typing in highlighted fields, a reload, the results re-rendered', { timeout: 180_000 }, async () => {
    const dossier = e2e.portal.state.listDossiers().find((d) => d.soGiayToChuHoSo === AN.idNumber && d.trangThaiHoSoId === '4');
    if (!dossier) throw new Error('The demo portal has no dossier of An at status 4');
    const page = await scan('tra-cuu');

    let dialog = await at(page, 'tra-cuu', 'trang-tra-cuu', 20_000);
    expect(page.url()).toBe(`${TH}/portaldvc/tra-cuu`); // the hint is taken out, so a reload resumes instead
    await ringAround(dialog, 'h1.tra-cuu-title');
    expect(await announcements(page)).toContain('Bước 1/6: Trang tra cứu.');
    expect(await (await byRole(page, 'button', 'Quay lại')).evaluate((el) => (el as HTMLButtonElement).disabled)).toBe(true);
    await press(page, 'Tiếp');

    dialog = await at(page, 'tra-cuu', 'nhap-ma-ho-so');
    await ringAround(dialog, '#MHS');
    expect(await storedTour(page)).toMatchObject({ stepIndex: 1 });
    // The tour is kept for this tab across a reload.
    await page.reload();
    dialog = await at(page, 'tra-cuu', 'nhap-ma-ho-so', 20_000);
    await ringAround(dialog, '#MHS');

    // The person types into the highlighted field through the dimmed overlay; leaving it filled moves the tour on.
    expect(await clickThrough(page, '#MHS')).toBe('MHS');
    await page.keyboard.type(dossier.maHoSo);
    await page.keyboard.press('Tab');
    dialog = await at(page, 'tra-cuu', 'nhap-so-giay-to');
    await ringAround(dialog, '#SGT');
    expect(await announcements(page)).toContain('Bước 3/6: Nhập số giấy tờ.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('SGT'); // the popover did not take the focus
    await page.keyboard.type(String(AN.idNumber));
    await page.keyboard.press('Tab');

    dialog = await at(page, 'tra-cuu', 'bam-tra-cuu');
    await ringAround(dialog, '.btnTimKiemHoSo');
    expect(await page.$eval('#MHS', (el) => (el as HTMLInputElement).value)).toBe(dossier.maHoSo);
    await act(page, 'button', 'Tra cứu');
    // The results appearing is the completion, not the click.
    dialog = await at(page, 'tra-cuu', 'doc-ket-qua', 20_000);
    const first = await ringAround(dialog, '.contentTraCuu .thongTinHoSo');
    expect(await page.$eval('.thongTinHoSo', (el) => (el as HTMLElement).innerText)).toContain(AN.fullName);

    // The portal re-renders the target: looking up again unmounts the result block and mounts a new one.
    await page.$eval('.thongTinHoSo', (el) => el.setAttribute('data-before', ''));
    await page.evaluate(() => window.scrollTo(0, 0));
    await act(page, 'button', 'Tra cứu');
    await page.waitForFunction(() => {
      const block = document.querySelector('.contentTraCuu .thongTinHoSo');
      return block !== null && !block.hasAttribute('data-before');
    }, { timeout: 15_000 });
    await page.evaluate(() => window.scrollBy(0, 40)); // moves the new block; a ring on the old one would not follow
    const second = await ringAround(dialog, '.contentTraCuu .thongTinHoSo');
    expect(second.width).toBeCloseTo(first.width, 0);
    expect(await popoverText(dialog)).toContain('Bước 5/6');

    await press(page, 'Tiếp');
    dialog = await at(page, 'tra-cuu', 'qua-trinh-xu-ly');
    await ringAround(dialog, '.contentTraCuu .tinhTrangHoSo');
    await press(page, 'Tiếp');
    await expectTourEnded(page);
    await page.close();
  });

  it('answers Esc and ←/→, and leaves those keys to the field being typed in', { timeout: 120_000 }, async () => {
    const page = await scan('tra-cuu');
    await at(page, 'tra-cuu', 'trang-tra-cuu', 20_000);
    await page.keyboard.press('ArrowRight');
    await at(page, 'tra-cuu', 'nhap-ma-ho-so');
    await page.keyboard.press('ArrowLeft');
    await at(page, 'tra-cuu', 'trang-tra-cuu');
    await page.keyboard.press('ArrowRight');
    const dialog = await at(page, 'tra-cuu', 'nhap-ma-ho-so');

    // In the field, ← moves the caret and Esc belongs to the field: the tour stays where it is.
    expect(await clickThrough(page, '#MHS')).toBe('MHS');
    await page.keyboard.type('ABC');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await page.keyboard.type('X');
    expect(await page.$eval('#MHS', (el) => (el as HTMLInputElement).value)).toBe('ABXC');
    expect(await popoverText(dialog)).toContain('Bước 2/6');
    expect(await storedTour(page)).toMatchObject({ stepIndex: 1 });

    // Back in the popover, Esc closes the guide.
    await (await byRole(page, 'heading', stepOf('tra-cuu', 'nhap-ma-ho-so').title)).click();
    await page.keyboard.press('Escape');
    await expectTourEnded(page);
    await page.close();
  });
});

describe('guide "dang-nhap" (Đăng nhập)', () => {
  it('goes through the fake VNeID and back, then skips to the end for someone already signed in', { timeout: 180_000 }, async () => {
    await signOut();
    const page = await scan('dang-nhap');
    let dialog = await at(page, 'dang-nhap', 'chuan-bi-tai-khoan', 20_000);
    expect(await ringBox(dialog)).toBeNull(); // a step without a target points at nothing
    await press(page, 'Tiếp');

    dialog = await at(page, 'dang-nhap', 'bam-dang-nhap');
    await ringAround(dialog, '.btnDangNhap');
    await act(page, 'button', 'Đăng nhập');
    // The portal's sign-in page (an SPA navigation) shows the choices: the tour moves on by itself.
    dialog = await at(page, 'dang-nhap', 'chon-vneid');
    expect(new URL(page.url()).pathname).toBe('/portaldvc/dang-nhap');
    await ringAround(dialog, '.btnVNeID');

    await Promise.all([page.waitForNavigation(), act(page, 'button', 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)')]);
    expect(new URL(page.url()).host).toBe('sso.dancuquocgia.gov.vn');
    expect(await storedTour(page)).toMatchObject({ stepIndex: 2 }); // kept for the tab while away
    expect(await page.$('tro-ly-dvc-guide')).toBeNull(); // the extension does not run on the SSO host
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), act(page, 'button', 'Đăng nhập')]);

    dialog = await at(page, 'dang-nhap', 'da-dang-nhap', 30_000);
    expect(new URL(page.url()).pathname).toBe('/portaldvc/home');
    expect(await ringBox(dialog)).toBeNull();
    await press(page, 'Tiếp');
    await expectTourEnded(page);
    await page.close();

    // Signed in already: nothing to press, so "Tiếp" on the first step lands on "Đã đăng nhập".
    const again = await scan('dang-nhap');
    await at(again, 'dang-nhap', 'chuan-bi-tai-khoan', 20_000);
    await byRole(again, 'button', 'Đăng xuất');
    await press(again, 'Tiếp');
    await at(again, 'dang-nhap', 'da-dang-nhap');
    await press(again, 'Đóng hướng dẫn');
    await expectTourEnded(again);
    await again.close();
  });
});

describe('guide "nop-ho-so" (Tìm thủ tục và nộp hồ sơ trực tuyến)', () => {
  it('searches, opens the procedure, signs in on the way, fills, attaches; the person submits', { timeout: 300_000 }, async () => {
    await signOut();
    e2e.portal.state.setPersona('an');
    e2e.portal.state.setPrefill('name-id');
    const procedure = 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp';
    const page = await scan('nop-ho-so');

    let dialog = await at(page, 'nop-ho-so', 'tim-thu-tuc', 20_000);
    await ringAround(dialog, '#TuKhoa');
    expect(await clickThrough(page, '#TuKhoa')).toBe('TuKhoa');
    await page.keyboard.sendCharacter('giấy phép lái xe');
    await page.keyboard.press('Enter');
    // The search is in the address (?TuKhoa=…): the tour moves on by itself.
    dialog = await at(page, 'nop-ho-so', 'mo-thu-tuc');
    await act(page, 'link', procedure);

    dialog = await at(page, 'nop-ho-so', 'bam-nop-truc-tuyen');
    expect(new URL(page.url()).pathname).toBe('/portaldvc/chi-tiet-thu-tuc/gplx'); // SPA navigation, same tour
    await ringAround(dialog, '.btnNopTrucTuyen');
    await act(page, 'button', 'Nộp trực tuyến');

    // Not signed in: the portal sends the person to sign in; the tour tells them what to do there.
    dialog = await at(page, 'nop-ho-so', 'dang-nhap-neu-can');
    await page.waitForFunction(() => location.pathname === '/portaldvc/dang-nhap');
    expect(await popoverText(dialog)).not.toContain('Mở trang');
    await Promise.all([page.waitForNavigation(), act(page, 'button', 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)')]);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), act(page, 'button', 'Đăng nhập')]);

    // Back on the form after the round trip: the tour waits for the "Điền tự động" bar, then points at it.
    dialog = await at(page, 'nop-ho-so', 'dien-tu-dong', 30_000);
    expect(new URL(page.url()).pathname).toBe('/portaldvc/nop-ho-so-truc-tuyen');
    await ringAround(dialog, 'tro-ly-dvc-fill', 20_000);
    await press(page, 'Điền tự động');
    dialog = await at(page, 'nop-ho-so', 'nguoi-nop-la-chu-ho-so');
    const bar = await byRole(page, 'region', 'Trợ lý điền biểu mẫu');
    await page.waitForFunction((el) => /Đã điền \d+ trường/.test((el as HTMLElement).innerText), { timeout: 60_000 }, bar);
    expect((await formValues(page)).soDienThoaiNguoiUyQuyen).toBe(AN.phone);
    await ringAround(dialog, '.form-section h3:has(input[type="checkbox"])');
    await press(page, 'Tiếp');

    // The person corrects the highlighted phone number; the portal's own form state holds what they typed.
    dialog = await at(page, 'nop-ho-so', 'so-dien-thoai');
    await ringAround(dialog, '#NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen');
    expect(await clickThrough(page, '#NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen')).toBe('NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('0987654321');
    expect((await formValues(page)).soDienThoaiNguoiUyQuyen).toBe('0987654321');
    await page.keyboard.press('Tab'); // a valid number, left: the step is done

    dialog = await at(page, 'nop-ho-so', 'dia-chi');
    await ringAround(dialog, '.ant-select:has(#NopHoSoTrucTuyen_tinhThanhNguoiUyQuyen)');
    await press(page, 'Tiếp');
    dialog = await at(page, 'nop-ho-so', 'thanh-phan-ho-so');
    await ringAround(dialog, '#thanhPhanHoSo h3');
    const dir = await mkdtemp(path.join(tmpdir(), 'tro-ly-dvc-guide-'));
    const file = path.join(dir, 'giay-to.pdf');
    await writeFile(file, '%PDF-1.4\n% demo\n');
    await flows.attach(page, 'Đơn đề nghị đổi giấy phép lái xe', file);
    await flows.attach(page, 'Giấy khám sức khỏe', file);
    await press(page, 'Tiếp');

    // The last action step only points at "Gửi hồ sơ": nothing is sent until the person presses it.
    const before = e2e.portal.state.listDossiers().length;
    dialog = await at(page, 'nop-ho-so', 'gui-ho-so');
    await ringAround(dialog, '.btnGuiHoSo');
    expect(await page.evaluate(() => (window as unknown as DemoPortal).__demoPortal.validate())).toEqual({ ok: true, errors: [] });
    expect(e2e.portal.state.listDossiers()).toHaveLength(before);
    await act(page, 'button', 'Gửi hồ sơ');

    dialog = await at(page, 'nop-ho-so', 'ma-ho-so', 30_000);
    expect(e2e.portal.state.listDossiers()).toHaveLength(before + 1);
    await ringAround(dialog, '.ant-modal.nop-thanh-cong-modal');
    await press(page, 'Tiếp');
    await expectTourEnded(page);
    await page.close();
  });
});

describe('guide "thanh-toan" (Thanh toán phí, lệ phí trực tuyến)', () => {
  it('leads to the payment platform and back; with nothing left to pay, says so and offers a way on', { timeout: 240_000 }, async () => {
    e2e.portal.state.setPersona('an');
    const signInPage = await e2e.session.newPage();
    await signIn(signInPage);
    await signInPage.close();
    const due = e2e.portal.state.listDossiers().find((d) => d.soGiayToChuHoSo === AN.idNumber && d.trangThaiHoSoId === '6');
    if (!due) throw new Error('The demo portal has no dossier of An awaiting payment');

    const page = await scan('thanh-toan');
    let dialog = await at(page, 'thanh-toan', 'khi-nao-nop-phi', 20_000);
    await press(page, 'Tiếp');
    dialog = await at(page, 'thanh-toan', 'danh-sach-phi');
    await ringAround(dialog, '.ant-table');
    await press(page, 'Tiếp');
    dialog = await at(page, 'thanh-toan', 'chon-thanh-toan');
    await ringAround(dialog, '.ant-table-row button');
    await act(page, 'button', 'Thanh toán');

    dialog = await at(page, 'thanh-toan', 'sang-nen-tang-thanh-toan');
    expect(new URL(page.url()).searchParams.get('maHoSo')).toBe(due.maHoSo);
    await ringAround(dialog, '.btnThanhToan');
    await Promise.all([page.waitForNavigation(), act(page, 'button', 'Thanh toán')]);

    // On the Payment Platform the tour only talks; it offers no way off the page.
    expect(new URL(page.url()).pathname).toBe('/p/thanhtoan/thanh-toan.html');
    dialog = await at(page, 'thanh-toan', 'tren-nen-tang-thanh-toan', 20_000);
    expect(await ringBox(dialog)).toBeNull();
    expect(await popoverText(dialog)).not.toContain('Mở trang');
    await Promise.all([page.waitForNavigation(), act(page, 'button', 'Xác nhận thanh toán')]);

    dialog = await at(page, 'thanh-toan', 'ket-qua-thanh-toan', 30_000);
    expect(new URL(page.url()).pathname).toBe('/portaldvc/thanh-toan/xac-nhan');
    await page.waitForFunction(() => document.body.innerText.includes('Thanh toán thành công'), { timeout: 15_000 });
    await press(page, 'Tiếp');
    dialog = await at(page, 'thanh-toan', 'bien-lai-dien-tu');
    expect(await popoverText(dialog)).toContain('Bước này làm ở trang Tra cứu biên lai điện tử');
    expect(await hasRole(page, 'link', 'Mở trang Tra cứu biên lai điện tử')).toBe(true);
    await press(page, 'Tiếp');
    await expectTourEnded(page);
    await page.close();

    // Paid: no row has "Thanh toán" any more. The step waits, then says it cannot find it, and is never a dead end.
    const later = await scan('thanh-toan');
    await at(later, 'thanh-toan', 'khi-nao-nop-phi', 20_000);
    await press(later, 'Tiếp');
    await at(later, 'thanh-toan', 'danh-sach-phi');
    await press(later, 'Tiếp');
    dialog = await at(later, 'thanh-toan', 'chon-thanh-toan');
    await later.waitForFunction((el) => (el as HTMLElement).innerText.includes('Đang tìm vị trí'), {}, dialog);
    await later.waitForFunction((el) => (el as HTMLElement).innerText.includes('Không tìm thấy'), { timeout: 20_000 }, dialog);
    expect(await hasRole(later, 'button', 'Tiếp')).toBe(false);
    await press(later, 'Xem hướng dẫn không cần chỉ vào trang');
    await byRole(later, 'button', 'Tiếp');
    expect(await popoverText(dialog)).not.toContain('Không tìm thấy');
    expect(await ringBox(dialog)).toBeNull();
    await press(later, 'Quay lại');
    await at(later, 'thanh-toan', 'danh-sach-phi');
    await press(later, 'Tiếp');
    dialog = await at(later, 'thanh-toan', 'chon-thanh-toan');
    await later.waitForFunction((el) => (el as HTMLElement).innerText.includes('Không tìm thấy'), { timeout: 20_000 }, dialog);
    await press(later, 'Bỏ qua bước này');
    dialog = await at(later, 'thanh-toan', 'sang-nen-tang-thanh-toan');
    expect(await popoverText(dialog)).toContain('Bước này làm ở trang Thanh toán phí, lệ phí');
    await press(later, 'Đóng hướng dẫn');
    await expectTourEnded(later);
    await later.close();
  });
});

describe('guide "dung-tro-ly" (Dùng Trợ lý)', () => {
  // Steps 1, 2, 5 and 6 are about the toolbar icon, the popup and the options page, which live outside the page: the
  // overlay can only describe them, so here they are read and passed with "Tiếp". Step 3 points at the in-page bar.
  it('reads its steps, sends the person to a form, and points at "Điền tự động" there', { timeout: 180_000 }, async () => {
    e2e.portal.state.setPersona('an');
    e2e.portal.state.setPrefill('name-id');
    const page = await scan('dung-tro-ly');
    await at(page, 'dung-tro-ly', 'mo-tro-ly', 20_000);
    await press(page, 'Tiếp');
    await at(page, 'dung-tro-ly', 'luu-ho-so-ca-nhan');
    await press(page, 'Tiếp');
    let dialog = await at(page, 'dung-tro-ly', 'dien-to-khai');
    expect(await popoverText(dialog)).toContain('Bước này làm ở trang Nộp hồ sơ trực tuyến');
    expect(await hasRole(page, 'link', 'Mở trang Nộp hồ sơ trực tuyến')).toBe(true);

    // The person signs in and opens a submission form; the tour follows them there.
    await signIn(page);
    await page.goto(submissionUrl('gplx'));
    dialog = await at(page, 'dung-tro-ly', 'dien-to-khai', 30_000);
    await ringAround(dialog, 'tro-ly-dvc-fill', 20_000);
    await press(page, 'Điền tự động');
    await at(page, 'dung-tro-ly', 'kiem-tra-va-hoan-tac');
    const bar = await byRole(page, 'region', 'Trợ lý điền biểu mẫu');
    await page.waitForFunction((el) => /Đã điền \d+ trường/.test((el as HTMLElement).innerText), { timeout: 60_000 }, bar);
    await press(page, 'Tiếp');
    await at(page, 'dung-tro-ly', 'ma-ho-so-da-luu');
    await press(page, 'Tiếp');
    await at(page, 'dung-tro-ly', 'che-do-ho-tro');
    await press(page, 'Tiếp');
    await expectTourEnded(page);
    await page.close();
  });
});
