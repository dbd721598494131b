/**
 * One cheap watcher for "the page changed": a MutationObserver whose callback only schedules work, debounced, then
 * run when the main thread is idle. The portal is a React SPA that renders late and swaps sections; capabilities
 * re-read the page on each tick instead of each keeping an observer of their own.
 */
export interface PageWatcherOptions {
  /** Elements matching this are the extension's own UI: adding or removing them is not a page change. */
  ownSelector?: string;
  /** Quiet time before a tick (ms). */
  delayMs?: number;
  /** A tick happens at least this often while the page keeps changing (ms). */
  maxWaitMs?: number;
  signal?: AbortSignal;
}

export interface PageWatcher {
  /** Runs `listener` on every tick; returns a function that removes it. */
  subscribe(listener: () => void): () => void;
  /** Asks for a tick soon (e.g. after an SPA navigation). */
  poke(): void;
}

export function watchPage(target: Node, options: PageWatcherOptions = {}): PageWatcher {
  const delay = options.delayMs ?? 300;
  const maxWait = options.maxWaitMs ?? 1500;
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;

  const tick = () => {
    timer = undefined;
    firstPending = 0;
    const run = () => {
      if (options.signal?.aborted) return;
      for (const listener of listeners) listener();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else run();
  };

  const poke = () => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(tick, now - firstPending >= maxWait ? 0 : delay);
  };

  // Our own hosts (offer buttons, the fill bar) appearing must not wake the watcher, or each scan would cause the next.
  const own = options.ownSelector;
  const isOwn = (node: Node) => node instanceof Element && own !== undefined && node.matches(own);
  const observer = new MutationObserver((records) => {
    if (own && records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwn))) return;
    poke();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  options.signal?.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    listeners.clear();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    poke,
  };
}
