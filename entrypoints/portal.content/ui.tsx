/** Mounts the corner UI (launcher, notices) in a closed shadow root and exposes a tiny imperative surface. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PortalUi } from '../../components/portal/PortalUi';
import type { Notice, NoticeAction } from '../../components/portal/Notices';
import { portalUiCss } from '../../components/portal/styles';
import { detectPage } from '../../utils/portal/pages';

export interface PortalUiHandle {
  notify(text: string, options?: { tone?: Notice['tone']; actions?: NoticeAction[]; ttlMs?: number }): number;
  dismiss(id: number): void;
  /** The element that hosts the UI (excluded from every scan of the page). */
  host: HTMLElement;
}

export const UI_HOST_ATTRIBUTE = 'data-tro-ly-dvc-ui';

export async function mountPortalUi(ctx: ContentScriptContext): Promise<PortalUiHandle> {
  const version = browser.runtime.getManifest().version;
  let notices: Notice[] = [];
  let nextId = 1;
  let url = new URL(location.href);
  let container: HTMLElement | undefined;

  const draw = () => {
    if (!container) return;
    render(
      <PortalUi
        pageName={detectPage(url)?.name.vi}
        version={version}
        notices={notices}
        onDismissNotice={(id) => handle.dismiss(id)}
      />,
      container,
    );
  };

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
    onMount(uiContainer) {
      container = uiContainer;
      draw();
      return uiContainer;
    },
    onRemove(uiContainer) {
      if (uiContainer) render(null, uiContainer);
    },
  });
  ui.shadowHost.setAttribute(UI_HOST_ATTRIBUTE, '');
  ui.mount();

  // The event fires as the navigation starts, before location.href changes: use the URL it carries.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    url = event.newUrl instanceof URL ? event.newUrl : new URL(location.href);
    draw();
  });

  const handle: PortalUiHandle = {
    notify(text, options = {}) {
      const id = nextId++;
      notices = [...notices, { id, text, tone: options.tone, actions: options.actions }];
      draw();
      ctx.setTimeout(() => handle.dismiss(id), options.ttlMs ?? 12_000);
      return id;
    },
    dismiss(id) {
      if (!notices.some((n) => n.id === id)) return;
      notices = notices.filter((n) => n.id !== id);
      draw();
    },
    host: ui.shadowHost,
  };
  return handle;
}
