/**
 * Date pickers that take typed text: antd DatePicker (rc-picker) and Form.io datetime (flatpickr's visible input).
 * Each has its own commit (Enter or blur); a picker that rejects the text resets it, and then the next spelling is
 * tried (antd's default format is ISO, Form.io's is per form).
 */
import { parseDisplayDate } from '../../text';
import type { Control, FillValue } from '../types';
import { done, failed, type DriverContext, type DriverResult } from './driver';
import { blurElement, fireInput, focusElement, key, mouse, setNativeValue } from './events';
import { settle } from './wait';

const SETTLE_MS = 30;

function sameDay(shown: string, typed: string): boolean {
  if (shown === typed) return true;
  const a = parseDisplayDate(shown);
  return a !== undefined && a === parseDisplayDate(typed);
}

interface DateWidget {
  open: (el: HTMLInputElement) => void;
  commit: (el: HTMLInputElement) => void;
  /** The widget's own sign that it took the date (the text alone can linger after a rejection). */
  took: (control: Control) => boolean;
}

async function typeDate(control: Control, value: FillValue, ctx: DriverContext, w: DateWidget): Promise<DriverResult> {
  const el = control.element as HTMLInputElement;
  const texts = [value.text, ...(value.alternatives ?? [])];
  for (const text of texts) {
    w.open(el);
    setNativeValue(el, text);
    fireInput(el, text);
    w.commit(el);
    await settle(el, SETTLE_MS, ctx);
    if (el.value !== '' && sameDay(el.value, text) && w.took(control)) return done(el.value);
  }
  return failed(`Ô ngày không nhận "${texts.join('" hay "')}"`);
}

/**
 * antd DatePicker: mousedown + focus + click open the panel; Enter then blur commit. rc-picker marks text it cannot
 * parse with `.ant-picker-invalid` (and shows its clear button only once it holds a value).
 */
export function fillAntdDate(control: Control, value: FillValue, ctx: DriverContext): Promise<DriverResult> {
  return typeDate(control, value, ctx, {
    open: (el) => {
      mouse(el, 'mousedown');
      focusElement(el);
      mouse(el, 'click');
    },
    commit: (el) => {
      key(el, 'keydown', 'Enter');
      key(el, 'keyup', 'Enter');
      blurElement(el);
    },
    took: (c) => !c.host.classList.contains('ant-picker-invalid'),
  });
}

/** The input flatpickr hid and writes the committed date into (Form.io reads it). */
function flatpickrSource(el: Element): HTMLInputElement | undefined {
  const prev = el.previousElementSibling;
  return prev?.classList.contains('flatpickr-input') ? (prev as HTMLInputElement) : undefined;
}

/** Form.io datetime: focus + click, type, and the blur commits (flatpickr's setDate); Escape closes the calendar. */
export function fillFormioDate(control: Control, value: FillValue, ctx: DriverContext): Promise<DriverResult> {
  return typeDate(control, value, ctx, {
    open: (el) => {
      focusElement(el);
      mouse(el, 'click');
    },
    commit: (el) => {
      blurElement(el);
      key(el, 'keydown', 'Escape');
    },
    took: (c) => (flatpickrSource(c.element)?.value ?? 'no flatpickr') !== '',
  });
}

/** Undo to empty: antd's clear button when there is one, else empty text committed like a date. */
export async function clearDate(control: Control, ctx: DriverContext): Promise<boolean> {
  const el = control.element as HTMLInputElement;
  const clear = control.kind === 'antd-date' ? control.host.querySelector('.ant-picker-clear') : null;
  if (clear) {
    mouse(clear, 'mousedown');
    mouse(clear, 'mouseup');
    mouse(clear, 'click');
  } else {
    focusElement(el);
    setNativeValue(el, '');
    fireInput(el, '');
    blurElement(el);
  }
  await settle(el, SETTLE_MS, ctx);
  return el.value === '';
}
