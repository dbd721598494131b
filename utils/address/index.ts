export { loadAddressBook } from './load';
export { createAddressBook } from './book';
export type { AddressBook, LegacyListOptions, RawLegacy, RawUnits } from './book';
export { formatAddress } from './format';
export type { FormatOptions } from './format';
export type {
  Commune2025, CommuneSuggestion, LegacyCommune, LegacyDistrict, LegacyProvince, LegacyQuery, Message,
  NoSuggestionCode, Province2025,
} from './types';
