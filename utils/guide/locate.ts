/**
 * Resolving a step's ordered locator list against a document: the first locator that finds a visible element wins,
 * so a guide can list its most robust way of finding a target first and fall back to the others.
 */
import type { ExtensionTarget, Locator } from './schema';
import { accessibleName, foldName, hasRole, roleSelector } from './a11y';

export interface LocateOptions {
  /** The extension's own UI host: never a target for page locators. */
  exclude?: Element | null;
  /** Finds the extension's own UI (it lives in a shadow root the page locators cannot see). */
  resolveExtension?: (target: ExtensionTarget) => Element | null | undefined;
}

export interface Located {
  element: Element;
  locator: Locator;
  /** Index of the locator that matched, for diagnostics ("the guide fell back to its 3rd locator"). */
  index: number;
}

/** Rendered and not hidden: `hidden` ancestors, display: none and visibility: hidden all count as invisible. */
export function isVisible(element: Element): boolean {
  if (!element.isConnected || element.closest('[hidden]')) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style?.display === 'none' || (node === element && style?.visibility === 'hidden')) return false;
  }
  return true;
}

const INTERACTIVE =
  'a[href],button,input,select,textarea,summary,[role=button],[role=link],[role=tab],[role=menuitem],[role=option],[role=checkbox],[role=radio]';
const CONTROL = 'input:not([type=hidden]),select,textarea';
/** Library widgets whose visible box is larger than the control a label points at. */
const WIDGET = '.ant-select,.ant-picker,.choices';
const SKIP_TEXT_IN = new Set(['script', 'style', 'noscript', 'template']);

/** The box to point at for a control: the whole widget around it when there is one. */
function widgetOf(element: Element): Element {
  return element.closest(WIDGET) ?? element;
}

function usable(element: Element | null | undefined, options: LocateOptions): element is Element {
  return !!element && !options.exclude?.contains(element) && isVisible(element);
}

function byCss(doc: Document, css: string, options: LocateOptions): Element | undefined {
  let found: NodeListOf<Element>;
  try {
    found = doc.querySelectorAll(css);
  } catch {
    return undefined; // An invalid selector is a guide bug; the other locators may still work.
  }
  return Array.from(found).find((element) => usable(element, options));
}

function byRole(doc: Document, locator: { role: Parameters<typeof roleSelector>[0]; name: string }, options: LocateOptions) {
  const wanted = foldName(locator.name);
  for (const element of Array.from(doc.querySelectorAll(roleSelector(locator.role)))) {
    if (options.exclude?.contains(element) || !hasRole(element, locator.role)) continue;
    if (accessibleName(element) === wanted && isVisible(element)) return widgetOf(element);
  }
  return undefined;
}

function controlOf(label: Element): Element | null {
  const doc = label.ownerDocument;
  const forId = label.getAttribute('for');
  if (forId) return doc.getElementById(forId);
  if (label.id) {
    const labelled = doc.querySelector(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    if (labelled) return labelled;
  }
  return label.querySelector(CONTROL);
}

function byLabel(doc: Document, text: string, options: LocateOptions): Element | undefined {
  const wanted = foldName(text);
  for (const label of Array.from(doc.querySelectorAll('label'))) {
    if (options.exclude?.contains(label) || foldName(label.textContent ?? '') !== wanted) continue;
    const control = controlOf(label);
    if (usable(control, options)) return widgetOf(control);
  }
  return undefined;
}

/** The element a text node's match belongs to: innermost element with exactly that text, or an interactive ancestor. */
function ownerOfText(node: Text, wanted: string, limit: number): Element | undefined {
  const chain: Element[] = [];
  for (let element = node.parentElement; element && element.localName !== 'body'; element = element.parentElement) {
    const text = element.textContent ?? '';
    if (text.length > limit) break;
    if (foldName(text) === wanted) chain.push(element);
    else if (chain.length > 0) break; // Ancestors only add text from here on.
  }
  return chain.find((element) => element.matches(INTERACTIVE)) ?? chain[0];
}

function byText(doc: Document, text: string, options: LocateOptions): Element | undefined {
  const wanted = foldName(text);
  if (!doc.body || !wanted) return undefined;
  const limit = text.length * 3 + 40; // Skips big containers before paying for their textContent.
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  let first: Element | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length > limit || !data.trim() || SKIP_TEXT_IN.has(node.parentElement?.localName ?? '')) continue;
    const part = foldName(data);
    if (!part || !wanted.includes(part)) continue;
    const owner = ownerOfText(node, wanted, limit);
    if (!owner || seen.has(owner)) continue;
    seen.add(owner);
    if (!usable(owner, options)) continue;
    if (owner.matches(INTERACTIVE)) return owner;
    first ??= owner;
  }
  return first;
}

function resolveOne(doc: Document, locator: Locator, options: LocateOptions): Element | undefined {
  if ('css' in locator) return byCss(doc, locator.css, options);
  if ('role' in locator) return byRole(doc, locator, options);
  if ('label' in locator) return byLabel(doc, locator.label, options);
  if ('text' in locator) return byText(doc, locator.text, options);
  const element = options.resolveExtension?.(locator.extension);
  return element && isVisible(element) ? element : undefined;
}

/** The first visible element found by the locators, in their order, and which locator found it. */
export function locate(doc: Document, locators: readonly Locator[], options: LocateOptions = {}): Located | undefined {
  for (const [index, locator] of locators.entries()) {
    const element = resolveOne(doc, locator, options);
    if (element) return { element, locator, index };
  }
  return undefined;
}
