/**
 * Lookup links: the QR codes and links printed on receipts, and the URL the extension opens to look a dossier up.
 * FACTS §3 and §9: `{origin}/portaldvc/tra-cuu?SGT=<số giấy tờ>&MHS=<mã hồ sơ>` (current), the legacy kiosk
 * `https://hcc.thanhhoa.gov.vn/portaldvc/KenhTin/tra-cuu.aspx?mahs=<mã hồ sơ>` (no SGT), and `/apiqr/qr?id=…` (an
 * opaque id, no code in it).
 */
import { THANH_HOA_ORIGIN } from '../portal/origins';
import { normalizeDossierCode } from './normalize';
import { parseDossierCode, type ParseOptions } from './registry';

export const LOOKUP_PATH = '/portaldvc/tra-cuu';
const THANH_HOA_HOST = new URL(THANH_HOA_ORIGIN).host;
const LEGACY_HOST = 'hcc.thanhhoa.gov.vn';
const LEGACY_PATH = '/portaldvc/kenhtin/tra-cuu.aspx';

/** Query names that carry the code; compared case-insensitively (FACTS §9). */
const CODE_PARAMS = new Set(['mhs', 'mahs', 'mahoso']);
const ID_PARAM = 'sgt';
/** What an ID in a link may look like: CCCD/CMND digits, passport letters+digits, a tax code with its branch suffix. */
const ID_SHAPE = /^[0-9A-Z][0-9A-Z-]{5,19}$/;

export interface LookupLink {
  /** Normalised, valid dossier code. */
  code: string;
  /** The SGT (ID number of the owner or of the authorised contact), when the link has one. */
  idNumber?: string;
  kind: 'lookup' | 'legacy-lookup';
  /** The absolute URL. */
  href: string;
}

export interface LinkOptions extends ParseOptions {
  /** Base for relative links (the page URL). */
  base?: string;
}

function parseUrl(href: string, base?: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** The ID number as given in a link, or undefined when it does not look like one. */
export function cleanIdNumber(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const id = value.replace(/\s+/g, '').toUpperCase();
  return ID_SHAPE.test(id) ? id : undefined;
}

function kindOf(url: URL): LookupLink['kind'] | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  if (url.host === THANH_HOA_HOST && path === LOOKUP_PATH) return 'lookup';
  // Old receipts printed http:// QR codes for the legacy site; reading the code from them is harmless.
  if (url.host === LEGACY_HOST && path === LEGACY_PATH) return 'legacy-lookup';
  return undefined;
}

/**
 * The dossier code (and SGT) a lookup link carries, or undefined for anything else, including `/apiqr/qr?id=`
 * links, links to other sites and links whose code is invalid.
 */
export function parseLookupLink(href: string, options: LinkOptions = {}): LookupLink | undefined {
  const url = parseUrl(href, options.base);
  if (!url) return undefined;
  const kind = kindOf(url);
  if (!kind) return undefined;
  let rawCode: string | undefined;
  let rawId: string | undefined;
  for (const [name, value] of url.searchParams) {
    const key = name.toLowerCase();
    if (rawCode === undefined && CODE_PARAMS.has(key) && value.trim() !== '') rawCode = value;
    if (rawId === undefined && key === ID_PARAM && value.trim() !== '') rawId = value;
  }
  if (rawCode === undefined) return undefined;
  const parsed = parseDossierCode(rawCode, options);
  if (!parsed) return undefined;
  const link: LookupLink = { code: parsed.code, kind, href: url.href };
  const idNumber = cleanIdNumber(rawId);
  if (idNumber) link.idNumber = idNumber;
  return link;
}

/** Whether a URL is the Thanh Hóa lookup page (path only: the content script already runs on official origins). */
export function isLookupPagePath(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== undefined && parsed.pathname.replace(/\/+$/, '').toLowerCase() === LOOKUP_PATH;
}

/**
 * The official lookup URL. The page fills its inputs from MHS and SGT but only searches after "Tra cứu" (FACTS §7).
 * Without an ID number the link still opens the page with the code filled in.
 */
export function lookupUrl(code: string, idNumber?: string): string {
  const params = new URLSearchParams({ MHS: normalizeDossierCode(code) });
  const id = idNumber?.replace(/\s+/g, '');
  if (id) params.set('SGT', id);
  return `${THANH_HOA_ORIGIN}${LOOKUP_PATH}?${params.toString()}`;
}
