/**
 * Any other ARIA combobox (Angular Material mat-select, MUI Autocomplete, VNPT iGate pickers): open it (type into an
 * editable one, click a button-like one), find its listbox through aria-controls / aria-owns or the overlay that
 * appeared, and click the option whose whole text matches.
 */
import { byId, isInput, isVisible, textOf } from '../dom';
import { AMBIGUOUS, pickOption, searchTextFor } from '../options';
import { readValue } from '../read';
import { cleanText } from '../text';
import type { Control, FillValue, OptionWant } from '../types';
import { done, failed, missReason, type DriverContext, type DriverResult } from './driver';
import { blurElement, fireInput, focusElement, key, press, setNativeValue } from './events';
import { waitFor } from './wait';

const OPEN_MS = 2000;

function listboxOf(el: HTMLElement): Element | undefined {
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (el.getAttribute(attr) ?? '').split(/\s+/)) {
      const list = id ? byId(el, id) : null;
      if (list) return list.getAttribute('role') === 'listbox' ? list : (list.querySelector('[role=listbox]') ?? list);
    }
  }
  const open = Array.from(el.ownerDocument.querySelectorAll('[role=listbox]')).filter(isVisible);
  return open[open.length - 1];
}

function options(list: Element): Element[] {
  return Array.from(list.querySelectorAll('[role=option]')).filter((o) => o.getAttribute('aria-disabled') !== 'true');
}

async function choose(control: Control, want: OptionWant, label: string, ctx: DriverContext): Promise<DriverResult> {
  const el = control.element;
  if (isInput(el)) {
    const text = searchTextFor(want);
    focusElement(el);
    setNativeValue(el, text);
    fireInput(el, text);
    key(el, 'keydown', 'ArrowDown');
  } else {
    focusElement(el);
    press(el);
  }
  const list = await waitFor(() => {
    const l = listboxOf(el);
    return l && options(l).length > 0 ? l : undefined;
  }, el, ctx.timeoutMs, ctx);
  if (!list) return failed('Không mở được danh sách lựa chọn');
  const items = options(list);
  const index = pickOption(items.map((o) => textOf(o)), want);
  const option = index === AMBIGUOUS ? undefined : items[index];
  if (!option) {
    key(el, 'keydown', 'Escape');
    return failed(missReason(index, label));
  }
  const title = textOf(option);
  press(option);
  const chosen = await waitFor(() => cleanText(readValue(control)) === cleanText(title), el, OPEN_MS, ctx);
  blurElement(el);
  return chosen ? done(title) : failed('Trang không nhận lựa chọn');
}

export function fillAriaCombobox(control: Control, value: FillValue, ctx: DriverContext): Promise<DriverResult> {
  return choose(control, value.option ?? { labels: [value.text], mode: 'text' }, value.text, ctx);
}
