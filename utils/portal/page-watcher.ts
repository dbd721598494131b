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
  let connected = false;

  // An observer costs the page on every mutation it records, so it is connected only while it has something to learn:
  // after a change it is paused for half the delay (a busy page then records nothing at all), then listens for the
  // other half; a change then starts the pause again, and quiet means a tick. A page that never settles still gets a
  // tick every maxWait.
  const connect = () => {
    if (connected || options.signal?.aborted) return;
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    connected = true;
  };
  const pause = () => {
    if (!connected) return;
    observer.disconnect();
    connected = false;
  };

  const tick = () => {
    timer = undefined;
    firstPending = 0;
    connect();
    const run = () => {
      if (options.signal?.aborted) return;
      for (const listener of listeners) listener();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else run();
  };

  const listenForQuiet = () => {
    timer = undefined;
    if (Date.now() - firstPending >= maxWait) return tick();
    connect();
    timer = setTimeout(tick, Math.ceil(delay / 2));
  };

  const poke = () => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    pause();
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(listenForQuiet, now - firstPending >= maxWait ? 0 : Math.floor(delay / 2));
  };

  // Our own hosts (offer buttons, the fill bar) appearing must not wake the watcher, or each scan would cause the next.
  const own = options.ownSelector;
  const isOwn = (node: Node) => node instanceof Element && own !== undefined && node.matches(own);
  const observer = new MutationObserver((records) => {
    if (own && records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOwn))) return;
    poke();
  });
  connect();
  options.signal?.addEventListener('abort', () => {
    pause();
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
