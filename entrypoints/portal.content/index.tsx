/**
 * Content script on the official portals only. Wiring: the corner UI, one page watcher, dossier capture, and the
 * requests the background sends this tab (the lookup it runs for the popup). Logic lives in utils/.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runLookupInPage } from '../../utils/dossier/lookup/in-page';
import { serveTabRequests } from '../../utils/messaging/tab';
import { OFFICIAL_MATCH_PATTERNS } from '../../utils/portal/origins';
import { watchPage } from '../../utils/portal/page-watcher';
import { startCapture } from './capture';
import { mountPortalUi } from './ui';

export default defineContentScript({
  matches: [...OFFICIAL_MATCH_PATTERNS],
  runAt: 'document_idle',
  async main(ctx) {
    const ui = await mountPortalUi(ctx);
    const watcher = watchPage(document.body, { signal: ctx.signal });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.poke());
    const capture = startCapture(ctx, watcher, ui);

    const stop = serveTabRequests({
      'tab/ping': () => ({ url: location.href }),
      async 'lookup/run'(request) {
        capture.pause(true);
        try {
          return await runLookupInPage(document, request);
        } finally {
          capture.pause(false);
        }
      },
    });
    ctx.onInvalidated(stop);
  },
});
