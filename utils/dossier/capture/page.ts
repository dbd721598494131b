/**
 * Everything the content script needs from one look at a page: codes that are certainly the user's (to save at
 * once), codes that merely appear (to offer with a button), and on the lookup page the lookup's outcome.
 */
import type { DossierCapture } from '../capture-schema';
import { isLookupPagePath } from '../links';
import { blockLines } from './dom-text';
import { collectCodeHits, offersFromHits, type CodeHit, type CodeOffer } from './list';
import { findLookupLinks, linkCapture } from './links';
import { readLookupResult } from './lookup-result';
import type { LookupOutcome } from './outcome';
import { captureReceipt } from './receipt';
import { captureSuccessModal } from './success-modal';
import { OWN_UI_SELECTOR, type CaptureContext } from './types';
import { fold } from '../../text/fold';

export interface PageCapture {
  /** Certainly the user's: save without asking (one entry per code). */
  captures: DossierCapture[];
  /** Shown on the page only: offer a "Lưu mã hồ sơ" button. */
  offers: CodeOffer[];
  /** On the lookup page: what the lookup came to. */
  lookup?: LookupOutcome;
}

/** Combine captures of the same code: the first non-empty value of each field wins, the status comes along. */
function mergeSameCode(captures: readonly DossierCapture[]): DossierCapture[] {
  const byCode = new Map<string, DossierCapture>();
  for (const capture of captures) {
    const existing = byCode.get(capture.code);
    if (!existing) {
      byCode.set(capture.code, { ...capture });
      continue;
    }
    for (const [key, value] of Object.entries(capture)) {
      if (value !== undefined && (existing as Record<string, unknown>)[key] === undefined) {
        Object.assign(existing, { [key]: value });
      }
    }
  }
  return [...byCode.values()];
}

/** Folded words that only the success screen ("Mã hồ sơ đăng ký") and the receipt ("Phiếu/Giấy tiếp nhận hồ sơ") show. */
const SCREEN_TITLES = ['ma ho so dang ky', 'dang ky ho so thanh cong', 'tiep nhan ho so'];
/** How far around a code to look for those titles: a modal or a receipt is a small block; a whole article is not. */
const NEAR_LEVELS = 6;
const NEAR_CHILDREN = 60;
const NEAR_CHARS = 4000;

/** The folded text of the small block around each code (up to a few ancestors, never a page-sized one). */
function foldedNearCodes(hits: readonly CodeHit[]): string {
  const blocks = new Set<Element>();
  for (const hit of hits.slice(0, 50)) {
    let block = hit.element;
    for (let level = 0, parent = block.parentElement; parent && level < NEAR_LEVELS; level++, parent = parent.parentElement) {
      if (parent.tagName === 'BODY' || parent.childElementCount > NEAR_CHILDREN) break;
      block = parent;
    }
    blocks.add(block);
  }
  return fold([...blocks].map((b) => (b.textContent ?? '').slice(0, NEAR_CHARS)).join(' '));
}

export function capturePage(root: ParentNode & Node, context: CaptureContext): PageCapture {
  const ctx: CaptureContext = {
    ...context,
    now: context.now ?? new Date(),
    ignoreSelector: context.ignoreSelector ?? OWN_UI_SELECTOR,
  };
  const captures: DossierCapture[] = [];
  let lookup: LookupOutcome | undefined;

  if (isLookupPagePath(ctx.url)) {
    lookup = readLookupResult(root, ctx);
    if (lookup.kind === 'found') captures.push(lookup.capture);
  }
  // One pass over the page's text nodes finds every code. The success screen and the receipt name themselves in the
  // block around their code, so the line-by-line readers run only when such a block says so: a long page costs one
  // pass, not a walk per reader.
  const hits = collectCodeHits(root, ctx);
  const near = hits.length > 0 ? foldedNearCodes(hits) : '';
  const lines = SCREEN_TITLES.some((title) => near.includes(title)) ? blockLines(root, ctx.ignoreSelector) : undefined;
  const success = lines ? captureSuccessModal(root, ctx, lines) : undefined;
  if (success) captures.push(success);
  const receipt = lines ? captureReceipt(root, ctx, lines) : undefined;
  if (receipt) captures.push(receipt);
  for (const { link } of findLookupLinks(root, ctx)) captures.push(linkCapture(link, ctx));

  const merged = mergeSameCode(captures);
  const offers = offersFromHits(hits, { exclude: new Set(merged.map((c) => c.code)) });
  const result: PageCapture = { captures: merged, offers };
  if (lookup) result.lookup = lookup;
  return result;
}
