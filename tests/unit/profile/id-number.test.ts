import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../../utils/profile';
import type { Profile } from '../../../utils/profile';
import { an, hoa, only, TODAY } from './fixtures';

const check = (p: Partial<Profile>, base: Profile = an) => validateProfile({ ...base, ...p }, { today: TODAY });
const idIssues = (p: Partial<Profile>, base: Profile = an) => only(check(p, base), 'idNumber');

describe('12-digit personal ID number (PPP G YY RRRRRR)', () => {
  it('accepts 038090001234 for a man born 1990 registered in Thanh Hóa', () => {
    expect(idIssues({})).toEqual({ errors: [], warnings: [] });
  });

  it('accepts 001301012345 for a woman born 2001 registered in Hà Nội', () => {
    expect(idIssues({}, hoa)).toEqual({ errors: [], warnings: [] });
  });

  it('accepts a woman born in the 1900s (digit 1) and a boy born in the 2000s (digit 2)', () => {
    expect(idIssues({ idNumber: '038185004321', gender: 'female', birthDate: '1985-01-31' })).toEqual({ errors: [], warnings: [] });
    expect(idIssues({ idNumber: '038212000777', gender: 'male', birthDate: '2012-05-05', idIssueDate: '2024-09-01' })).toEqual({ errors: [], warnings: [] });
  });

  it('accepts spaces and dots typed inside the number', () => {
    expect(idIssues({ idNumber: '038 090 001 234' }).errors).toEqual([]);
    expect(idIssues({ idNumber: '038.090.001.234' }).errors).toEqual([]);
  });

  it('says the 4th digit means male born 2000–2099 when the birth date is 1990 (wrong century digit)', () => {
    const result = check({ idNumber: '038290001234' });
    expect(only(result, 'idNumber').errors).toEqual(['idNumber.centuryDigit']);
    expect(result.errors[0]?.message).toBe(
      'Chữ số thứ 4 (2) cho biết giới tính nam, sinh trong các năm 2000–2099, nhưng ngày sinh là 15/03/1990.',
    );
  });

  it('says the 4th digit disagrees with the chosen sex (1 = female, profile says male)', () => {
    const result = check({ idNumber: '038190001234' });
    expect(only(result, 'idNumber').errors).toEqual(['idNumber.genderDigit']);
    expect(result.errors[0]?.message).toContain('Chữ số thứ 4 (1) cho biết giới tính nữ');
    expect(result.errors[0]?.message).toContain('giới tính đã chọn là nam');
  });

  it('reports both parts when sex and century both disagree', () => {
    expect(idIssues({ idNumber: '038390001234' }).errors).toEqual(['idNumber.genderDigit', 'idNumber.centuryDigit']);
  });

  it('says digits 5–6 must be the birth year (91 for a 1990 birth)', () => {
    const result = check({ idNumber: '038091001234' });
    expect(only(result, 'idNumber').errors).toEqual(['idNumber.yearDigits']);
    expect(result.errors[0]?.message).toBe(
      'Chữ số thứ 5–6 (91) phải là hai số cuối của năm sinh, nhưng ngày sinh là 15/03/1990 (phải là 90).',
    );
  });

  it('warns, without blocking, about a prefix that is no province code (003)', () => {
    const result = check({ idNumber: '003090001234' });
    expect(only(result, 'idNumber')).toEqual({ errors: [], warnings: ['idNumber.unknownProvince'] });
    expect(result.warnings[0]?.message).toContain('(003)');
  });

  it('warns that a prefix not starting with 0 may be a country code (birth registered abroad)', () => {
    expect(idIssues({ idNumber: '840090001234' })).toEqual({ errors: [], warnings: ['idNumber.foreignPrefix'] });
  });

  it('knows the corrected codes: 002 is Hà Giang, 019 and 020 both exist', () => {
    for (const prefix of ['002', '019', '020', '096']) expect(idIssues({ idNumber: `${prefix}090001234` }).warnings).toEqual([]);
  });

  it('refuses 11 digits, saying how many there are', () => {
    const result = check({ idNumber: '03809000123' });
    expect(only(result, 'idNumber').errors).toEqual(['idNumber.length']);
    expect(result.errors[0]?.message).toContain('đang có 11');
  });

  it('refuses letters, naming them (a letter O typed for a zero)', () => {
    const result = check({ idNumber: '038O90001234' });
    expect(only(result, 'idNumber').errors).toEqual(['idNumber.notDigits']);
    expect(result.errors[0]?.message).toContain('"O"');
  });

  it('sends a 9-digit number to the old CMND field', () => {
    expect(idIssues({ idNumber: '172345678' }).errors).toEqual(['idNumber.looksLikeCmnd']);
  });

  it('without a birth date, still refuses a number implying a birth year to come', () => {
    const noBirth: Profile = { id: 'x', fullName: 'Lê Văn C', idNumber: '038299001234' };
    expect(idIssues({}, noBirth).errors).toEqual(['idNumber.futureYear']);
    expect(idIssues({ idNumber: '038224001234' }, noBirth).errors).toEqual([]);
  });
});

describe('old 9-digit CMND', () => {
  it.each([['172345678'], ['172 345 678']])('accepts %s', (cmnd) => {
    expect(only(check({ oldIdNumber: cmnd }), 'oldIdNumber')).toEqual({ errors: [], warnings: [] });
  });

  it('refuses 8 or 10 digits and letters', () => {
    expect(only(check({ oldIdNumber: '17234567' }), 'oldIdNumber').errors).toEqual(['oldIdNumber.length']);
    expect(only(check({ oldIdNumber: '1723456789' }), 'oldIdNumber').errors).toEqual(['oldIdNumber.length']);
    expect(only(check({ oldIdNumber: '17234567A' }), 'oldIdNumber').errors).toEqual(['oldIdNumber.notDigits']);
  });

  it('only warns about a 12-digit CMND (2012 model), which equals the ID number', () => {
    expect(only(check({ oldIdNumber: '038090001234' }), 'oldIdNumber')).toEqual({ errors: [], warnings: ['oldIdNumber.twelveDigits'] });
  });
});
