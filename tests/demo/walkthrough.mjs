// @ts-check
/**
 * The headless demo's steps, each acting as a person would and returning a short note for the summary.
 * Capabilities add their steps here as they land.
 */
import { TH, NATIONAL } from '../e2e/harness/hosts.mjs';

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
    title: 'Trang cài đặt: thông tin cá nhân',
    async run({ session, screenshot }) {
      const page = await session.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/options.html`);
      await page.waitForFunction(() => document.body.innerText.includes('Thông tin cá nhân'));
      await screenshot(page);
      await page.close();
      return 'profiles are kept on this device only';
    },
  },
];
