/**
 * The official portals. The extension runs on these HTTPS origins and on nothing else.
 */
export const THANH_HOA_ORIGIN = 'https://dichvucong.thanhhoa.gov.vn';
export const NATIONAL_ORIGIN = 'https://dichvucong.gov.vn';

export const OFFICIAL_ORIGINS = [THANH_HOA_ORIGIN, NATIONAL_ORIGIN] as const;
export type OfficialOrigin = (typeof OFFICIAL_ORIGINS)[number];

/** Match patterns for the manifest (content scripts and host permissions). */
export const OFFICIAL_MATCH_PATTERNS = OFFICIAL_ORIGINS.map((origin) => `${origin}/*`);

/**
 * Whether a URL belongs to an official portal: exact scheme and host, so lookalikes such as
 * `https://dichvucong-thanhhoa.gov.vn.com` or `http://dichvucong.thanhhoa.gov.vn` are refused.
 */
export function isOfficialUrl(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  return parsed.port === '' && (OFFICIAL_ORIGINS as readonly string[]).includes(parsed.origin);
}

export function portalOf(url: string | URL): 'thanh-hoa' | 'national' | undefined {
  if (!isOfficialUrl(url)) return undefined;
  const origin = new URL(url).origin;
  return origin === THANH_HOA_ORIGIN ? 'thanh-hoa' : 'national';
}
