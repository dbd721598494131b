// @ts-check
/**
 * Cost on a busy SPA: a page script makes 10,000 DOM mutations (adds, edits and removes rows across frames, as a
 * React list does) on a portal page, timed in the page, with and without the extension in the same run.
 */
import { TH } from '../../e2e/harness/hosts.mjs';
import { extensionMainThreadMs } from '../trace.mjs';
import { ratios } from '../stats.mjs';

/**
 * Runs in the page's main world. Batches yield through a message channel (a macrotask), so the mutation observers of
 * the page and of the extension run between batches and are inside the measured time, without frame-rate padding.
 * Returns elapsed ms.
 */
function busyPage() {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    const channel = new MessageChannel();
    const start = performance.now();
    let done = 0;
    const batch = () => {
      for (let i = 0; i < 100; i++) {
        const row = document.createElement('div');
        row.className = 'row';
        row.textContent = `Hồ sơ ${done + i}: Đang xử lý`;
        host.append(row);
        if (host.childElementCount > 50) host.firstElementChild?.remove();
        host.lastElementChild?.setAttribute('data-i', String(done + i));
      }
      done += 100;
      // Each batch is about 300 mutations: 100 adds, 100 removes, 100 attribute changes.
      if (done * 3 < 10_000) channel.port2.postMessage(null);
      else setTimeout(() => resolve(performance.now() - start), 0);
    };
    channel.port1.onmessage = batch;
    batch();
  });
}

/** @type {import('../run.mjs').BenchCase} */
export default {
  id: 'busy-spa',
  title: 'Cost on a busy SPA (10,000 DOM mutations)',
  async run({ withExtension, withoutExtension, runs }) {
    /** @type {number[]} */ const withTimes = [];
    /** @type {number[]} */ const withoutTimes = [];
    /** @type {number[]} */ const mainThread = [];
    for (let i = 0; i < runs; i++) {
      // The timed runs are never traced: tracing slows DOM work down, and only one side would pay for it.
      for (const [session, out] of /** @type {const} */ ([[withExtension, withTimes], [withoutExtension, withoutTimes]])) {
        const page = await session.newPage();
        await page.goto(`${TH}/portaldvc/home`, { waitUntil: 'networkidle0' });
        await new Promise((r) => setTimeout(r, 300));
        out.push(/** @type {number} */ (await page.evaluate(busyPage)));
        await page.close();
      }
      const traced = await withExtension.newPage();
      await traced.goto(`${TH}/portaldvc/home`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 300));
      mainThread.push(
        await extensionMainThreadMs(traced, `chrome-extension://${withExtension.extensionId}/`, async () => {
          await traced.evaluate(busyPage);
          await new Promise((r) => setTimeout(r, 300));
        }),
      );
      await traced.close();
    }
    return [
      { id: 'mutations-with', label: '10,000 mutations, with extension', unit: 'ms', values: withTimes },
      { id: 'mutations-without', label: '10,000 mutations, page alone', unit: 'ms', values: withoutTimes },
      { id: 'mutations-main-thread', label: 'Extension main-thread time during 10,000 mutations', unit: 'ms', values: mainThread },
      { id: 'mutations-ratio', label: 'Busy-SPA overhead ratio (with / without)', unit: '×', values: ratios(withTimes, withoutTimes), target: 1.05 },
    ];
  },
};
