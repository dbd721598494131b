/**
 * What page of an official portal a URL is. Pure functions, one per page, each with the URLs it must accept and
 * reject written next to it (tests/unit/portal/pages.test.ts runs every example).
 */
import { NATIONAL_ORIGIN, THANH_HOA_ORIGIN } from './origins';

export type PageId =
  | 'th-home'
  | 'th-catalogue'
  | 'th-procedure'
  | 'th-online-services'
  | 'th-submission'
  | 'th-lookup'
  | 'th-my-dossiers'
  | 'th-payment'
  | 'th-sign-in'
  | 'national-home'
  | 'national-lookup'
  | 'national-other';

export interface PageDefinition {
  id: PageId;
  name: { vi: string; en: string };
  test(url: URL): boolean;
  /** URLs the page must accept and reject; present in tests only (constant-folded out of the production build). */
  examples?: { accepts: readonly string[]; rejects: readonly string[] } | undefined;
}

const TESTING = import.meta.env.MODE === 'test';

const TH = THANH_HOA_ORIGIN;
const NA = NATIONAL_ORIGIN;

/** Path without a trailing slash, lower-cased: the SPA's routes are lower-case and tolerate a trailing slash. */
function pathOf(url: URL): string {
  return url.pathname.replace(/\/+$/, '').toLowerCase() || '/';
}

function onThanhHoa(url: URL, test: (path: string) => boolean): boolean {
  return url.origin === TH && test(pathOf(url));
}

export const PAGES: readonly PageDefinition[] = [
  {
    id: 'th-home',
    name: { vi: 'Trang chủ Cổng Dịch vụ công Thanh Hóa', en: 'Thanh Hóa portal home' },
    test: (url) => onThanhHoa(url, (p) => p === '/' || p === '/portaldvc' || p === '/portaldvc/home'),
    examples: TESTING ? { accepts: [`${TH}/portaldvc/home`, `${TH}/`, `${TH}/portaldvc/home/`, `${TH}/portaldvc`], rejects: [`${TH}/portaldvc/homepage`, `${NA}/portaldvc/home`, `${TH}/portaldvc/tra-cuu`] } : undefined,
  },
  {
    id: 'th-catalogue',
    name: { vi: 'Danh mục thủ tục hành chính', en: 'Procedure catalogue' },
    test: (url) => onThanhHoa(url, (p) => p === '/portaldvc/danh-muc-tthc'),
    examples: TESTING ? { accepts: [`${TH}/portaldvc/danh-muc-tthc`, `${TH}/portaldvc/danh-muc-tthc?TuKhoa=khai%20sinh`], rejects: [`${TH}/portaldvc/danh-muc-tthc-cu`] } : undefined,
  },
  {
    id: 'th-procedure',
    name: { vi: 'Chi tiết thủ tục', en: 'Procedure details' },
    test: (url) => onThanhHoa(url, (p) => /^\/portaldvc\/chi-tiet-thu-tuc\/[^/]+$/.test(p)),
    examples: TESTING ? { accepts: [`${TH}/portaldvc/chi-tiet-thu-tuc/1.001193.000.00.00.H56`, `${TH}/portaldvc/chi-tiet-thu-tuc/abc-123`], rejects: [`${TH}/portaldvc/chi-tiet-thu-tuc`, `${TH}/portaldvc/chi-tiet-thu-tuc/a/b`] } : undefined,
  },
  {
    id: 'th-online-services',
    name: { vi: 'Dịch vụ công trực tuyến', en: 'Online services' },
    test: (url) => onThanhHoa(url, (p) => p === '/portaldvc/dvc-truc-tuyen'),
    examples: TESTING ? { accepts: [`${TH}/portaldvc/dvc-truc-tuyen`], rejects: [`${TH}/portaldvc/dvc-truc-tuyen-cu`] } : undefined,
  },
  {
    id: 'th-submission',
    name: { vi: 'Nộp hồ sơ trực tuyến', en: 'Online submission form' },
    test: (url) => onThanhHoa(url, (p) => p === '/portaldvc/nop-ho-so-truc-tuyen'),
    examples: TESTING ? { accepts: [
      `${TH}/portaldvc/nop-ho-so-truc-tuyen?maTTHC=1.001193.000.00.00.H56&donVi=H56.14&truongHopId=1`,
      `${TH}/portaldvc/nop-ho-so-truc-tuyen`,
    ], rejects: [`${TH}/mobile/nop-ho-so-truc-tuyen`, `${NA}/portaldvc/nop-ho-so-truc-tuyen`] } : undefined,
  },
  {
    id: 'th-lookup',
    name: { vi: 'Tra cứu tiến độ hồ sơ', en: 'Dossier lookup' },
    test: (url) => onThanhHoa(url, (p) => p === '/portaldvc/tra-cuu'),
    examples: TESTING ? { accepts: [`${TH}/portaldvc/tra-cuu`, `${TH}/portaldvc/tra-cuu?MHS=H56.14-240823-0001&SGT=038090001234`], rejects: [`${TH}/portaldvc/tra-cuu-bien-lai-dien-tu`, `${TH}/portaldvc/guest/tra-cuu-hcc`] } : undefined,
  },
  {
    id: 'th-my-dossiers',
    name: { vi: 'Dịch vụ công của tôi', en: 'My dossiers' },
    test: (url) => onThanhHoa(url, (p) => p === '/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi'),
    examples: TESTING ? { accepts: [`${TH}/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi`, `${TH}/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi?MaHoSo=x&showDetail=true`], rejects: [`${TH}/portaldvc/ho-so-ca-nhan/dvc-thong-tin-tai-khoan`] } : undefined,
  },
  {
    id: 'th-payment',
    name: { vi: 'Thanh toán phí, lệ phí', en: 'Fee payment' },
    test: (url) =>
      onThanhHoa(
        url,
        (p) =>
          p === '/portaldvc/thanh-toan' ||
          p === '/portaldvc/thanh-toan/xac-nhan' ||
          p === '/portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi',
      ),
    examples: TESTING ? { accepts: [
      `${TH}/portaldvc/thanh-toan?maHoSo=H56.14-240823-0001`,
      `${TH}/portaldvc/thanh-toan/xac-nhan?data=x&responseCode=00&secureCode=y`,
      `${TH}/portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi`,
    ], rejects: [`${TH}/portaldvc/thanh-toan-cu`] } : undefined,
  },
  {
    id: 'th-sign-in',
    name: { vi: 'Đăng nhập', en: 'Sign-in' },
    test: (url) => onThanhHoa(url, (p) => p === '/portaldvc/dang-nhap'),
    examples: TESTING ? { accepts: [`${TH}/portaldvc/dang-nhap`, `${TH}/portaldvc/dang-nhap?state=aHR0cHM6Ly9kaWNodnVjb25nLnRoYW5oaG9hLmdvdi52bi9wb3J0YWxkdmMvaG9tZQ==`], rejects: [`${TH}/portaldvc/dang-nhap-cu`] } : undefined,
  },
  {
    id: 'national-home',
    name: { vi: 'Trang chủ Cổng Dịch vụ công quốc gia', en: 'National portal home' },
    test: (url) => url.origin === NA && ['/', '/p/home/dvc-trang-chu.html'].includes(pathOf(url)),
    examples: TESTING ? { accepts: [`${NA}/p/home/dvc-trang-chu.html`, `${NA}/`], rejects: [`${TH}/p/home/dvc-trang-chu.html`, `${NA}/p/home/dvc-tra-cuu-ho-so.html`] } : undefined,
  },
  {
    id: 'national-lookup',
    name: { vi: 'Tra cứu hồ sơ (Cổng quốc gia)', en: 'National dossier lookup' },
    test: (url) => url.origin === NA && pathOf(url) === '/p/home/dvc-tra-cuu-ho-so.html',
    examples: TESTING ? { accepts: [`${NA}/p/home/dvc-tra-cuu-ho-so.html`], rejects: [`${NA}/p/home/dvc-trang-chu.html`] } : undefined,
  },
  {
    id: 'national-other',
    name: { vi: 'Cổng Dịch vụ công quốc gia', en: 'National portal' },
    test: (url) => url.origin === NA,
    examples: TESTING ? { accepts: [`${NA}/p/home/dvc-tim-kiem-thu-tuc.html?key=khai+sinh`], rejects: [`${TH}/portaldvc/home`] } : undefined,
  },
];

/** The first page definition that accepts the URL (order matters: specific pages before the catch-all). */
export function detectPage(url: string | URL): PageDefinition | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return PAGES.find((page) => page.test(parsed));
}
