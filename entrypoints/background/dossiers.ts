/**
 * The background's side of dossiers: the only writer of the store. Every write that can be undone leaves a token; the
 * toolbar badge and the popup's copy of the newest rows are redone after each write.
 */
import { browser } from 'wxt/browser';
import {
  badgeCount,
  firstPageOf,
  keepFirstPage,
  openDossierStore,
  readFirstPage,
  writeFirstPage,
  type DossierRecord,
  type DossierStore,
} from '../../utils/dossier';
import { lookUpDossier } from '../../utils/dossier/lookup';
import { createUndoLedger } from '../../utils/dossier/undo';
import type { Handlers } from '../../utils/messaging/server';
import { getActiveProfile } from '../../utils/profile';
import { lookupTabs } from './lookup';

let storePromise: Promise<DossierStore> | undefined;
/** One connection for the worker's lifetime; reopened if the worker restarts. */
export function dossierStore(): Promise<DossierStore> {
  storePromise ??= openDossierStore();
  return storePromise;
}

const undo = createUndoLedger();

async function showBadge(records: readonly DossierRecord[]): Promise<void> {
  const count = badgeCount(records, new Date());
  await browser.action.setBadgeBackgroundColor({ color: '#b3121f' });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
}

/** Dossiers with news or past their due date, on the toolbar icon. */
export async function refreshBadge(): Promise<void> {
  await showBadge(await (await dossierStore()).list());
}

/** Refreshes run one after another, so the last one was read after the last write. */
let refreshQueue: Promise<unknown> = Promise.resolve();

/**
 * What every write is followed by, from one read of the store: the badge, and the first rows the next popup shows
 * before the store opens.
 */
export function afterDossierWrite(): Promise<void> {
  const run = refreshQueue.then(async () => {
    const records = await (await dossierStore()).list();
    await Promise.all([showBadge(records), keepFirstPage(firstPageOf(records), browser.storage.session)]);
  });
  refreshQueue = run.catch(() => undefined);
  return run;
}

/** After a browser restart the in-memory copy is gone: make it again (the store stays the truth meanwhile). */
export async function ensureFirstPage(): Promise<void> {
  if (await readFirstPage(browser.storage.session)) return;
  await writeFirstPage(await dossierStore(), browser.storage.session);
}

type DossierHandlers = Pick<
  Handlers,
  'dossier/capture' | 'dossier/add-manual' | 'dossier/undo' | 'dossier/update' | 'dossier/remove' | 'dossier/import' | 'dossier/lookup'
>;

export const dossierHandlers: DossierHandlers = {
  async 'dossier/capture'(capture) {
    const store = await dossierStore();
    const before = await store.get(capture.code);
    const result = await store.save(capture);
    if (!result.ok) return result;
    await afterDossierWrite();
    const undoToken = result.changed ? undo.remember({ code: result.record.code, before }) : undefined;
    return { ...result, undoToken };
  },

  async 'dossier/add-manual'({ code, ...fields }) {
    const store = await dossierStore();
    const result = await store.addManual(code, fields);
    if (!result.ok) return result;
    await afterDossierWrite();
    return result;
  },

  async 'dossier/undo'({ token }) {
    const entry = undo.take(token);
    if (!entry) return { undone: false };
    const store = await dossierStore();
    if (entry.before) await store.restore(entry.before);
    else await store.remove(entry.code);
    await afterDossierWrite();
    return { undone: true };
  },

  async 'dossier/update'({ code, note, label, seen }) {
    const store = await dossierStore();
    let record = await store.get(code);
    if (note !== undefined) record = await store.setNote(code, note);
    if (label !== undefined) record = await store.setLabel(code, label);
    if (seen) record = await store.markSeen(code);
    await afterDossierWrite();
    return { record };
  },

  async 'dossier/remove'({ code }) {
    const store = await dossierStore();
    const removed = await store.remove(code);
    if (!removed) return { removed: false };
    await afterDossierWrite();
    return { removed: true, undoToken: undo.remember({ code, before: removed }) };
  },

  async 'dossier/lookup'({ code, idNumber }) {
    const store = await dossierStore();
    const saved = await store.get(code);
    const id = idNumber?.trim() || saved?.ownerIdNumber || (await getActiveProfile())?.profile.idNumber;
    if (!id) {
      return {
        kind: 'failed' as const,
        reason: 'missing-id',
        message: {
          vi: 'Cần số CCCD/CMND của chủ hồ sơ (hoặc người được ủy quyền) để tra cứu. Hãy nhập số giấy tờ.',
          en: "The owner's ID number is needed to look this dossier up.",
        },
      };
    }
    const outcome = await lookUpDossier(lookupTabs, { code: saved?.code ?? code, idNumber: id });
    if (outcome.kind !== 'found') {
      return outcome.kind === 'failed'
        ? { kind: 'failed' as const, reason: outcome.reason, message: outcome.message, portalText: outcome.portalText }
        : { kind: 'failed' as const, reason: 'timeout', message: { vi: 'Trang tra cứu không trả kết quả kịp thời.', en: 'No answer in time.' } };
    }
    const result = await store.save({ ...outcome.capture, ownerIdNumber: outcome.capture.ownerIdNumber ?? id });
    if (!result.ok) return { kind: 'failed' as const, reason: result.problem, message: result.message };
    // The portal accepted this ID number for this code: keep it, even if a different one was saved first.
    const record = result.record.ownerIdNumber === id ? result.record : ((await store.setOwnerIdNumber(result.record.code, id)) ?? result.record);
    await afterDossierWrite();
    return { kind: 'found' as const, record, changed: result.changed || record !== result.record };
  },

  async 'dossier/import'({ records, mode }) {
    const store = await dossierStore();
    const result = await store.importMany(records, { mode });
    if (result.ok) await afterDossierWrite();
    return result;
  },
};
