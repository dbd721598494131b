/**
 * Finding one administrative unit from a piece of a card's address: abbreviations expanded ("P." → "Phường"),
 * a few well-known other names ("TP.HCM", "Thừa Thiên Huế"), then the address book's own matching (FACTS §14).
 */
import type { AddressBook, LegacyDistrict, LegacyProvince, Province2025 } from '../address';
import { fold, splitUnitName, tidy } from '../text';
import type { UnitLevel, UnitMatch, UnitMatchKind } from '../text';

/** Short forms written on cards and forms, per level, turned into the full type word. */
const ABBREVIATIONS: Record<UnitLevel, readonly (readonly [RegExp, string])[]> = {
  province: [[/^T\.\s*/iu, 'Tỉnh '], [/^TP(?:\.\s*|\s+)/iu, 'Thành phố ']],
  district: [
    [/^Q\.?\s*(?=\d)/iu, 'Quận '], [/^Q\.\s*/iu, 'Quận '], [/^H\.\s*/iu, 'Huyện '], [/^TX(?:\.\s*|\s+)/iu, 'Thị xã '],
    [/^TP(?:\.\s*|\s+)/iu, 'Thành phố '],
  ],
  commune: [
    [/^P\.?\s*(?=\d)/iu, 'Phường '], [/^P\.\s*/iu, 'Phường '], [/^X\.\s*/iu, 'Xã '], [/^TT(?:\.\s*|\s+)/iu, 'Thị trấn '],
  ],
};

/** "P. Hàm Rồng" → "Phường Hàm Rồng" (at the commune level only: "P." means nothing for a province). */
export function expandAbbreviation(part: string, level: UnitLevel): string {
  const clean = tidy(part);
  for (const [pattern, full] of ABBREVIATIONS[level]) {
    if (pattern.test(clean)) return tidy(clean.replace(pattern, full));
  }
  return clean;
}

/** Other names for provinces, by folded name without the type: short forms and the names before 2025. */
const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  hcm: 'Thành phố Hồ Chí Minh',
  tphcm: 'Thành phố Hồ Chí Minh',
  'tp.hcm': 'Thành phố Hồ Chí Minh',
  'sai gon': 'Thành phố Hồ Chí Minh',
  'thua thien hue': 'Thành phố Huế',
  'ba ria vung tau': 'Tỉnh Bà Rịa - Vũng Tàu',
  'brvt': 'Tỉnh Bà Rịa - Vũng Tàu',
};

function provinceAlias(part: string): string {
  const rest = fold(splitUnitName(part, 'province').rest).replace(/\s*-\s*/g, ' ');
  return PROVINCE_ALIASES[rest] ?? PROVINCE_ALIASES[fold(part).replace(/\s+/g, '')] ?? part;
}

export interface Found<T> {
  unit: T;
  /** The card wrote another unit type for the same name ("Thị xã Sầm Sơn", listed as "Thành phố Sầm Sơn"). */
  renamed: boolean;
  /** 0 exact, 1 folded, 2 folded with a conflicting type: across several lists only the closest kind counts. */
  closeness: number;
}

const CLOSENESS: Record<UnitMatchKind, number> = { exact: 0, folded: 1, 'folded-untyped': 2 };

/** The single unit a look-up found, if exactly one. A conflicting type is accepted only where `allowTypeChange`. */
export function single<T>(match: UnitMatch<T>, allowTypeChange: boolean): Found<T> | undefined {
  const only = match.matches.length === 1 ? match.matches[0] : undefined;
  if (only === undefined || match.by === undefined) return undefined;
  if (match.typeMismatch && !allowTypeChange) return undefined;
  return { unit: only, renamed: match.typeMismatch, closeness: CLOSENESS[match.by] };
}

/**
 * The one unit found across several lists (old districts of every province, communes of every new province), keeping
 * only the closest kind of match: "Thành phố Thanh Hóa" is exactly one district, not also Long An's "Huyện Thạnh Hóa",
 * which only folds to the same letters under another type.
 */
export function closest<T>(found: readonly (Found<T> | undefined)[]): Found<T> | undefined {
  const hits = found.filter((f): f is Found<T> => f !== undefined);
  const best = Math.min(...hits.map((f) => f.closeness));
  const kept = hits.filter((f) => f.closeness === best);
  return kept.length === 1 ? kept[0] : undefined;
}

export interface ProvinceReading {
  legacy: LegacyProvince | undefined;
  current: Province2025 | undefined;
}

/**
 * The province a part names, before and after the reform ("Tỉnh Hà Giang" only before, "Tỉnh Thanh Hóa" both).
 * A different type is never the same province: "Thành phố Thanh Hóa" is a district, not "Tỉnh Thanh Hóa".
 */
export function readProvince(book: AddressBook, part: string): ProvinceReading | undefined {
  const query = provinceAlias(expandAbbreviation(part, 'province'));
  const legacy = single(book.findLegacyProvince(query), false)?.unit;
  const current = single(book.findProvince(query), false)?.unit;
  return legacy === undefined && current === undefined ? undefined : { legacy, current };
}

const newProvinceCache = new WeakMap<AddressBook, Map<string, Province2025 | undefined>>();

/**
 * The post-reform province an old province became: whole provinces merged in 2025, so every old commune of it maps
 * into one new province. Undefined if the data says otherwise.
 */
export function newProvinceOf(book: AddressBook, legacy: LegacyProvince): Province2025 | undefined {
  let cache = newProvinceCache.get(book);
  if (cache === undefined) {
    cache = new Map();
    newProvinceCache.set(book, cache);
  }
  if (cache.has(legacy.name)) return cache.get(legacy.name);
  const codes = new Set<string>();
  for (const district of book.legacyDistricts(legacy.name, { includeUncoded: true })) {
    for (const commune of book.legacyCommunes(legacy.name, district.name, { includeUncoded: true })) {
      for (const code of commune.newCodes) {
        const province = book.commune(code)?.provinceCode;
        if (province !== undefined) codes.add(province);
      }
    }
  }
  const [only] = codes;
  const result = codes.size === 1 && only !== undefined ? book.province(only) : undefined;
  cache.set(legacy.name, result);
  return result;
}

/** The one old district a part names within the given old provinces (several when the province is unknown). */
export function readLegacyDistrict(
  book: AddressBook,
  provinces: readonly LegacyProvince[],
  part: string,
): Found<LegacyDistrict> | undefined {
  const query = expandAbbreviation(part, 'district');
  return closest(provinces.map((p) => single(book.findLegacyDistrict(p.name, query), true)));
}

/** Whether a part starts with a commune-level type word (after expanding "P.", "X.", "TT."). */
export function looksLikeCommune(part: string): boolean {
  return splitUnitName(expandAbbreviation(part, 'commune'), 'commune').type !== undefined;
}
