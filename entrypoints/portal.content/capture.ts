/**
 * Never let a code slip by, without carrying the capture code on every page: a cheap look on each page change decides
 * when to load the capture part, which then saves certain codes and offers the rest (entrypoints/dossier-capture).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mayShowDossierCode } from '../../utils/dossier/capture/hint';
import { request } from '../../utils/messaging';
import { loadedModule, type CaptureModule } from '../../utils/portal/modules';
import type { PageWatcher } from '../../utils/portal/page-watcher';
import { UI_HOST_ATTRIBUTE, type PortalUiHandle } from './ui';

export interface CaptureLoader {
  /** The capture part, loaded now if it was not yet. */
  load(): Promise<CaptureModule | undefined>;
}

export function watchForCodes(ctx: ContentScriptContext, watcher: PageWatcher, ui: PortalUiHandle): CaptureLoader {
  let loading: Promise<CaptureModule | undefined> | undefined;
  const load = () => {
    loading ??= (async () => {
      if (!loadedModule('capture')) await request('module/load', { name: 'capture' });
      const capture = loadedModule('capture');
      capture?.start({ watcher, notify: ui.notify, ignoreSelector: `[${UI_HOST_ATTRIBUTE}]`, signal: ctx.signal });
      return capture;
    })().catch(() => {
      loading = undefined; // try again on the next change
      return undefined;
    });
    return loading;
  };
  const look = () => {
    if (!loading && mayShowDossierCode(document)) void load();
  };
  const unsubscribe = watcher.subscribe(look);
  ctx.onInvalidated(unsubscribe);
  look();
  return { load };
}
