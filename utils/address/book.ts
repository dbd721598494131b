/**
 * The address book: post-reform and pre-reform units with name look-ups, built from the generated JSON.
 * Building is synchronous and data-agnostic (tests feed it the real files); `load.ts` fetches the data lazily.
 */
import { matchUnitName, searchFolded, stripUnitPrefix } from '../text';
import type { UnitMatch } from '../text';
import { suggestNewCommune } from './suggest';
import type {
  Commune2025, CommuneSuggestion, LegacyCommune, LegacyDistrict, LegacyProvince, LegacyQuery, Province2025,
} from './types';

/** Shape of data/units-2025.json. */
export interface RawUnits {
  source: string;
  provinces: readonly { code: string; name: string; communes: readonly (readonly [code: string, name: string])[] }[];
}

/** Shape of data/legacy.json. */
export interface RawLegacy {
  source: string;
  provinces: readonly {
    name: string;
    districts: readonly {
      name: string;
      communes: readonly (readonly [code: string | null, name: string, newCodes: readonly string[]])[];
    }[];
  }[];
}

export interface LegacyListOptions {
  /** Also list names known only from rows without an old code (often names from before 2025). Default false. */
  includeUncoded?: boolean;
}

export interface AddressBook {
  /** Where the data comes from (package, version, licence). */
  readonly source: string;
  provinces(): readonly Province2025[];
  province(code: string): Province2025 | undefined;
  communesOf(provinceCode: string): readonly Commune2025[];
  commune(code: string): Commune2025 | undefined;
  /** Exact NFC, then folded with the type, then folded without it (see `matchUnitName`). */
  findProvince(query: string): UnitMatch<Province2025>;
  findCommune(provinceCode: string, query: string): UnitMatch<Commune2025>;
  /** Search as you type, diacritics optional; all provinces' communes when `provinceCode` is undefined. */
  searchCommunes(provinceCode: string | undefined, query: string, limit?: number): Commune2025[];
  searchProvinces(query: string, limit?: number): Province2025[];

  legacyProvinces(): readonly LegacyProvince[];
  legacyDistricts(provinceName: string, options?: LegacyListOptions): readonly LegacyDistrict[];
  legacyCommunes(provinceName: string, districtName: string, options?: LegacyListOptions): readonly LegacyCommune[];
  findLegacyProvince(query: string): UnitMatch<LegacyProvince>;
  findLegacyDistrict(provinceName: string, query: string): UnitMatch<LegacyDistrict>;
  /** Matches coded and uncoded names alike, so an address written before 2025 is still found. */
  findLegacyCommune(provinceName: string, districtName: string, query: string): UnitMatch<LegacyCommune>;
  /** The old communes whose territory went (wholly or partly) into this new commune. */
  legacySourcesOf(newCommuneCode: string): readonly LegacyCommune[];

  /** A new commune for an old address, only when the mapping is unambiguous; otherwise why not, with candidates. */
  suggestNewCommune(legacy: LegacyQuery, hint?: { newProvinceCode?: string }): CommuneSuggestion;
}

function communeType(name: string): Commune2025['type'] {
  if (name.startsWith('Phường ')) return 'Phường';
  if (name.startsWith('Đặc khu ')) return 'Đặc khu';
  return 'Xã';
}

interface LegacyDistrictEntry {
  district: LegacyDistrict;
  communes: LegacyCommune[];
}

export function createAddressBook(units: RawUnits, legacy: RawLegacy): AddressBook {
  const provinces: Province2025[] = units.provinces.map((p) => ({
    code: p.code,
    name: p.name,
    type: p.name.startsWith('Thành phố ') ? 'Thành phố' : 'Tỉnh',
  }));
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const communesByProvince = new Map<string, Commune2025[]>();
  const communeByCode = new Map<string, Commune2025>();
  for (const p of units.provinces) {
    const list = p.communes.map(([code, name]) => ({
      code, name, type: communeType(name), provinceCode: p.code, provinceName: p.name,
    }));
    communesByProvince.set(p.code, list);
    for (const c of list) communeByCode.set(c.code, c);
  }
  const allCommunes = [...communeByCode.values()];

  const legacyProvinceList: LegacyProvince[] = legacy.provinces.map((p) => ({ name: p.name }));
  const legacyDistrictsByProvince = new Map<string, LegacyDistrictEntry[]>();
  const sourcesByNewCode = new Map<string, LegacyCommune[]>();
  for (const p of legacy.provinces) {
    const entries = p.districts.map((d) => {
      const district: LegacyDistrict = { name: d.name, provinceName: p.name };
      const communes: LegacyCommune[] = d.communes.map(([code, name, newCodes]) => ({
        code, name, districtName: d.name, provinceName: p.name, newCodes: [...newCodes],
      }));
      for (const c of communes) {
        for (const target of c.newCodes) sourcesByNewCode.set(target, [...(sourcesByNewCode.get(target) ?? []), c]);
      }
      return { district, communes };
    });
    legacyDistrictsByProvince.set(p.name, entries);
  }

  const districtEntries = (provinceName: string, options: LegacyListOptions = {}): LegacyDistrictEntry[] =>
    (legacyDistrictsByProvince.get(provinceName) ?? []).filter(
      (e) => options.includeUncoded === true || e.communes.some((c) => c.code !== null),
    );
  const communeEntries = (provinceName: string, districtName: string): LegacyCommune[] =>
    districtEntries(provinceName, { includeUncoded: true }).find((e) => e.district.name === districtName)?.communes ?? [];

  const nameOf = (unit: { name: string }): string => unit.name;

  const book: AddressBook = {
    source: units.source,
    provinces: () => provinces,
    province: (code) => provinceByCode.get(code),
    communesOf: (provinceCode) => communesByProvince.get(provinceCode) ?? [],
    commune: (code) => communeByCode.get(code),
    findProvince: (query) => matchUnitName(query, provinces, 'province', nameOf),
    findCommune: (provinceCode, query) =>
      matchUnitName(query, communesByProvince.get(provinceCode) ?? [], 'commune', nameOf),
    searchCommunes: (provinceCode, query, limit) =>
      searchFolded(
        query,
        provinceCode === undefined ? allCommunes : communesByProvince.get(provinceCode) ?? [],
        (c) => [c.name, stripUnitPrefix(c.name, 'commune')],
        limit === undefined ? {} : { limit },
      ).map((hit) => hit.item),
    searchProvinces: (query, limit) =>
      searchFolded(query, provinces, (p) => [p.name, stripUnitPrefix(p.name, 'province')], limit === undefined ? {} : { limit })
        .map((hit) => hit.item),

    legacyProvinces: () => legacyProvinceList,
    legacyDistricts: (provinceName, options) => districtEntries(provinceName, options).map((e) => e.district),
    legacyCommunes: (provinceName, districtName, options = {}) =>
      communeEntries(provinceName, districtName).filter((c) => options.includeUncoded === true || c.code !== null),
    findLegacyProvince: (query) => matchUnitName(query, legacyProvinceList, 'province', nameOf),
    findLegacyDistrict: (provinceName, query) =>
      matchUnitName(query, districtEntries(provinceName, { includeUncoded: true }).map((e) => e.district), 'district', nameOf),
    findLegacyCommune: (provinceName, districtName, query) =>
      matchUnitName(query, communeEntries(provinceName, districtName), 'commune', nameOf),
    legacySourcesOf: (newCommuneCode) => sourcesByNewCode.get(newCommuneCode) ?? [],

    suggestNewCommune: (legacyQuery, hint) => suggestNewCommune(book, legacyQuery, hint),
  };
  return book;
}
