/**
 * Everything a person would read to know what a control asks: its label (for= or wrapping, antd Form.Item, Form.io
 * component, Angular Material mat-label, aria-labelledby), aria-label and title, placeholder, the table cell or text
 * before it, its section headings, its name / id / key, and its options.
 */
import { byId, isInput, isSelect, textOf } from './dom';
import { isGeneratedId, splitKey } from './keys';
import type { SectionFinder } from './sections';
import { cleanText, displayText } from './text';
import type { Control, Evidence } from './types';

const MAX_CONTEXT = 100;

function labelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => (id ? labelText(byId(el, id)) : ''))
    .filter((t) => t !== '')
    .join(' ');
}

/** Screen-reader-only hints ("numeric only" in Form.io's phone label) and controls inside a wrapping label. */
const NOT_LABEL_TEXT = 'select, textarea, .sr-only, .visually-hidden, .cdk-visually-hidden';

/** Text of a label as a sighted person reads it. */
function labelText(label: Element | null | undefined): string {
  if (!label?.querySelector(NOT_LABEL_TEXT)) return textOf(label);
  const clone = label.cloneNode(true) as Element;
  clone.querySelectorAll(NOT_LABEL_TEXT).forEach((n) => n.remove());
  return textOf(clone);
}

/**
 * `<label for=id>` per tree (document or shadow root), indexed once per collection: `el.labels` costs a document scan
 * per call in some engines, which made pages of hundreds of fields quadratic.
 */
export class LabelIndex {
  private readonly byRoot = new WeakMap<Node, Map<string, Element[]>>();

  labelsFor(el: Element): Element[] {
    if (!el.id) return [];
    const root = el.getRootNode() as Document | ShadowRoot;
    let map = this.byRoot.get(root);
    if (!map) {
      map = new Map();
      for (const label of Array.from(root.querySelectorAll('label[for]'))) {
        const id = label.getAttribute('for') ?? '';
        map.set(id, [...(map.get(id) ?? []), label]);
      }
      this.byRoot.set(root, map);
    }
    return map.get(el.id) ?? [];
  }
}

/** The page's reading aids for one collection pass. */
export interface EvidenceContext {
  sections: SectionFinder;
  labels: LabelIndex;
}

function nativeLabel(el: HTMLElement, labels: LabelIndex): string {
  const texts = labels.labelsFor(el).map(labelText).filter((t) => t !== '');
  const wrapping = el.closest('label');
  if (wrapping && !labels.labelsFor(el).includes(wrapping)) texts.push(labelText(wrapping));
  return texts.join(' ');
}

/** The Form.io component element and its key (`formio-component-<key>`; the label's for= is `<id>-<key>`). */
export function formioComponent(el: Element): { component: Element; key: string } | undefined {
  const component = el.closest('.formio-component');
  if (!component) return undefined;
  const label = component.querySelector(':scope > label[for], :scope > [ref=label]');
  const forAttr = label?.getAttribute('for') ?? '';
  if (component.id && forAttr.startsWith(`${component.id}-`)) {
    return { component, key: forAttr.slice(component.id.length + 1) };
  }
  const classes = Array.from(component.classList).filter((c) => c.startsWith('formio-component-'));
  const last = classes[classes.length - 1];
  return { component, key: last ? last.slice('formio-component-'.length) : '' };
}

/** The label a framework puts around the field: antd Form.Item, Form.io component, Angular Material. */
function frameworkLabel(el: Element): string {
  const item = el.closest('.ant-form-item');
  if (item) {
    const label = item.querySelector('.ant-form-item-label label');
    if (label) return label.getAttribute('title') || labelText(label);
  }
  const formio = formioComponent(el);
  if (formio) {
    const label = formio.component.querySelector(':scope > label, :scope > [ref=label]');
    if (label) return labelText(label);
  }
  const mat = el.closest('mat-form-field, .mat-mdc-form-field, .mat-form-field');
  if (mat) return labelText(mat.querySelector('mat-label, .mat-mdc-floating-label, .mat-form-field-label'));
  return '';
}

/** The previous table cell, or the nearest text before the element that is not another field. */
function contextText(el: Element): string {
  const cell = el.closest('td, th');
  if (cell) {
    for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
      const t = textOf(c);
      if (t !== '' && !c.querySelector('input, select, textarea')) return t.slice(0, MAX_CONTEXT);
      if (t !== '') break;
    }
  }
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    let seen = 0;
    for (let s = node.previousSibling; s && seen < 4; s = s.previousSibling) {
      if (s.nodeType === 3) {
        const t = (s.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (t !== '') return t.slice(0, MAX_CONTEXT);
        continue;
      }
      if (s.nodeType !== 1) continue;
      seen++;
      const sib = s as Element;
      if (sib.matches('input, select, textarea, button') || sib.querySelector('input, select, textarea')) continue;
      const t = textOf(sib);
      if (t !== '' && t.length <= MAX_CONTEXT) return t;
    }
  }
  return '';
}

function keysOf(control: Control): string[] {
  const el = control.element;
  const keys: string[] = [];
  const formio = formioComponent(el);
  if (formio?.key) keys.push(formio.key);
  for (const attr of ['name', 'formcontrolname', 'ng-reflect-name', 'data-key', 'data-field']) {
    const v = el.getAttribute(attr);
    if (v && !(formio && attr === 'name' && /^(?:data\[|month|day|year)/.test(v))) keys.push(v);
  }
  // Form.io ids are `<random>-<key>`: the key is already in.
  if (el.id && !formio && !isGeneratedId(el.id)) keys.push(el.id);
  return [...new Set(keys)];
}

function optionsOf(control: Control, labels: LabelIndex): string[] {
  const el = control.element;
  if (control.kind === 'radio-group') {
    return (control.radios ?? []).map((r) => cleanText(nativeLabel(r, labels) || r.value));
  }
  if (control.kind === 'formio-choices') {
    return Array.from(control.host.querySelectorAll('.choices__item--choice'), (o) => cleanText(textOf(o)));
  }
  if (isSelect(el)) return Array.from(el.options, (o) => cleanText(o.text));
  return [];
}

function ownLabel(control: Control, labels: LabelIndex): string {
  const el = control.element;
  if (control.kind === 'radio-group') {
    const group = control.host;
    return (
      labelledBy(group) ||
      group.getAttribute('aria-label') ||
      textOf(group.closest('fieldset')?.querySelector(':scope > legend')) ||
      frameworkLabel(group)
    );
  }
  if (control.kind === 'formio-day-part' || control.kind === 'formio-date') return frameworkLabel(el);
  if (control.kind === 'checkbox') {
    // The portal's "(☐ Người nộp là chủ hồ sơ)" is a bare box with its words beside it, in the section header.
    const parentText = textOf(el.parentElement);
    return nativeLabel(el, labels) || labelledBy(el) || (parentText.length <= 120 ? parentText : '');
  }
  return labelledBy(el) || nativeLabel(el, labels) || frameworkLabel(el);
}

export function gatherEvidence(control: Control, ctx: EvidenceContext): Evidence {
  const el = control.element;
  const label = ownLabel(control, ctx.labels);
  const aria = [el.getAttribute('aria-label'), el.getAttribute('title')].filter(Boolean).join(' ');
  // Also read when there is a label: split date parts ("Ngày" "Tháng" "Năm") take their meaning from the text before.
  const context = contextText(control.kind === 'radio-group' ? control.host : el);
  const keys = keysOf(control);
  const section = ctx.sections.find(control.host);
  return {
    label: displayText(label || context || aria || el.getAttribute('placeholder') || keys[0] || ''),
    labelFolded: cleanText(label),
    placeholderFolded: cleanText(el.getAttribute('placeholder') ?? ''),
    ariaFolded: cleanText(aria),
    contextFolded: cleanText(context),
    keysFolded: keys.map(splitKey).filter((k) => k !== ''),
    keys,
    sections: section.texts,
    sectionKey: section.key,
    sectionTitle: section.title,
    options: optionsOf(control, ctx.labels),
    inputType: isInput(el) ? (el.getAttribute('type') ?? 'text').toLowerCase() : '',
    maxLength: isInput(el) && el.maxLength > 0 ? el.maxLength : 0,
  };
}
