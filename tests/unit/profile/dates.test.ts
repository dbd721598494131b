import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../../utils/profile';
import type { Profile } from '../../../utils/profile';
import { an, codes, TODAY } from './fixtures';

const check = (p: Partial<Profile>) => validateProfile({ ...an, ...p }, { today: TODAY });

describe('dates in a profile', () => {
  it('accepts 29/02/2024 (a leap year) as a birth date', () => {
    const r = check({ birthDate: '2024-02-29', idNumber: undefined, idIssueDate: undefined, father: undefined });
    expect(r.errors).toEqual([]);
  });

  it('refuses 29/02/2023, which is no calendar day', () => {
    const r = check({ birthDate: '2023-02-29', idNumber: undefined, idIssueDate: undefined });
    expect(codes(r.errors)).toEqual(['date.invalid']);
    expect(r.errors[0]?.field).toBe('birthDate');
    expect(r.errors[0]?.message).toContain('không phải ngày có thật');
  });

  it('refuses a birth date in the future', () => {
    const r = check({ birthDate: '2025-11-29', idNumber: undefined, idIssueDate: undefined });
    expect(codes(r.errors)).toEqual(['date.future']);
    expect(r.errors[0]?.message).toBe('Ngày sinh (29/11/2025) ở tương lai.');
  });

  it('accepts today', () => {
    expect(check({ idIssueDate: TODAY }).errors).toEqual([]);
  });

  it('refuses an issue date before the birth date', () => {
    const r = check({ idIssueDate: '1989-12-31' });
    expect(codes(r.errors)).toEqual(['idIssueDate.beforeBirth']);
    expect(r.errors[0]?.message).toBe('Ngày cấp (31/12/1989) phải sau ngày sinh (15/03/1990).');
  });

  it('refuses an issue date in the future', () => {
    expect(codes(check({ idIssueDate: '2026-01-01' }).errors)).toEqual(['date.future']);
  });

  it('only warns when the card was issued before age 14', () => {
    const r = check({ idIssueDate: '2003-03-14' });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual(['idIssueDate.underFourteen']);
    expect(r.warnings[0]?.message).toContain('mới 12 tuổi');
    expect(check({ idIssueDate: '2004-03-15' }).warnings).toEqual([]);
  });

  it('warns about a date before 1900 and a parent born after the child', () => {
    expect(codes(check({ father: { fullName: 'Nguyễn Văn Bình', birthDate: '1895-01-01' } }).warnings)).toEqual(['date.tooOld']);
    const r = check({ mother: { fullName: 'Lê Thị Cúc', birthDate: '1995-01-01' } });
    expect(codes(r.warnings)).toEqual(['relative.bornAfterChild']);
    expect(r.warnings[0]?.field).toBe('mother.birthDate');
  });

  it('checks relatives’ dates for calendar validity too', () => {
    const r = check({ spouse: { fullName: 'Lê Thị Cúc', birthDate: '1991-06-31' } });
    expect(codes(r.errors)).toEqual(['date.invalid']);
    expect(r.errors[0]?.field).toBe('spouse.birthDate');
  });
});
