// @ts-check
/** Moments on a page's timeline, read from a trace (see profile.mjs), and waiting for a page to be quiet. */
import { threadOf, urlOf } from './profile.mjs';

/** @typedef {import('./profile.mjs').Trace} Trace */

/** The `performance.mark(name)` events of any page, in order. @param {Trace} trace @param {string} name */
export function marks(trace, name) {
  return trace.events.filter((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing') && e.ph !== 'M').sort((a, b) => a.ts - b.ts);
}

/** Trace timestamps (µs) of a `performance.mark(name)` in any page. @param {Trace} trace @param {string} name */
export function markTimes(trace, name) {
  return marks(trace, name).map((e) => e.ts);
}

/**
 * Waits until the page has been quiet for a while: its own loading done and the extension's first look at it over,
 * so a measurement starts from rest.
 * @param {import('puppeteer').Page} page @param {number} [ms]
 */
export async function settle(page, ms = 500) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined), { timeout: 2000 })));
}

/**
 * The first call into a script whose URL starts with `prefix` made from an animation-frame callback after `after`
 * (trace µs), on the same renderer main thread as `thread` ("pid:tid"), or undefined.
 * @param {Trace} trace @param {string} prefix @param {number} after @param {string} thread
 */
export function firstFrameCall(trace, prefix, after, thread) {
  const frames = trace.events
    .filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.ts > after && threadOf(e) === thread)
    .sort((a, b) => a.ts - b.ts);
  for (const frame of frames) {
    const end = frame.ts + (frame.dur ?? 0);
    const call = trace.urlEvents.find(
      (e) => e.name === 'FunctionCall' && threadOf(e) === thread && e.ts >= frame.ts && e.ts < end && urlOf(e).startsWith(prefix),
    );
    if (call) return call;
  }
  return undefined;
}
