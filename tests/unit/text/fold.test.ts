import { describe, expect, it } from 'vitest';
import { fold, foldedEquals, tidy } from '../../../utils/text';

describe('folding Vietnamese for comparison', () => {
  it.each([
    ['Thanh Hóa', 'thanh hoa'],
    ['Thanh Hoá', 'thanh hoa'], // old tone placement
    ['Đồng Tiến', 'dong tien'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Thủy', 'thuy'],
    ['Thuỷ', 'thuy'],
    ['  Hà   Nội ', 'ha noi'],
    ['Hạc Thành'.normalize('NFD'), 'hac thanh'],
    ['ỷ ỹ ỵ', 'y y y'],
  ])('folds "%s" to "%s"', (input, expected) => expect(fold(input)).toBe(expected));

  it('treats tone-placement and NFC/NFD variants as equal', () => {
    expect(foldedEquals('Hoà Bình', 'Hòa Bình')).toBe(true);
    expect(foldedEquals('Khánh Hòa'.normalize('NFD'), 'Khánh Hoà')).toBe(true);
    expect(foldedEquals('Đông Tiến', 'Đồng Tiến')).toBe(true); // why the unit matcher tries exact names first
    expect(foldedEquals('Thanh Hóa', 'Thanh Hà')).toBe(false);
  });
});

describe('tidying text for storage', () => {
  it('stores NFC with single spaces and no padding', () => {
    const nfd = '  Nguyễn   Văn  An '.normalize('NFD');
    const stored = tidy(nfd);
    expect(stored).toBe('Nguyễn Văn An');
    expect(stored).toBe(stored.normalize('NFC'));
    expect(stored.length).toBe('Nguyễn Văn An'.normalize('NFC').length);
  });

  it('keeps the tone placement as typed (only folding merges Hoá and Hóa)', () => {
    expect(tidy('Thanh Hoá')).not.toBe(tidy('Thanh Hóa'));
  });
});
