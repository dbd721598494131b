import { describe, expect, it } from 'vitest';
import { canonicalEthnicity, canonicalReligion, ETHNIC_GROUPS, RELIGIONS, validateProfile } from '../../../utils/profile';
import type { Profile } from '../../../utils/profile';
import { an, codes, TODAY } from './fixtures';

const warnings = (p: Partial<Profile>) => codes(validateProfile({ ...an, ...p }, { today: TODAY }).warnings);

describe('ethnic groups (54, matched by folded label)', () => {
  it('has the 54 groups', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
  });

  it.each([
    ['Kinh (Việt)', 'Kinh'], ['kinh', 'Kinh'], ['Khơ me', 'Khơ-me'], ["H'mông (Mèo)", "H'Mông"], ['Hmong', "H'Mông"],
    ['Ba-na', 'Ba na'], ['Hoa (Hán)', 'Hoa'], ['muong', 'Mường'], ['Không rõ', 'Không rõ'],
  ])('reads "%s" as %s', (typed, label) => expect(canonicalEthnicity(typed)).toBe(label));

  it('warns about an unknown group and about "Việt Nam" typed as the ethnic group', () => {
    expect(warnings({ ethnicity: 'Kinhh' })).toEqual(['ethnicity.unknown']);
    expect(warnings({ ethnicity: 'Việt Nam' })).toEqual(['ethnicity.isNationality']);
    expect(warnings({ ethnicity: 'Thái' })).toEqual([]);
  });
});

describe('religions (QCVN 109, plus "Không")', () => {
  it('has the 14 religions', () => {
    expect(RELIGIONS).toHaveLength(14);
  });

  it.each([
    ['Phật giáo Hòa Hảo', 'Phật giáo Hoà Hảo'], ['Đạo Công giáo', 'Công giáo'], ['tin lanh', 'Tin Lành'],
    ['Không', 'Không'], ['Tứ ấn hiếu nghĩa', 'Đạo Tứ ấn hiếu nghĩa'],
  ])('reads "%s" as %s', (typed, label) => expect(canonicalReligion(typed)).toBe(label));

  it('warns about a religion not on the list', () => {
    expect(warnings({ religion: 'Thờ cúng tổ tiên' })).toEqual(['religion.unknown']);
  });
});

describe('nationality', () => {
  it('warns when an ethnic group was typed as the nationality', () => {
    expect(warnings({ nationality: 'Kinh' })).toEqual(['nationality.isEthnicity']);
    expect(warnings({ nationality: 'Việt Nam' })).toEqual([]);
    expect(warnings({ nationality: 'Lào' })).toEqual([]); // also a country
  });
});
