/**
 * Acting like a person, from a content script's isolated world: values go through the prototype's native setter
 * (React's value tracker then sees a change and fires onChange; see WIDGETS.md), and every step dispatches the events
 * the frameworks listen to. React listens to focusin/focusout for onFocus/onBlur, so those are sent when the browser
 * did not send them itself (a background tab gets no focus events).
 */
import { isSelect, isTextArea, viewOf } from '../dom';

type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function protoOf(el: ValueElement): object {
  const view = viewOf(el);
  if (isTextArea(el)) return view.HTMLTextAreaElement.prototype;
  if (isSelect(el)) return view.HTMLSelectElement.prototype;
  return view.HTMLInputElement.prototype;
}

function setProp(el: ValueElement, prop: 'value' | 'selectedIndex', value: unknown): void {
  const setter = Object.getOwnPropertyDescriptor(protoOf(el), prop)?.set;
  if (setter) setter.call(el, value);
  else (el as unknown as Record<string, unknown>)[prop] = value;
}

/** Sets `value` through the native setter, not the instance property a framework may have wrapped. */
export function setNativeValue(el: ValueElement, value: string): void {
  setProp(el, 'value', value);
}

export function setSelectedIndex(el: HTMLSelectElement, index: number): void {
  setProp(el, 'selectedIndex', index);
}

export function fire(el: Element, type: string): void {
  el.dispatchEvent(new (viewOf(el).Event)(type, { bubbles: true, cancelable: true }));
}

/** An `input` event that says text was inserted (some frameworks read inputType). */
export function fireInput(el: Element, data: string): void {
  const view = viewOf(el);
  const event = typeof view.InputEvent === 'function'
    ? new view.InputEvent('input', { bubbles: true, cancelable: false, inputType: 'insertText', data })
    : new view.Event('input', { bubbles: true });
  el.dispatchEvent(event);
}

export function mouse(el: Element, type: 'mousedown' | 'mouseup' | 'click'): void {
  const view = viewOf(el);
  el.dispatchEvent(new view.MouseEvent(type, { bubbles: true, cancelable: true, view, button: 0, buttons: type === 'mousedown' ? 1 : 0 }));
}

/** mousedown, mouseup, click: what a real click sends (antd options need all three). */
export function press(el: Element): void {
  mouse(el, 'mousedown');
  mouse(el, 'mouseup');
  mouse(el, 'click');
}

const KEY_CODES: Record<string, number> = { Enter: 13, Escape: 27, ArrowDown: 40, Tab: 9 };

export function key(el: Element, type: 'keydown' | 'keyup', name: string): void {
  const view = viewOf(el);
  const keyCode = KEY_CODES[name] ?? 0;
  el.dispatchEvent(new view.KeyboardEvent(type, { key: name, code: name, keyCode, which: keyCode, bubbles: true, cancelable: true }));
}

function focusEvents(el: HTMLElement, on: 'focus' | 'blur'): void {
  const view = viewOf(el);
  const [own, bubbling] = on === 'focus' ? ['focus', 'focusin'] : ['blur', 'focusout'];
  el.dispatchEvent(new view.FocusEvent(own as string, { bubbles: false }));
  el.dispatchEvent(new view.FocusEvent(bubbling as string, { bubbles: true }));
}

/** Focuses like a click would; sends the focus events ourselves when the browser did not. */
export function focusElement(el: HTMLElement): void {
  let seen = false;
  const saw = (): void => {
    seen = true;
  };
  el.addEventListener('focusin', saw);
  el.focus({ preventScroll: true });
  el.removeEventListener('focusin', saw);
  if (!seen) focusEvents(el, 'focus');
}

export function blurElement(el: HTMLElement): void {
  let seen = false;
  const saw = (): void => {
    seen = true;
  };
  el.addEventListener('focusout', saw);
  if (el.ownerDocument.activeElement === el) el.blur();
  el.removeEventListener('focusout', saw);
  if (!seen) focusEvents(el, 'blur');
}

/**
 * The focus events a person's focus sends, without moving the real focus. Plain fields need only the events (React
 * maps focusin/focusout to onFocus/onBlur); a real focus() forces a layout per field and moves the person's caret.
 */
export function sendFocus(el: HTMLElement): void {
  focusEvents(el, 'focus');
}

export function sendBlur(el: HTMLElement): void {
  focusEvents(el, 'blur');
}

/** The text-field sequence of WIDGETS.md: focus, native setter, input, change, blur (as events). */
export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, text: string, opts: { blur?: boolean } = {}): void {
  sendFocus(el);
  setNativeValue(el, text);
  fireInput(el, text);
  fire(el, 'change');
  if (opts.blur !== false) sendBlur(el);
}
