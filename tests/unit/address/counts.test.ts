import { describe, expect, it } from 'vitest';
import reference from './fixtures/thanh-hoa-communes-2025.json';
import { rawLegacy, realBook, THANH_HOA, THANH_HOA_LEGACY } from './book';

describe('post-reform units (from 1 July 2025)', () => {
  const book = realBook();
  const all = book.provinces().flatMap((p) => book.communesOf(p.code));

  it('has 34 provinces: 28 tỉnh and 6 thành phố', () => {
    expect(book.provinces()).toHaveLength(34);
    expect(book.provinces().filter((p) => p.type === 'Tỉnh')).toHaveLength(28);
    expect(book.provinces().filter((p) => p.type === 'Thành phố').map((p) => p.name)).toEqual([
      'Thành phố Hà Nội', 'Thành phố Hải Phòng', 'Thành phố Huế', 'Thành phố Đà Nẵng', 'Thành phố Hồ Chí Minh',
      'Thành phố Cần Thơ',
    ]);
  });

  it('has 3,321 communes: 2,621 xã, 687 phường and 13 đặc khu', () => {
    expect(all).toHaveLength(3321);
    expect(all.filter((c) => c.type === 'Xã')).toHaveLength(2621);
    expect(all.filter((c) => c.type === 'Phường')).toHaveLength(687);
    expect(all.filter((c) => c.type === 'Đặc khu')).toHaveLength(13);
    expect(new Set(all.map((c) => c.code)).size).toBe(3321);
  });

  it('names Thanh Hóa as the official "Tỉnh Thanh Hóa" with code 38', () => {
    expect(book.province(THANH_HOA)?.name).toBe('Tỉnh Thanh Hóa');
  });

  it('gives Thanh Hóa 166 communes: 147 xã and 19 phường, no đặc khu', () => {
    const th = book.communesOf(THANH_HOA);
    expect(th).toHaveLength(166);
    expect(th.filter((c) => c.type === 'Xã')).toHaveLength(147);
    expect(th.filter((c) => c.type === 'Phường')).toHaveLength(19);
  });

  it('agrees code for code and name for name with the independent Thanh Hóa reference list', () => {
    const ours = book.communesOf(THANH_HOA).map((c) => [c.code, c.name]);
    const theirs = reference.units.map((u) => [u.code, u.name]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(ours).toEqual(theirs);
  });

  it('stores every name in NFC', () => {
    for (const c of all) expect(c.name).toBe(c.name.normalize('NFC'));
  });
});

describe('pre-reform units (until 30 June 2025)', () => {
  const book = realBook();

  it('has the 63 old provinces', () => {
    expect(book.legacyProvinces()).toHaveLength(63);
  });

  it('gives Thanh Hóa 26 districts in GSO order, Thành phố Thanh Hóa first and Thị xã Nghi Sơn last', () => {
    const districts = book.legacyDistricts(THANH_HOA_LEGACY);
    expect(districts).toHaveLength(26);
    expect(districts[0]?.name).toBe('Thành phố Thanh Hóa');
    expect(districts.at(-1)?.name).toBe('Thị xã Nghi Sơn');
  });

  it('gives Thanh Hóa 547 coded communes (the official count is 549: the source lacks two in Thành phố Thanh Hóa)', () => {
    const communes = book.legacyDistricts(THANH_HOA_LEGACY).flatMap((d) => book.legacyCommunes(THANH_HOA_LEGACY, d.name));
    expect(communes).toHaveLength(547);
    expect(communes.filter((c) => c.name.startsWith('Xã '))).toHaveLength(452);
    expect(communes.filter((c) => c.name.startsWith('Phường '))).toHaveLength(63);
    expect(communes.filter((c) => c.name.startsWith('Thị trấn '))).toHaveLength(32);
  });

  it('matches the official per-district counts except Thành phố Thanh Hóa (47 of 49)', () => {
    const counts = Object.fromEntries(
      book.legacyDistricts(THANH_HOA_LEGACY).map((d) => [d.name, book.legacyCommunes(THANH_HOA_LEGACY, d.name).length]),
    );
    expect(counts).toEqual({
      'Thành phố Thanh Hóa': 47, 'Thị xã Bỉm Sơn': 7, 'Thành phố Sầm Sơn': 10, 'Huyện Mường Lát': 8,
      'Huyện Quan Hóa': 15, 'Huyện Bá Thước': 21, 'Huyện Quan Sơn': 12, 'Huyện Lang Chánh': 10, 'Huyện Ngọc Lặc': 21,
      'Huyện Cẩm Thủy': 17, 'Huyện Thạch Thành': 24, 'Huyện Hà Trung': 19, 'Huyện Vĩnh Lộc': 13, 'Huyện Yên Định': 25,
      'Huyện Thọ Xuân': 30, 'Huyện Thường Xuân': 16, 'Huyện Triệu Sơn': 32, 'Huyện Thiệu Hóa': 24, 'Huyện Hoằng Hóa': 36,
      'Huyện Hậu Lộc': 22, 'Huyện Nga Sơn': 23, 'Huyện Như Xuân': 16, 'Huyện Như Thanh': 14, 'Huyện Nông Cống': 29,
      'Huyện Quảng Xương': 26, 'Thị xã Nghi Sơn': 30,
    });
  });

  it('keeps names known only from rows without an old code out of pickers unless asked (18 in Thanh Hóa)', () => {
    const uncoded = book
      .legacyDistricts(THANH_HOA_LEGACY)
      .flatMap((d) => book.legacyCommunes(THANH_HOA_LEGACY, d.name, { includeUncoded: true }))
      .filter((c) => c.code === null);
    expect(uncoded).toHaveLength(18);
    expect(uncoded.map((c) => `${c.name} / ${c.districtName}`)).toContain('Xã Hà Lai / Huyện Hà Trung');
  });

  it('records what the cleaning of the old→new table found', () => {
    const stats = (rawLegacy as unknown as { cleaning: { stats: Record<string, number> } }).cleaning.stats;
    expect(stats).toMatchObject({
      rows: 10977, rowsWithoutOldNames: 5, duplicateRows: 128, rowsDropped: 0, oldCommunesSplit: 22,
    });
    expect(stats.targetsTrusted! + stats.targetsResolvedByName!).toBe(10977 - 5 - 128);
  });

  it('maps every old commune to communes that exist after the reform', () => {
    const book2 = realBook();
    for (const p of book2.legacyProvinces()) {
      for (const d of book2.legacyDistricts(p.name, { includeUncoded: true })) {
        for (const c of book2.legacyCommunes(p.name, d.name, { includeUncoded: true })) {
          expect(c.newCodes.length).toBeGreaterThan(0);
          for (const code of c.newCodes) expect(book2.commune(code), `${c.name} → ${code}`).toBeDefined();
        }
      }
    }
  });
});
