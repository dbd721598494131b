/**
 * How new information joins a saved dossier. Rules:
 * - a note or label is never lost (differing notes are kept both);
 * - the status history only grows, oldest first, without repeating an unchanged status;
 * - missing fields are filled; known fields are never replaced by empty ones;
 * - facts the portal states (procedure, agency, dates, owner) take the newer non-empty value, while the ID number,
 *   source and the time first saved keep the first known value.
 */
import { checksDiffer } from './attention';
import type { DossierCapture } from './capture-schema';
import type { DossierRecord, StatusCheck } from './record';

/** Fields where the portal's latest wording is best. */
const PORTAL_FIELDS = ['ownerName', 'ownerAddress', 'procedure', 'agency', 'receivedDate', 'dueDate'] as const;
/** Fields where the first known value stays. */
const FIRST_FIELDS = ['ownerIdNumber', 'sourceUrl', 'source'] as const;

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function tidy(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Notes are free text: keep line breaks, only trim. */
function mergeNotes(a: string | undefined, b: string | undefined): string | undefined {
  const x = a?.trim();
  const y = b?.trim();
  if (!x) return y || undefined;
  if (!y || x === y || x.includes(y)) return x;
  return `${x}\n${y}`;
}

function byTime(a: StatusCheck, b: StatusCheck): number {
  return Date.parse(a.checkedAt) - Date.parse(b.checkedAt);
}

/**
 * Add a check to a history. An unchanged status (same as the check just before it in time) adds nothing, so the
 * history is the list of distinct situations; `lastCheckedAt` records that the check happened.
 */
export function appendCheck(history: readonly StatusCheck[], check: StatusCheck): StatusCheck[] {
  const sorted = [...history];
  let at = sorted.length;
  while (at > 0 && byTime(sorted[at - 1] as StatusCheck, check) > 0) at--;
  const before = sorted[at - 1];
  if (before && !checksDiffer(before, check)) return sorted;
  sorted.splice(at, 0, check);
  return sorted;
}

function latestOf(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

export interface MergeResult {
  record: DossierRecord;
  /** Something must be written (content changed, or only the time of the last check moved). */
  changed: boolean;
}

/**
 * Apply one successful status check. A new status joins the history and its due date becomes the dossier's; the
 * check time is always kept in lastCheckedAt. `updatedAt` moves only when the dossier's content changed.
 */
export function applyCheck(record: DossierRecord, check: StatusCheck, now: string): MergeResult {
  const next: DossierRecord = { ...record };
  let changed = false;
  const history = appendCheck(record.history, check);
  if (history.length !== record.history.length) {
    next.history = history;
    const latest = history[history.length - 1] as StatusCheck;
    if (latest.dueDate) next.dueDate = latest.dueDate;
    next.updatedAt = now;
    changed = true;
  }
  const lastCheckedAt = latestOf(record.lastCheckedAt, check.checkedAt);
  if (lastCheckedAt !== record.lastCheckedAt) {
    next.lastCheckedAt = lastCheckedAt;
    changed = true;
  }
  return { record: next, changed };
}

/** Apply a capture to the saved record (or create one). `now` is an ISO date-time. */
export function mergeCapture(existing: DossierRecord | undefined, capture: DossierCapture, now: string): MergeResult {
  const record: DossierRecord = existing
    ? { ...existing, history: [...existing.history] }
    : { code: capture.code, savedAt: now, updatedAt: now, history: [] };
  let changed = existing === undefined;

  for (const field of PORTAL_FIELDS) {
    const value = capture[field];
    if (present(value) && tidy(value) !== record[field]) {
      record[field] = tidy(value);
      changed = true;
    }
  }
  for (const field of FIRST_FIELDS) {
    const value = capture[field];
    if (present(value) && !present(record[field])) {
      record[field] = tidy(value);
      changed = true;
    }
  }
  const note = mergeNotes(record.note, capture.note);
  if (note !== record.note) {
    if (note === undefined) delete record.note;
    else record.note = note;
    changed = true;
  }
  if (present(capture.label) && !present(record.label)) {
    record.label = tidy(capture.label);
    changed = true;
  }
  if (changed) record.updatedAt = now;
  if (capture.status) {
    const checked = applyCheck(record, capture.status, now);
    return { record: checked.record, changed: changed || checked.changed };
  }
  return { record, changed };
}

/**
 * Join a record from a backup with the saved one: histories are united, notes kept both, missing fields filled
 * (the saved values win where both exist), earliest savedAt, latest seenAt and lastCheckedAt.
 */
export function mergeRecords(existing: DossierRecord | undefined, incoming: DossierRecord, now: string): MergeResult {
  if (!existing) return { record: { ...incoming, history: [...incoming.history].sort(byTime) }, changed: true };
  const record: DossierRecord = { ...incoming, ...existing, history: [...existing.history] };
  let changed = false;
  for (const [key, value] of Object.entries(incoming)) {
    if (key === 'history' || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    const current = (existing as Record<string, unknown>)[key];
    if (current === undefined || (typeof current === 'string' && current.trim() === '')) {
      (record as Record<string, unknown>)[key] = value;
      changed = true;
    }
  }
  for (const check of incoming.history) {
    const merged = appendCheck(record.history, check);
    if (merged.length !== record.history.length) {
      record.history = merged;
      changed = true;
    }
  }
  const note = mergeNotes(existing.note, incoming.note);
  if (note !== existing.note) {
    record.note = note;
    changed = true;
  }
  if (record.note === undefined) delete record.note;
  if (Date.parse(incoming.savedAt) < Date.parse(existing.savedAt)) {
    record.savedAt = incoming.savedAt;
    changed = true;
  }
  for (const key of ['seenAt', 'lastCheckedAt'] as const) {
    const latest = latestOf(existing[key], incoming[key]);
    if (latest !== existing[key]) {
      record[key] = latest;
      changed = true;
    }
  }
  if (changed) record.updatedAt = now;
  return { record, changed };
}
