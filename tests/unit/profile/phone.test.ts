import { describe, expect, it } from 'vitest';
import { checkPhone, describePhone, normalizePhone, OLD_MOBILE_PREFIXES } from '../../../utils/profile';
import { codes } from './fixtures';

const verdict = (phone: string) => {
  const r = checkPhone(phone);
  return { errors: codes(r.errors), warnings: codes(r.warnings) };
};
const ok = { errors: [], warnings: [] };

describe('normalising phone numbers', () => {
  it.each([
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['(+84) 0912.345.678', '0912345678'],
    ['091-234-5678', '0912345678'],
    ['+84 237 3852 123', '02373852123'],
    [' 0912345678 ', '0912345678'],
  ])('%s → %s', (typed, stored) => expect(normalizePhone(typed)).toBe(stored));

  it('leaves a short "84…" alone (it is not a country code there)', () => {
    expect(normalizePhone('8412345')).toBe('8412345');
  });
});

describe('mobile prefixes after the 2018 conversion, one number per network', () => {
  it.each([
    ['0861234567', 'Viettel'], ['0961234567', 'Viettel'], ['0971234567', 'Viettel'], ['0981234567', 'Viettel'],
    ['0321234567', 'Viettel'], ['0391234567', 'Viettel'],
    ['0901234567', 'MobiFone'], ['0931234567', 'MobiFone'], ['0701234567', 'MobiFone'], ['0761234567', 'MobiFone'],
    ['0791234567', 'MobiFone'], ['0891234567', 'MobiFone'],
    ['0911234567', 'VinaPhone'], ['0941234567', 'VinaPhone'], ['0811234567', 'VinaPhone'], ['0851234567', 'VinaPhone'],
    ['0881234567', 'VinaPhone'],
    ['0921234567', 'Vietnamobile'], ['0561234567', 'Vietnamobile'], ['0581234567', 'Vietnamobile'],
    ['0521234567', 'Vietnamobile'],
    ['0991234567', 'Gmobile'], ['0591234567', 'Gmobile'],
    ['0871234567', 'Itelecom'],
  ])('accepts %s (%s)', (phone, carrier) => {
    expect(verdict(phone)).toEqual(ok);
    expect(describePhone(phone)).toEqual({ kind: 'mobile', carrier });
  });

  it('accepts a +84 number once normalised', () => {
    expect(verdict('+84 38 765 4321')).toEqual(ok);
  });

  it('only warns about a prefix in a mobile range that is not on the list yet (055)', () => {
    expect(verdict('0551234567')).toEqual({ errors: [], warnings: ['phone.unknownPrefix'] });
  });

  it.each([['0311234567'], ['0711234567'], ['0801234567']])('warns about the unassigned prefix of %s', (phone) => {
    expect(verdict(phone).warnings).toEqual(['phone.unknownPrefix']);
  });

  it.each([['0123456789'], ['0412345678'], ['0612345678']])('refuses %s: no mobile prefix and not a landline', (phone) => {
    expect(verdict(phone).errors).toEqual(['phone.invalidPrefix']);
  });
});

describe('landlines (02xx area code, 11 digits)', () => {
  it('accepts a Thanh Hóa landline 0237 385 2123 and a Hà Nội one', () => {
    expect(verdict('0237 385 2123')).toEqual(ok);
    expect(verdict('02438251234')).toEqual(ok);
    expect(describePhone('02373852123')).toEqual({ kind: 'landline' });
  });

  it('explains that a 10-digit 02… number misses a digit', () => {
    expect(verdict('0237385212').errors).toEqual(['phone.landlineLength']);
  });
});

describe('old 11-digit mobile numbers (01xx)', () => {
  it('tells the new number for 0168 (Viettel → 038)', () => {
    const r = checkPhone('01681234567');
    expect(codes(r.errors)).toEqual(['phone.oldPrefix']);
    expect(r.errors[0]?.message).toBe('Đầu số 0168 đã đổi thành 038 từ năm 2018. Số mới là 0381234567.');
  });

  it.each(Object.entries(OLD_MOBILE_PREFIXES))('converts %s to %s', (oldPrefix, newPrefix) => {
    const r = checkPhone(`${oldPrefix}1234567`);
    expect(r.errors[0]?.message).toContain(`Số mới là ${newPrefix}1234567`);
    // and the new number is itself valid
    expect(verdict(`${newPrefix}1234567`)).toEqual(ok);
  });

  it('recognises an old number written with +84', () => {
    expect(verdict('+84 168 123 4567').errors).toEqual(['phone.oldPrefix']);
  });
});

describe('malformed numbers', () => {
  it.each([
    ['091234567', 'phone.length'],
    ['091234567890', 'phone.length'],
    ['0912 345 67a', 'phone.notDigits'],
    ['912345678', 'phone.leadingZero'],
  ])('%s → %s', (phone, code) => expect(verdict(phone).errors).toEqual([code]));

  it('accepts an absent phone', () => {
    expect(verdict('')).toEqual(ok);
  });
});
