/**
 * Content-script surface of the dossier capability: DOM in, plain data out. Nothing here imports idb, zod or the
 * store, so the content script stays within its size budget.
 */
export { capturePage, type PageCapture } from './page';
export { captureSuccessModal, parseCongratulation } from './success-modal';
export { captureReceipt } from './receipt';
export { readLookupResult, lookupErrorOnPage } from './lookup-result';
export { lookupFailure, LOOKUP_MESSAGES, type LookupOutcome, type LookupFailureReason, type LookupMessage } from './outcome';
export { findLookupLinks, linkCapture, type FoundLink } from './links';
export { findCodeOffers, offerCapture, type CodeOffer, type OfferContext, type OfferOptions } from './list';
export { OWN_UI_SELECTOR, type CaptureContext } from './types';
export type { DossierCapture, CaptureSource } from '../capture-schema';
export { findDossierCodes, type DossierCodeMatch } from '../scan';
export { parseDossierCode, checkDossierCode, type ParsedDossierCode } from '../registry';
export { parseLookupLink, lookupUrl, isLookupPagePath, type LookupLink } from '../links';
