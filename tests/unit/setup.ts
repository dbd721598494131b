// IndexedDB for the dossier store in unit tests; the fake browser (storage, runtime) comes from WxtVitest.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
