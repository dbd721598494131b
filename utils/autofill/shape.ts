/**
 * A profile value shaped for one widget: dates in the field's format (ISO for type=date, a part for split fields),
 * options as labels to choose, and whether a value already in the field is the same as the profile's.
 */
import { formatDisplayDate, fold, parseDisplayDate, tidy } from '../text';
import {
  announcedDateFormat, DEFAULT_DATE_FORMAT, datePartOf, formatDate, ISO_DATE_FORMAT, normalizeIdNumber, normalizePhone,
} from './format';
import { sameOption } from './options';
import type { Classification, Control, ControlKind, FillValue } from './types';
import type { Raw } from './values';

const OPTION_KINDS: ReadonlySet<ControlKind> = new Set([
  'native-select', 'radio-group', 'antd-select', 'formio-choices', 'aria-combobox',
]);

export type Shaped = { value: FillValue; display: string } | { error: string };

function shapeDate(control: Control, c: Classification, iso: string): Shaped {
  const display = formatDisplayDate(iso) ?? iso;
  const isSelectLike = OPTION_KINDS.has(control.kind) || control.element.tagName === 'SELECT';
  if (c.datePart) {
    const text = datePartOf(iso, c.datePart);
    if (!text) return { error: 'Ngày trong hồ sơ không hợp lệ' };
    const option = isSelectLike ? { option: { labels: [text], mode: 'number' as const } } : {};
    return { value: { text, ...option }, display: text };
  }
  if (isSelectLike) return { error: 'Ô chọn không nhận cả ngày tháng năm' };
  if (control.kind === 'date-input') return { value: { text: iso }, display };
  const announced = announcedDateFormat(control.element);
  const format = announced ?? DEFAULT_DATE_FORMAT;
  const text = formatDate(iso, format);
  if (!text) return { error: 'Ngày trong hồ sơ không hợp lệ' };
  // antd's default format is ISO and Form.io's is configurable: when the field does not say, try ours then ISO.
  const alt = announced ? [] : [formatDate(iso, ISO_DATE_FORMAT) ?? iso];
  const tryOthers = control.kind === 'antd-date' || control.kind === 'formio-date';
  return { value: { text, ...(tryOthers && alt.length > 0 ? { alternatives: alt } : {}) }, display: text };
}

export function shapeValue(control: Control, c: Classification, raw: Raw): Shaped {
  if (raw.isDate) return shapeDate(control, c, raw.text);
  if (OPTION_KINDS.has(control.kind)) {
    return { value: { text: raw.text, option: raw.option ?? { labels: [raw.text], mode: 'text' } }, display: raw.text };
  }
  return { value: { text: raw.text }, display: raw.text };
}

/** Whether what the field holds already says what the profile says. */
export function sameValue(existing: string, c: Classification, raw: Raw, value: FillValue): boolean {
  if (existing === '') return false;
  if (value.option) return sameOption(existing, value.option);
  if (raw.isDate) {
    if (c.datePart) return Number(existing) === Number(value.text);
    return parseDisplayDate(existing) === raw.text;
  }
  switch (c.fieldType) {
    case 'phone': return normalizePhone(existing) === raw.text;
    case 'idNumber':
    case 'oldIdNumber': return normalizeIdNumber(existing) === raw.text;
    case 'email': return existing.trim().toLowerCase() === raw.text.toLowerCase();
    default: return fold(tidy(existing)) === fold(tidy(raw.text));
  }
}
