import { describe, expect, it } from 'vitest';
import { matchUnitName, splitUnitName, stripUnitPrefix } from '../../../utils/text';

describe('unit type prefixes, one level at a time', () => {
  it.each([
    ['Tỉnh Thanh Hóa', 'province', 'Tỉnh', 'Thanh Hóa'],
    ['Thành phố Hà Nội', 'province', 'Thành phố', 'Hà Nội'],
    ['TP. Hồ Chí Minh', 'province', 'Thành phố', 'Hồ Chí Minh'],
    ['TP.Hồ Chí Minh', 'province', 'Thành phố', 'Hồ Chí Minh'],
    ['tp thanh hoa', 'district', 'Thành phố', 'thanh hoa'],
    ['TX. Nghi Sơn', 'district', 'Thị xã', 'Nghi Sơn'],
    ['Huyện Triệu Sơn', 'district', 'Huyện', 'Triệu Sơn'],
    ['Quận Cầu Giấy', 'district', 'Quận', 'Cầu Giấy'],
    ['Phường Hạc Thành', 'commune', 'Phường', 'Hạc Thành'],
    ['xa dong tien', 'commune', 'Xã', 'dong tien'],
    ['TT. Rừng Thông', 'commune', 'Thị trấn', 'Rừng Thông'],
    ['Thị trấn Rừng Thông', 'commune', 'Thị trấn', 'Rừng Thông'],
    ['Đặc khu Côn Đảo', 'commune', 'Đặc khu', 'Côn Đảo'],
    ['Phường 12', 'commune', 'Phường', '12'],
  ] as const)('splits "%s" at %s level into %s + "%s"', (name, level, type, rest) => {
    expect(splitUnitName(name, level)).toEqual({ type, rest });
  });

  it('strips only within the level: "Thị xã" is not a commune type, "Tỉnh" not a district type', () => {
    expect(splitUnitName('Thị xã Nghi Sơn', 'commune')).toEqual({ type: undefined, rest: 'Thị xã Nghi Sơn' });
    expect(splitUnitName('Tỉnh Thanh Hóa', 'district')).toEqual({ type: undefined, rest: 'Tỉnh Thanh Hóa' });
    expect(splitUnitName('Phường Nghi Sơn', 'district')).toEqual({ type: undefined, rest: 'Phường Nghi Sơn' });
  });

  it('needs a whole word: "TPHCM" keeps its letters and a bare type is not split', () => {
    expect(splitUnitName('TPHCM', 'province')).toEqual({ type: undefined, rest: 'TPHCM' });
    expect(splitUnitName('Phường', 'commune')).toEqual({ type: undefined, rest: 'Phường' });
  });

  it('works on NFD input and returns NFC', () => {
    expect(stripUnitPrefix('Phường Hạc Thành'.normalize('NFD'), 'commune')).toBe('Hạc Thành');
  });
});

describe('matching a unit name: exact, then folded with the type, then folded without it', () => {
  const communes = ['Xã Đồng Tiến', 'Phường Đông Tiến', 'Phường Hạc Thành', 'Xã Thanh Thủy'];
  const match = (q: string) => matchUnitName(q, communes, 'commune', (c) => c);

  it('prefers the exact accented name over a folded collision', () => {
    expect(match('Đồng Tiến')).toEqual({ matches: ['Xã Đồng Tiến'], by: 'exact', typeMismatch: false });
    expect(match('Phường Đông Tiến')).toEqual({ matches: ['Phường Đông Tiến'], by: 'exact', typeMismatch: false });
  });

  it('keeps the type when folding', () => {
    expect(match('phuong dong tien')).toEqual({ matches: ['Phường Đông Tiến'], by: 'folded', typeMismatch: false });
    expect(match('Thanh Thuỷ')).toEqual({ matches: ['Xã Thanh Thủy'], by: 'folded', typeMismatch: false });
  });

  it('returns every folded match when neither diacritics nor type decide', () => {
    expect(match('dong tien').matches).toEqual(['Xã Đồng Tiến', 'Phường Đông Tiến']);
  });

  it('ignores a conflicting type only as a last resort, and flags it', () => {
    expect(match('Xã Hạc Thành')).toEqual({ matches: ['Phường Hạc Thành'], by: 'folded-untyped', typeMismatch: true });
  });

  it('accepts option lists that omit the type', () => {
    const options = ['Thanh Hóa', 'Nghệ An'];
    expect(matchUnitName('Tỉnh Thanh Hóa', options, 'province', (o) => o)).toEqual({
      matches: ['Thanh Hóa'], by: 'exact', typeMismatch: false,
    });
  });

  it('finds nothing for an empty or unknown name', () => {
    expect(match('').matches).toEqual([]);
    expect(match('Hàm Rồng')).toEqual({ matches: [], by: undefined, typeMismatch: false });
  });
});
