// IndexedDB for the dossier store in unit tests; the fake browser (storage, runtime) comes from WxtVitest.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Files share one document (isolate: false), so whatever a test left on the page is removed before the next one:
// a form left by one file must not turn up in another file's collect.
afterEach(() => {
  if (typeof document === 'undefined') return;
  document.body?.replaceChildren();
  for (const node of [...document.documentElement.childNodes]) {
    if (node !== document.head && node !== document.body) node.remove();
  }
});
