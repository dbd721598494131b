/**
 * The background service worker: the single writer of the dossier store and the router of every message.
 * It only wires capabilities together; their logic lives in utils/.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listProfiles } from '../../utils/profile';
import { serveMessages } from '../../utils/messaging/server';
import { getSettings } from '../../utils/settings';
import { dossierHandlers, dossierStore, ensureFirstPage, refreshBadge } from './dossiers';
import { fillHandlers, listenForFillRequests } from './fill';
import { sessionHandlers, watchVolunteerMode } from './session';
import { forgetClosedTabs, tabHandlers } from './tabs';

export default defineBackground(() => {
  // First run: open the options page so the resident can create a profile before any form needs it.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  void ensureFirstPage().catch(() => undefined); // the popup reads the store when there is no copy
  forgetClosedTabs();
  listenForFillRequests();
  watchVolunteerMode();

  serveMessages({
    async 'app/status'() {
      const [{ profiles }, store] = await Promise.all([listProfiles(), dossierStore()]);
      return {
        version: browser.runtime.getManifest().version,
        profileCount: profiles.length,
        dossierCount: await store.count(),
      };
    },
    'settings/get': () => getSettings(),
    ...dossierHandlers,
    ...tabHandlers,
    ...fillHandlers,
    ...sessionHandlers,
  });
});
