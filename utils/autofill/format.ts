/**
 * Values written the way each field shows them: dates in the field's own format (dd/mm/yyyy unless it says
 * otherwise), phones as the portal accepts them (digits only, 0xxxxxxxxx).
 */
import { splitIsoDate } from '../text';

export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
export const ISO_DATE_FORMAT = 'yyyy-mm-dd';

/** "DD/MM/YYYY", "yyyy-mm-dd", "Ngày/tháng/năm", "dd.mm.yyyy" inside a placeholder or title. */
const FORMAT_IN_TEXT =
  /\b(dd?|mm?|yy(?:yy)?|ngay|thang|nam)\s*([/.-])\s*(dd?|mm?|yy(?:yy)?|ngay|thang|nam)\s*\2\s*(dd?|mm?|yy(?:yy)?|ngay|thang|nam)\b/i;

const WORD_TOKEN: Record<string, string> = { ngay: 'dd', thang: 'mm', nam: 'yyyy' };

/** The date format a field announces in its placeholder, title or data attributes; undefined when it says none. */
export function announcedDateFormat(el: Element): string | undefined {
  const texts = ['placeholder', 'title', 'data-format', 'data-date-format', 'aria-placeholder'].map(
    (a) => el.getAttribute(a) ?? '',
  );
  for (const raw of texts) {
    const text = raw.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/gi, 'd');
    const m = FORMAT_IN_TEXT.exec(text);
    if (!m) continue;
    const tokens = [m[1], m[3], m[4]].map((t) => {
      const low = (t ?? '').toLowerCase();
      return WORD_TOKEN[low] ?? low;
    });
    if (new Set(tokens.map((t) => t[0])).size === 3) return tokens.join(m[2]);
  }
  return undefined;
}

/** ISO `1990-05-07` in `format`: "dd/mm/yyyy" → "07/05/1990", "d/m/yyyy" → "7/5/1990", "yyyy-mm-dd" → ISO. */
export function formatDate(iso: string, format: string): string | undefined {
  const parts = splitIsoDate(iso);
  if (!parts) return undefined;
  const { year, month, day } = parts;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return format.replace(/yyyy|yy|dd|mm|d|m/g, (token) => {
    switch (token) {
      case 'yyyy': return String(year);
      case 'yy': return String(year).slice(-2);
      case 'dd': return pad(day);
      case 'mm': return pad(month);
      case 'd': return String(day);
      default: return String(month);
    }
  });
}

/** A date part as a number string: day "7", month "5", year "1990". */
export function datePartOf(iso: string, part: 'day' | 'month' | 'year'): string | undefined {
  const parts = splitIsoDate(iso);
  return parts ? String(parts[part]) : undefined;
}

/** "+84 912 345 678", "0912.345.678", "84912345678" → "0912345678". */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+84') || (digits.startsWith('84') && digits.length === 11)) return `0${digits.slice(2)}`;
  return digits;
}

/** ID numbers: digits only (people store "038 090 012 345"). */
export function normalizeIdNumber(id: string): string {
  return id.replace(/[\s.-]/g, '');
}
