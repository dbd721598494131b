/**
 * Guide hints in URLs: `#huong-dan=<id>` on a portal URL. A QR code or link carrying it opens the right portal page
 * for everyone; with the extension installed the guide starts too. The portal's router ignores the hash, so the hint
 * never changes what the page shows.
 */
import type { Guide } from './schema';
import { isBuiltInGuideId, type BuiltInGuideId } from './guides/ids';

export const GUIDE_HINT_KEY = 'huong-dan';

function hashParams(url: URL): URLSearchParams {
  return new URLSearchParams(url.hash.replace(/^#/, ''));
}

/** The guide's start URL carrying its hint. */
export function guideHintUrl(guide: Pick<Guide, 'id' | 'start'>): string {
  const url = new URL(guide.start.url);
  const params = hashParams(url);
  params.set(GUIDE_HINT_KEY, guide.id);
  url.hash = params.toString();
  return url.href;
}

/** The built-in guide a URL asks for, or undefined (no hint, an unknown id, or not a URL). */
export function readGuideHint(url: string | URL): BuiltInGuideId | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const id = hashParams(parsed).get(GUIDE_HINT_KEY)?.trim().toLowerCase();
  return id && isBuiltInGuideId(id) ? id : undefined;
}

/** The URL without its hint (for `history.replaceState`, so a reload after the tour does not start it again). */
export function withoutGuideHint(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const params = hashParams(parsed);
  if (!params.has(GUIDE_HINT_KEY)) return url;
  params.delete(GUIDE_HINT_KEY);
  parsed.hash = params.toString();
  return parsed.href.replace(/#$/, '');
}
