/**
 * Guides in this tab: start the one a hint URL asks for (`#huong-dan=<id>`, e.g. from a volunteer's QR code), or resume
 * the tab's unfinished tour after a reload, a navigation or a login round trip. The runner itself is injected only then.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readGuideHint, withoutGuideHint } from '../../utils/guide/hint';
import { isTerminal } from '../../utils/guide/machine';
import { remoteGuideStore } from '../../utils/guide/session';
import { readState } from '../../utils/guide/state';
import { request } from '../../utils/messaging';
import { loadedModule } from '../../utils/portal/modules';

export interface GuideWiring {
  start(guideId: string): Promise<void>;
  /** Closes the tour on screen (its stored state is cleared by whoever asked). */
  stop(): void;
}

export function startGuides(ctx: ContentScriptContext, autofillTarget: () => Element | undefined): GuideWiring {
  const store = remoteGuideStore(async (op) => (await request('guide/state', op)).state);

  const begin = async (guideId: string, fresh: boolean) => {
    if (!loadedModule('guide')) await request('module/load', { name: 'guide' });
    const guides = loadedModule('guide');
    if (!guides || ctx.isInvalid) return;
    const { volunteerMode } = await request('settings/get', {});
    await guides.start({ guideId, fresh, volunteer: volunteerMode, store, autofillTarget });
  };

  /** A hint starts its guide once; the hint is then taken out of the address so a reload resumes instead. */
  const startFromHint = (url: string): boolean => {
    const hint = readGuideHint(url);
    if (!hint) return false;
    history.replaceState(history.state, '', withoutGuideHint(url));
    void begin(hint, true);
    return true;
  };

  if (!startFromHint(location.href)) {
    void store.load().then((state) => {
      const saved = readState(state);
      if (saved && !isTerminal(saved)) void begin(saved.guideId, false);
    });
  }
  ctx.addEventListener(window, 'hashchange', () => startFromHint(location.href));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    if (event.newUrl instanceof URL) startFromHint(event.newUrl.href);
  });
  ctx.onInvalidated(() => loadedModule('guide')?.stop());
  return { start: (guideId) => begin(guideId, true), stop: () => loadedModule('guide')?.stop() };
}
