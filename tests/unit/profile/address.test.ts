import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../../utils/profile';
import type { Address, Profile } from '../../../utils/profile';
import { realBook } from '../address/book';
import { an, TODAY } from './fixtures';

const addressBook = realBook();
const warningsFor = (permanentAddress: Address) => {
  const profile: Profile = { ...an, permanentAddress };
  return validateProfile(profile, { today: TODAY, addressBook }).warnings.map((w) => [w.field, w.code]);
};

describe('addresses against the official unit lists (warnings only)', () => {
  it('accepts official names before and after the reform', () => {
    expect(warningsFor(an.permanentAddress ?? {})).toEqual([]);
  });

  it('suggests the official spelling for a name found by folding', () => {
    const w = validateProfile({ ...an, permanentAddress: { province: 'Thanh Hoá', commune: 'phuong hac thanh' } }, { today: TODAY, addressBook }).warnings;
    expect(w.map((i) => i.code)).toEqual(['address.provinceSpelling', 'address.communeSpelling']);
    expect(w[0]?.message).toContain('"Tỉnh Thanh Hóa"');
    expect(w[1]?.message).toContain('"Phường Hạc Thành"');
  });

  it('asks to choose between Xã Đồng Tiến and Phường Đông Tiến for "dong tien"', () => {
    expect(warningsFor({ province: 'Tỉnh Thanh Hóa', commune: 'dong tien' })).toEqual([['permanentAddress.commune', 'address.communeAmbiguous']]);
    expect(warningsFor({ province: 'Tỉnh Thanh Hóa', commune: 'Xã Đồng Tiến' })).toEqual([]);
  });

  it('points an old province or an old commune to the old-address fields', () => {
    expect(warningsFor({ province: 'Tỉnh Hà Giang' })).toEqual([['permanentAddress.province', 'address.provinceBeforeReform']]);
    expect(warningsFor({ province: 'Tỉnh Thanh Hóa', commune: 'Phường Điện Biên' })).toEqual([['permanentAddress.commune', 'address.communeUnknown']]);
  });

  it('checks the old district and commune, with the district deciding between same-named communes', () => {
    expect(warningsFor({ province: 'Tỉnh Thanh Hóa', legacy: { district: 'Huyện Triệu Sơn', commune: 'Xã Đồng Tiến' } })).toEqual([]);
    expect(warningsFor({ province: 'Tỉnh Thanh Hóa', legacy: { district: 'Huyện Triệu Sơn', commune: 'Phường Điện Biên' } })).toEqual([
      ['permanentAddress.legacy.commune', 'address.legacyCommuneUnknown'],
    ]);
    expect(warningsFor({ province: 'Tỉnh Thanh Hóa', legacy: { district: 'Huyện Không Có' } })).toEqual([
      ['permanentAddress.legacy.district', 'address.legacyDistrictUnknown'],
    ]);
  });

  it('uses the old province when the new one absorbed it (Hà Giang → Tuyên Quang)', () => {
    expect(warningsFor({ province: 'Tỉnh Tuyên Quang', commune: 'Xã Bắc Mê', legacy: { province: 'Tỉnh Hà Giang', district: 'Huyện Bắc Mê', commune: 'Thị trấn Yên Phú' } })).toEqual([]);
  });

  it('never blocks saving', () => {
    const r = validateProfile({ ...an, permanentAddress: { province: 'Tỉnh Không Có', commune: 'Xã Nào Đó' } }, { today: TODAY, addressBook });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['address.provinceUnknown']);
  });
});
