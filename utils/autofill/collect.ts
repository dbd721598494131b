/**
 * Every control a person could fill on the page, in document order, including inside open shadow roots and
 * same-origin iframes. Widgets are recognised by the real libraries' markup (antd 5 Select / DatePicker, Form.io 4 with
 * Choices.js and flatpickr, ARIA comboboxes) and a radio group is one control.
 *
 * Skipped: hidden, disabled, read-only, password, file, search and captcha fields, multi-selects, and anything inside
 * the caller's `exclude` element (the extension's own UI). A disabled antd Select is kept, marked `locked`: in a cascade
 * it opens once its parent is chosen.
 */
import { isInput, isSelect, isVisible, tagOf } from './dom';
import type { Control, DatePart } from './types';

export interface CollectOptions {
  /** The extension's own UI host: never looked into, never touched. */
  exclude?: Element | null;
}

type Draft = { -readonly [K in keyof Control]: Control[K] };

const SKIPPED_TYPES = new Set(['hidden', 'password', 'file', 'submit', 'button', 'image', 'reset', 'color', 'range', 'search']);
const RADIO_CONTAINER = '[role=radiogroup], .ant-radio-group, mat-radio-group, fieldset, .form-radio';
const CAPTCHA = /captcha/i;

class Collector {
  readonly out: Draft[] = [];
  private readonly consumed = new WeakSet<Element>();
  private readonly radioGroups = new Map<string, Draft>();
  private readonly scopeIds = new WeakMap<object, number>();
  private nextScope = 1;

  constructor(private readonly exclude: Element | null) {}

  walk(root: Document | ShadowRoot | Element): void {
    if (root.nodeType === 1 && !this.excluded(root as Element)) this.visit(root as Element);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (this.excluded(el)) continue;
      this.visit(el);
      if (el.shadowRoot) this.walk(el.shadowRoot);
      const tag = tagOf(el);
      if (tag === 'iframe' || tag === 'frame') {
        let doc: Document | null = null;
        try {
          doc = (el as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
        } catch {
          doc = null;
        }
        if (doc?.documentElement) this.walk(doc);
      }
    }
  }

  private excluded(el: Element): boolean {
    return this.exclude !== null && (this.exclude === el || this.exclude.contains(el));
  }

  private push(draft: Omit<Draft, 'index'>): Draft {
    const full: Draft = { ...draft, index: this.out.length };
    this.out.push(full);
    return full;
  }

  private visit(el: Element): void {
    if (this.consumed.has(el)) return;
    const cls = el.classList;
    if (cls.contains('ant-select')) return this.antdSelect(el as HTMLElement);
    if (cls.contains('ant-picker')) return this.antdPicker(el as HTMLElement);
    if (cls.contains('choices') && el.querySelector('select')) return this.choices(el as HTMLElement);
    const tag = tagOf(el);
    if (tag === 'input' || tag === 'select' || tag === 'textarea') return this.field(el as HTMLElement);
    if (el.getAttribute('role') === 'combobox' && el.getAttribute('aria-disabled') !== 'true' && isVisible(el)) {
      this.push({ kind: 'aria-combobox', element: el as HTMLElement, host: el as HTMLElement });
    }
  }

  private consume(root: Element): void {
    root.querySelectorAll('input, select, textarea, [role=combobox]').forEach((n) => this.consumed.add(n));
  }

  private antdSelect(root: HTMLElement): void {
    this.consume(root);
    const input = root.querySelector<HTMLInputElement>('input.ant-select-selection-search-input, input[role=combobox]');
    if (!input || root.classList.contains('ant-select-multiple') || !isVisible(root)) return;
    const locked = root.classList.contains('ant-select-disabled');
    this.push({ kind: 'antd-select', element: input, host: root, ...(locked ? { locked } : {}) });
  }

  private antdPicker(root: HTMLElement): void {
    this.consume(root);
    const input = root.querySelector('input');
    if (!input || root.classList.contains('ant-picker-range') || root.classList.contains('ant-picker-disabled')) return;
    if (input.disabled || input.readOnly || !isVisible(root)) return;
    this.push({ kind: 'antd-date', element: input, host: root });
  }

  private choices(root: HTMLElement): void {
    this.consume(root);
    const select = root.querySelector('select');
    if (!select || select.disabled || root.classList.contains('is-disabled') || !isVisible(root)) return;
    this.push({ kind: 'formio-choices', element: select, host: root });
  }

  private field(el: HTMLElement): void {
    const type = isInput(el) ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
    // Widgets' own helper inputs: Form.io's autocomplete stub, Choices' search box.
    if (SKIPPED_TYPES.has(type) || el.matches('.formio-select-autocomplete-input, .choices__input')) return;
    if (CAPTCHA.test(`${el.id} ${el.getAttribute('name') ?? ''} ${el.className} ${el.getAttribute('placeholder') ?? ''}`)) return;
    const input = el as HTMLInputElement;
    if (input.disabled || el.matches(':disabled') || (input.readOnly && !isSelect(el))) return;
    if (isSelect(el) && el.multiple) return;
    if (!isVisible(el)) return;

    if (type === 'radio') return this.radio(input);
    if (type === 'checkbox') {
      this.push({ kind: 'checkbox', element: el, host: el });
      return;
    }
    const ref = el.getAttribute('ref');
    const dayComponent = el.closest('.formio-component-day');
    if (dayComponent && (ref === 'day' || ref === 'month' || ref === 'year')) {
      this.push({ kind: 'formio-day-part', element: el, host: dayComponent as HTMLElement, part: ref as DatePart });
      return;
    }
    if (el.closest('.formio-component-datetime') || el.previousElementSibling?.classList.contains('flatpickr-input')) {
      this.push({ kind: 'formio-date', element: el, host: el });
      return;
    }
    if (type === 'date') this.push({ kind: 'date-input', element: el, host: el });
    else if (el.getAttribute('role') === 'combobox') this.push({ kind: 'aria-combobox', element: el, host: el });
    else if (isSelect(el)) this.push({ kind: 'native-select', element: el, host: el });
    else this.push({ kind: tagOf(el) === 'textarea' ? 'textarea' : 'text', element: el, host: el });
  }

  private scopeId(scope: object): number {
    const known = this.scopeIds.get(scope);
    if (known !== undefined) return known;
    const id = this.nextScope++;
    this.scopeIds.set(scope, id);
    return id;
  }

  private radio(radio: HTMLInputElement): void {
    const container = radio.closest(RADIO_CONTAINER) as HTMLElement | null;
    const scope = radio.name ? (radio.form ?? radio.getRootNode()) : (container ?? radio.parentElement ?? radio);
    const key = `${this.scopeId(scope)}|${radio.name}`;
    const group = this.radioGroups.get(key);
    if (group) {
      (group.radios as HTMLInputElement[]).push(radio);
      return;
    }
    const host = container ?? (radio.closest('label')?.parentElement as HTMLElement | null) ?? radio;
    this.radioGroups.set(key, this.push({ kind: 'radio-group', element: radio, host, radios: [radio] }));
  }
}

/** Every fillable control under `root`, in document order. Cheap enough to rerun whenever the form changes. */
export function collectControls(root: Document | ShadowRoot | Element, opts: CollectOptions = {}): Control[] {
  const collector = new Collector(opts.exclude ?? null);
  collector.walk(root);
  return collector.out;
}
