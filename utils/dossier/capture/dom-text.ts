/**
 * Reading page text the way a person sees it: one line per block element, labels matched by folded text.
 * No browser APIs beyond the DOM, so this runs in the content script and on happy-dom fixtures alike.
 */
import { fold } from '../../text/fold';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Elements whose text is not page content. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME']);

/** Elements that start a new line. Inline ones (span, b, a...) do not, so "Mã hồ sơ: <span>X</span>" stays one line. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** A test for the ignored elements: a plain `[attribute]` selector becomes one attribute check (no selector matching). */
export function ignoring(selector: string | undefined): (el: Element) => boolean {
  if (!selector) return () => false;
  const attribute = /^\[([\w-]+)\]$/.exec(selector)?.[1];
  return attribute ? (el) => el.hasAttribute(attribute) : (el) => el.matches(selector);
}

/** The visible text under `root`, split into trimmed, non-empty lines at block boundaries. */
export function blockLines(root: Node, ignoreSelector?: string): string[] {
  const parts: string[] = [];
  const ignored = ignoring(ignoreSelector);
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      // HTML tag names are upper case already; SVG and XML ones are not page text anyway.
      const tag = el.tagName;
      if (SKIP_TAGS.has(tag) || isHidden(el) || ignored(el)) return;
      const block = BLOCK_TAGS.has(tag);
      if (block) parts.push('\n');
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
      if (block) parts.push('\n');
      return;
    }
    if (node.nodeType === DOCUMENT_NODE || node.nodeType === FRAGMENT_NODE) {
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    }
  };
  visit(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Text of one element on a single line. */
export function textOf(el: Element): string {
  return blockLines(el).join(' ');
}

export interface FoldedText {
  folded: string;
  /** map[i] is the offset in the original text of folded character i. */
  map: number[];
}

/** fold() with a map back to the original offsets, so a label found in folded text locates its raw value. */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      if (folded !== '' && !folded.endsWith(' ')) {
        folded += ' ';
        map.push(offset);
      }
    } else {
      const f = ch.charCodeAt(0) < 128 ? ch.toLowerCase() : fold(ch);
      for (const c of f) {
        folded += c;
        map.push(offset);
      }
    }
    offset += ch.length;
  }
  return { folded, map };
}

/** The original text between two folded offsets. */
export function rawSlice(text: string, ft: FoldedText, start: number, end: number): string {
  const rawStart = start < ft.map.length ? (ft.map[start] as number) : text.length;
  const rawEnd = end < ft.map.length ? (ft.map[end] as number) : text.length;
  return text.slice(rawStart, rawEnd);
}

/** Folded label key: no trailing colon or spaces. */
export function labelKey(text: string): string {
  return fold(text).replace(/[\s:]+$/u, '');
}

const NUMBERING = /^(?:\d{1,2}|[a-z])[.)]\s*/;

/**
 * The value written after a label on a line ("Mã hồ sơ: 000.00...", "4. Thời gian nhận hồ sơ: ..."). The label must
 * open the line (after optional numbering) and be followed by a colon, so "Chủ hồ sơ" does not match
 * "Địa chỉ chủ hồ sơ:". When the value is empty the next line is taken (label and value in separate blocks).
 */
export function valueAfterLabel(lines: readonly string[], labels: readonly string[]): string | undefined {
  const keys = labels.map(labelKey);
  // The label opens the line, so only the line's start needs folding: a long page stays cheap to read.
  const prefix = Math.max(...keys.map((k) => k.length)) * 2 + 8;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const quick = fold(line.slice(0, prefix));
    if (!keys.some((k) => quick.includes(k))) continue;
    const ft = foldWithMap(line);
    const numbering = NUMBERING.exec(ft.folded);
    const from = numbering ? numbering[0].length : 0;
    for (const k of keys) {
      if (!ft.folded.startsWith(k, from)) continue;
      const after = /^\s*:/.exec(ft.folded.slice(from + k.length));
      if (!after) continue;
      const value = rawSlice(line, ft, from + k.length + after[0].length, ft.folded.length).trim();
      if (value !== '') return value;
      const next = lines[i + 1];
      return next !== undefined ? next.trim() : undefined;
    }
  }
  return undefined;
}

/** Whether some line, folded and without trailing punctuation, equals one of the texts. */
export function hasLine(lines: readonly string[], texts: readonly string[]): boolean {
  const keys = new Set(texts.map((t) => fold(t).replace(/[\s.!:]+$/u, '')));
  // Folding never lengthens a line by more than its marks and spaces: skip lines far longer than every text.
  const longest = Math.max(...[...keys].map((k) => k.length)) * 3 + 8;
  return lines.some((line) => line.length <= longest && keys.has(fold(line).replace(/[\s.!:]+$/u, '')));
}

/** Tidy a value read from the page; placeholder words a template printed for missing data count as empty. */
export function cleanValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const tidy = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (tidy === '' || /^(?:undefined|null|\.{3}|…)$/i.test(tidy)) return undefined;
  return tidy;
}
