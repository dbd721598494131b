// Dates in Asia/Ho_Chi_Minh whatever the machine's zone: dossier codes and receipts use Thanh Hóa's calendar.
const ZONE = 'Asia/Ho_Chi_Minh';

/** Wall-clock parts of an instant in Việt Nam. */
export function vnParts(date = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** yyMMdd of the Việt Nam date, as in dossier codes (FACTS §9). */
export function yyMMdd(date = new Date()) {
  const p = vnParts(date);
  return `${p.year.slice(2)}${p.month}${p.day}`;
}

/**
 * Local Việt Nam time without offset ("2026-11-28T09:15:04"), the way the .NET API serialises DateTime; the browser
 * then formats the same digits in any time zone.
 */
export function vnLocalIso(date = new Date()) {
  const p = vnParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** Adds working days (Monday to Friday) to an instant, keeping the time of day. */
export function addWorkingDays(date, days) {
  const result = new Date(date.getTime());
  let left = days;
  while (left > 0) {
    result.setTime(result.getTime() + 86_400_000);
    const weekday = new Date(result.toLocaleString('en-US', { timeZone: ZONE })).getDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return result;
}
