/**
 * Calendar dates as the portals use them: local time in Việt Nam, shown as DD/MM/YYYY, stored as ISO `YYYY-MM-DD`.
 */

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975), so a fixed offset is exact and needs no Intl. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year/month/day name a real day of the Gregorian calendar (rejects 30 February, month 13...). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today's date in Việt Nam for the instant `now`, as `YYYY-MM-DD`. */
export function vnDateOf(now: Date): string {
  return new Date(now.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus a number of days (may be negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

const DMY = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

/**
 * The first DD/MM/YYYY date inside a text, as ISO (`"Sau 9 giờ 00 phút, ngày 03/11/2023"` → `2023-11-03`).
 * Impossible dates give undefined. FACTS §2: the portal displays dates as DD/MM/YYYY.
 */
export function parseVnDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = DMY.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return isCalendarDate(year, month, day) ? isoDate(year, month, day) : undefined;
}
