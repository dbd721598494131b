export { THANH_HOA_ORIGIN, NATIONAL_ORIGIN, OFFICIAL_ORIGINS, OFFICIAL_MATCH_PATTERNS, isOfficialUrl, portalOf } from './origins';
export type { OfficialOrigin } from './origins';
export { PAGES, detectPage } from './pages';
export type { PageId, PageDefinition } from './pages';
