// @ts-check
/**
 * Popup: time to first render with 0, 1,000 and 10,000 saved dossiers, and search-as-you-type latency at 10,000.
 * The popup page is opened in a tab (the same document the toolbar button opens). The store is seeded through the
 * background, as a backup import would.
 */
import { dossierRecords, seed } from '../pages/dossiers.mjs';

const COUNTS = [0, 1000, 10_000];
/** The popup's own mark when its first rows (or the empty state) are on screen; the lead's name first. */
const MARKS = ['popup:first-render', 'popup-first-render'];
/** Typed one key at a time; diacritics are optional in the search, and plain keys give real keydown events. */
const QUERY = 'nguyen van';

/**
 * Runs before the popup's own scripts: notes when the first row or the empty state is in the DOM and painted, for a
 * popup that sets no mark. Rows are found by the list's accessible name, the empty state by its title.
 */
function watchFirstRender() {
  const w = /** @type {any} */ (window);
  const observer = new MutationObserver(() => {
    const shown = document.querySelector('[aria-label="Hồ sơ đã lưu"] li') ?? (document.body?.textContent?.includes('Chưa lưu mã hồ sơ nào') ? document.body : null);
    if (!shown) return;
    observer.disconnect();
    // The frame that paints it: a message posted from requestAnimationFrame arrives after that frame.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__benchFirstRender = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Opens the popup and returns ms from navigation start to the first render, and where the figure came from.
 * @param {import('../../e2e/harness/launch.mjs').Session} session
 */
async function openPopup(session) {
  const page = await session.newPage();
  await page.setViewport({ width: 400, height: 600 });
  await page.evaluateOnNewDocument(watchFirstRender);
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const found = await page.waitForFunction(
    (marks) => {
      const mark = marks.map((name) => performance.getEntriesByName(name, 'mark')[0]).find(Boolean);
      if (mark) return { ms: mark.startTime, from: mark.name };
      const seen = /** @type {any} */ (window).__benchFirstRender;
      return seen === undefined ? false : { ms: seen, from: 'observer' };
    },
    { timeout: 30_000, polling: 50 },
    MARKS,
  );
  return { page, ...(/** @type {{ms: number, from: string}} */ (await found.jsonValue())) };
}

/**
 * Installed in the open popup: per keystroke, ms from the keydown to the first paint after the list changed (a
 * message posted from the requestAnimationFrame after the change); a key that changes nothing on screen within a
 * second counts to the paint after the key instead.
 */
function instrumentSearch() {
  const w = /** @type {any} */ (window);
  /** @type {{ms: number, changed: boolean}[]} */
  const results = (w.__benchSearch = []);
  /** @type {{t0: number, firstPaint: number, mutated: boolean, done: boolean} | undefined} */
  let pending;
  const afterPaint = (/** @type {() => void} */ run) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = run;
      channel.port2.postMessage(null);
    });
  addEventListener(
    'keydown',
    () => {
      const p = { t0: performance.now(), firstPaint: 0, mutated: false, done: false };
      pending = p;
      afterPaint(() => (p.firstPaint = performance.now()));
      setTimeout(() => {
        if (p.done) return;
        p.done = true;
        results.push({ ms: p.firstPaint - p.t0, changed: false });
      }, 1000);
    },
    true,
  );
  new MutationObserver(() => {
    const p = pending;
    if (!p || p.mutated || p.done) return;
    p.mutated = true;
    afterPaint(() => {
      if (p.done) return;
      p.done = true;
      results.push({ ms: performance.now() - p.t0, changed: true });
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
}

/**
 * Types the query one key at a time into the search box, each key after the previous one was measured.
 * @param {import('puppeteer').Page} page
 */
async function measureSearch(page) {
  // Search is synchronous once the whole list is indexed, which the popup shows by enabling "Tra cứu tất cả".
  const checkAll = await page.waitForSelector('::-p-aria([name="Tra cứu tất cả"][role="button"])', { timeout: 30_000 }).catch(() => null);
  if (checkAll) await page.waitForFunction((el) => !(/** @type {HTMLButtonElement} */ (el).disabled), { timeout: 30_000, polling: 50 }, checkAll);
  else await new Promise((resolve) => setTimeout(resolve, 5000));
  const box = (await page.$('::-p-aria([name="Tìm hồ sơ"])')) ?? (await page.$('input[type=search]'));
  if (!box) throw new Error('The popup has no search box named "Tìm hồ sơ"');
  await box.click();
  await page.evaluate(instrumentSearch);
  for (let i = 0; i < QUERY.length; i++) {
    await page.keyboard.type(/** @type {string} */ (QUERY[i]));
    await page.waitForFunction((n) => /** @type {any} */ (window).__benchSearch.length > n, { timeout: 10_000, polling: 20 }, i);
  }
  return /** @type {{ms: number, changed: boolean}[]} */ (await page.evaluate(() => /** @type {any} */ (window).__benchSearch));
}

/** @type {import('../run.mjs').BenchCase} */
export default {
  id: 'popup',
  title: 'Popup: first render and search',
  async run({ withExtension: session, runs }) {
    const all = dossierRecords(Math.max(...COUNTS));
    const control = await session.newPage();
    await control.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const figures = [];
    /** @type {Set<string>} */
    const sources = new Set();
    try {
      for (const count of COUNTS) {
        await seed(control, all.slice(0, count));
        // One opening unmeasured: the first read after a large import also pays for the database settling.
        await (await openPopup(session)).page.close();
        /** @type {number[]} */
        const values = [];
        for (let i = 0; i < runs; i++) {
          const { page, ms, from } = await openPopup(session);
          values.push(ms);
          sources.add(from);
          await page.close();
        }
        const label = `Popup first render, ${count.toLocaleString('en')} saved dossiers`;
        figures.push({ id: `popup-first-render-${count}`, label, unit: 'ms', values, ...(count === 10_000 ? { target: 100 } : {}) });
      }
      /** @type {number[]} */
      const keys = [];
      let unchanged = 0;
      for (let i = 0; i < runs; i++) {
        const { page } = await openPopup(session);
        for (const key of await measureSearch(page)) {
          keys.push(key.ms);
          if (!key.changed) unchanged++;
        }
        await page.close();
      }
      console.log(`    first render read from: ${[...sources].join(', ')}; ${unchanged}/${keys.length} keystrokes changed nothing on screen`);
      figures.push({ id: 'popup-search-10000', label: 'Popup search as you type, 10,000 dossiers, per keystroke', unit: 'ms', values: keys, target: 16 });
    } finally {
      await control.close();
    }
    return figures;
  },
};
