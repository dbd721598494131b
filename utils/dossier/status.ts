/**
 * From the portal's status wording to one of our states. Matching is by folded exact text, so "Đang xử lý",
 * "ĐANG XỬ LÝ" and an NFD copy all match, while any wording we do not know maps to 'unknown' (and is still shown
 * word for word).
 */
import { fold } from '../text/fold';
import { NATIONAL_STATUSES, STATUS_ALIASES, THANH_HOA_STATUSES, type ThanhHoaStatus } from './status-data';
import type { DossierState } from './states';
import type { DossierRecord, StatusCheck } from './record';

/** Trailing punctuation some pages add ("Đang xử lý.") is not part of the label. */
function key(text: string): string {
  return fold(text).replace(/[\s.:;!]+$/u, '');
}

const BY_TEXT = new Map<string, DossierState>();
for (const s of THANH_HOA_STATUSES) BY_TEXT.set(key(s.label), s.state);
for (const s of NATIONAL_STATUSES) BY_TEXT.set(key(s.value), s.state);
for (const s of STATUS_ALIASES) BY_TEXT.set(key(s.text), s.state);

export function stateOfStatusText(text: string | undefined): DossierState {
  if (text === undefined || text.trim() === '') return 'unknown';
  return BY_TEXT.get(key(text)) ?? 'unknown';
}

/** The Thanh Hóa status (code and official label) a text names, if it names one. */
export function thanhHoaStatusOf(text: string): ThanhHoaStatus | undefined {
  const k = key(text);
  return THANH_HOA_STATUSES.find((s) => key(s.label) === k);
}

export function stateOfThanhHoaCode(code: string): DossierState {
  return THANH_HOA_STATUSES.find((s) => s.code === code.trim())?.state ?? 'unknown';
}

/** Whether a text is exactly a status label we know (used to pick the status out of a list row). */
export function isKnownStatusText(text: string): boolean {
  return BY_TEXT.has(key(text));
}

export function latestCheck(record: Pick<DossierRecord, 'history'>): StatusCheck | undefined {
  return record.history[record.history.length - 1];
}

/** The record's current state: from its latest check, 'unchecked' before any. */
export function stateOfRecord(record: Pick<DossierRecord, 'history'>): DossierState {
  const latest = latestCheck(record);
  return latest ? stateOfStatusText(latest.statusText) : 'unchecked';
}
