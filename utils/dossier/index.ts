/**
 * Background and popup surface of the dossier capability. The content script imports `./capture` instead, which
 * pulls in neither idb nor the store.
 */
export { DossierRecord, StatusCheck, ProcessingStep } from './record';
export { DossierCapture, CAPTURE_SOURCES, type CaptureSource } from './capture-schema';
export { ALL_FORMATS, DEFAULT_FORMATS, type DossierCodeFormat, type FormatEvidence } from './formats';
export {
  parseDossierCode,
  checkDossierCode,
  isDossierCode,
  CODE_PROBLEM_MESSAGES,
  type ParsedDossierCode,
  type ParseOptions,
  type CodeCheck,
  type CodeProblem,
} from './registry';
export { normalizeDossierCode } from './normalize';
export { findDossierCodes, type DossierCodeMatch } from './scan';
export { parseLookupLink, lookupUrl, isLookupPagePath, cleanIdNumber, LOOKUP_PATH, type LookupLink } from './links';
export { DOSSIER_STATES, STATE_INFO, type DossierState, type StateInfo, type StateTone } from './states';
export { THANH_HOA_STATUSES, NATIONAL_STATUSES, STATUS_ALIASES, type ThanhHoaStatus, type NationalStatus } from './status-data';
export { stateOfStatusText, stateOfThanhHoaCode, stateOfRecord, thanhHoaStatusOf, latestCheck, isKnownStatusText } from './status';
export { hasNews, isOverdue, badgeCount, needsAttention, latestChange, checksDiffer, type StatusChange } from './attention';
export { mergeCapture, mergeRecords, appendCheck, applyCheck, type MergeResult } from './merge';
export { createDossierIndex, searchTextOf, newestFirst, type DossierIndex } from './search';
export { vnDateOf, parseVnDate } from './dates';
export { lookupFailure, LOOKUP_MESSAGES, type LookupOutcome, type LookupFailureReason, type LookupMessage } from './capture/outcome';
export {
  FIRST_PAGE_SIZE,
  FIRST_PAGE_KEY,
  FirstPage,
  firstPageOf,
  keepFirstPage,
  readFirstPage,
  writeFirstPage,
  type FirstPageArea,
} from './first-page';
export * from './store';
