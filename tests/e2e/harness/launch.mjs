// @ts-check
/**
 * Launches Debian's Chromium with the production build of the extension, the official hostnames mapped to the demo
 * portal, and a fresh profile directory. Shared by the e2e tests, the demo and the benchmark.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { chromiumPath } from './chromium.mjs';
import { ErrorCollector } from './errors.mjs';
import { hostResolverRules } from './hosts.mjs';

export const EXTENSION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.output/chrome-mv3');

/** Flags every run needs on this machine (no sandbox as root, no network chatter, no QUIC). */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The demo portal's certificate is self-signed.
  '--ignore-certificate-errors',
  // Without this Chromium upgrades http:// to https:// by itself, and the http test would test nothing.
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
];

/**
 * @typedef {object} LaunchOptions
 * @property {number} portalPort the demo portal's port
 * @property {boolean} [withExtension] load the extension (default) or run the page alone (benchmarks compare both)
 * @property {boolean} [headless] default true
 * @property {string[]} [extraArgs]
 * @property {{width: number, height: number} | null} [viewport]
 */

/**
 * @typedef {object} Session
 * @property {import('puppeteer').Browser} browser
 * @property {string} extensionId empty when launched without the extension
 * @property {ErrorCollector} errors
 * @property {() => Promise<import('puppeteer').Page>} newPage a new tab whose errors are collected
 * @property {() => Promise<import('puppeteer').WebWorker>} serviceWorker
 * @property {() => Promise<void>} close
 */

/** @param {LaunchOptions} options @returns {Promise<Session>} */
export async function launch(options) {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No production build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'tro-ly-dvc-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    userDataDir,
    // Puppeteer adds --disable-extensions unless extensions are enabled; this loads the unpacked production build.
    enableExtensions: withExtension ? [EXTENSION_DIR] : false,
    pipe: true,
    args: [...BASE_ARGS, `--host-resolver-rules=${hostResolverRules(options.portalPort)}`, ...(options.extraArgs ?? [])],
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
  });

  let extensionId = '';
  if (withExtension) {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://') && t.url().endsWith('/background.js'),
      { timeout: 15_000 },
    );
    extensionId = new URL(target.url()).host;
  }
  const errors = new ErrorCollector(extensionId || 'none');

  /** @returns {Promise<import('puppeteer').WebWorker>} */
  const serviceWorker = async () => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url() === `chrome-extension://${extensionId}/background.js`,
      { timeout: 15_000 },
    );
    const worker = await target.worker();
    if (!worker) throw new Error('The extension service worker did not start.');
    return worker;
  };

  if (withExtension) {
    errors.watchWorker(await serviceWorker());
    // The first run opens the options page by design; close it so each test starts from a known state.
    const firstRun = await browser
      .waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/options.html`), { timeout: 5_000 })
      .catch(() => undefined);
    const firstRunPage = await firstRun?.page();
    await firstRunPage?.close();
  }

  return {
    browser,
    extensionId,
    errors,
    async newPage() {
      const page = await browser.newPage();
      errors.watchPage(page);
      return page;
    },
    serviceWorker,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
