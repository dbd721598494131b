/**
 * The popup's connections: reads straight from the dossier store (IndexedDB, read-only here) and writes through the
 * background's messages. The panel gets them as plain functions.
 */
import type { DossierActions, DossierSource } from '../../components/dossier';
import { browser } from 'wxt/browser';
import { openDossierReader, readFirstPage, type DossierReader } from '../../utils/dossier';
import { request } from '../../utils/messaging';

/** Opens the store at once: the database connection is most of the popup's time to first rows. */
export function storeSource(): DossierSource & { close(): void } {
  const reader: Promise<DossierReader> = openDossierReader();
  const copy = readFirstPage(browser.storage.session);
  const open = () => reader;
  return {
    list: async (options) => (await open()).list(options),
    get: async (code) => (await open()).get(code),
    count: async () => (await open()).count(),
    firstPage: () => copy,
    close: () => void reader.then((r) => r.close()),
  };
}

/** Rejects after `ms`: the Clipboard API may wait forever for focus or a permission nobody will grant. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

/** Clipboard API first; the old execCommand path when it refuses or hangs (no focus, no permission). */
async function copyText(text: string): Promise<void> {
  try {
    await within(navigator.clipboard.writeText(text), 1000);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

export const backgroundActions: DossierActions = {
  lookup: (code, idNumber) => request('dossier/lookup', idNumber ? { code, idNumber } : { code }),
  addManual: (fields) => request('dossier/add-manual', fields),
  update: (change) => request('dossier/update', change),
  remove: (code) => request('dossier/remove', { code }),
  undo: (token) => request('dossier/undo', { token }),
  copyText,
};
