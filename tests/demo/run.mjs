// @ts-check
/**
 * `npm run demo`: the production build on the demo portal.
 * With a display: opens Chromium with the extension on the portal and leaves it to you (Ctrl+C to stop).
 * Without one (CI, SSH): runs a scripted walk-through headless and saves screenshots plus a summary to
 * tests/artifacts/demo/.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPortal } from '../portal/server/index.mjs';
import { launch } from '../e2e/harness/launch.mjs';
import { TH } from '../e2e/harness/hosts.mjs';
import { WALKTHROUGH } from './walkthrough.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'tests/artifacts/demo');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');

const portal = await startPortal({ port: Number(process.env.PORT ?? 0) });
console.log(`Demo portal on https://127.0.0.1:${portal.port} (served as ${TH})`);

if (hasDisplay) {
  const session = await launch({ portalPort: portal.port, headless: false, viewport: null });
  const page = await session.newPage();
  await page.goto(`${TH}/portaldvc/home`);
  console.log('Chromium is open with the extension on the demo portal. Close it or press Ctrl+C to stop.');
  const stop = async () => {
    await session.close();
    await portal.close();
    process.exit(0);
  };
  session.browser.on('disconnected', () => void stop());
  process.on('SIGINT', () => void stop());
} else {
  console.log('No display: running the scripted walk-through headless.');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const session = await launch({ portalPort: portal.port });
  /** @type {{step: string, screenshot: string, note: string}[]} */
  const done = [];
  let failed = false;
  try {
    for (const [index, step] of WALKTHROUGH.entries()) {
      const file = `${String(index + 1).padStart(2, '0')}-${step.id}.png`;
      const note = await step.run({ session, portal, screenshot: async (page) => {
        await page.screenshot({ path: path.join(outDir, file), fullPage: false });
      } });
      done.push({ step: step.title, screenshot: file, note });
      console.log(`✓ ${step.title}${note ? ` — ${note}` : ''}`);
    }
    session.errors.assertNoExtensionErrors();
  } catch (error) {
    failed = true;
    console.error('✗ The walk-through stopped:', error);
  } finally {
    const summary = [
      '# Demo walk-through',
      '',
      `Run ${new Date().toISOString()} on the production build against the demo portal (headless Chromium).`,
      '',
      '| # | Step | Screenshot | Note |',
      '|---|---|---|---|',
      ...done.map((d, i) => `| ${i + 1} | ${d.step} | [${d.screenshot}](${d.screenshot}) | ${d.note} |`),
      '',
      failed ? '**The walk-through did not finish: see the console output.**' : 'All steps finished.',
      '',
    ].join('\n');
    await writeFile(path.join(outDir, 'summary.md'), summary);
    console.log(`Screenshots and summary: ${path.relative(root, outDir)}/`);
    await session.close();
    await portal.close();
  }
  process.exit(failed ? 1 : 0);
}
