/**
 * Questions the runner and overlay ask about form fields: is the user typing somewhere, and is a field done.
 * The error markers are those of the libraries the portal uses (antd Form, Form.io) and of ARIA.
 */

const TEXT_INPUT_TYPES = /^(|text|search|email|tel|url|password|number|date|datetime-local|month|week|time)$/i;
const EDITABLE_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider']);
const CONTROL = 'input:not([type=hidden]),select,textarea';

/** Whether keys typed into this element belong to it (so the guide's ←/→/Esc shortcuts must stay out of the way). */
export function isEditable(element: Element | null | undefined): boolean {
  if (!element) return false;
  const tag = element.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUT_TYPES.test(element.getAttribute('type') ?? '');
  if ((element as HTMLElement).isContentEditable || element.getAttribute('contenteditable') === 'true') return true;
  return EDITABLE_ROLES.has(element.getAttribute('role') ?? '');
}

const ARROW_KEY_WIDGETS =
  'input[type=radio],input[type=range],[role=radio],[role=tab],[role=menuitem],[role=option],[role=listbox],[role=slider],[role=tree],[role=grid],[role=spinbutton]';

/** Whether ←/→ already mean something where the focus is (typing, radio groups, tabs, menus, sliders). */
export function ownsArrowKeys(element: Element | null | undefined): boolean {
  return isEditable(element) || !!element?.closest(ARROW_KEY_WIDGETS);
}

/** The real control of a target that may be a whole widget (an antd Select box, a form item). */
export function controlIn(element: Element): Element {
  return element.matches(CONTROL) ? element : (element.querySelector(CONTROL) ?? element);
}

/** Whether the field holds something: a typed value, a checked box, or a chosen option in a select widget. */
export function hasValue(element: Element): boolean {
  const widget = element.closest('.ant-select') ?? (element.matches('.ant-select') ? element : null);
  if (widget?.querySelector('.ant-select-selection-item')) return true;
  const control = controlIn(element) as HTMLInputElement;
  const type = (control.getAttribute('type') ?? '').toLowerCase();
  if (type === 'checkbox' || type === 'radio') return control.checked;
  if ('value' in control && typeof control.value === 'string') return control.value.trim() !== '';
  return (control.textContent ?? '').trim() !== '';
}

/** Whether the library or ARIA marks the field as wrong. */
export function hasError(element: Element): boolean {
  const control = controlIn(element);
  if (control.getAttribute('aria-invalid') === 'true' || element.getAttribute('aria-invalid') === 'true') return true;
  const item = element.closest('.ant-form-item');
  if (item && (item.matches('.ant-form-item-has-error') || item.querySelector('.ant-form-item-explain-error'))) return true;
  if (control.matches('.is-invalid') || element.closest('.formio-component.has-error, .has-error')) return true;
  const validity = (control as HTMLInputElement).validity;
  return validity !== undefined && validity.valid === false;
}

/** A field is done when it has a value and nothing marks it as wrong. */
export function isFieldValid(element: Element): boolean {
  return hasValue(element) && !hasError(element);
}
