import { describe, expect, it } from 'vitest';
import { searchFolded } from '../../../utils/text';

const provinces = ['Tỉnh Thanh Hóa', 'Thành phố Hà Nội', 'Tỉnh Nghệ An', 'Thành phố Hồ Chí Minh', 'Tỉnh Hà Tĩnh'];
const find = (q: string, items: readonly string[] = provinces) => searchFolded(q, items, (s) => s).map((h) => h.item);

describe('search as you type, diacritics optional', () => {
  it.each(['thanh hoa', 'Thanh Hoá', 'Thanh Hóa', 'THANH HOA', 'tinh thanh'])('finds Tỉnh Thanh Hóa for "%s"', (q) => {
    expect(find(q)[0]).toBe('Tỉnh Thanh Hóa');
  });

  it('matches word starts, not the middle of words', () => {
    expect(find('an')).toEqual(['Tỉnh Nghệ An']);
    expect(find('oa')).toEqual([]);
  });

  it('needs every typed word, in any order, ranking words in order higher', () => {
    expect(find('ha noi')).toEqual(['Thành phố Hà Nội']);
    expect(searchFolded('ha noi', provinces, (s) => s)[0]?.rank).toBe(2);
    expect(searchFolded('noi ha', provinces, (s) => s)[0]?.rank).toBe(3);
    expect(find('ha xyz')).toEqual([]);
  });

  it('breaks ties by the shorter text', () => {
    expect(find('ha')).toEqual(['Tỉnh Hà Tĩnh', 'Thành phố Hà Nội']);
  });

  it('ranks the candidate spelled as typed first when folding collides', () => {
    const communes = ['Phường Đông Tiến', 'Xã Đồng Tiến'];
    expect(find('Đồng Tiến', communes)).toEqual(['Xã Đồng Tiến', 'Phường Đông Tiến']);
    expect(find('Đông Tiến', communes)).toEqual(['Phường Đông Tiến', 'Xã Đồng Tiến']);
  });

  it('ranks an exact name above a prefix and a prefix above a word match', () => {
    const items = ['Xã Thanh Sơn', 'Thanh', 'Thanh Kỳ'];
    expect(searchFolded('thanh', items, (s) => s).map((h) => [h.item, h.rank])).toEqual([
      ['Thanh', 0], ['Thanh Kỳ', 1], ['Xã Thanh Sơn', 2],
    ]);
  });

  it('matches through punctuation and joined spellings (H\'Mông, Ba na)', () => {
    const ethnic = ["H'Mông", 'Ba na', 'Bru-Vân Kiều', 'Kinh'];
    expect(find('hmong', ethnic)).toEqual(["H'Mông"]);
    expect(find('bana', ethnic)).toEqual(['Ba na']);
    expect(find('van kieu', ethnic)).toEqual(['Bru-Vân Kiều']);
  });

  it('searches several texts per item and honours the limit', () => {
    const units = [{ name: 'Phường Hạc Thành', short: 'Hạc Thành' }, { name: 'Phường Hàm Rồng', short: 'Hàm Rồng' }];
    const hits = searchFolded('ha', units, (u) => [u.name, u.short], { limit: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.rank).toBe(1);
  });

  it('returns nothing for an empty query', () => {
    expect(find('   ')).toEqual([]);
  });
});
