/** The lookup tab, for utils/dossier/lookup's flow: a background tab on the official lookup page. */
import { browser } from 'wxt/browser';
import type { LookupTabs } from '../../utils/dossier/lookup';
import { requestTab } from '../../utils/messaging/tab';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const lookupTabs: LookupTabs = {
  async open(url) {
    const tab = await browser.tabs.create({ url, active: false });
    if (tab.id === undefined) throw new Error('no tab id');
    return tab.id;
  },
  async whenReady(tabId, deadline) {
    while (Date.now() < deadline) {
      try {
        await requestTab(tabId, 'tab/ping', {});
        return true;
      } catch {
        // The page is still loading (no content script yet) or failed to load: keep asking until the deadline.
        await sleep(250);
      }
    }
    return false;
  },
  run: (tabId, request) => requestTab(tabId, 'lookup/run', request),
  async close(tabId) {
    await browser.tabs.remove(tabId);
  },
};
