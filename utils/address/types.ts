/** Administrative units before and after the reform of 1 July 2025, as the address book hands them out. */

/** A post-reform province-level unit (34 of them). */
export interface Province2025 {
  /** Two-digit GSO code, e.g. "38". */
  code: string;
  /** Official NFC name with its type: "Tỉnh Thanh Hóa", "Thành phố Hà Nội". */
  name: string;
  type: 'Tỉnh' | 'Thành phố';
}

/** A post-reform commune-level unit (3,321 of them): xã, phường or đặc khu. */
export interface Commune2025 {
  /** Five-digit GSO code, e.g. "14797". */
  code: string;
  /** Official NFC name with its type: "Phường Hạc Thành". */
  name: string;
  type: 'Xã' | 'Phường' | 'Đặc khu';
  provinceCode: string;
  provinceName: string;
}

/** A pre-reform province (63), known by name only: the source data carries no old province codes. */
export interface LegacyProvince {
  name: string;
}

/** A pre-reform district (quận, huyện, thị xã, thành phố thuộc tỉnh). */
export interface LegacyDistrict {
  name: string;
  provinceName: string;
}

/** A pre-reform commune and the post-reform communes its territory went to. */
export interface LegacyCommune {
  /** Old GSO code; null for names that appear in the source only in rows without a code (often pre-2025 names). */
  code: string | null;
  name: string;
  districtName: string;
  provinceName: string;
  /** Post-reform commune codes; more than one means the old commune was split. */
  newCodes: readonly string[];
}

/** A user-facing message in Vietnamese with its English counterpart. */
export interface Message {
  vi: string;
  en: string;
}

/** Old address parts as a profile stores them (`legacy`); the province may be missing in older profiles. */
export interface LegacyQuery {
  province?: string | undefined;
  district?: string | undefined;
  commune?: string | undefined;
}

export type NoSuggestionCode =
  | 'incomplete' | 'province-not-found' | 'district-not-found' | 'commune-not-found' | 'ambiguous-old' | 'split';

/**
 * Either one new commune, when the mapping leaves no doubt, or the reason there is none with the candidates to pick
 * from. Even a suggestion is a hint: show it with `reason` and let the user confirm.
 */
export type CommuneSuggestion =
  | {
      ok: true;
      commune: Commune2025;
      province: Province2025;
      /** The old communes that matched (several only when they all map to this same commune). */
      from: readonly LegacyCommune[];
      reason: Message;
    }
  | { ok: false; code: NoSuggestionCode; candidates: readonly Commune2025[]; reason: Message };
