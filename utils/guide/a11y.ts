/**
 * A deliberately small accessible-name and role computation: enough to find the portal's buttons, links and fields by
 * what a person sees or hears, not the full ARIA algorithm (which would cost more bytes than the whole overlay).
 */
import { fold } from '../text';
import type { Role } from './schema';

/** Folds text for name comparison and drops the trailing colon or asterisk that form labels carry ("Số điện thoại:"). */
export function foldName(text: string): string {
  return fold(text).replace(/[\s:*]+$/, '').replace(/^[\s*]+/, '');
}

const IMPLICIT: Record<Role, string> = {
  button: 'button,input[type=button],input[type=submit],input[type=reset],input[type=image]',
  link: 'a[href],area[href]',
  textbox:
    'textarea,input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=url],input[type=password]',
  searchbox: 'input[type=search]',
  combobox: 'select:not([multiple]):not([size])',
  checkbox: 'input[type=checkbox]',
  radio: 'input[type=radio]',
  heading: 'h1,h2,h3,h4,h5,h6',
  tab: '',
  menuitem: '',
  dialog: 'dialog',
  table: 'table',
};

/** A selector for every element that may have `role`; `hasRole` then discards elements whose explicit role differs. */
export function roleSelector(role: Role): string {
  const implicit = IMPLICIT[role];
  return implicit ? `${implicit},[role~="${role}"]` : `[role~="${role}"]`;
}

export function hasRole(element: Element, role: Role): boolean {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit === role;
  return IMPLICIT[role] !== '' && element.matches(IMPLICIT[role]);
}

const NAME_FROM_CONTENT = 'button,a,summary,h1,h2,h3,h4,h5,h6,[role=button],[role=link],[role=tab],[role=menuitem],[role=heading],[role=option]';
const LABELABLE = 'input,select,textarea,button,meter,output,progress';

function textOf(element: Element | null | undefined): string {
  return element?.textContent ?? '';
}

/** The text a label gives its control, without the control's own text (a label may wrap its input). */
function labelText(label: Element, control: Element): string {
  if (!label.contains(control)) return textOf(label);
  const clone = label.cloneNode(true) as Element;
  for (const nested of Array.from(clone.querySelectorAll(LABELABLE))) nested.remove();
  return textOf(clone);
}

function labelsOf(element: Element): string {
  const parts: string[] = [];
  const doc = element.ownerDocument;
  if (element.id) {
    for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
      if (label.getAttribute('for') === element.id) parts.push(labelText(label, element));
    }
  }
  const wrapping = element.parentElement?.closest('label');
  if (wrapping && !wrapping.hasAttribute('for')) parts.push(labelText(wrapping, element));
  return parts.join(' ');
}

/** The element's accessible name, folded (see `foldName`); '' when it has none. */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => textOf(root.getElementById?.(id)))
      .join(' ');
    if (foldName(text)) return foldName(text);
  }
  const candidates: string[] = [element.getAttribute('aria-label') ?? ''];
  if (element.matches(LABELABLE)) candidates.push(labelsOf(element));
  if (element.matches(NAME_FROM_CONTENT)) candidates.push(textOf(element));
  if (element.localName === 'input' && /^(button|submit|reset)$/i.test(element.getAttribute('type') ?? '')) {
    candidates.push(element.getAttribute('value') ?? '');
  }
  candidates.push(element.getAttribute('title') ?? '', element.getAttribute('placeholder') ?? '');
  for (const candidate of candidates) {
    const name = foldName(candidate);
    if (name) return name;
  }
  return '';
}
