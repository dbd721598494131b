/**
 * Option lists for the editor's pickers, all searched with diacritics optional ("hac thanh" finds "Phường Hạc Thành").
 * Pure functions of the lazily loaded address book, so the pickers can be tested on the real data.
 */
import type { AddressBook } from '../../utils/address';
import {
  canonicalEthnicity, canonicalReligion, ETHNIC_GROUPS, ETHNIC_LABEL_VARIANTS, ETHNIC_SPECIAL_OPTIONS, RELIGIONS,
} from '../../utils/profile';
import { searchFolded, stripUnitPrefix } from '../../utils/text';
import type { UnitLevel, UnitMatch } from '../../utils/text';
import type { ComboOption } from '../forms/Combobox';

const LIMIT = 40;

/** Filters a list by what is typed; an empty query gives the whole list. */
function searchList<T>(query: string, items: readonly T[], textsOf: (item: T) => readonly string[], toOption: (item: T) => ComboOption): ComboOption[] {
  if (query.trim() === '') return items.map(toOption);
  return searchFolded(query, items, textsOf, { limit: LIMIT }).map((hit) => toOption(hit.item));
}

/** Unit names: also tries the query without its type, so "TP Thanh Hoa" finds "Thành phố Thanh Hóa". */
function searchUnits<T extends { name: string }>(level: UnitLevel, query: string, items: readonly T[], toOption: (item: T) => ComboOption): ComboOption[] {
  const found = searchList(query, items, unitTexts(level), toOption);
  if (found.length > 0 || query.trim() === '') return found;
  const bare = stripUnitPrefix(query, level);
  return bare === query.trim() ? found : searchList(bare, items, unitTexts(level), toOption);
}

/** The one official name a typed text stands for, when there is exactly one (several spellings of it count as one). */
function onlyName<T extends { name: string }>(match: UnitMatch<T>): string | undefined {
  if (match.typeMismatch) return undefined;
  const names = [...new Set(match.matches.map((m) => m.name))];
  return names.length === 1 ? names[0] : undefined;
}

function unitTexts(level: UnitLevel) {
  return (unit: { name: string }): readonly string[] => [unit.name, stripUnitPrefix(unit.name, level)];
}

export interface AddressPickers {
  provinces: (query: string) => ComboOption[];
  resolveProvince: (text: string) => string | undefined;
  /** Communes of the province named `province` (empty list when it is not one of the 34). */
  communes: (province: string) => (query: string) => ComboOption[];
  resolveCommune: (province: string) => (text: string) => string | undefined;
  legacyProvinces: (query: string) => ComboOption[];
  resolveLegacyProvince: (text: string) => string | undefined;
  legacyDistricts: (province: string) => (query: string) => ComboOption[];
  resolveLegacyDistrict: (province: string) => (text: string) => string | undefined;
  /** Old communes, each with the new commune(s) it became as a detail line. */
  legacyCommunes: (province: string, district: string) => (query: string) => ComboOption[];
  resolveLegacyCommune: (province: string, district: string) => (text: string) => string | undefined;
  /** The code of a new province named exactly or unambiguously. */
  provinceCode: (name: string) => string | undefined;
}

export function addressPickers(book: AddressBook): AddressPickers {
  const provinceCode = (name: string): string | undefined => {
    if (name.trim() === '') return undefined;
    const match = book.findProvince(name);
    return match.matches.length === 1 && !match.typeMismatch ? match.matches[0]?.code : undefined;
  };
  const legacyProvinceName = (name: string): string | undefined => (name.trim() === '' ? undefined : onlyName(book.findLegacyProvince(name)));
  const legacyDistrictName = (province: string, district: string): string | undefined => {
    const p = legacyProvinceName(province);
    return p === undefined || district.trim() === '' ? undefined : onlyName(book.findLegacyDistrict(p, district));
  };

  return {
    provinceCode,
    provinces: (q) => searchUnits('province', q, book.provinces(), (p) => ({ value: p.name })),
    resolveProvince: (text) => onlyName(book.findProvince(text)),
    communes: (province) => (q) => {
      const code = provinceCode(province);
      if (code === undefined) return [];
      return searchUnits('commune', q, book.communesOf(code), (c) => ({ value: c.name }));
    },
    resolveCommune: (province) => (text) => {
      const code = provinceCode(province);
      return code === undefined ? undefined : onlyName(book.findCommune(code, text));
    },
    legacyProvinces: (q) => searchUnits('province', q, book.legacyProvinces(), (p) => ({ value: p.name })),
    resolveLegacyProvince: (text) => legacyProvinceName(text),
    legacyDistricts: (province) => (q) => {
      const p = legacyProvinceName(province);
      return p === undefined ? [] : searchUnits('district', q, book.legacyDistricts(p), (d) => ({ value: d.name }));
    },
    resolveLegacyDistrict: (province) => (text) => legacyDistrictName(province, text),
    legacyCommunes: (province, district) => (q) => {
      const p = legacyProvinceName(province);
      const d = legacyDistrictName(province, district);
      if (p === undefined || d === undefined) return [];
      return searchUnits('commune', q, book.legacyCommunes(p, d), (c) => {
        const targets = c.newCodes.map((code) => book.commune(code)?.name).filter((n): n is string => n !== undefined);
        return targets.length === 0 ? { value: c.name } : { value: c.name, detail: `nay là ${targets.join(' hoặc ')}` };
      });
    },
    resolveLegacyCommune: (province, district) => (text) => {
      const p = legacyProvinceName(province);
      const d = legacyDistrictName(province, district);
      return p === undefined || d === undefined ? undefined : onlyName(book.findLegacyCommune(p, d, text));
    },
  };
}

const ETHNIC_OPTIONS = [...ETHNIC_GROUPS, ...ETHNIC_SPECIAL_OPTIONS];
const RELIGION_OPTIONS = ['Không', ...RELIGIONS];

export function ethnicityOptions(q: string): ComboOption[] {
  return searchList(q, ETHNIC_OPTIONS, (label) => [label, ...(ETHNIC_LABEL_VARIANTS[label] ?? [])], (value) => ({ value }));
}

export function religionOptions(q: string): ComboOption[] {
  return searchList(q, RELIGION_OPTIONS, (label) => [label], (value) => ({ value }));
}

export const resolveEthnicity = canonicalEthnicity;
export const resolveReligion = canonicalReligion;

/** Who issued the card, as printed on each model (CMND by the provincial police). */
export const ISSUE_PLACES: readonly string[] = [
  'Bộ Công an',
  'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
  'Cục Cảnh sát đăng ký, quản lý cư trú và dữ liệu quốc gia về dân cư',
  'Công an tỉnh Thanh Hóa',
];

export function issuePlaceOptions(q: string): ComboOption[] {
  return searchList(q, ISSUE_PLACES, (v) => [v], (value) => ({ value }));
}
