// @ts-check
/**
 * Content-script cost on page load: (1) main-thread time the extension spends from injection to idle, from a trace;
 * (2) the page-load overhead ratio: the same page, loaded alternately with and without the extension in the same run,
 * timed from navigation start to the page's own content being ready and the main thread idle.
 */
import { TH } from '../../e2e/harness/hosts.mjs';
import { extensionMainThreadMs } from '../trace.mjs';
import { ratios } from '../stats.mjs';
import { signIn, submissionUrl } from '../../e2e/harness/portal-actions.mjs';

/** @type {{id: string, label: string, url: string, ready: string, needsSignIn?: boolean}[]} */
const PAGES = [
  { id: 'home', label: 'portal home', url: `${TH}/portaldvc/home`, ready: 'Dịch vụ công nổi bật' },
  {
    id: 'form',
    label: 'submission form',
    url: submissionUrl('lltp'),
    ready: 'Thông tin chủ hồ sơ',
    needsSignIn: true,
  },
];

/**
 * Navigates and resolves when the page's own content is there and the main thread has been idle once: the time a
 * person waits before they can use the page.
 * @param {import('puppeteer').Page} page @param {string} url @param {string} readyText
 */
async function loadAndSettle(page, url, readyText) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page.evaluate(
    (text) =>
      new Promise((resolve, reject) => {
        const giveUp = setTimeout(() => reject(new Error(`"${text}" never appeared on ${location.href}`)), 30_000);
        const check = () => {
          if (document.body?.innerText.includes(text)) {
            clearTimeout(giveUp);
            requestIdleCallback(() => resolve(performance.now()), { timeout: 2000 });
          } else {
            setTimeout(check, 10);
          }
        };
        check();
      }),
    readyText,
  );
}

/** @type {import('../run.mjs').BenchCase} */
export default {
  id: 'page-load',
  title: 'Content-script cost on page load',
  async run({ withExtension, withoutExtension, runs }) {
    const figures = [];
    for (const target of PAGES) {
      if (target.needsSignIn) {
        await signIn(await withExtension.newPage());
        await signIn(await withoutExtension.newPage());
      }
      /** @type {number[]} */ const mainThread = [];
      /** @type {number[]} */ const withTimes = [];
      /** @type {number[]} */ const withoutTimes = [];
      for (let i = 0; i < runs; i++) {
        // The timed loads are never traced (tracing slows the page down, and only one side would pay for it); the
        // extension's main-thread time comes from a third, traced load.
        const a = await withExtension.newPage();
        withTimes.push(/** @type {number} */ (await loadAndSettle(a, target.url, target.ready)));
        await a.close();
        const b = await withoutExtension.newPage();
        withoutTimes.push(/** @type {number} */ (await loadAndSettle(b, target.url, target.ready)));
        await b.close();
        const c = await withExtension.newPage();
        mainThread.push(
          await extensionMainThreadMs(c, `chrome-extension://${withExtension.extensionId}/`, async () => {
            await loadAndSettle(c, target.url, target.ready);
            await new Promise((r) => setTimeout(r, 300));
          }),
        );
        await c.close();
      }
      figures.push(
        { id: `load-main-thread-${target.id}`, label: `Main-thread time, injection → idle, ${target.label}`, unit: 'ms', values: mainThread, target: 5 },
        { id: `load-ready-with-${target.id}`, label: `Load to ready, with extension, ${target.label}`, unit: 'ms', values: withTimes },
        { id: `load-ready-without-${target.id}`, label: `Load to ready, page alone, ${target.label}`, unit: 'ms', values: withoutTimes },
        { id: `load-ratio-${target.id}`, label: `Load overhead ratio (with / without), ${target.label}`, unit: '×', values: ratios(withTimes, withoutTimes), target: 1.05 },
      );
    }
    return figures;
  },
};
