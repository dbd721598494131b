/**
 * The portal pages the built-in guides use, with the URL patterns of utils/guide/url-pattern.ts.
 * Routes: FACTS §3 (dichvucong.thanhhoa.gov.vn, all under /portaldvc, seen in the public source of the Feb 2025 fork).
 *
 * Plain string literals on purpose (no template literals, no spreads in the guide files): bundlers then see the guide
 * data as side-effect free and leave it out of a bundle that does not use it, such as the content script when the
 * background hands it the one guide it runs. A unit test checks they all sit on THANH_HOA_ORIGIN.
 */
import type { StepPage } from '../schema';

/** Any page of the Thanh Hóa portal (the home page is also served at the bare origin). */
export const ANY_PAGE = 'https://dichvucong.thanhhoa.gov.vn/*';
/** Any page under /portaldvc. */
export const ANY_PORTAL_PAGE = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/*';

export const HOME_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/home';
export const CATALOGUE_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/danh-muc-tthc';
/** The catalogue after a search: the keyword is in the query (FACTS §3, `TuKhoa`). */
export const CATALOGUE_SEARCHED = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/danh-muc-tthc?*TuKhoa=*';
export const PROCEDURE_PATTERN = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/chi-tiet-thu-tuc/*';
export const SUBMISSION_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/nop-ho-so-truc-tuyen';
export const LOOKUP_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu';
export const MY_FEES_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi';
export const PAYMENT_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/thanh-toan';
/** /thanh-toan itself and anything under it, such as the Payment Platform's return page. */
export const PAYMENT_ANY = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/thanh-toan*';
export const PAYMENT_RETURN_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/thanh-toan/xac-nhan';
export const RECEIPTS_URL = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu-bien-lai-dien-tu';

/** Every URL above, for the test that keeps them on the official origin. */
export const GUIDE_URLS = [
  ANY_PAGE, ANY_PORTAL_PAGE, HOME_URL, CATALOGUE_URL, CATALOGUE_SEARCHED, PROCEDURE_PATTERN, SUBMISSION_URL, LOOKUP_URL, MY_FEES_URL,
  PAYMENT_URL, PAYMENT_ANY, PAYMENT_RETURN_URL, RECEIPTS_URL,
] as const;

export const ON_PORTAL: StepPage = {
  url: ANY_PAGE,
  name: { vi: 'Cổng Dịch vụ công tỉnh Thanh Hóa', en: 'the Thanh Hóa public-service portal' },
  open: HOME_URL,
};

export const ON_CATALOGUE: StepPage = {
  url: CATALOGUE_URL,
  name: { vi: 'Danh mục thủ tục hành chính', en: 'the procedure catalogue' },
  open: CATALOGUE_URL,
};

/** A procedure's detail page has no fixed URL, so "open" goes to the catalogue to find it again. */
export const ON_PROCEDURE: StepPage = {
  url: PROCEDURE_PATTERN,
  name: { vi: 'Chi tiết thủ tục', en: 'the procedure details' },
  open: CATALOGUE_URL,
};

/** The form needs maTTHC, donVi and truongHopId to load, so "open" goes to the catalogue (via the procedure). */
export const ON_SUBMISSION: StepPage = {
  url: SUBMISSION_URL,
  name: { vi: 'Nộp hồ sơ trực tuyến', en: 'the online submission form' },
  open: CATALOGUE_URL,
};

export const ON_LOOKUP: StepPage = {
  url: LOOKUP_URL,
  name: { vi: 'Tra cứu tiến độ hồ sơ', en: 'the dossier lookup' },
  open: LOOKUP_URL,
};

export const ON_MY_FEES: StepPage = {
  url: MY_FEES_URL,
  name: { vi: 'Thanh toán phí, lệ phí (Hồ sơ cá nhân)', en: 'my fees (personal account)' },
  open: MY_FEES_URL,
};

export const ON_PAYMENT: StepPage = {
  url: PAYMENT_URL,
  name: { vi: 'Thanh toán phí, lệ phí', en: 'fee payment' },
  open: MY_FEES_URL,
};

export const ON_RECEIPTS: StepPage = {
  url: RECEIPTS_URL,
  name: { vi: 'Tra cứu biên lai điện tử', en: 'the e-receipt lookup' },
  open: RECEIPTS_URL,
};
