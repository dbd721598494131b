/** Dates the way the portal and the desk say them: DD/MM/YYYY, times in Việt Nam (UTC+7 all year, no DST). */
import type { DossierRecord } from '../../utils/dossier';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A local ISO time as some portal rows give it ("2026-05-01T10:00:00"), without a zone. */
const LOCAL_ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** `2026-12-05` → `05/12/2026`; anything else is returned as it came. */
export function dmy(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An instant (ISO with zone) as `14:05 05/12/2026` in Việt Nam. */
export function vnDateTime(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) return isoInstant;
  const local = new Date(ms + VN_OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ${dmy(local.slice(0, 10))}`;
}

/** A processing-step time as the portal gave it; zone-less ISO is reshaped to the portal's own display form. */
export function stepTime(text: string): string {
  const m = LOCAL_ISO_TIME.exec(text.trim());
  return m ? `${m[4]}:${m[5]} ${m[3]}/${m[2]}/${m[1]}` : text;
}

/** The due date the dossier is held to: the record's (kept current by checks), else the latest check's. */
export function dueDateOf(record: Pick<DossierRecord, 'dueDate' | 'history'>): string | undefined {
  return record.dueDate ?? record.history[record.history.length - 1]?.dueDate;
}
