/**
 * A cheap first look, run on every page change by the always-on content script: could this page show a dossier code?
 * Only then is the capture part loaded. Anything code-shaped counts (`-yyMMdd-NNNN`), as do lookup links and the
 * lookup page itself; the real checks happen in the capture part.
 */
const CODE_SHAPE = /-\d{6}-\d{4}/;
const LOOKUP_LINK = 'a[href*="MHS=" i], a[href*="mahs=" i], a[href*="MaHoSo=" i]';

export function mayShowDossierCode(doc: Document): boolean {
  if (/\/tra-cuu(\.aspx)?$/i.test(doc.location?.pathname.replace(/\/+$/, '') ?? '')) return true;
  if (doc.querySelector(LOOKUP_LINK)) return true;
  if (!doc.body) return false;
  // Text node by text node, stopping at the first hit: no copy of a long page's whole text on every change.
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length >= 12 && CODE_SHAPE.test(text)) return true;
  }
  return false;
}
