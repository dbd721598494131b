/**
 * Bounded waits for the page (options loading, a cascade child enabling, a widget settling), driven by
 * MutationObserver with a slow safety tick, never a busy loop. Every wait is added to the clock, so a report can tell
 * the portal's own loading time from ours.
 */
import { viewOf } from '../dom';

export interface WaitContext {
  /** Milliseconds spent waiting for the page, accumulated across a fill. */
  clock: { waitMs: number };
  signal?: AbortSignal;
}

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

const SAFETY_TICK_MS = 100;

/**
 * Resolves with the probe's first truthy result, or undefined after `timeoutMs` or on abort. The probe runs now, on
 * every DOM change under `near`'s document, and every 100 ms (for changes that mutate nothing, like a scroll).
 */
export function waitFor<T>(
  probe: () => T | null | undefined | false,
  near: Element,
  timeoutMs: number,
  ctx: WaitContext,
): Promise<T | undefined> {
  const first = probe();
  if (first) return Promise.resolve(first);
  if (ctx.signal?.aborted) return Promise.resolve(undefined);
  const start = now();
  const view = viewOf(near);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | undefined): void => {
      if (done) return;
      done = true;
      observer.disconnect();
      view.clearTimeout(timer);
      view.clearInterval(tick);
      ctx.signal?.removeEventListener('abort', onAbort);
      ctx.clock.waitMs += now() - start;
      resolve(value);
    };
    const check = (): void => {
      const value = probe();
      if (value) finish(value);
    };
    const onAbort = (): void => finish(undefined);
    const observer = new view.MutationObserver(check);
    observer.observe(near.ownerDocument, { subtree: true, childList: true, attributes: true, characterData: true });
    const tick = view.setInterval(check, SAFETY_TICK_MS);
    const timer = view.setTimeout(() => finish(probe() || undefined), timeoutMs);
    ctx.signal?.addEventListener('abort', onAbort);
  });
}

/** Lets the page react (re-render, reformat) for `ms`, counted as waiting. */
export function settle(near: Element, ms: number, ctx: WaitContext): Promise<void> {
  const start = now();
  return new Promise((resolve) => {
    viewOf(near).setTimeout(() => {
      ctx.clock.waitMs += now() - start;
      resolve();
    }, ms);
  });
}
