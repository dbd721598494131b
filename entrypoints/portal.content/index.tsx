/**
 * Content script on the official portals only: recognises the page and mounts the in-page UI in a closed shadow root.
 * Capabilities (fill, capture, guide) are wired in here; their logic lives in utils/.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Launcher } from '../../components/portal/Launcher';
import { portalUiCss } from '../../components/portal/styles';
import { OFFICIAL_MATCH_PATTERNS } from '../../utils/portal/origins';
import { detectPage } from '../../utils/portal/pages';

export default defineContentScript({
  matches: [...OFFICIAL_MATCH_PATTERNS],
  runAt: 'document_idle',
  async main(ctx) {
    const version = browser.runtime.getManifest().version;
    const ui = await createShadowRootUi(ctx, {
      name: 'tro-ly-dvc',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Closed: page scripts cannot walk into the extension's UI.
      mode: 'closed',
      css: portalUiCss,
      // Keys typed in our UI must not trigger the portal's own shortcuts.
      isolateEvents: true,
      onMount(container) {
        const draw = (url: URL) => render(<Launcher pageName={detectPage(url)?.name.vi} version={version} />, container);
        draw(new URL(location.href));
        // The event fires as the navigation starts, before location.href changes: use the URL it carries.
        ctx.addEventListener(window, 'wxt:locationchange', (event) =>
          draw(event.newUrl instanceof URL ? event.newUrl : new URL(location.href)),
        );
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
