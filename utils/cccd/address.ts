/**
 * Splitting the card's one-line address into street, commune, (district,) province with the administrative-unit data.
 * Cards issued before 1 July 2025 show the old three levels: those go to `legacy`, and the new commune is only
 * proposed (from the 2025 conversion table) for the person to confirm. Later cards show the new two levels.
 * Whatever is not recognised stays in the street part, so nothing written on the card is lost.
 */
import type { AddressBook, Commune2025, CommuneSuggestion, LegacyDistrict, LegacyProvince, Province2025 } from '../address';
import type { Address } from '../profile/schema';
import { tidy } from '../text';
import type { Message } from './types';
import { closest, expandAbbreviation, looksLikeCommune, newProvinceOf, readLegacyDistrict, readProvince, single } from './units';
import type { Found } from './units';

/** From this day the two-level units are in force (Nghị quyết 202/2025/QH15). */
export const NEW_UNITS_FROM = '2025-07-01';

export interface CardAddress {
  /** Which units the card shows; `unknown` when neither reading fits (everything is then in `street`). */
  era: 'legacy' | 'current' | 'unknown';
  street: string | undefined;
  /** The post-reform province. */
  province: Province2025 | undefined;
  /** The post-reform commune, when the card itself shows it (era `current`). */
  commune: Commune2025 | undefined;
  /** The old units as the official lists name them (the commune as written when it is not on the list). */
  legacy: { province: string | undefined; district: string | undefined; commune: string | undefined } | undefined;
  /** False when the old commune was kept as written because the list does not have it. */
  legacyCommuneKnown: boolean;
  /** The new commune proposed for an old address, or why there is none (era `legacy` with a commune only). */
  suggestion: CommuneSuggestion | undefined;
  notes: Message[];
}

export interface SplitOptions {
  /** The card's issue date: an address that reads both ways is read in the units in force on that day. */
  issueDate?: string | undefined;
}

function renamedNote(written: string, official: string): Message {
  return {
    vi: `Trên thẻ ghi "${written}"; trong danh mục là "${official}".`,
    en: `The card says "${written}"; the official list says "${official}".`,
  };
}

interface LegacyReading {
  district: Found<LegacyDistrict>;
  /** The part naming the district (or the part after the commune when the district was inferred). */
  districtWritten: string | undefined;
  /** Index of the first part after the street. */
  streetEnd: number;
  commune: { name: string; known: boolean; renamed: boolean; written: string } | undefined;
  /** 2: district and commune found; 1: one of them (or the district only inferred from the commune). */
  score: number;
  /** The district was not on the list and came from the commune's entry instead. */
  inferred: boolean;
}

function readLegacyCommune(book: AddressBook, district: LegacyDistrict, part: string): LegacyReading['commune'] {
  const query = expandAbbreviation(part, 'commune');
  const found = single(book.findLegacyCommune(district.provinceName, district.name, query), true);
  if (found !== undefined) return { name: found.unit.name, known: true, renamed: found.renamed, written: part };
  // A part that says "Xã …" or "Phường …" is the commune even when the list lacks it (renamed, merged before 2025).
  return looksLikeCommune(part) ? { name: query, known: false, renamed: false, written: part } : undefined;
}

/**
 * The commune found in every district of one old province, when the card's district is not on the list (Huế's
 * districts were redrawn in January 2025, so "Phường Phú Hội, Thành phố Huế" is now listed under "Quận Thuận Hóa").
 */
function inferDistrict(book: AddressBook, province: LegacyProvince, parts: readonly string[]): LegacyReading | undefined {
  const districts = book.legacyDistricts(province.name, { includeUncoded: true });
  for (const at of [parts.length - 1, parts.length - 2]) {
    const part = parts[at];
    if (part === undefined || at < 0) continue;
    const query = expandAbbreviation(part, 'commune');
    const found = closest(districts.map((d) => single(book.findLegacyCommune(province.name, d.name, query), true)));
    if (found === undefined) continue;
    const district: LegacyDistrict = { name: found.unit.districtName, provinceName: found.unit.provinceName };
    return {
      district: { unit: district, renamed: false, closeness: found.closeness },
      districtWritten: parts[at + 1],
      streetEnd: at,
      commune: { name: found.unit.name, known: true, renamed: found.renamed, written: part },
      score: 1,
      inferred: true,
    };
  }
  return undefined;
}

function readLegacy(book: AddressBook, provinces: readonly LegacyProvince[], parts: readonly string[]): LegacyReading | undefined {
  const at = parts.length - 1;
  const districtPart = parts[at];
  if (districtPart === undefined) return undefined;
  const district = readLegacyDistrict(book, provinces, districtPart);
  if (district === undefined) {
    const [only] = provinces;
    return provinces.length === 1 && only !== undefined ? inferDistrict(book, only, parts) : undefined;
  }
  const communePart = parts[at - 1];
  const commune = communePart === undefined ? undefined : readLegacyCommune(book, district.unit, communePart);
  return {
    district, districtWritten: districtPart, streetEnd: commune === undefined ? at : at - 1, commune,
    score: commune?.known === true ? 2 : 1,
    inferred: false,
  };
}

function readCurrent(book: AddressBook, provinces: readonly Province2025[], parts: readonly string[]): Found<Commune2025> | undefined {
  const part = parts.at(-1);
  if (part === undefined) return undefined;
  const query = expandAbbreviation(part, 'commune');
  return closest(provinces.map((p) => single(book.findCommune(p.code, query), true)));
}

export function splitCardAddress(raw: string, book: AddressBook, options: SplitOptions = {}): CardAddress {
  const parts = raw.split(/[,;]/).map(tidy).filter((p) => p !== '');
  const notes: Message[] = [];
  const empty: CardAddress = {
    era: 'unknown', street: undefined, province: undefined, commune: undefined, legacy: undefined,
    legacyCommuneKnown: false, suggestion: undefined, notes,
  };
  if (parts.length === 0) return empty;

  const last = parts.at(-1) ?? '';
  const named = readProvince(book, last);
  const rest = named === undefined ? parts : parts.slice(0, -1);
  if (named === undefined) {
    notes.push({ vi: 'Địa chỉ trên thẻ không ghi rõ tỉnh, thành phố.', en: 'The address names no province.' });
  }
  const legacyProvinces = named?.legacy !== undefined ? [named.legacy] : named === undefined ? book.legacyProvinces() : [];
  const currentProvinces = named?.current !== undefined ? [named.current] : named === undefined ? book.provinces() : [];

  const legacy = readLegacy(book, legacyProvinces, rest);
  const current = readCurrent(book, currentProvinces, rest);
  const legacyScore = legacy?.score ?? 0;
  let era: CardAddress['era'];
  if (legacyScore === 2 || (legacyScore === 1 && current === undefined)) era = 'legacy';
  else if (current !== undefined && legacyScore === 0) era = 'current';
  else if (current !== undefined) {
    // "Sầm Sơn, Thanh Hóa" is an old district and a new phường: the units in force when the card was issued decide.
    era = options.issueDate !== undefined && options.issueDate >= NEW_UNITS_FROM ? 'current' : 'legacy';
    notes.push({
      vi: `"${rest.at(-1) ?? ''}" có thể là đơn vị cũ hoặc mới; đã đọc theo đơn vị ${era === 'legacy' ? 'trước' : 'từ'} 1/7/2025 (theo ngày cấp thẻ). Hãy kiểm tra.`,
      en: `"${rest.at(-1) ?? ''}" may be an old or a new unit; read as ${era === 'legacy' ? 'before' : 'from'} 1 July 2025 by the issue date. Please check.`,
    });
  } else era = 'unknown';

  if (era === 'current' && current !== undefined) {
    if (current.renamed) notes.push(renamedNote(rest.at(-1) ?? '', current.unit.name));
    const street = rest.slice(0, -1).join(', ');
    return {
      ...empty, era, street: street === '' ? undefined : street, commune: current.unit,
      province: book.province(current.unit.provinceCode),
    };
  }

  if (era === 'legacy' && legacy !== undefined) {
    const province: LegacyProvince = { name: legacy.district.unit.provinceName };
    const districtWritten = legacy.districtWritten;
    if (districtWritten !== undefined && (legacy.district.renamed || legacy.inferred)) {
      notes.push(renamedNote(districtWritten, legacy.district.unit.name));
    }
    const commune = legacy.commune;
    if (commune?.renamed === true) notes.push(renamedNote(commune.written, commune.name));
    if (commune !== undefined && !commune.known) {
      notes.push({
        vi: `Không tìm thấy "${commune.name}" trong danh sách xã, phường cũ của ${legacy.district.unit.name}; vẫn giữ như trên thẻ.`,
        en: `"${commune.name}" is not on the list of old communes of ${legacy.district.unit.name}; kept as written.`,
      });
    }
    const streetParts = rest.slice(0, legacy.streetEnd);
    const newProvince = named?.current ?? newProvinceOf(book, province);
    const suggestion = commune === undefined
      ? undefined
      : book.suggestNewCommune(
        { province: province.name, district: legacy.district.unit.name, commune: commune.name },
        newProvince === undefined ? {} : { newProvinceCode: newProvince.code },
      );
    return {
      ...empty,
      era,
      street: streetParts.length === 0 ? undefined : streetParts.join(', '),
      province: suggestion?.ok === true ? suggestion.province : newProvinceOf(book, province) ?? named?.current,
      legacy: { province: province.name, district: legacy.district.unit.name, commune: commune?.name },
      legacyCommuneKnown: commune?.known === true,
      suggestion,
    };
  }

  notes.push({
    vi: 'Không nhận ra xã, huyện trong địa chỉ theo danh mục đơn vị hành chính; phần đó được giữ nguyên ở ô "Số nhà, đường, thôn, xóm".',
    en: 'The commune and district were not recognised; that part is kept as written in the street field.',
  });
  const province = named?.current ?? (named?.legacy === undefined ? undefined : newProvinceOf(book, named.legacy));
  return {
    ...empty,
    street: rest.length === 0 ? undefined : rest.join(', '),
    province,
    legacy: named?.legacy !== undefined && named.legacy.name !== province?.name
      ? { province: named.legacy.name, district: undefined, commune: undefined }
      : undefined,
  };
}

/**
 * The address to store: the new province and commune (the commune only when the card shows it or the person chose
 * one), the street, and the old units with the old province written only when it differs from the new one.
 */
export function addressForProfile(split: CardAddress, chosenCommune?: Commune2025 | undefined): Address | undefined {
  const commune = split.commune ?? chosenCommune;
  const provinceName = commune?.provinceName ?? split.province?.name;
  const out: Address = {};
  if (provinceName !== undefined) out.province = provinceName;
  if (commune !== undefined) out.commune = commune.name;
  if (split.street !== undefined) out.street = split.street;
  if (split.legacy !== undefined) {
    const legacy: NonNullable<Address['legacy']> = {};
    if (split.legacy.province !== undefined && split.legacy.province !== provinceName) legacy.province = split.legacy.province;
    if (split.legacy.district !== undefined) legacy.district = split.legacy.district;
    if (split.legacy.commune !== undefined) legacy.commune = split.legacy.commune;
    if (Object.keys(legacy).length > 0) out.legacy = legacy;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
