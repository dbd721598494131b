// The ID card's QR code: read the line, split the address, build the profile (pure: no browser APIs).
export { parseCccdQr, CAN_CUOC_FROM } from './parse';
export { cleanLine, repairMojibake } from './clean';
export { splitCardAddress, addressForProfile, NEW_UNITS_FROM } from './address';
export type { CardAddress, SplitOptions } from './address';
export { expandAbbreviation } from './units';
export { profileFromCard, updateFromCard, profilesWithIdNumber, CARD_NATIONALITY } from './draft';
export type { CardProfileOptions } from './draft';
export { describeIdNumber } from './id-info';
export type { IdNumberParts } from './id-info';
export type { CccdCard, CccdParseResult, CccdRefusalCode, Message } from './types';
export { checkCardProfile } from './validate';
export type { CheckOptions } from './validate';
