/**
 * Never let a code slip by: on every page tick, save codes that are certainly the user's (with a notice offering
 * "Hoàn tác"), and offer a "Lưu mã hồ sơ" button next to codes that only appear on the page.
 */
import { capturePage, offerCapture, type DossierCapture } from '../../utils/dossier/capture';
import { request } from '../../utils/messaging';
import type { Notify } from '../../utils/portal/modules';
import type { PageWatcher } from '../../utils/portal/page-watcher';
import { createOfferLayer } from './offers';

export interface CaptureWiring {
  /** While the extension itself runs a lookup in this tab, the lookup flow reports the result; don't capture it twice. */
  pause(paused: boolean): void;
  /** The ID number of the profile used to fill the form on this page, once the user filled it. */
  setFilledIdNumber(idNumber: string | undefined): void;
}

export interface CaptureOptions {
  watcher: PageWatcher;
  notify: Notify;
  /** The extension's own UI hosts, never read. */
  ignoreSelector: string;
  signal: AbortSignal;
}

export function startCapture({ watcher, notify, ignoreSelector, signal }: CaptureOptions): CaptureWiring {
  const sent = new Map<string, string>();
  const offers = createOfferLayer(ignoreSelector);
  let paused = false;
  let filledIdNumber: string | undefined;
  signal.addEventListener('abort', () => offers.clear());
  const ui = { notify };

  const save = async (capture: DossierCapture, announce: boolean): Promise<boolean> => {
    try {
      const result = await request('dossier/capture', capture);
      if (!result.ok) {
        ui.notify(`Không lưu được mã hồ sơ ${capture.code}: ${result.message.vi}`, { tone: 'error' });
        return false;
      }
      if (announce && result.changed) {
        const token = result.undoToken;
        ui.notify(`Đã lưu mã hồ sơ ${result.record.code} vào Trợ lý.`, {
          tone: 'success',
          actions: token
            ? [{ label: 'Hoàn tác', run: () => void request('dossier/undo', { token }).then(() => ui.notify('Đã hoàn tác.')) }]
            : [],
        });
      }
      return true;
    } catch (error) {
      ui.notify(`Không lưu được mã hồ sơ ${capture.code}. ${(error as Error).message}`, { tone: 'error' });
      return false;
    }
  };

  const scan = () => {
    if (!document.body) return;
    const context = { url: location.href, ignoreSelector, ...(filledIdNumber ? { profileIdNumber: filledIdNumber } : {}) };
    const page = capturePage(document.body, context);
    for (const capture of page.captures) {
      if (paused && capture.source === 'lookup-result') continue;
      const key = JSON.stringify({ ...capture, status: capture.status?.statusText, sourceUrl: undefined });
      if (sent.get(capture.code) === key) continue;
      sent.set(capture.code, key);
      void save(capture, true);
    }
    offers.show(page.offers, (offer) => save(offerCapture(offer, { ...context, now: new Date() }), false));
  };

  const unsubscribe = watcher.subscribe(scan);
  signal.addEventListener('abort', unsubscribe);
  scan();
  return {
    pause(value) {
      paused = value;
    },
    setFilledIdNumber(idNumber) {
      filledIdNumber = idNumber;
    },
  };
}
