// Smoke test of the demo portal in real Chromium, without the extension: node --test tests/portal/smoke.test.mjs
// (after `npm run portal:build`). One browser, journeys in order, each acting as a person.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isBuilt, startPortal } from './server/index.mjs';
import { launchBrowser } from './smoke/browser.mjs';
import { khaiSinhJourney, lltpJourney, nationalJourney, paymentJourney } from './smoke/journeys.mjs';

assert.ok(isBuilt(), 'The demo portal is not built: run `npm run portal:build` first.');

/** @type {Awaited<ReturnType<typeof startPortal>>} */
let portal;
/** @type {Awaited<ReturnType<typeof launchBrowser>>} */
let chromium;
/** @type {import('puppeteer').Page} the current journey's page, in its own browser context (no shared session) */
let page;
let tmp = '';
const pageErrors = [];

before(async () => {
  portal = await startPortal({ latencyMs: 100 });
  chromium = await launchBrowser(portal.port);
  tmp = await mkdtemp(join(tmpdir(), 'demo-portal-files-'));
});

after(async () => {
  await chromium?.close();
  await portal?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/**
 * Runs a journey in a fresh browser context and a freshly reset portal; on failure adds what the page showed (URL,
 * toasts, field errors) and saves a screenshot.
 */
async function journey(name, run) {
  portal.state.reset();
  const context = await chromium.browser.createBrowserContext();
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  // Nothing may leave the machine: the SPA bundles flatpickr, fonts and the fake reCAPTCHA. (Requests aborted by a
  // navigation are not failures.)
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') pageErrors.push(`${name}: request failed: ${request.url()}`);
  });
  try {
    return await run();
  } catch (error) {
    const shot = join(tmpdir(), `demo-portal-smoke-${name}.png`);
    const seen = await page.evaluate(() => ({
      url: location.href,
      toasts: [...document.querySelectorAll('.Toastify__toast')].map((t) => t.textContent),
      fieldErrors: [...document.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent),
    })).catch(() => ({}));
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    error.message += `\n  page: ${JSON.stringify(seen)}\n  screenshot: ${shot}`;
    throw error;
  } finally {
    await context.close();
  }
}

test('LLTP: VNeID sign-in, three-level form + e-form, attachment, submit, receipt, lookup, status change', async () => {
  const code = await journey('lltp', () => lltpJourney(page, portal, tmp));
  assert.equal(portal.state.getDossier(code).trangThaiHoSoId, '4');
});

test('Khai sinh: unit choice, two-level address, e-form, submit, receipt, lookup, status change', async () => {
  const code = await journey('khai-sinh', () => khaiSinhJourney(page, portal, tmp));
  const dossier = portal.state.getDossier(code);
  assert.equal(dossier.diaChiChuHoSo, 'Thôn Phú Quý, Xã Hoằng Giang, Tỉnh Thanh Hóa');
  assert.equal(dossier.tenDonVi, 'UBND xã Hoằng Giang');
});

test('Payment: status 6 dossier paid through the fake Payment Platform', async () => {
  await journey('payment', () => paymentJourney(page, portal));
});

test('National replica home and lookup render', async () => {
  await journey('national', () => nationalJourney(page));
});

test('no page errors and no request left the machine', () => {
  assert.deepEqual(pageErrors, []);
});
