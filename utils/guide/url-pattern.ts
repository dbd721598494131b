/**
 * URL patterns for guides: an absolute URL on an official portal where `*` stands for any run of characters.
 *
 * The path is compared lower-cased and without a trailing slash (the portal's SPA routes tolerate both), and the query
 * is ignored unless the pattern has one: `…/portaldvc/tra-cuu` matches `…/portaldvc/tra-cuu?MHS=…` but not
 * `…/portaldvc/tra-cuu-bien-lai-dien-tu`, which a plain prefix match would accept. The hash is always ignored.
 */
import { OFFICIAL_ORIGINS } from '../portal/origins';

/** Whether a string is a well-formed pattern on an official origin (checked by the guide schema). */
export function isUrlPattern(pattern: string): boolean {
  return OFFICIAL_ORIGINS.some((origin) => pattern.startsWith(`${origin}/`)) && !pattern.includes('#');
}

function normalisedPath(pathname: string): string {
  return pathname.replace(/\/+$/, '').toLowerCase() || '/';
}

function toRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

function normalisePattern(pattern: string): string {
  const queryAt = pattern.indexOf('?');
  const base = queryAt < 0 ? pattern : pattern.slice(0, queryAt);
  const query = queryAt < 0 ? '' : pattern.slice(queryAt);
  const originEnd = base.indexOf('/', 'https://'.length);
  const origin = base.slice(0, originEnd).toLowerCase();
  return origin + normalisedPath(base.slice(originEnd)) + query;
}

/** Whether `url` matches `pattern` (see the module comment for the rules). Unparsable URLs never match. */
export function matchesUrlPattern(pattern: string, url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const withQuery = pattern.includes('?');
  const subject = parsed.origin + normalisedPath(parsed.pathname) + (withQuery ? parsed.search : '');
  return toRegExp(normalisePattern(pattern)).test(subject);
}
