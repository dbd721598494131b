// @ts-check
/**
 * Main-thread CPU time spent in the extension's content scripts, from a Chromium performance trace: the scripts'
 * evaluation, compilation and every callback they run (observers, timers, listeners), counted once even when events nest.
 */

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'];

/**
 * @typedef {{name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number,
 *   args?: {data?: {url?: string, scriptName?: string, stackTrace?: {url: string}[]}, name?: string}}} TraceEvent
 */

/** @param {TraceEvent} e */
function urlOf(e) {
  const data = e.args?.data;
  return data?.url ?? data?.scriptName ?? data?.stackTrace?.[0]?.url ?? '';
}

/**
 * Records a trace around `action` and returns the extension's main-thread milliseconds on the page's renderer.
 * @param {import('puppeteer').Page} page
 * @param {string} scriptUrlPrefix e.g. chrome-extension://<id>/content-scripts/
 * @param {() => Promise<void>} action
 */
export async function extensionMainThreadMs(page, scriptUrlPrefix, action) {
  await page.tracing.start({ categories: CATEGORIES });
  await action();
  const buffer = await page.tracing.stop();
  /** @type {{traceEvents: TraceEvent[]}} */
  const trace = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8'));
  const events = trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && mainThreads.has(`${e.pid}:${e.tid}`))
    .filter((e) => ['EvaluateScript', 'FunctionCall', 'v8.compile', 'V8.CompileCode', 'v8.callFunction', 'V8.Execute'].includes(e.name))
    .filter((e) => urlOf(e).startsWith(scriptUrlPrefix))
    .sort((a, b) => a.ts - b.ts);
  // Count nested events once: only events not inside an earlier counted one on the same thread. Each counts its thread
  // time (tdur: CPU time on the main thread), not its wall time, which also holds time the thread waited for a busy CPU.
  let total = 0;
  /** @type {Map<string, number>} */
  const coveredUntil = new Map();
  for (const e of ours) {
    const key = `${e.pid}:${e.tid}`;
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < (coveredUntil.get(key) ?? -Infinity)) continue;
    total += e.tdur ?? e.dur ?? 0;
    coveredUntil.set(key, end);
  }
  return total / 1000;
}
