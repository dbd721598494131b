// @ts-check
/**
 * Dossier-code scan of a 1 MB article (about a million characters of text) served at an official URL. The page is
 * code-shaped, so the always-on part's cheap look loads the capture part, which scans it and offers "Lưu mã hồ sơ"
 * next to the real codes. Figures: the capture part's main-thread time on the page (injection, scans, offers) and the
 * always-on part's, from trace samples, from navigation until the page has been quiet for a while.
 */
import { TH } from '../../e2e/harness/hosts.mjs';
import { articleHtml, REAL_CODES } from '../pages/article.mjs';
import { servePages } from '../pages/serve.mjs';
import { cpuMs, eventMs, traced } from '../profile.mjs';

const ARTICLE_URL = `${TH}/portaldvc/tin-bai/bench-1mb`;
/** A first page on the same site, so the article loads in the renderer the trace already profiles. */
const START = `${TH}/portaldvc/tin-bai/bench-start`;
/** Long enough for the page watcher's follow-up tick (300 ms quiet, then an idle callback) after the offers appear. */
const QUIET_MS = 2500;

/** @type {import('../run.mjs').BenchCase} */
export default {
  id: 'scan',
  title: 'Dossier-code scan of a 1 MB page',
  async run({ withExtension: session, runs }) {
    const html = articleHtml();
    const ext = `chrome-extension://${session.extensionId}/`;
    /** @type {Record<'capture' | 'inject' | 'alwaysOn', number[]>} */
    const out = { capture: [], inject: [], alwaysOn: [] };
    for (let i = 0; i < runs; i++) {
      const page = await session.newPage();
      await servePages(page, { [ARTICLE_URL]: html, [START]: '<!doctype html><title>Tin bài</title><p>Tin bài</p>' });
      await page.goto(START);
      const { result: offered, trace } = await traced(page, async () => {
        await page.goto(ARTICLE_URL, { waitUntil: 'load' });
        // Each offer is a "Lưu mã hồ sơ" button host appended next to a real code.
        await page
          .waitForFunction((n) => document.querySelectorAll('tro-ly-dvc-offer').length >= n, { timeout: 30_000, polling: 100 }, REAL_CODES.length)
          .catch(() => undefined); // reported below; the time spent is still the figure
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
        return page.evaluate(() => document.querySelectorAll('tro-ly-dvc-offer').length);
      });
      if (offered !== REAL_CODES.length) console.log(`    warning: ${offered} codes offered, ${REAL_CODES.length} expected`);
      out.capture.push(cpuMs(trace, `${ext}dossier-capture.js`));
      out.inject.push(eventMs(trace, `${ext}dossier-capture.js`, ['EvaluateScript', 'v8.compile']));
      out.alwaysOn.push(cpuMs(trace, `${ext}content-scripts/`));
      await page.close();
    }
    return [
      { id: 'scan-capture', label: 'Scan, 1 MB page: capture part main-thread time (injection + scans)', unit: 'ms', values: out.capture, target: 20 },
      { id: 'scan-capture-inject', label: 'Scan, 1 MB page: of which injecting dossier-capture.js', unit: 'ms', values: out.inject },
      { id: 'scan-always-on', label: 'Scan, 1 MB page: always-on part main-thread time (incl. its look for codes)', unit: 'ms', values: out.alwaysOn },
    ];
  },
};
