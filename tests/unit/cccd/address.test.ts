import { describe, expect, it } from 'vitest';
import { addressForProfile, expandAbbreviation, splitCardAddress } from '../../../utils/cccd';
import { realBook } from '../address/book';

const book = realBook();
const BEFORE = { issueDate: '2021-05-10' };
const AFTER = { issueDate: '2025-08-12' };

function split(raw: string, options = BEFORE) {
  const s = splitCardAddress(raw, book, options);
  return { s, address: addressForProfile(s), confirmed: addressForProfile(s, s.suggestion?.ok === true ? s.suggestion.commune : undefined) };
}

describe('splitting a card address issued before the 2025 reform (three levels)', () => {
  it('reads a Thanh Hóa city address into old units and proposes the new phường without applying it', () => {
    const { s, address, confirmed } = split('Số 25 đường Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Tỉnh Thanh Hóa');
    expect(s.era).toBe('legacy');
    expect(address).toEqual({
      province: 'Tỉnh Thanh Hóa', street: 'Số 25 đường Lê Lợi',
      legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
    });
    expect(s.suggestion?.ok && s.suggestion.commune.name).toBe('Phường Hạc Thành');
    expect(confirmed?.commune).toBe('Phường Hạc Thành');
    expect(s.notes).toEqual([]);
  });

  it('reads a province written without its type ("Thanh Hóa")', () => {
    const { address } = split('Số 12 Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Thanh Hóa');
    expect(address).toEqual({
      province: 'Tỉnh Thanh Hóa', street: 'Số 12 Lê Lợi', legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
    });
  });

  it('expands abbreviations at each level (P., TP, T.)', () => {
    const { s, address } = split('Tổ 5, P. Hàm Rồng, TP Thanh Hóa, T. Thanh Hóa');
    expect(address).toEqual({
      province: 'Tỉnh Thanh Hóa', street: 'Tổ 5', legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Hàm Rồng' },
    });
    expect(s.suggestion?.ok && s.suggestion.commune.name).toBe('Phường Hàm Rồng');
  });

  it.each([
    ['P. Hàm Rồng', 'commune', 'Phường Hàm Rồng'], ['X. Quảng Phú', 'commune', 'Xã Quảng Phú'], ['TT. Bút Sơn', 'commune', 'Thị trấn Bút Sơn'],
    ['P.5', 'commune', 'Phường 5'], ['Q.5', 'district', 'Quận 5'], ['H. Hoằng Hóa', 'district', 'Huyện Hoằng Hóa'],
    ['TX. Nghi Sơn', 'district', 'Thị xã Nghi Sơn'], ['TP. Thanh Hóa', 'district', 'Thành phố Thanh Hóa'], ['T. Thanh Hóa', 'province', 'Tỉnh Thanh Hóa'],
    // Only within one level: "P." means nothing for a province, "T." nothing for a commune.
    ['P. Hàm Rồng', 'province', 'P. Hàm Rồng'], ['T. Thanh Hóa', 'commune', 'T. Thanh Hóa'],
  ] as const)('expands "%s" at the %s level to "%s"', (written, level, full) => {
    expect(expandAbbreviation(written, level)).toBe(full);
  });

  it('keeps a commune the old list lacks as written, and says so (Quảng Phú moved to Thanh Hóa city in 2012)', () => {
    const { s, address } = split('Thôn 3, Xã Quảng Phú, Huyện Quảng Xương, Tỉnh Thanh Hóa');
    expect(address).toEqual({
      province: 'Tỉnh Thanh Hóa', street: 'Thôn 3', legacy: { district: 'Huyện Quảng Xương', commune: 'Xã Quảng Phú' },
    });
    expect(s.legacyCommuneKnown).toBe(false);
    expect(s.suggestion?.ok).toBe(false);
    expect(s.notes[0]?.vi).toContain('Không tìm thấy "Xã Quảng Phú" trong danh sách xã, phường cũ của Huyện Quảng Xương');
  });

  it('offers every new phường for an old xã that was split, choosing none', () => {
    const { s, address } = split('Xóm 1, Xã Hải Yến, Thị xã Nghi Sơn, Tỉnh Thanh Hóa');
    expect(address?.commune).toBeUndefined();
    const suggestion = s.suggestion;
    if (suggestion === undefined || suggestion.ok) throw new Error('expected no single suggestion');
    expect(suggestion.code).toBe('split');
    expect(suggestion.candidates.map((c) => c.name).sort()).toEqual(['Phường Hải Bình', 'Phường Nghi Sơn', 'Phường Đào Duy Từ']);
  });

  it('keeps a multi-part street (đội, thôn) and reads a rural Thanh Hóa address', () => {
    const { address, confirmed } = split('Đội 4, thôn Đông, Xã Hoằng Giang, Huyện Hoằng Hóa, Thanh Hóa');
    expect(address).toEqual({
      province: 'Tỉnh Thanh Hóa', street: 'Đội 4, thôn Đông', legacy: { district: 'Huyện Hoằng Hóa', commune: 'Xã Hoằng Giang' },
    });
    expect(confirmed?.commune).toBe('Xã Hoằng Giang');
  });

  it('reads Hà Nội (another province) and proposes its new phường', () => {
    const { address, confirmed } = split('Số 1 Tràng Tiền, Phường Tràng Tiền, Quận Hoàn Kiếm, Thành phố Hà Nội');
    expect(address).toEqual({
      province: 'Thành phố Hà Nội', street: 'Số 1 Tràng Tiền', legacy: { district: 'Quận Hoàn Kiếm', commune: 'Phường Tràng Tiền' },
    });
    expect(confirmed?.commune).toBe('Phường Cửa Nam');
  });

  it('reads a merged province (Hà Giang, now Tuyên Quang) and keeps the old province in legacy', () => {
    const { s, address } = split('Thôn Nà Sài, Thị trấn Yên Phú, Huyện Bắc Mê, Tỉnh Hà Giang');
    expect(address).toEqual({
      province: 'Tỉnh Tuyên Quang', street: 'Thôn Nà Sài',
      legacy: { province: 'Tỉnh Hà Giang', district: 'Huyện Bắc Mê', commune: 'Thị trấn Yên Phú' },
    });
    expect(s.suggestion?.ok && s.suggestion.province.name).toBe('Tỉnh Tuyên Quang');
  });

  it('reads Hồ Chí Minh City written with numbered units and "TP.HCM"', () => {
    const { address } = split('123 Nguyễn Trãi, P.5, Q.5, TP.HCM');
    expect(address).toEqual({
      province: 'Thành phố Hồ Chí Minh', street: '123 Nguyễn Trãi', legacy: { district: 'Quận 5', commune: 'Phường 5' },
    });
  });

  it('finds the district when the card names one that was redrawn (Huế, January 2025), and says so', () => {
    const { s, address } = split('Tổ 1, Phường Phú Hội, Thành phố Huế, Tỉnh Thừa Thiên Huế');
    expect(address).toEqual({
      province: 'Thành phố Huế', street: 'Tổ 1', legacy: { district: 'Quận Thuận Hóa', commune: 'Phường Phú Hội' },
    });
    expect(s.notes.map((n) => n.vi)).toContain('Trên thẻ ghi "Thành phố Huế"; trong danh mục là "Quận Thuận Hóa".');
  });

  it('notes a unit the card names with an older type (Xã Yên Phú, listed as Thị trấn Yên Phú)', () => {
    const { s, address } = split('Thôn Nà Sài, Xã Yên Phú, Huyện Bắc Mê, Tỉnh Hà Giang');
    expect(address?.legacy?.commune).toBe('Thị trấn Yên Phú');
    expect(s.notes.map((n) => n.vi)).toContain('Trên thẻ ghi "Xã Yên Phú"; trong danh mục là "Thị trấn Yên Phú".');
  });

  it('works without the province when the district is unique ("Thành phố Thanh Hóa" is not Long An\'s "Huyện Thạnh Hóa")', () => {
    const { s, address } = split('Số 3, Phường Điện Biên, Thành phố Thanh Hóa');
    expect(address).toEqual({
      province: 'Tỉnh Thanh Hóa', street: 'Số 3', legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
    });
    expect(s.notes[0]?.vi).toContain('không ghi rõ tỉnh');
  });
});

describe('splitting a card address issued after the 2025 reform (two levels)', () => {
  it('reads the new phường and province directly, with nothing in legacy and nothing to confirm', () => {
    const { s, address } = split('Khu phố 2, Phường Hạc Thành, Tỉnh Thanh Hóa', AFTER);
    expect(s.era).toBe('current');
    expect(address).toEqual({ province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Khu phố 2' });
    expect(s.suggestion).toBeUndefined();
  });

  it('reads a new commune of another province (Xã Bắc Mê, Tuyên Quang)', () => {
    const { address } = split('Thôn Nà Sài, Xã Bắc Mê, Tỉnh Tuyên Quang', AFTER);
    expect(address).toEqual({ province: 'Tỉnh Tuyên Quang', commune: 'Xã Bắc Mê', street: 'Thôn Nà Sài' });
  });

  it('reads a name that is both an old district and a new phường by the issue date, and says so', () => {
    const before = split('Sầm Sơn, Thanh Hóa', BEFORE);
    const after = split('Sầm Sơn, Thanh Hóa', AFTER);
    expect(before.address).toEqual({ province: 'Tỉnh Thanh Hóa', legacy: { district: 'Thành phố Sầm Sơn' } });
    expect(after.address).toEqual({ province: 'Tỉnh Thanh Hóa', commune: 'Phường Sầm Sơn' });
    expect(after.s.notes[0]?.vi).toContain('có thể là đơn vị cũ hoặc mới');
  });
});

describe('what is not recognised stays in the street part', () => {
  it('keeps an address with unknown units whole, with the province it names', () => {
    const { s, address } = split('Số 9, Khu đô thị Mới, Quận Không Có, Tỉnh Thanh Hóa');
    expect(s.era).toBe('unknown');
    expect(address).toEqual({ province: 'Tỉnh Thanh Hóa', street: 'Số 9, Khu đô thị Mới, Quận Không Có' });
    expect(s.notes.map((n) => n.vi).join(' ')).toContain('giữ nguyên ở ô "Số nhà, đường, thôn, xóm"');
  });

  it('gives nothing for an empty address', () => {
    const { s, address } = split('  ');
    expect(s.era).toBe('unknown');
    expect(address).toBeUndefined();
  });
});
