/**
 * Content script on the official portals only: the always-on part. It recognises the page, mounts the corner UI,
 * watches the page once for everyone, and loads the heavier parts (capture, guide runner, fill engine) only when the
 * page or the person needs them. Logic lives in utils/.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { lookupFailure } from '../../utils/dossier/capture/outcome';
import { serveTabRequests } from '../../utils/messaging/tab';
import { OFFICIAL_MATCH_PATTERNS } from '../../utils/portal/origins';
import { watchPage } from '../../utils/portal/page-watcher';
import { watchForCodes } from './capture';
import { startFillBar } from './fill';
import { startGuides } from './guide';
import { mountPortalUi, UI_HOST_ATTRIBUTE } from './ui';

export default defineContentScript({
  matches: [...OFFICIAL_MATCH_PATTERNS],
  runAt: 'document_idle',
  async main(ctx) {
    const ui = await mountPortalUi(ctx);
    const watcher = watchPage(document.body, { signal: ctx.signal, ownSelector: `[${UI_HOST_ATTRIBUTE}]` });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.poke());
    const codes = watchForCodes(ctx, watcher, ui);
    const fill = startFillBar(ctx, watcher, codes);
    const guides = startGuides(ctx, fill.target);

    const stop = serveTabRequests({
      'tab/ping': () => ({ url: location.href }),
      'fill/start': () => fill.start(),
      'session/reset': () => {
        guides.stop();
        fill.reset();
        return {};
      },
      async 'lookup/run'(request) {
        const capture = await codes.load();
        return capture ? capture.runLookup(request) : lookupFailure('unreadable');
      },
    });
    ctx.onInvalidated(stop);
  },
});
