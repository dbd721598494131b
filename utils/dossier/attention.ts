/**
 * What deserves the resident's attention: a status that changed since they last looked, or a due date that passed
 * while the dossier is still with the agency. The toolbar badge counts dossiers with either.
 */
import { vnDateOf } from './dates';
import type { DossierRecord, StatusCheck } from './record';
import { STATE_INFO } from './states';
import { stateOfRecord } from './status';

function sameSteps(a: StatusCheck['steps'], b: StatusCheck['steps']): boolean {
  // A check that could not read the history says nothing about it.
  if (a === undefined || b === undefined) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether two checks report something different (status wording, due date, or processing history). */
export function checksDiffer(a: StatusCheck, b: StatusCheck): boolean {
  return (
    a.statusText.normalize('NFC').trim() !== b.statusText.normalize('NFC').trim() ||
    a.dueDate !== b.dueDate ||
    !sameSteps(a.steps, b.steps)
  );
}

export interface StatusChange {
  previous: StatusCheck;
  latest: StatusCheck;
}

/** The change the latest check brought, whether or not it has been seen. */
export function latestChange(record: Pick<DossierRecord, 'history'>): StatusChange | undefined {
  const { history } = record;
  const latest = history[history.length - 1];
  const previous = history[history.length - 2];
  if (!latest || !previous || !checksDiffer(previous, latest)) return undefined;
  return { previous, latest };
}

/** The latest check differs from the one before and came after the user last looked. */
export function hasNews(record: Pick<DossierRecord, 'history' | 'seenAt'>): boolean {
  const change = latestChange(record);
  if (!change) return false;
  if (!record.seenAt) return true;
  return Date.parse(change.latest.checkedAt) > Date.parse(record.seenAt);
}

/** The due date (Ngày hẹn trả) has passed in Việt Nam while the agency still holds the dossier. */
export function isOverdue(record: Pick<DossierRecord, 'history' | 'dueDate'>, now: Date): boolean {
  // record.dueDate is kept at the latest known value (from checks and pages); older records may only have it in a check.
  const due = record.dueDate ?? record.history[record.history.length - 1]?.dueDate;
  if (!due) return false;
  if (!STATE_INFO[stateOfRecord(record)].open) return false;
  return vnDateOf(now) > due;
}

export function needsAttention(record: Pick<DossierRecord, 'history' | 'seenAt' | 'dueDate'>, now: Date): boolean {
  return hasNews(record) || isOverdue(record, now);
}

/** Number shown on the toolbar badge: dossiers with news or past their due date, each counted once. */
export function badgeCount(
  records: Iterable<Pick<DossierRecord, 'history' | 'seenAt' | 'dueDate'>>,
  now: Date,
): number {
  let count = 0;
  for (const record of records) if (needsAttention(record, now)) count++;
  return count;
}
