/**
 * Dates as people type them (dd/mm/yyyy, d/m/yyyy) and as profiles store them (ISO `YYYY-MM-DD`).
 *
 * Everything works on calendar dates as strings, never on `Date` objects parsed from strings: `new Date('2024-02-30')`
 * rolls over silently and time zones shift day boundaries, both of which would corrupt a birth date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day, month, year separated by "/", "-" or "." (people type all three); spaces around separators allowed. */
const DISPLAY_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year, month and day name a real calendar day (29/02 only in leap years). Years 1000-9999. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Builds `YYYY-MM-DD`, or undefined when the parts are not a real day. */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  return isCalendarDate(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : undefined;
}

/** Splits an ISO date into numbers, or undefined when it is not shaped `YYYY-MM-DD` or not a real day. */
export function splitIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

/** Whether the text is an ISO date naming a real day (`2023-02-29` is not). */
export function isValidIsoDate(iso: string): boolean {
  return splitIsoDate(iso) !== undefined;
}

/**
 * Reads a date typed by a person: `15/03/1990`, `5/3/1990`, `05-03-1990`, `5.3.1990`, or already ISO `1990-03-05`.
 * Day comes first (Vietnamese order). Returns ISO, or undefined when the text is not a real day.
 */
export function parseDisplayDate(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = splitIsoDate(trimmed);
  if (iso) return toIsoDate(iso.year, iso.month, iso.day);
  const m = DISPLAY_DATE.exec(trimmed);
  if (!m) return undefined;
  return toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** `1990-03-05` → `05/03/1990`, the way the portals display dates. Returns undefined for an invalid ISO date. */
export function formatDisplayDate(iso: string): string | undefined {
  const parts = splitIsoDate(iso);
  return parts ? `${pad2(parts.day)}/${pad2(parts.month)}/${parts.year}` : undefined;
}

/** Today's calendar date in the user's time zone, as ISO (what "not in the future" compares against). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** Compares two valid ISO dates: negative when a is earlier. ISO strings sort as dates. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole years from `birthIso` to `onIso` (age on that day). Both must be valid ISO dates. */
export function ageOn(birthIso: string, onIso: string): number | undefined {
  const b = splitIsoDate(birthIso);
  const o = splitIsoDate(onIso);
  if (!b || !o) return undefined;
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}
