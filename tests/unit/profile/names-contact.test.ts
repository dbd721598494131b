import { describe, expect, it } from 'vitest';
import { normalizeProfile, validateProfile } from '../../../utils/profile';
import type { Profile } from '../../../utils/profile';
import { an, codes, TODAY } from './fixtures';

const check = (p: Partial<Profile>) => validateProfile({ ...an, ...p }, { today: TODAY });

describe('names', () => {
  it('stores NFD input as NFC, trimmed, with single spaces', () => {
    const typed = '  Nguyễn   Thị  Hồng '.normalize('NFD');
    const stored = normalizeProfile({ ...an, fullName: typed, father: { fullName: ' Nguyễn  Văn Bình'.normalize('NFD') } });
    expect(stored.fullName).toBe('Nguyễn Thị Hồng'.normalize('NFC'));
    expect(stored.fullName).not.toBe(typed);
    expect(stored.father?.fullName).toBe('Nguyễn Văn Bình');
  });

  it('requires a full name', () => {
    const r = check({ fullName: '   ' });
    expect(codes(r.errors)).toEqual(['name.required']);
    expect(r.errors[0]?.field).toBe('fullName');
  });

  it('accepts names of minority groups with apostrophes and hyphens', () => {
    expect(check({ fullName: "H'Hen Niê" }).warnings).toEqual([]);
    expect(check({ fullName: 'Hồ Thị Ka-Ri' }).warnings).toEqual([]);
  });

  it('warns about digits or symbols in a name', () => {
    expect(codes(check({ fullName: 'Nguyễn Văn 4n' }).warnings)).toEqual(['name.digits']);
    expect(codes(check({ mother: { fullName: 'Lê Thị @Cúc' } }).warnings)).toEqual(['name.characters']);
  });
});

describe('email', () => {
  it.each(['an.nguyen@example.com', 'an+dvc@mail.thanhhoa.gov.vn', 'AN@GMAIL.COM'])('accepts %s', (email) => {
    expect(check({ email }).errors).toEqual([]);
  });

  it.each(['an.nguyen@', 'an nguyen@gmail.com', 'an@gmail', 'nguyễn@gmail.com', '@gmail.com'])('refuses %s', (email) => {
    const r = check({ email });
    expect(codes(r.errors)).toEqual(['email.invalid']);
    expect(r.errors[0]?.message).toContain('không hợp lệ');
  });

  it('lower-cases only the domain when storing', () => {
    expect(normalizeProfile({ ...an, email: ' An.Nguyen@GMAIL.COM ' }).email).toBe('An.Nguyen@gmail.com');
  });
});

describe('normalising a profile before saving', () => {
  it('applies every rule and keeps unknown keys', () => {
    const typed = {
      ...an,
      idNumber: '038 090 001 234',
      oldIdNumber: '172.345.678',
      phone: '+84 912 345 678',
      occupation: '',
      permanentAddress: { province: ' Tỉnh  Thanh Hóa ', commune: '', street: '', legacy: { district: '', commune: '' } },
      currentAddress: { street: '  Thôn 3  ' },
      spouse: { fullName: '' },
      futureKey: { kept: true },
    } as Profile;
    const stored = normalizeProfile(typed);
    expect(stored.idNumber).toBe('038090001234');
    expect(stored.oldIdNumber).toBe('172345678');
    expect(stored.phone).toBe('0912345678');
    expect('occupation' in stored).toBe(false);
    expect(stored.permanentAddress).toEqual({ province: 'Tỉnh Thanh Hóa' });
    expect(stored.currentAddress).toEqual({ street: 'Thôn 3' });
    expect('spouse' in stored).toBe(false);
    expect((stored as Record<string, unknown>).futureKey).toEqual({ kept: true });
  });

  it('gives the same verdict before and after normalising', () => {
    const typed: Profile = { ...an, phone: '+84 168 123 4567', idNumber: ' 038 290 001 234 ' };
    const before = validateProfile(typed, { today: TODAY });
    const after = validateProfile(normalizeProfile(typed), { today: TODAY });
    expect(codes(after.errors)).toEqual(codes(before.errors));
    expect(codes(before.errors).sort()).toEqual(['idNumber.centuryDigit', 'phone.oldPrefix']);
  });

  it('does not modify its input', () => {
    const typed: Profile = { ...an, fullName: ' Nguyễn  Văn An ' };
    normalizeProfile(typed);
    expect(typed.fullName).toBe(' Nguyễn  Văn An ');
  });
});
