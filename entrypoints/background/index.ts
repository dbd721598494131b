/**
 * The background service worker: the single writer of the dossier store and the router of every message.
 * It only wires capabilities together; their logic lives in utils/.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serveMessages } from '../utils/messaging/server';

export default defineBackground(() => {
  // First run: open the options page so the resident can create a profile before any form needs it.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  serveMessages({
    'app/status': () => ({
      version: browser.runtime.getManifest().version,
      // Filled in by the profile and dossier stores as they land (issues 3 and 5).
      profileCount: 0,
      dossierCount: 0,
    }),
  });
});
