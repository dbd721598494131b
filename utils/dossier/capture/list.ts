/**
 * Codes that merely appear on a page (the "Dịch vụ công của tôi" list, a detail panel, any text). They are not
 * certainly the user's, so the UI offers a "Lưu mã hồ sơ <code>" button next to each instead of saving them.
 *
 * Context is read from the smallest surrounding block that holds no other code: label/value pairs such as the list's
 * "Đơn vị thực hiện", "Ngày tiếp nhận", "Ngày hẹn trả" (HoSoItem.tsx in the thesis fork: `span.key` + `span.data`),
 * a status label (§8) and the row's heading (the procedure name in an antd Typography title).
 */
import type { DossierCapture } from '../capture-schema';
import { parseVnDate } from '../dates';
import type { ParsedDossierCode } from '../registry';
import { findDossierCodes } from '../scan';
import { isKnownStatusText } from '../status';
import { cleanValue, ignoring, isHidden, labelKey, SKIP_TAGS, textOf } from './dom-text';
import { OWN_UI_SELECTOR, type CaptureContext } from './types';

export interface OfferContext {
  procedure?: string;
  agency?: string;
  ownerName?: string;
  receivedDate?: string;
  dueDate?: string;
  statusText?: string;
}

export interface CodeOffer {
  code: string;
  parsed: ParsedDossierCode;
  /** The element whose own text holds the code; the button goes next to it. */
  element: Element;
  context: OfferContext;
}

export interface OfferOptions {
  /** Codes not to offer (already captured on this page). */
  exclude?: ReadonlySet<string>;
}

/** Shortest possible code, "H56-240101-0001". */
const MIN_CODE_LENGTH = 15;
const MAX_CONTEXT_LEVELS = 6;
const MAX_CONTEXT_ELEMENTS = 300;

function isSkipped(el: Element, ignored: (el: Element) => boolean): boolean {
  if (SKIP_TAGS.has(el.tagName) || el.tagName === 'INPUT') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return isHidden(el) || ignored(el);
}

export interface CodeHit {
  code: string;
  parsed: ParsedDossierCode;
  element: Element;
}
type Hit = CodeHit;

/** Every code shown on the page, with the element whose own text holds it: one pass over the page's text nodes. */
export function collectCodeHits(root: Node, ctx: CaptureContext): CodeHit[] {
  return collectHits(root, ctx.ignoreSelector ?? OWN_UI_SELECTOR, ctx.now ?? new Date());
}

function collectHits(root: Node, ignoreSelector: string, now: Date): Hit[] {
  const hits: Hit[] = [];
  const ignored = ignoring(ignoreSelector);
  const doc = root.ownerDocument ?? (root as Document);
  // Text nodes only, walked natively: a page has far more elements than code-bearing text, so whether a text sits in
  // a skipped element (script, input, hidden, our own UI) is asked only of the few that hold a code.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || text.length < MIN_CODE_LENGTH) continue;
    const matches = findDossierCodes(text, { now });
    if (matches.length === 0 || inSkipped(parent, root, ignored)) continue;
    for (const match of matches) {
      if (hits.some((h) => h.element === parent && h.code === match.parsed.code)) continue;
      hits.push({ code: match.parsed.code, parsed: match.parsed, element: parent });
    }
  }
  return hits;
}

/** Whether `el` or an ancestor up to `root` (included) is skipped. */
function inSkipped(el: Element, root: Node, ignored: (el: Element) => boolean): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (isSkipped(at, ignored)) return true;
    if (at === root) break;
  }
  return false;
}

const CONTEXT_LABELS: Readonly<Record<string, keyof OfferContext>> = {
  'don vi thuc hien': 'agency',
  'co quan thuc hien': 'agency',
  'co quan tiep nhan': 'agency',
  'ten thu tuc': 'procedure',
  'chu ho so': 'ownerName',
  'ngay tiep nhan': 'receivedDate',
  'ngay nop': 'receivedDate',
  'ngay nop ho so': 'receivedDate',
  'ngay hen tra': 'dueDate',
  'tinh trang': 'statusText',
  'trang thai': 'statusText',
};

/** The largest ancestor (within limits) that contains this code and no other. */
function contextContainer(hit: Hit, hits: readonly Hit[]): Element {
  let container = hit.element;
  for (let level = 0; level < MAX_CONTEXT_LEVELS; level++) {
    const parent = container.parentElement;
    if (!parent || parent.tagName === 'BODY') break;
    if (hits.some((other) => other.code !== hit.code && parent.contains(other.element))) break;
    if (parent.getElementsByTagName('*').length > MAX_CONTEXT_ELEMENTS) break;
    container = parent;
  }
  return container;
}

function readContext(container: Element): OfferContext {
  const context: OfferContext = {};
  for (const el of Array.from(container.getElementsByTagName('*'))) {
    if (el.children.length > 0 && !/^H[1-6]$/.test(el.tagName)) continue;
    const text = cleanValue(textOf(el));
    if (!text) continue;
    const field = CONTEXT_LABELS[labelKey(text)];
    if (field) {
      const valueEl = el.nextElementSibling;
      const value = valueEl ? cleanValue(textOf(valueEl)) : undefined;
      if (value && context[field] === undefined) {
        if (field === 'receivedDate' || field === 'dueDate') {
          const iso = parseVnDate(value);
          if (iso) context[field] = iso;
        } else {
          context[field] = value;
        }
      }
      continue;
    }
    if (context.statusText === undefined && isKnownStatusText(text)) {
      context.statusText = text;
      continue;
    }
    if (context.procedure === undefined && /^H[1-6]$/.test(el.tagName) && findDossierCodes(text).length === 0) {
      context.procedure = text;
    }
  }
  return context;
}

/**
 * Lists are usually tables: the labels are the column headers, the values the cells of the code's row ("Dịch vụ công
 * của tôi" is an antd Table, whose header may sit in a table of its own when the body scrolls).
 */
function readTableRowContext(element: Element): OfferContext {
  const context: OfferContext = {};
  const row = element.closest('tr');
  const table = row?.closest('table');
  if (!row || !table) return context;
  const headerRow =
    table.querySelector(':scope > thead > tr:last-child') ??
    table.closest('.ant-table-container, .ant-table')?.querySelector('thead > tr:last-child') ??
    undefined;
  if (!headerRow || headerRow === row) return context;
  Array.from(headerRow.children).forEach((header, index) => {
    const field = CONTEXT_LABELS[labelKey(cleanValue(textOf(header)) ?? '')];
    const value = cleanValue(textOf(row.children[index] ?? header.ownerDocument.createElement('td')));
    if (!field || !value || context[field] !== undefined) return;
    if (field === 'receivedDate' || field === 'dueDate') {
      const iso = parseVnDate(value);
      if (iso) context[field] = iso;
    } else {
      context[field] = value;
    }
  });
  return context;
}

/** Codes shown on the page, one offer per element and code, with the context around each. */
export function findCodeOffers(root: Node, ctx: CaptureContext, options: OfferOptions = {}): CodeOffer[] {
  return offersFromHits(collectCodeHits(root, ctx), options);
}

/** Offers for hits already collected (the page reader collects them once for every purpose). */
export function offersFromHits(hits: readonly CodeHit[], options: OfferOptions = {}): CodeOffer[] {
  return hits
    .filter((hit) => !options.exclude?.has(hit.code))
    .map((hit) => ({ ...hit, context: { ...readContext(contextContainer(hit, hits)), ...readTableRowContext(hit.element) } }));
}

/** What to save when the user presses the button next to an offer. */
export function offerCapture(offer: CodeOffer, ctx: CaptureContext): DossierCapture {
  const capture: DossierCapture = { code: offer.code, source: 'page-list', sourceUrl: ctx.url };
  const { statusText, ...fields } = offer.context;
  for (const [key, value] of Object.entries(fields)) if (value) Object.assign(capture, { [key]: value });
  if (statusText) capture.status = { checkedAt: (ctx.now ?? new Date()).toISOString(), statusText };
  return capture;
}
