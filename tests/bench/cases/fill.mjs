// @ts-check
/**
 * Fill: "Điền tự động" pressed for real, until the report says "Đã điền N trường". The figure is the extension's
 * main-thread time over that span (its own code and the DOM work it asks for, from trace samples); the portal's
 * option-loading waits are idle time for the extension, so they are not in it by construction. (a) The LLTP
 * NopHoSoTrucTuyen form on the demo portal; (b) synthetic forms of 50-300 fields, to show how the cost grows.
 */
import { TH } from '../../e2e/harness/hosts.mjs';
import { signIn, submissionUrl } from '../../e2e/harness/portal-actions.mjs';
import { AN, restoreProfiles } from '../../e2e/harness/profiles.mjs';
import { syntheticFormHtml } from '../pages/form.mjs';
import { servePages } from '../pages/serve.mjs';
import { cpuMs, eventMs, traced } from '../profile.mjs';
import { markTimes, settle } from '../timeline.mjs';

const BUTTON = '::-p-aria([name="Điền tự động"][role="button"])';
const BAR = '::-p-aria([name="Trợ lý điền biểu mẫu"][role="region"])';
const SIZES = [50, 100, 200, 300];

/**
 * Presses the button and measures one fill.
 * @param {import('puppeteer').Page} page @param {string} extensionId
 */
async function measureFill(page, extensionId) {
  await page.waitForSelector(BUTTON, { timeout: 20_000 });
  await settle(page);
  // Looked up after the page settled: a handle taken while the bar was still rendering can point at a replaced node.
  const button = await page.waitForSelector(BUTTON, { timeout: 20_000 });
  const bar = await page.waitForSelector(BAR, { timeout: 20_000 });
  if (!button || !bar) throw new Error('No "Điền tự động" bar on the page');
  const { result: filled, trace } = await traced(page, async () => {
    await page.evaluate(() => performance.mark('bench:fill-start'));
    await button.click();
    // textContent, not innerText: polling must not force layouts the fill would otherwise pay for.
    const found = await page.waitForFunction(
      (el) => {
        const match = /Đã điền (\d+) trường/.exec(el.textContent ?? '');
        if (match) performance.mark('bench:fill-report');
        return match ? Number(match[1]) : 0;
      },
      { timeout: 60_000, polling: 'raf' },
      bar,
    );
    return Number(await found.jsonValue());
  });
  const ext = `chrome-extension://${extensionId}/`;
  const from = markTimes(trace, 'bench:fill-start')[0];
  const to = markTimes(trace, 'bench:fill-report')[0];
  if (from === undefined || to === undefined) throw new Error('The fill marks are missing from the trace');
  // After the fill the always-on part loads the capture part (for the code shown after "Gửi hồ sơ"): not filling.
  const capture = `${ext}dossier-capture.js`;
  const span = { from, to };
  return {
    filled,
    own: cpuMs(trace, ext, span) - cpuMs(trace, capture, span),
    withPage: cpuMs(trace, ext, { ...span, inclusive: true }) - cpuMs(trace, capture, { ...span, inclusive: true }),
    inject: eventMs(trace, `${ext}fill-engine.js`, ['EvaluateScript', 'v8.compile']),
    wall: (to - from) / 1000,
  };
}

/** @type {import('../run.mjs').BenchCase} */
export default {
  id: 'fill',
  title: 'Fill ("Điền tự động")',
  async run({ withExtension: session, portal, runs }) {
    await restoreProfiles(session, [AN]);
    const before = portal.state.getConfig();
    portal.state.setPersona('an');
    portal.state.setPrefill('name-id');
    /** @type {Record<'own' | 'withPage' | 'inject' | 'wall', number[]>} */
    const lltp = { own: [], withPage: [], inject: [], wall: [] };
    /** @type {Map<number, number[]>} */
    const bySize = new Map(SIZES.map((n) => [n, []]));
    try {
      const first = await session.newPage();
      await signIn(first);
      await first.close();
      for (let i = 0; i < runs; i++) {
        const page = await session.newPage();
        await page.goto(submissionUrl('lltp'), { waitUntil: 'networkidle0' });
        await page.waitForSelector('#NopHoSoTrucTuyen_soDienThoaiChuHoSo, .formio-component-nksHoTen', { timeout: 20_000 });
        const m = await measureFill(page, session.extensionId);
        for (const key of /** @type {const} */ (['own', 'withPage', 'inject', 'wall'])) lltp[key].push(m[key]);
        if (i === 0) console.log(`    LLTP form: ${m.filled} fields filled`);
        await page.close();
      }
    } finally {
      portal.state.setPersona(before.persona);
      portal.state.setPrefill(before.prefill);
    }
    for (const size of SIZES) {
      for (let i = 0; i < runs; i++) {
        const page = await session.newPage();
        const url = `${TH}/portaldvc/bench/to-khai-${size}-truong`;
        await servePages(page, { [url]: syntheticFormHtml(size) });
        await page.goto(url, { waitUntil: 'load' });
        const m = await measureFill(page, session.extensionId);
        bySize.get(size)?.push(m.own);
        if (i === 0) console.log(`    synthetic form, ${size} fields: ${m.filled} filled`);
        await page.close();
      }
    }
    return [
      { id: 'fill-lltp', label: 'Fill, LLTP form: extension main-thread time, click → report', unit: 'ms', values: lltp.own, target: 50 },
      { id: 'fill-lltp-with-page', label: 'Fill, LLTP form: the same with the portal handlers it triggers', unit: 'ms', values: lltp.withPage },
      { id: 'fill-lltp-inject', label: 'Fill, LLTP form: of which injecting fill-engine.js', unit: 'ms', values: lltp.inject },
      { id: 'fill-lltp-wall', label: 'Fill, LLTP form: wall clock, click → report (portal waits included)', unit: 'ms', values: lltp.wall },
      ...SIZES.map((size) => ({ id: `fill-synthetic-${size}`, label: `Fill, synthetic form, ${size} fields`, unit: 'ms', values: bySize.get(size) ?? [] })),
      ...SIZES.map((size) => ({
        id: `fill-synthetic-${size}-per-field`,
        label: `Fill, synthetic form, ${size} fields, per field`,
        unit: 'ms/field',
        values: (bySize.get(size) ?? []).map((ms) => ms / size),
      })),
    ];
  },
};
