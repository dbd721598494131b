import { describe, expect, it } from 'vitest';
import { realBook, THANH_HOA, THANH_HOA_LEGACY } from './book';

const book = realBook();
const names = (units: readonly { name: string }[]): string[] => units.map((u) => u.name);

describe('finding a province by name', () => {
  it.each([
    ['Tỉnh Thanh Hóa', 'exact'],
    ['Thanh Hóa', 'exact'],
    ['thanh hoa', 'folded'],
    ['Thanh Hoá', 'folded'], // old tone placement
    ['THANH HÓA', 'folded'],
    ['tinh thanh hoa', 'folded'],
    ['Thanh Hóa'.normalize('NFD'), 'exact'], // NFD input from another dataset
  ])('finds "Tỉnh Thanh Hóa" for "%s" (%s)', (query, by) => {
    const found = book.findProvince(query);
    expect(names(found.matches)).toEqual(['Tỉnh Thanh Hóa']);
    expect(found.by).toBe(by);
    expect(found.typeMismatch).toBe(false);
  });

  it('finds "Tỉnh Thanh Hóa" for "TP Thanh Hoa" only by ignoring the type, and says so', () => {
    const found = book.findProvince('TP Thanh Hoa');
    expect(names(found.matches)).toEqual(['Tỉnh Thanh Hóa']);
    expect(found.by).toBe('folded-untyped');
    expect(found.typeMismatch).toBe(true);
  });

  it('reads "TP.", "TP" and "Thành phố" as the same type', () => {
    for (const q of ['TP. Hồ Chí Minh', 'TP Ho Chi Minh', 'tp.ho chi minh', 'Hồ Chí Minh']) {
      expect(names(book.findProvince(q).matches)).toEqual(['Thành phố Hồ Chí Minh']);
    }
  });

  it('finds nothing for a pre-reform province that was merged away', () => {
    expect(book.findProvince('Hà Giang').matches).toEqual([]);
    expect(names(book.findLegacyProvince('Ha Giang').matches)).toEqual(['Tỉnh Hà Giang']);
  });
});

describe('Thành phố Thanh Hóa (old district) is not Tỉnh Thanh Hóa (province)', () => {
  it('finds the old district for "TP Thanh Hoa" with the type kept', () => {
    const found = book.findLegacyDistrict(THANH_HOA_LEGACY, 'TP Thanh Hoa');
    expect(names(found.matches)).toEqual(['Thành phố Thanh Hóa']);
    expect(found.by).toBe('folded');
  });

  it('does not take "Thị xã Nghi Sơn" (old district) for "Phường Nghi Sơn" (commune)', () => {
    expect(book.findCommune(THANH_HOA, 'Thị xã Nghi Sơn').matches).toEqual([]);
    expect(names(book.findCommune(THANH_HOA, 'Nghi Sơn').matches)).toEqual(['Phường Nghi Sơn']);
  });
});

describe('the Đồng Tiến / Đông Tiến collision in Thanh Hóa', () => {
  it('picks Xã Đồng Tiến (15724) for the exact accented name', () => {
    const found = book.findCommune(THANH_HOA, 'Đồng Tiến');
    expect(found.matches.map((c) => c.code)).toEqual(['15724']);
    expect(found.by).toBe('exact');
  });

  it('picks Phường Đông Tiến (15853) for its exact accented name', () => {
    expect(book.findCommune(THANH_HOA, 'Đông Tiến').matches.map((c) => c.code)).toEqual(['15853']);
  });

  it('uses the type when diacritics are missing', () => {
    expect(book.findCommune(THANH_HOA, 'phuong dong tien').matches.map((c) => c.code)).toEqual(['15853']);
    expect(book.findCommune(THANH_HOA, 'Xa Dong Tien').matches.map((c) => c.code)).toEqual(['15724']);
  });

  it('returns both for "dong tien", leaving the choice to the user', () => {
    const found = book.findCommune(THANH_HOA, 'dong tien');
    expect(found.matches.map((c) => c.code).sort()).toEqual(['15724', '15853']);
  });
});

describe('search as you type', () => {
  it('finds communes without diacritics and ranks the accented match first', () => {
    expect(names(book.searchCommunes(THANH_HOA, 'dong tien'))).toEqual(['Xã Đồng Tiến', 'Phường Đông Tiến']);
    expect(names(book.searchCommunes(THANH_HOA, 'Đông Tiến'))).toEqual(['Phường Đông Tiến', 'Xã Đồng Tiến']);
  });

  it('searches every province when none is chosen', () => {
    expect(book.searchCommunes(undefined, 'hac thanh').map((c) => `${c.name}, ${c.provinceName}`)).toEqual([
      'Phường Hạc Thành, Tỉnh Thanh Hóa',
    ]);
  });

  it('ranks the province whose name starts with the query first', () => {
    expect(names(book.searchProvinces('thanh hoa'))).toEqual(['Tỉnh Thanh Hóa']);
    expect(names(book.searchProvinces('ho chi', 1))).toEqual(['Thành phố Hồ Chí Minh']);
  });
});

describe('pre-reform look-ups keep the district with the commune', () => {
  it('finds the same old name in two districts only through each district', () => {
    const inTp = book.findLegacyCommune(THANH_HOA_LEGACY, 'Thành phố Thanh Hóa', 'Quảng Phú');
    expect(inTp.matches.map((c) => c.code)).toEqual(['16522']);
    const old = book
      .legacyDistricts(THANH_HOA_LEGACY)
      .filter((d) => book.findLegacyCommune(THANH_HOA_LEGACY, d.name, 'Quang Trung').matches.length > 0)
      .map((d) => d.name);
    expect(old.length).toBeGreaterThan(1);
  });

  it('lists which old communes formed Phường Hạc Thành', () => {
    const sources = book.legacySourcesOf('14797').map((c) => c.name);
    expect(sources).toEqual(expect.arrayContaining(['Phường Điện Biên', 'Phường Lam Sơn', 'Phường Ba Đình']));
  });
});
