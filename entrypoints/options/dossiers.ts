/**
 * The options page's view of the dossier store: it reads IndexedDB directly and writes only through the background
 * (the single writer), as `utils/dossier` requires.
 */
import type { DossierSink } from '../../utils/backup';
import { openDossierReader } from '../../utils/dossier';
import type { DossierReader } from '../../utils/dossier';
import { request } from '../../utils/messaging';

let reader: Promise<DossierReader> | undefined;

export function dossierReader(): Promise<DossierReader> {
  reader ??= openDossierReader().catch((error: unknown) => {
    reader = undefined;
    throw error;
  });
  return reader;
}

export const dossierSink: DossierSink = {
  async list() {
    return (await (await dossierReader()).exportAll()).records;
  },
  async putMany(records) {
    const result = await request('dossier/import', { records: [...records], mode: 'replace' });
    if (!result.ok) {
      const detail = result.errors.map((e) => `mã thứ ${e.index + 1}: ${e.message}`).join('; ');
      throw new Error(`kho mã hồ sơ từ chối ${detail}`);
    }
  },
};
