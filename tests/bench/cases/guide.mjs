// @ts-check
/**
 * Guide: how fast the overlay follows its target when the page re-renders. The "tra-cuu" guide is started from its
 * hint URL and moved to step 2 (the dossier-code field); then, in the page's main world, the field is replaced by a
 * clone (as React does) and pushed down by a 40 px block, with `performance.mark('bench:rerender')` at that moment.
 * Figure: from the mark to the end of the guide runner's first animation-frame callback after it (the one that looks
 * the target up again and redraws the overlay), from the trace; and how many frames that took.
 */
import { TH } from '../../e2e/harness/hosts.mjs';
import { threadOf, traced } from '../profile.mjs';
import { firstFrameCall, marks, markTimes, settle } from '../timeline.mjs';

/** Runs in the page's main world: a re-render that replaces and moves the target, and a frame counter. */
function rerender() {
  const old = document.querySelector('#MHS');
  if (!old) throw new Error('no #MHS on the page');
  const clone = old.cloneNode(true);
  const block = document.createElement('div');
  block.id = 'bench-block';
  block.style.height = '40px';
  performance.mark('bench:rerender');
  old.replaceWith(clone);
  (clone.parentElement?.closest('form') ?? clone.parentElement)?.before(block);
  let frames = 0;
  const tick = () => {
    performance.mark('bench:frame');
    if (++frames < 10) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * The top of the overlay's ring (in its closed shadow root, which only the DevTools protocol sees), to check that the
 * overlay really followed.
 * @param {import('puppeteer').Page} page
 */
async function ringTop(page) {
  const client = await page.createCDPSession();
  try {
    /** @typedef {{nodeId: number, attributes?: string[], children?: DomNode[], shadowRoots?: DomNode[]}} DomNode */
    const { root } = /** @type {{root: DomNode}} */ (await client.send('DOM.getDocument', { depth: -1, pierce: true }));
    /** @param {DomNode} node @returns {DomNode | undefined} */
    const find = (node) => {
      const attrs = node.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1] ?? '';
      if (attrs.includes('class') && cls.split(/\s+/).includes('tg-ring')) return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const hit = find(child);
        if (hit) return hit;
      }
      return undefined;
    };
    const ring = find(root);
    if (!ring) return undefined;
    const { model } = /** @type {{model: {border: number[]}}} */ (await client.send('DOM.getBoxModel', { nodeId: ring.nodeId }));
    return model.border[1];
  } finally {
    await client.detach();
  }
}

/** @type {import('../run.mjs').BenchCase} */
export default {
  id: 'guide',
  title: 'Guide overlay following a re-rendered target',
  async run({ withExtension: session, runs }) {
    const guideRunner = `chrome-extension://${session.extensionId}/guide-runner.js`;
    const page = await session.newPage();
    /** @type {number[]} */ const latency = [];
    /** @type {number[]} */ const frames = [];
    try {
      await page.goto(`${TH}/portaldvc/tra-cuu#huong-dan=tra-cuu`);
      await page.waitForSelector('::-p-aria([role="dialog"])', { timeout: 20_000 });
      await (await page.waitForSelector('::-p-aria([name="Tiếp"][role="button"])'))?.click();
      await page.waitForSelector('::-p-aria([name="Nhập mã hồ sơ"][role="heading"])', { timeout: 10_000 });
      for (let i = 0; i < runs; i++) {
        await settle(page);
        const before = i === 0 ? await ringTop(page) : undefined;
        const { trace } = await traced(page, async () => {
          await page.evaluate(rerender);
          await new Promise((resolve) => setTimeout(resolve, 400));
        });
        if (i === 0) {
          const after = await ringTop(page);
          const moved = before === undefined || after === undefined ? 'not found' : `${Math.round(after - before)} px`;
          console.log(`    overlay ring moved ${moved} (target moved 40 px)`);
        }
        const mark = marks(trace, 'bench:rerender')[0];
        const call = mark && firstFrameCall(trace, guideRunner, mark.ts, threadOf(mark));
        if (!mark || !call) throw new Error('No guide-runner animation-frame callback after the re-render in the trace');
        latency.push((call.ts + (call.dur ?? 0) - mark.ts) / 1000);
        frames.push(markTimes(trace, 'bench:frame').filter((ts) => ts <= call.ts).length);
        // Put the page back (the overlay follows again) for the next run.
        await page.evaluate(() => document.querySelector('#bench-block')?.remove());
      }
    } finally {
      await page.close();
    }
    return [
      { id: 'guide-follow', label: 'Guide: re-render → overlay repositioned', unit: 'ms', values: latency, target: 16 },
      { id: 'guide-follow-frames', label: 'Guide: frames until the overlay followed', unit: 'frames', values: frames },
    ];
  },
};
