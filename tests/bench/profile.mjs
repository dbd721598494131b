// @ts-check
/**
 * Main-thread CPU time by script, from a Chromium trace that includes V8's sampling profiler. Trace events alone miss
 * the work a content script does after an `await` (it runs as microtasks, which the trace attributes to no script);
 * a sample sees the whole stack. Each sample is owned by the nearest frame that has a script URL (DOM and built-in
 * functions have none, so they count for their JS caller); a sample with no such frame (compiling, GC) belongs to the
 * innermost trace event with a URL around it (the script being evaluated or the callback being run).
 *
 * Each top-level task's CPU time (trace `tdur`, which leaves out time the thread waited for a core on a busy machine)
 * is shared among the samples taken in it, by the wall time each stands for; a sample's time never runs past its task,
 * so a sampler that fell behind cannot inflate a figure. A task no sample landed in is counted from its trace events,
 * as `trace.mjs` does.
 */

export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * @typedef {{name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, id?: string,
 *   cat?: string, args?: {name?: string, data?: Record<string, any>}}} TraceEvent
 * @typedef {{id: number, parent?: number, callFrame: {url?: string, functionName: string}}} ProfileNode
 * @typedef {{thread: string, ts: number, weight: number, node: number, nodes: Map<number, ProfileNode>}} Sample
 * @typedef {{events: TraceEvent[], mainThreads: Set<string>, samples: Sample[], urlEvents: TraceEvent[],
 *   unsampled: TraceEvent[]}} Trace
 */

const URL_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'V8.CompileCode', 'v8.callFunction', 'V8.Execute']);

/** @param {TraceEvent} e */
export const threadOf = (e) => `${e.pid}:${e.tid}`;

/** @param {TraceEvent} e */
export function urlOf(e) {
  const data = e.args?.data;
  return data?.url ?? data?.scriptName ?? data?.stackTrace?.[0]?.url ?? '';
}

/**
 * Traces `action` on the page's browser and returns its result with the parsed trace.
 * @template T
 * @param {import('puppeteer').Page} page
 * @param {() => Promise<T>} action
 * @returns {Promise<{result: T, trace: Trace}>}
 */
export async function traced(page, action) {
  await page.tracing.start({ categories: CATEGORIES });
  // The profiler starts at the renderer's next V8 interrupt, which takes long on a loaded machine; let that happen
  // before the measured action rather than inside it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const result = await action();
  const buffer = await page.tracing.stop();
  return { result, trace: parseTrace(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) };
}

/** @param {string} json @returns {Trace} */
export function parseTrace(json) {
  /** @type {TraceEvent[]} */
  const events = JSON.parse(json).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf),
  );
  const onMain = events.filter((e) => mainThreads.has(threadOf(e)) && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts);
  const urlEvents = onMain.filter((e) => URL_EVENTS.has(e.name) && urlOf(e) !== '');
  /** @type {Map<string, TraceEvent[]>} top-level tasks by thread (a nested run loop's tasks are inside another) */
  const tasks = new Map();
  for (const e of onMain) {
    if (e.name !== 'RunTask') continue;
    const list = tasks.get(threadOf(e)) ?? [];
    const last = list.at(-1);
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) list.push(e);
    tasks.set(threadOf(e), list);
  }
  const { samples, sampled } = samplesOf(events, mainThreads, tasks);
  const unsampled = [...tasks.values()].flat().filter((t) => !sampled.has(t));
  return { events, mainThreads, samples, urlEvents, unsampled };
}

/**
 * @param {TraceEvent[]} events @param {Set<string>} mainThreads @param {Map<string, TraceEvent[]>} tasks
 * @returns {{samples: Sample[], sampled: Set<TraceEvent>}}
 */
function samplesOf(events, mainThreads, tasks) {
  /** @type {Map<string, {thread: string, start: number, nodes: Map<number, ProfileNode>, ids: number[], deltas: number[]}>} */
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && mainThreads.has(threadOf(e))) {
      profiles.set(`${e.pid}:${e.id}`, { thread: threadOf(e), start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), ids: [], deltas: [] });
    }
  }
  // Chunks come from the sampler thread and name their profile by id.
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' ? profiles.get(`${e.pid}:${e.id}`) : undefined;
    if (!profile) continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.ids.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  /** @type {Sample[]} */
  const samples = [];
  /** @type {Set<TraceEvent>} */
  const sampled = new Set();
  for (const profile of profiles.values()) {
    let ts = profile.start;
    const own = profile.ids.map((node, i) => ({ node, ts: (ts += profile.deltas[i] ?? 0) })).sort((a, b) => a.ts - b.ts);
    const gaps = own.slice(1).map((s, i) => s.ts - (own[i]?.ts ?? s.ts)).sort((a, b) => a - b);
    const interval = gaps[Math.floor(gaps.length / 2)] ?? 0;
    const threadTasks = tasks.get(profile.thread) ?? [];
    let taskIndex = 0;
    for (let i = 0; i < own.length; i++) {
      const { node, ts: at } = /** @type {{node: number, ts: number}} */ (own[i]);
      const next = own[i + 1]?.ts ?? at + interval;
      // Samples are in order and tasks do not overlap: move past the tasks that ended before this sample.
      let task = threadTasks[taskIndex];
      while (task && at >= task.ts + (task.dur ?? 0)) task = threadTasks[++taskIndex];
      const name = profile.nodes.get(node)?.callFrame.functionName;
      if (name === '(idle)' || name === '(root)') continue;
      let weight = Math.min(next - at, interval);
      if (task && task.ts <= at) {
        // The task's first sample also stands for the start of the task.
        const start = sampled.has(task) ? at : task.ts;
        sampled.add(task);
        const end = Math.min(next, task.ts + (task.dur ?? 0));
        weight = Math.max(0, end - start) * (task.dur ? Math.min(1, (task.tdur ?? task.dur) / task.dur) : 1);
      }
      samples.push({ thread: profile.thread, ts: at, weight, node, nodes: profile.nodes });
    }
  }
  return { samples, sampled };
}

/**
 * Whether a sample belongs to scripts under `prefix`: the nearest frame with a script URL, else the innermost URL
 * event around it. With `inclusive`, any frame on the stack (or the event around it) will do.
 * @param {Trace} trace @param {Sample} sample @param {string} prefix @param {boolean} inclusive
 */
function matches(trace, sample, prefix, inclusive) {
  for (let node = sample.nodes.get(sample.node); node; node = node.parent === undefined ? undefined : sample.nodes.get(node.parent)) {
    const url = node.callFrame.url ?? '';
    if (url === '') continue;
    if (url.startsWith(prefix)) return true;
    if (!inclusive) return false;
  }
  /** @type {TraceEvent | undefined} */
  let around;
  for (const e of trace.urlEvents) {
    if (e.ts > sample.ts) break;
    if (threadOf(e) === sample.thread && sample.ts < e.ts + (e.dur ?? 0)) around = e;
  }
  return around !== undefined && urlOf(around).startsWith(prefix);
}

/**
 * CPU milliseconds on renderer main threads spent by scripts whose URL starts with `prefix`, between `from` and `to`
 * (trace µs). `inclusive` also counts what they call synchronously in other scripts (e.g. page handlers of the events
 * they dispatch).
 * @param {Trace} trace @param {string} prefix
 * @param {{from?: number, to?: number, inclusive?: boolean}} [options]
 */
export function cpuMs(trace, prefix, options = {}) {
  const { from = -Infinity, to = Infinity, inclusive = false } = options;
  let total = 0;
  for (const sample of trace.samples) {
    if (sample.ts >= from && sample.ts <= to && matches(trace, sample, prefix, inclusive)) total += sample.weight;
  }
  for (const task of trace.unsampled) {
    if (task.ts < from || task.ts > to) continue;
    const end = task.ts + (task.dur ?? 0);
    total += 1000 * eventMs(trace, prefix, [...URL_EVENTS], (e) => threadOf(e) === threadOf(task) && e.ts >= task.ts && e.ts < end);
  }
  return total / 1000;
}

/**
 * CPU milliseconds of trace events with the given names for scripts whose URL starts with `prefix`, nested events
 * counted once: e.g. EvaluateScript + v8.compile of one injected file is its injection cost.
 * @param {Trace} trace @param {string} prefix @param {string[]} names
 * @param {(e: TraceEvent) => boolean} [where]
 */
export function eventMs(trace, prefix, names, where = () => true) {
  let total = 0;
  /** @type {Map<string, number>} */
  const coveredUntil = new Map();
  for (const e of trace.urlEvents) {
    if (!names.includes(e.name) || !urlOf(e).startsWith(prefix) || !where(e)) continue;
    const key = threadOf(e);
    if (e.ts < (coveredUntil.get(key) ?? -Infinity)) continue;
    total += e.tdur ?? e.dur ?? 0;
    coveredUntil.set(key, e.ts + (e.dur ?? 0));
  }
  return total / 1000;
}
