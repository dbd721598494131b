/**
 * Field identifiers (name, id, Form.io key, formcontrolname) read as words, the way a person reads `soGiayToChuHoSo`
 * as "số giấy tờ chủ hồ sơ". Vietnamese keys are unaccented, so folded labels and split keys meet on the same text.
 */
import { cleanText } from './text';

/** Ids a framework made up: they say nothing about the field. */
const GENERATED_ID = /^(?:rc_select_\d+|mat-(?:input|select|radio|checkbox|date)[-\w]*\d+|:r[\da-z]+:|react-select-\d+.*|ember\d+|ext-gen\d+|[a-z]{0,3}\d{3,}|[\da-f]{8}-[\da-f-]{20,})$/i;

/** ASP.NET and antd Form prefixes before the field's own name: `ContentPlaceHolder1`, `NopHoSoTrucTuyen`. */
const CONTAINER_SEGMENT = /^[A-Z][A-Za-z\d]*$/;

export function isGeneratedId(id: string): boolean {
  return GENERATED_ID.test(id);
}

/**
 * The field part of a raw name or id: `data[HoVaTen][e1x]` → `HoVaTen` (Form.io: first bracket), `person[0][phone]`
 * → `phone`, `NopHoSoTrucTuyen_soDienThoai` → `soDienThoai`, `ctl00$Main$txtHoTen` → `txtHoTen`; `so_dien_thoai` stays.
 */
export function fieldPart(raw: string): string {
  const brackets = [...raw.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
  if (brackets.length > 0) {
    const head = raw.slice(0, raw.indexOf('['));
    if (head === 'data') return brackets[0] ?? '';
    const named = brackets.filter((b) => b !== '' && !/^\d+$/.test(b));
    return named[named.length - 1] ?? head;
  }
  const segments = raw.split(/[_$]/).filter((s) => s !== '' && !/^\d+$/.test(s));
  while (segments.length > 1 && /^ctl\d+$/i.test(segments[0] ?? '')) segments.shift();
  // Drop container segments only when the next one is a camelCase field name: keeps snake_case keys whole.
  while (segments.length > 1 && CONTAINER_SEGMENT.test(segments[0] ?? '') && /^[a-z]/.test(segments[1] ?? '')) {
    segments.shift();
  }
  return segments.join(' ');
}

/** `soGiayToChuHoSo` → "so giay to chu ho so"; `HoVaTenCCCD` → "ho va ten cccd"; `txtHoTen` → "txt ho ten". */
export function splitKey(raw: string): string {
  const spaced = fieldPart(raw)
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return cleanText(spaced);
}
