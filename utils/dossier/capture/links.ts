/**
 * Lookup links on the page (`<a href>`): each carries a code (and often the SGT) that belongs to whoever holds the
 * receipt or page, as printed by the portal (FACTS §9).
 */
import type { DossierCapture } from '../capture-schema';
import { parseLookupLink, type LookupLink } from '../links';
import type { CaptureContext } from './types';

export interface FoundLink {
  element: Element;
  link: LookupLink;
}

export function findLookupLinks(root: ParentNode, ctx: CaptureContext): FoundLink[] {
  const found: FoundLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (ctx.ignoreSelector && a.closest(ctx.ignoreSelector)) continue;
    const link = parseLookupLink(a.getAttribute('href') ?? '', { base: ctx.url, now: ctx.now ?? new Date() });
    if (link) found.push({ element: a, link });
  }
  return found;
}

export function linkCapture(link: LookupLink, ctx: CaptureContext): DossierCapture {
  const capture: DossierCapture = { code: link.code, source: 'lookup-link', sourceUrl: ctx.url };
  if (link.idNumber) capture.ownerIdNumber = link.idNumber;
  return capture;
}
