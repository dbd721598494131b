/**
 * Everything that can move, replace or reveal a target, reduced to one callback: DOM changes, scrolling in any
 * container, resizes, and navigations. The runner answers with one look at the page per animation frame.
 */

/** Attributes that show, hide or restyle elements; others (value, aria-activedescendant…) change too often to watch. */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-invalid', 'aria-expanded', 'disabled'];

export interface PageWatchOptions {
  /** Subscribes to SPA navigations the page makes without DOM events (e.g. WXT's `wxt:locationchange`). */
  watchUrl?: (onChange: () => void) => () => void;
}

/** Calls `onChange` on any change that may move the target; returns the function that stops watching. */
export function watchPage(doc: Document, onChange: () => void, options: PageWatchOptions = {}): () => void {
  const win = doc.defaultView ?? window;
  const undo: Array<() => void> = [];
  const observer = new MutationObserver(onChange);
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  undo.push(() => observer.disconnect());
  const listen = (target: EventTarget, type: string, capture: boolean) => {
    target.addEventListener(type, onChange, { capture, passive: true });
    undo.push(() => target.removeEventListener(type, onChange, { capture }));
  };
  listen(doc, 'scroll', true); // Capture: scrolls inside containers do not bubble.
  listen(win, 'resize', false);
  listen(win, 'popstate', false);
  listen(win, 'hashchange', false);
  if (options.watchUrl) undo.push(options.watchUrl(onChange));
  return () => {
    for (const step of undo) step();
  };
}
