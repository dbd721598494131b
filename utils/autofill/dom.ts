/**
 * Small DOM helpers that work across same-origin iframes: an element from an iframe has that frame's prototypes,
 * so `instanceof HTMLInputElement` of the top window is false for it. Compare tag names instead.
 */

export function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

export function isInput(el: Element): el is HTMLInputElement {
  return tagOf(el) === 'input';
}

export function isSelect(el: Element): el is HTMLSelectElement {
  return tagOf(el) === 'select';
}

export function isTextArea(el: Element): el is HTMLTextAreaElement {
  return tagOf(el) === 'textarea';
}

/** The window an element belongs to (its iframe's, for elements inside one). */
export function viewOf(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

/** Rendered and not `visibility: hidden`. Uses checkVisibility where the browser has it. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el.closest('[hidden]')) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  // Old browsers: display:none anywhere up the tree.
  const view = viewOf(el);
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = view.getComputedStyle(e);
    if (style.display === 'none') return false;
    if (e === el && style.visibility === 'hidden') return false;
  }
  return true;
}

/** Text content with whitespace collapsed (textContent, not innerText: no layout work). */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const CONTROL_SELECTOR = 'input:not([type=hidden]), select, textarea, [role=combobox]';

/** Whether an element holds a form control: such blocks are fields, not headings or labels. */
export function holdsControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null;
}

/** getElementById within the element's own tree (document or shadow root). */
export function byId(from: Element, id: string): HTMLElement | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  return (root.getElementById?.(id) ?? from.ownerDocument.getElementById(id)) as HTMLElement | null;
}

export function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(value)
    : value.replace(/["\\\]]/g, '\\$&');
}
