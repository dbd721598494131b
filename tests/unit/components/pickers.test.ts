import { describe, expect, it } from 'vitest';
import { addressPickers, ethnicityOptions, religionOptions, resolveEthnicity } from '../../../components/profile/options';
import { realBook } from '../address/book';

const pickers = addressPickers(realBook());
const values = (list: readonly { value: string }[]): string[] => list.map((o) => o.value);

describe('picker options', () => {
  it('list the 34 provinces and find them without diacritics or type', () => {
    expect(pickers.provinces('')).toHaveLength(34);
    expect(values(pickers.provinces('thanh hoa'))[0]).toBe('Tỉnh Thanh Hóa');
    expect(values(pickers.provinces('TP Ha Noi'))[0]).toBe('Thành phố Hà Nội');
    expect(pickers.resolveProvince('thanh hoá')).toBe('Tỉnh Thanh Hóa');
  });

  it('list the communes of the chosen province only', () => {
    expect(pickers.communes('Tỉnh Thanh Hóa')('')).toHaveLength(166);
    expect(values(pickers.communes('Tỉnh Thanh Hóa')('hac thanh'))).toEqual(['Phường Hạc Thành']);
    expect(pickers.communes('')('hac thanh')).toEqual([]);
    // "Đông Tiến" and "Đồng Tiến" both exist: without diacritics the name is not unique, so nothing is chosen for the person.
    expect(pickers.resolveCommune('Tỉnh Thanh Hóa')('dong tien')).toBeUndefined();
    expect(pickers.resolveCommune('Tỉnh Thanh Hóa')('Đồng Tiến')).toBe('Xã Đồng Tiến');
  });

  it('walk the old province → district → commune, each old commune showing what it became', () => {
    expect(values(pickers.legacyDistricts('Tỉnh Thanh Hóa')('tp thanh hoa'))[0]).toBe('Thành phố Thanh Hóa');
    const communes = pickers.legacyCommunes('Tỉnh Thanh Hóa', 'Thành phố Thanh Hóa')('dien bien');
    expect(communes[0]).toEqual({ value: 'Phường Điện Biên', detail: 'nay là Phường Hạc Thành' });
    expect(pickers.resolveLegacyDistrict('thanh hoa')('TP Thanh Hoa')).toBe('Thành phố Thanh Hóa');
  });

  it('offer the ethnic groups and religions, matching other spellings', () => {
    expect(ethnicityOptions('')).toHaveLength(56);
    expect(values(ethnicityOptions('hmong'))).toContain("H'Mông");
    expect(resolveEthnicity('Kinh (Việt)')).toBe('Kinh');
    expect(values(religionOptions(''))[0]).toBe('Không');
    expect(values(religionOptions('cong giao'))).toEqual(['Công giáo']);
  });
});
