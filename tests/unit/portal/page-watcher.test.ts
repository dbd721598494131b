import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../utils/portal/page-watcher';

describe('page watcher', () => {
  afterEach(() => vi.useRealTimers());

  async function flush() {
    await Promise.resolve(); // mutation records are delivered in a microtask
  }

  it('ticks once after the page has been quiet, not once per mutation', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const watcher = watchPage(document.body, { delayMs: 100, signal: controller.signal });
    const listener = vi.fn();
    watcher.subscribe(listener);
    for (let i = 0; i < 50; i++) {
      document.body.append(document.createElement('p'));
      await flush();
      vi.advanceTimersByTime(10);
    }
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(listener).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('still ticks while the page never stops changing', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const watcher = watchPage(document.body, { delayMs: 100, maxWaitMs: 300, signal: controller.signal });
    const listener = vi.fn();
    watcher.subscribe(listener);
    for (let i = 0; i < 60; i++) {
      document.body.append(document.createElement('p'));
      await flush();
      vi.advanceTimersByTime(20);
    }
    vi.advanceTimersByTime(1000); // idle callbacks fall back to their timeout
    expect(listener.mock.calls.length).toBeGreaterThanOrEqual(3);
    controller.abort();
  });

  it('is not woken by the extension adding or removing its own UI', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const watcher = watchPage(document.body, { delayMs: 10, signal: controller.signal, ownSelector: '[data-own]' });
    const listener = vi.fn();
    watcher.subscribe(listener);
    const own = document.createElement('span');
    own.setAttribute('data-own', '');
    document.body.append(own);
    await flush();
    own.remove();
    await flush();
    vi.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();
    document.body.append(document.createElement('p'));
    await flush();
    vi.advanceTimersByTime(5000);
    expect(listener).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('records nothing while a busy page keeps changing: after a change it stops listening until it checks for quiet', async () => {
    vi.useFakeTimers();
    const delivered: number[] = [];
    const Original = globalThis.MutationObserver;
    class Counting extends Original {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          delivered.push(records.length);
          callback(records, observer);
        });
      }
    }
    vi.stubGlobal('MutationObserver', Counting);
    try {
      const controller = new AbortController();
      const watcher = watchPage(document.body, { delayMs: 100, signal: controller.signal });
      const listener = vi.fn();
      watcher.subscribe(listener);
      // A burst of 200 changes within 40 ms (a React list re-rendering): only the first reaches the observer.
      for (let i = 0; i < 200; i++) {
        document.body.append(document.createElement('p'));
        await flush();
        if (i % 5 === 0) vi.advanceTimersByTime(1);
      }
      expect(delivered).toHaveLength(1);
      vi.advanceTimersByTime(2000);
      expect(listener).toHaveBeenCalledTimes(1);
      // Listening again: the next change is seen.
      document.body.append(document.createElement('p'));
      await flush();
      expect(delivered).toHaveLength(2);
      vi.advanceTimersByTime(2000);
      expect(listener).toHaveBeenCalledTimes(2);
      controller.abort();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stops when its signal aborts', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const watcher = watchPage(document.body, { delayMs: 10, signal: controller.signal });
    const listener = vi.fn();
    watcher.subscribe(listener);
    controller.abort();
    document.body.append(document.createElement('p'));
    await flush();
    vi.advanceTimersByTime(5000);
    expect(listener).not.toHaveBeenCalled();
  });
});
