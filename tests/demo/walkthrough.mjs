// @ts-check
/**
 * The headless demo's steps, each acting as a person would and returning a short note for the summary.
 * Capabilities add their steps here as they land.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TH, NATIONAL } from '../e2e/harness/hosts.mjs';
import { signIn, submissionUrl } from '../e2e/harness/portal-actions.mjs';
import { AN, restoreProfiles } from '../e2e/harness/profiles.mjs';
import * as flows from '../portal/smoke/flows.mjs';

/**
 * @typedef {object} StepContext
 * @property {import('../e2e/harness/launch.mjs').Session} session
 * @property {Awaited<ReturnType<typeof import('../portal/server/index.mjs').startPortal>>} portal
 * @property {(page: import('puppeteer').Page) => Promise<void>} screenshot
 * @typedef {{id: string, title: string, run(ctx: StepContext): Promise<string>}} Step
 */

/** @param {import('puppeteer').Page} page @param {string} name */
async function clickButton(page, name) {
  const button = await page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role="button"])`, { visible: true });
  await button?.click();
}

/** @param {import('puppeteer').Page} page @param {string} name @param {string} role */
async function find(page, name, role) {
  const handle = await page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`, { visible: true, timeout: 20_000 });
  if (!handle) throw new Error(`no ${role} "${name}"`);
  return handle;
}

/** The page the fill and capture steps share: the submission form, then its success screen. */
/** @type {import('puppeteer').Page | undefined} */
let formPage;

/** @type {Step[]} */
export const WALKTHROUGH = [
  {
    id: 'portal-home',
    title: 'Trang chủ Cổng DVC Thanh Hóa, Trợ lý đang hoạt động',
    async run({ session, screenshot }) {
      const page = await session.newPage();
      await page.goto(`${TH}/portaldvc/home`);
      await clickButton(page, 'Trợ lý Dịch vụ công');
      await page.waitForSelector('::-p-aria([name="Trợ lý Dịch vụ công"][role="region"])', { visible: true });
      await screenshot(page);
      await page.close();
      return 'the in-page button and panel on the official host';
    },
  },
  {
    id: 'national-home',
    title: 'Cổng Dịch vụ công quốc gia',
    async run({ session, screenshot }) {
      const page = await session.newPage();
      await page.goto(`${NATIONAL}/p/home/dvc-trang-chu.html`);
      await clickButton(page, 'Trợ lý Dịch vụ công');
      await screenshot(page);
      await page.close();
      return 'active on the national portal too';
    },
  },
  {
    id: 'popup',
    title: 'Cửa sổ Trợ lý (popup)',
    async run({ session, screenshot }) {
      const page = await session.newPage();
      await page.setViewport({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.waitForFunction(() => document.body.innerText.includes('Trợ lý Dịch vụ công Thanh Hóa'));
      await screenshot(page);
      await page.close();
      return 'saved dossiers and quick actions';
    },
  },
  {
    id: 'options',
    title: 'Trang cài đặt: thông tin cá nhân (khôi phục từ tệp sao lưu)',
    async run({ session, screenshot }) {
      await restoreProfiles(session, [AN]);
      const page = await session.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      await page.waitForFunction(() => document.body.innerText.includes('Nguyễn Văn An'));
      await screenshot(page);
      await page.close();
      return 'a profile restored with "Nhập dữ liệu"; kept on this device only';
    },
  },
  {
    id: 'fill',
    title: 'Nộp hồ sơ Lý lịch tư pháp: "Điền tự động"',
    async run({ session, portal, screenshot }) {
      portal.state.setPrefill('name-id');
      const page = await session.newPage();
      formPage = page;
      await signIn(page);
      await page.goto(submissionUrl('lltp'));
      await (await find(page, 'Điền tự động', 'button')).click();
      const bar = await find(page, 'Trợ lý điền biểu mẫu', 'region');
      await page.waitForFunction((el) => /Đã điền \d+ trường/.test(/** @type {HTMLElement} */ (el).innerText), { timeout: 30_000 }, bar);
      await bar.evaluate((el) => el.scrollIntoView());
      await screenshot(page);
      const text = await bar.evaluate((el) => /** @type {HTMLElement} */ (el).innerText);
      return /Đã điền \d+ trường/.exec(text)?.[0] ?? '';
    },
  },
  {
    id: 'submitted',
    title: 'Gửi hồ sơ (người dân tự bấm): mã hồ sơ được lưu ngay',
    async run({ screenshot }) {
      const page = formPage;
      if (!page) throw new Error('the fill step did not run');
      await flows.formioType(page, 'MucDichCapPhieu', 'Bổ sung hồ sơ xin việc');
      await flows.formioRadio(page, 'LoaiPhieuYeuCau', 'Phiếu số 1');
      await flows.saveEForm(page);
      const file = path.join(await mkdtemp(path.join(tmpdir(), 'demo-')), 'cccd.pdf');
      await writeFile(file, '%PDF-1.4\n% demo\n');
      await flows.attach(page, 'Bản chụp Căn cước công dân', file, ['Giấy tờ chứng minh thuộc đối tượng được miễn']);
      const code = await flows.sendAndReadCode(page);
      await page.waitForFunction(() => true);
      const notices = await page.waitForSelector('::-p-aria([name="Thông báo của Trợ lý"][role="status"])');
      await page.waitForFunction((el, c) => /** @type {HTMLElement} */ (el).innerText.includes(c), { timeout: 15_000 }, notices, code);
      await screenshot(page);
      await page.close();
      return `code ${code} saved without a click`;
    },
  },
  {
    id: 'guide',
    title: 'Hướng dẫn "Tra cứu tiến độ hồ sơ" mở từ liên kết có #huong-dan',
    async run({ session, screenshot }) {
      const page = await session.newPage();
      await page.goto(`${TH}/portaldvc/tra-cuu#huong-dan=tra-cuu`);
      await page.waitForSelector('::-p-aria([role="dialog"])', { timeout: 20_000 });
      await (await find(page, 'Tiếp', 'button')).click();
      await page.waitForFunction(() => true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await screenshot(page);
      await page.close();
      return 'step 2 points at the code field; the page stays usable';
    },
  },
];
