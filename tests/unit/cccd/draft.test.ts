import { describe, expect, it } from 'vitest';
import {
  checkCardProfile, describeIdNumber, parseCccdQr, profileFromCard, profilesWithIdNumber, splitCardAddress, updateFromCard,
} from '../../../utils/cccd';
import type { CccdCard } from '../../../utils/cccd';
import type { Profile } from '../../../utils/profile';
import { realBook } from '../address/book';
import { AN_LINE, HOA_LINE } from './lines';

const book = realBook();
const TODAY = '2025-11-28';

function cardOf(line: string): CccdCard {
  const r = parseCccdQr(line);
  if (!r.ok) throw new Error(r.message.vi);
  return r.card;
}

function fromLine(line: string, chooseSuggested = false): Profile {
  const card = cardOf(line);
  const address = splitCardAddress(card.address, book, { issueDate: card.issueDate });
  const suggestion = address.suggestion;
  return profileFromCard(card, { id: 'new-1', address, chosenCommune: chooseSuggested && suggestion?.ok === true ? suggestion.commune : undefined });
}

describe('a profile from the card', () => {
  it('holds exactly the card data, the nationality it implies and the split address', () => {
    expect(fromLine(AN_LINE, true)).toEqual({
      id: 'new-1', fullName: 'Nguyễn Văn An', gender: 'male', idNumber: '038090012345', birthDate: '1990-03-15',
      oldIdNumber: '173456789', idIssueDate: '2021-05-10', nationality: 'Việt Nam',
      permanentAddress: {
        province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Số 25 đường Lê Lợi',
        legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
      },
    });
  });

  it('leaves the new commune empty until the person confirms it, and the old number out when the card has none', () => {
    expect(fromLine(AN_LINE).permanentAddress?.commune).toBeUndefined();
    const hoa = fromLine(HOA_LINE);
    expect(hoa.oldIdNumber).toBeUndefined();
    expect(hoa.permanentAddress).toEqual({ province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Khu phố 2' });
  });

  it('keeps the whole address as the street while the unit data is not loaded', () => {
    const card = cardOf(AN_LINE);
    expect(profileFromCard(card, { id: 'x' }).permanentAddress).toEqual({ street: card.address });
  });

  it('passes the profile rules when the ID number agrees with the birth date and sex', () => {
    const card = cardOf(AN_LINE);
    const result = checkCardProfile(card, fromLine(AN_LINE, true), { today: TODAY, addressBook: book });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['the 4th digit says female (1) but the card says Nam', AN_LINE.replace('038090012345', '038190012345'), 'idNumber.genderDigit', 'Chữ số thứ 4 (1) cho biết giới tính nữ'],
    ['the 4th digit says the 2000s (2) but the birth year is 1990', AN_LINE.replace('038090012345', '038290012345'), 'idNumber.centuryDigit', 'sinh trong các năm 2000–2099'],
    ['digits 5–6 say 91 but the birth year is 1990', AN_LINE.replace('038090012345', '038091012345'), 'idNumber.yearDigits', 'Chữ số thứ 5–6 (91)'],
  ])('shows, and does not fix, a disagreement: %s', (_, line, code, words) => {
    const card = cardOf(line);
    const profile = fromLine(line);
    const result = checkCardProfile(card, profile, { today: TODAY });
    expect(result.errors.map((e) => e.code)).toContain(code);
    expect(result.errors.map((e) => e.message).join(' ')).toContain(words);
    // The data stays as the card says.
    expect(profile.idNumber).toBe(card.idNumber);
    expect(profile.gender).toBe('male');
    expect(profile.birthDate).toBe('1990-03-15');
  });

  it('warns about a province code that is none of the 63', () => {
    const line = AN_LINE.replace('038090012345', '003090012345');
    const result = checkCardProfile(cardOf(line), fromLine(line), { today: TODAY });
    expect(result.warnings.map((w) => w.code)).toContain('idNumber.unknownProvince');
  });

  it('compares the ID digits with a year-only birth date', () => {
    const ok = AN_LINE.replace('15031990', '00001990');
    expect(checkCardProfile(cardOf(ok), fromLine(ok), { today: TODAY }).errors).toEqual([]);
    const bad = ok.replace('038090012345', '038091012345');
    const errors = checkCardProfile(cardOf(bad), fromLine(bad), { today: TODAY }).errors;
    expect(errors.map((e) => e.message)).toEqual(['Chữ số thứ 5–6 (91) phải là hai số cuối của năm sinh 1990 (phải là 90).']);
  });

  it('describes each part of the ID number', () => {
    expect(describeIdNumber('038301004321')).toEqual({
      provinceDigits: '038', province: 'Thanh Hóa', centuryDigit: '3', firstYear: 2000, gender: 'female', yearDigits: '01',
    });
    expect(describeIdNumber('12345')).toBeUndefined();
  });
});

describe('updating the stored profile with the same ID number', () => {
  const stored: Profile = {
    id: 'p-an', label: 'Tôi', fullName: 'Nguyễn Văn An', birthDate: '1990-03-15', gender: 'male', idNumber: '038 090 012 345',
    oldIdNumber: '173456789', idIssueDate: '2016-01-04', nationality: 'Việt Nam', phone: '0912345678', ethnicity: 'Kinh',
    permanentAddress: { province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Số 25 đường Lê Lợi', legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' } },
    currentAddress: { province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Số 25 đường Lê Lợi', legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' } },
    father: { fullName: 'Nguyễn Văn Bình' },
  };

  it('finds it by number whatever its spacing', () => {
    const items = [{ profile: { id: 'a', fullName: 'A', idNumber: '001090000001' } }, { profile: stored }];
    expect(profilesWithIdNumber(items, '038090012345').map((i) => i.profile.id)).toEqual(['p-an']);
    expect(profilesWithIdNumber(items, '038090099999')).toEqual([]);
  });

  it('writes the card data over it and keeps everything else (id, label, phone, family, the chosen commune)', () => {
    const updated = updateFromCard(stored, { ...fromLine(AN_LINE.replace('|173456789|', '||').replace('10052021', '12082024')), id: 'p-an' });
    expect(updated).toEqual({ ...stored, idNumber: '038090012345', idIssueDate: '2024-08-12' });
  });

  it('replaces the address when the card shows another one, and keeps a copied current address a copy', () => {
    const moved = AN_LINE.replace('Số 25 đường Lê Lợi, Phường Điện Biên', 'Số 7 Trần Phú, Phường Ba Đình');
    const updated = updateFromCard(stored, { ...fromLine(moved), id: 'p-an' });
    const address = { province: 'Tỉnh Thanh Hóa', street: 'Số 7 Trần Phú', legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Ba Đình' } };
    expect(updated.permanentAddress).toEqual(address);
    expect(updated.currentAddress).toEqual(address);
    const elsewhere = { ...stored, currentAddress: { province: 'Thành phố Hà Nội', street: 'Số 1 Tràng Tiền' } };
    expect(updateFromCard(elsewhere, { ...fromLine(moved), id: 'p-an' }).currentAddress).toEqual(elsewhere.currentAddress);
  });
});
