/**
 * Which section a field sits in: the headings a person would look up to ("Thông tin người liên hệ", "Thông tin người
 * mẹ"), nearest first. Headings are previous siblings of the field or of its ancestors, or the titles of containers that
 * enclose it (fieldset legend, antd card, Form.io panel, collapse, Angular Material expansion panel).
 *
 * Results are memoised per node for one collection pass: the fields of one section share ancestors, so a page with
 * hundreds of fields costs about one walk of its structure.
 */
import { holdsControl, textOf } from './dom';
import { cleanText } from './text';

export interface SectionInfo {
  /** Folded heading texts, nearest first (at most 4). */
  texts: readonly string[];
  /** Identity of the nearest heading, to group fields of one section ('' when there is none). */
  key: string;
  /** The nearest heading as the page shows it (for the report), '' when there is none. */
  title: string;
}

interface Found {
  el: Element;
  text: string;
}

const MAX_HEADINGS = 4;
const MAX_HEADING_LENGTH = 120;
const HEADING_TAG = /^(?:h[1-6]|legend|caption|summary|mat-panel-title|mat-card-title)$/;
const HEADING_CLASS = /(?:^|[-_\s])(?:title|header|heading|legend|caption|divider)(?:$|[-_\s])/i;
const HEADING_INSIDE =
  'h1,h2,h3,h4,h5,h6,legend,strong,b,[role=heading],[class*=title],[class*=header],[class*=heading]';

/** Container → its title element. */
const CONTAINER_TITLES: readonly (readonly [string, string])[] = [
  ['fieldset', ':scope > legend'],
  ['.ant-card', '.ant-card-head-title'],
  ['.ant-collapse-item', '.ant-collapse-header'],
  ['.formio-component-panel, .formio-component-fieldset', '.card-title, legend'],
  ['.card, .panel', ':scope > .card-header, :scope > .panel-heading'],
  ['mat-expansion-panel', 'mat-panel-title'],
  ['mat-card', 'mat-card-title'],
  ['details', ':scope > summary'],
  ['table', ':scope > caption'],
];

function isHeadingLike(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'label') return false;
  return (
    HEADING_TAG.test(tag) ||
    el.getAttribute('role') === 'heading' ||
    HEADING_CLASS.test(typeof el.className === 'string' ? el.className : '')
  );
}

function headingOf(sibling: Element): string {
  const text = textOf(sibling);
  if (text === '' || text.length > MAX_HEADING_LENGTH) return '';
  // A heading may hold a control (the portal's "Người nộp là chủ hồ sơ" box sits in the owner header).
  if (isHeadingLike(sibling)) return text;
  if (holdsControl(sibling)) return '';
  return sibling.querySelector(HEADING_INSIDE) ? text : '';
}

function containerTitle(container: Element): Found | undefined {
  for (const [match, title] of CONTAINER_TITLES) {
    if (!container.matches(match)) continue;
    const el = container.querySelector(title);
    const text = textOf(el);
    if (el && text !== '' && text.length <= MAX_HEADING_LENGTH) return { el, text };
  }
  const labelledBy = container.getAttribute('aria-labelledby');
  if (labelledBy && /^(?:section|fieldset|form)$|^div$/.test(container.tagName.toLowerCase())) {
    const el = container.ownerDocument.getElementById(labelledBy.split(/\s+/)[0] ?? '');
    if (el && container.getAttribute('role') !== 'radiogroup') return { el, text: textOf(el) };
  }
  return undefined;
}

function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

export class SectionFinder {
  private readonly cache = new WeakMap<Element, readonly Found[]>();
  private readonly before = new WeakMap<Element, readonly Found[]>();
  private readonly ids = new WeakMap<Element, number>();
  private nextId = 1;

  find(el: Element): SectionInfo {
    const found = this.walk(el);
    const first = found[0];
    return {
      texts: found.map((f) => cleanText(f.text)),
      key: first ? `${this.idOf(first.el)}:${cleanText(first.text)}` : '',
      title: first ? first.text.normalize('NFC').replace(/\s+/g, ' ').trim() : '',
    };
  }

  private idOf(el: Element): number {
    let id = this.ids.get(el);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(el, id);
    }
    return id;
  }

  /**
   * Headings among `node`'s previous siblings, nearest first. Memoised along the sibling chain, so a flat form of
   * n fields costs n heading checks, not n².
   */
  private siblingHeadings(node: Element): readonly Found[] {
    const memo = this.before.get(node);
    if (memo) return memo;
    const chain: Element[] = [node];
    let s = node.previousElementSibling;
    while (s && !this.before.has(s)) {
      chain.push(s);
      s = s.previousElementSibling;
    }
    // before(x) = the heading x's previous sibling is, if any, then before(previous sibling).
    let acc: readonly Found[] = s ? (this.before.get(s) ?? []) : [];
    let previous: Element | null = s;
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i] as Element;
      if (previous) {
        const text = headingOf(previous);
        if (text !== '') acc = [{ el: previous, text }, ...acc].slice(0, MAX_HEADINGS);
      }
      this.before.set(el, acc);
      previous = el;
    }
    return acc;
  }

  /** Headings from `node`'s previous siblings outward, memoised. */
  private walk(node: Element): readonly Found[] {
    const cached = this.cache.get(node);
    if (cached) return cached;
    const found: Found[] = [...this.siblingHeadings(node)];
    const parent = parentOf(node);
    if (parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML') {
      const title = containerTitle(parent);
      if (title) found.push(title);
      for (const f of this.walk(parent)) found.push(f);
    }
    const unique = found.filter((f, i) => found.findIndex((g) => g.el === f.el || g.el.contains(f.el)) === i);
    const result = unique.slice(0, MAX_HEADINGS);
    this.cache.set(node, result);
    return result;
  }
}
