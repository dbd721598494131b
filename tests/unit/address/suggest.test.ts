import { describe, expect, it } from 'vitest';
import { realBook } from './book';

const book = realBook();

describe('suggesting the new commune for an old address', () => {
  it('suggests Phường Hạc Thành for Phường Điện Biên, Thành phố Thanh Hóa, and explains why', () => {
    const s = book.suggestNewCommune({ province: 'Tỉnh Thanh Hóa', district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.commune).toMatchObject({ code: '14797', name: 'Phường Hạc Thành' });
    expect(s.province.name).toBe('Tỉnh Thanh Hóa');
    expect(s.reason.vi).toContain('Phường Điện Biên, Thành phố Thanh Hóa');
    expect(s.reason.vi).toContain('Hãy kiểm tra lại');
  });

  it('accepts the old address typed without diacritics or types', () => {
    const s = book.suggestNewCommune({ district: 'TP Thanh Hoa', commune: 'dien bien' });
    expect(s.ok && s.commune.code).toBe('14797');
  });

  it('keeps Xã Đồng Tiến (Triệu Sơn) and Xã Đông Tiến (Thành phố Thanh Hóa) apart', () => {
    const trieuSon = book.suggestNewCommune({ district: 'Huyện Triệu Sơn', commune: 'Xã Đồng Tiến' });
    const tp = book.suggestNewCommune({ district: 'Thành phố Thanh Hóa', commune: 'Xã Đông Tiến' });
    expect(trieuSon.ok && trieuSon.commune.name).toBe('Xã Đồng Tiến');
    expect(tp.ok && tp.commune.name).toBe('Phường Đông Tiến');
  });

  it('crosses into the new province when old provinces merged (Hà Giang → Tuyên Quang)', () => {
    const s = book.suggestNewCommune({ province: 'Hà Giang', district: 'Bắc Mê', commune: 'Yên Phú' });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.province.name).toBe('Tỉnh Tuyên Quang');
    expect(s.from.map((c) => c.provinceName)).toEqual(['Tỉnh Hà Giang']);
  });

  it('does not suggest for an old commune split between several new ones, and lists them', () => {
    const s = book.suggestNewCommune({ district: 'Thị xã Nghi Sơn', commune: 'Xã Hải Yến' });
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.code).toBe('split');
    expect(s.candidates.map((c) => c.name).sort()).toEqual(['Phường Hải Bình', 'Phường Nghi Sơn', 'Phường Đào Duy Từ']);
    expect(s.reason.vi).toContain('chia cho nhiều đơn vị mới');
  });

  it('suggests when several old names match but all went to the same new commune', () => {
    // "Đông Thịnh" was a xã (before 2025) and then a phường of Thành phố Thanh Hóa: both rows lead to Phường Đông Sơn.
    const s = book.suggestNewCommune({ district: 'Thành phố Thanh Hóa', commune: 'Đông Thịnh' });
    expect(s.ok && s.commune.name).toBe('Phường Đông Sơn');
    expect(s.ok && s.from).toHaveLength(2);
  });

  it('suggests for a name the source knows only without an old code (Xã Hà Lai, merged before 2025)', () => {
    const s = book.suggestNewCommune({ district: 'Hà Trung', commune: 'Hà Lai' });
    expect(s.ok && s.commune.name).toBe('Xã Lĩnh Toại');
    expect(s.ok && s.from[0]?.code).toBeNull();
  });

  it('refuses when the same district and commune names exist in two provinces, unless a province decides', () => {
    // "Huyện An Lão / Thị trấn An Lão" existed in Hải Phòng and in Bình Định (now Gia Lai).
    const loose = book.suggestNewCommune({ district: 'Huyện An Lão', commune: 'Thị trấn An Lão' });
    expect(loose.ok).toBe(false);
    expect(!loose.ok && loose.code).toBe('ambiguous-old');
    expect(!loose.ok && loose.candidates.map((c) => c.provinceName).sort()).toEqual(['Thành phố Hải Phòng', 'Tỉnh Gia Lai']);

    const byNewProvince = book.suggestNewCommune({ district: 'Huyện An Lão', commune: 'Thị trấn An Lão' }, { newProvinceCode: '31' });
    expect(byNewProvince.ok && byNewProvince.province.name).toBe('Thành phố Hải Phòng');
    const byOldProvince = book.suggestNewCommune({ province: 'Bình Định', district: 'An Lão', commune: 'Thị trấn An Lão' });
    expect(byOldProvince.ok && byOldProvince.province.name).toBe('Tỉnh Gia Lai');
  });

  it.each([
    [{ district: 'Thành phố Thanh Hóa' }, 'incomplete'],
    [{ province: 'Tỉnh Không Có', district: 'Huyện A', commune: 'Xã B' }, 'province-not-found'],
    [{ province: 'Thanh Hóa', district: 'Huyện Đông Sơn Mới', commune: 'Xã B' }, 'district-not-found'],
    [{ province: 'Thanh Hóa', district: 'Huyện Quảng Xương', commune: 'Quảng Phú' }, 'commune-not-found'],
  ])('explains why there is no suggestion for %j (%s)', (query, code) => {
    const s = book.suggestNewCommune(query);
    expect(s.ok).toBe(false);
    expect(!s.ok && s.code).toBe(code);
    expect(!s.ok && s.reason.vi.length).toBeGreaterThan(10);
  });
});
