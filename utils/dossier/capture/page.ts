/**
 * Everything the content script needs from one look at a page: codes that are certainly the user's (to save at
 * once), codes that merely appear (to offer with a button), and on the lookup page the lookup's outcome.
 */
import type { DossierCapture } from '../capture-schema';
import { isLookupPagePath } from '../links';
import { findCodeOffers, type CodeOffer } from './list';
import { findLookupLinks, linkCapture } from './links';
import { readLookupResult } from './lookup-result';
import type { LookupOutcome } from './outcome';
import { captureReceipt } from './receipt';
import { captureSuccessModal } from './success-modal';
import { OWN_UI_SELECTOR, type CaptureContext } from './types';

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
  const success = captureSuccessModal(root, ctx);
  if (success) captures.push(success);
  const receipt = captureReceipt(root, ctx);
  if (receipt) captures.push(receipt);
  for (const { link } of findLookupLinks(root, ctx)) captures.push(linkCapture(link, ctx));

  const merged = mergeSameCode(captures);
  const offers = findCodeOffers(root, ctx, { exclude: new Set(merged.map((c) => c.code)) });
  const result: PageCapture = { captures: merged, offers };
  if (lookup) result.lookup = lookup;
  return result;
}
