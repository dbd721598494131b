/**
 * Issue 2: the production build is active exactly on the official portals, and its pages render without errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byRole, hasRole, LOOKALIKE, NATIONAL, openOptions, openPopupInTab, setupE2E, TH, textOf, waitForText } from './harness';
import { EXTENSION_DIR } from './harness/launch.mjs';

const e2e = setupE2E();
const PORTAL_TITLE = 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Hóa';

describe('the assistant on the official portals', () => {
  it('is active on the Thanh Hóa portal home and names the page', async () => {
    const page = await e2e.session.newPage();
    await page.goto(`${TH}/portaldvc/home`);
    const button = await byRole(page, 'button', 'Trợ lý Dịch vụ công');
    await button.click();
    const panel = await byRole(page, 'region', 'Trợ lý Dịch vụ công');
    expect(await textOf(panel)).toContain('Trang chủ Cổng Dịch vụ công Thanh Hóa');
    await page.close();
  });

  it('follows the portal’s in-app navigation', async () => {
    const page = await e2e.session.newPage();
    await page.goto(`${TH}/portaldvc/home`);
    await (await byRole(page, 'button', 'Trợ lý Dịch vụ công')).click();
    await (await byRole(page, 'link', 'Tra cứu hồ sơ')).click();
    await page.waitForFunction(() => location.pathname === '/portaldvc/tra-cuu');
    const panel = await byRole(page, 'region', 'Trợ lý Dịch vụ công');
    await page.waitForFunction((el) => (el as HTMLElement).innerText.includes('Tra cứu tiến độ hồ sơ'), {}, panel);
    await page.close();
  });

  it('is active on the national portal', async () => {
    const page = await e2e.session.newPage();
    await page.goto(`${NATIONAL}/p/home/dvc-trang-chu.html`);
    await (await byRole(page, 'button', 'Trợ lý Dịch vụ công')).click();
    const panel = await byRole(page, 'region', 'Trợ lý Dịch vụ công');
    expect(await textOf(panel)).toContain('Cổng Dịch vụ công quốc gia');
    await page.close();
  });

  it('keeps its UI out of reach of page scripts', async () => {
    const page = await e2e.session.newPage();
    await page.goto(`${TH}/portaldvc/home`);
    await byRole(page, 'button', 'Trợ lý Dịch vụ công');
    const reachable = await page.evaluate(() =>
      [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.textContent?.includes('Trợ lý')),
    );
    expect(reachable).toBe(false);
    await page.close();
  });

  it('stays inactive on a lookalike host serving the same pages', async () => {
    const page = await e2e.session.newPage();
    await page.goto(`${LOOKALIKE}/portaldvc/home`);
    await page.waitForFunction((t) => document.title === t, {}, PORTAL_TITLE);
    await waitForText(page, 'Tra cứu hồ sơ');
    await new Promise((r) => setTimeout(r, 1000)); // the content script would have run by now
    expect(await hasRole(page, 'button', 'Trợ lý Dịch vụ công')).toBe(false);
    await page.close();
  });

  it('stays inactive over plain http', async () => {
    const page = await e2e.session.newPage();
    await page.goto('http://dichvucong.thanhhoa.gov.vn/portaldvc/home');
    expect(page.url()).toMatch(/^http:\/\//);
    await page.waitForFunction((t) => document.title === t, {}, PORTAL_TITLE);
    await waitForText(page, 'Tra cứu hồ sơ');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await hasRole(page, 'button', 'Trợ lý Dịch vụ công')).toBe(false);
    await page.close();
  });
});

describe('the extension’s own pages', () => {
  it('popup shows the product, its version and an honest empty state', async () => {
    const page = await openPopupInTab(e2e.session);
    await waitForText(page, 'Trợ lý Dịch vụ công Thanh Hóa');
    await waitForText(page, 'Chưa lưu mã hồ sơ nào');
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { version: string };
    await waitForText(page, `phiên bản ${manifest.version}`);
    await page.close();
  });

  it('options page shows the product and that no profile is saved yet', async () => {
    const page = await openOptions(e2e.session);
    await waitForText(page, 'Trợ lý Dịch vụ công Thanh Hóa');
    await waitForText(page, 'Chưa có thông tin cá nhân nào');
    await page.close();
  });
});

describe('the production manifest', () => {
  it('asks for the two official origins and nothing broader', async () => {
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      host_permissions: string[];
      permissions: string[];
      content_scripts: { matches: string[] }[];
      default_locale: string;
    };
    const official = ['https://dichvucong.gov.vn/*', 'https://dichvucong.thanhhoa.gov.vn/*'];
    expect([...manifest.host_permissions].sort()).toEqual(official);
    for (const script of manifest.content_scripts) expect([...script.matches].sort()).toEqual(official);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|http:\/\/|\*:\/\//);
    expect(manifest.default_locale).toBe('vi');
  });
});
