// Launching Debian's Chromium for the smoke test, with the official hostnames mapped to the demo portal.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';

export const HOSTS = ['dichvucong.thanhhoa.gov.vn', 'dichvucong.gov.vn', 'sso.dancuquocgia.gov.vn', 'xacthuc.dichvucong.gov.vn'];

/** @param {number} port */
export async function launchBrowser(port) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'demo-portal-smoke-'));
  const rules = HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    userDataDir,
    defaultViewport: { width: 1366, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}`,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
