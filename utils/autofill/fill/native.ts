/** Plain HTML controls: text inputs, textareas, type=date, <select>, radio groups, checkboxes. */
import { parseDisplayDate } from '../../text';
import { isSelect } from '../dom';
import { pickOption } from '../options';
import { radioLabel, readValue } from '../read';
import type { Control, FillValue } from '../types';
import { done, failed, missReason, type DriverResult } from './driver';
import { fire, sendBlur, sendFocus, setSelectedIndex, typeInto } from './events';

export async function fillText(control: Control, value: FillValue): Promise<DriverResult> {
  const el = control.element as HTMLInputElement | HTMLTextAreaElement;
  typeInto(el, value.text);
  if (el.value === value.text) return done(el.value);
  // A mask or formatter may rewrite the text; a date that still reads as the same day is fine.
  const sameDay = parseDisplayDate(el.value) !== undefined && parseDisplayDate(el.value) === parseDisplayDate(value.text);
  return sameDay ? done(el.value) : failed(`Ô không nhận giá trị (đang hiện "${el.value}")`);
}

export async function fillSelect(control: Control, value: FillValue): Promise<DriverResult> {
  const el = control.element;
  if (!isSelect(el)) return failed('Không phải ô chọn');
  const want = value.option ?? { labels: [value.text], mode: 'text' as const };
  // Number parts match digits: Form.io's month list shows names ("May") over values 1-12.
  const texts = Array.from(el.options, (o) => (want.mode === 'number' && !/\d/.test(o.text) ? o.value : o.text));
  const index = pickOption(texts, want);
  if (index < 0) return failed(missReason(index, value.text));
  sendFocus(el);
  setSelectedIndex(el, index);
  fire(el, 'input');
  fire(el, 'change');
  sendBlur(el);
  return el.selectedIndex === index ? done(readValue(control)) : failed('Ô chọn không nhận lựa chọn');
}

export async function fillRadio(control: Control, value: FillValue): Promise<DriverResult> {
  const radios = control.radios ?? [];
  const want = value.option ?? { labels: [value.text], mode: 'text' as const };
  const index = pickOption(radios.map(radioLabel), want);
  const radio = radios[index];
  if (!radio) return failed(missReason(index, value.text));
  if (!radio.checked) radio.click(); // antd and Form.io radios register a click (WIDGETS.md)
  return radio.checked ? done(radioLabel(radio)) : failed('Không chọn được');
}
