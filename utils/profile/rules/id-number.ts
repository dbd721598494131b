/**
 * The 12-digit personal ID number (số định danh cá nhân, on the CCCD / thẻ căn cước) and the old 9-digit CMND.
 * Layout PPP G YY RRRRRR (FACTS §11): birth-registration province, century + sex, last two digits of the birth year,
 * random. There is no check digit, so only length, prefix and agreement with birth date and sex can be checked.
 * Each message names the exact part that disagrees.
 */
import { formatDisplayDate, splitIsoDate, todayIso } from '../../text';
import { CCCD_PROVINCE_CODES } from '../reference/cccd-provinces';
import { issue } from '../issue';
import type { Issue, ValidationResult } from '../issue';
import type { Gender } from '../schema';

/** Removes the spaces, dots and dashes people type inside numbers ("038 090 001 234"). */
export function compactNumber(text: string): string {
  return text.replace(/[\s.\-]/g, '');
}

/** What the 4th digit says: 0/1 → 1900s, 2/3 → 2000s, … (century = ⌊d/2⌋ + 19); odd digits are female. */
export function describeCenturyDigit(digit: number): { firstYear: number; gender: Gender } {
  return { firstYear: (Math.floor(digit / 2) + 19) * 100, gender: digit % 2 === 1 ? 'female' : 'male' };
}

const GENDER_VI: Record<Gender, string> = { male: 'nam', female: 'nữ' };

export interface IdNumberContext {
  birthDate?: string | undefined;
  gender?: Gender | undefined;
  /** Today as ISO, for "born in the future" checks. */
  today?: string;
}

/** Checks `idNumber` (12 digits) against itself, the birth date and the sex. */
export function checkIdNumber(raw: string, context: IdNumberContext, field = 'idNumber'): ValidationResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const value = compactNumber(raw);
  if (value === '') return { errors, warnings };

  const bad = [...new Set(value.replace(/\d/g, ''))];
  if (bad.length > 0) {
    errors.push(issue(field, 'idNumber.notDigits',
      `Số định danh chỉ gồm chữ số; có ký tự không hợp lệ: ${bad.map((c) => `"${c}"`).join(', ')}.`,
      `The ID number has digits only; invalid characters: ${bad.map((c) => `"${c}"`).join(', ')}.`));
    return { errors, warnings };
  }
  if (value.length === 9) {
    errors.push(issue(field, 'idNumber.looksLikeCmnd',
      'Số này có 9 chữ số: đó là số CMND cũ. Hãy nhập nó vào ô "Số CMND cũ" và nhập số định danh 12 chữ số ở đây.',
      'This number has 9 digits: it is an old CMND number. Put it in "Old ID card number" and enter the 12-digit ID here.'));
    return { errors, warnings };
  }
  if (value.length !== 12) {
    errors.push(issue(field, 'idNumber.length',
      `Số định danh cá nhân phải có đúng 12 chữ số (đang có ${value.length}).`,
      `The personal ID number must have exactly 12 digits (it has ${value.length}).`));
    return { errors, warnings };
  }

  const prefix = value.slice(0, 3);
  if (!value.startsWith('0')) {
    warnings.push(issue(field, 'idNumber.foreignPrefix',
      `Ba chữ số đầu (${prefix}) không phải mã tỉnh. Nếu khai sinh đăng ký ở nước ngoài thì đây có thể là mã quốc gia; nếu không, hãy kiểm tra lại.`,
      `The first three digits (${prefix}) are not a province code. For a birth registered abroad this may be a country code; otherwise please check.`));
  } else if (CCCD_PROVINCE_CODES[prefix] === undefined) {
    warnings.push(issue(field, 'idNumber.unknownProvince',
      `Ba chữ số đầu (${prefix}) không thuộc 63 mã tỉnh nơi đăng ký khai sinh. Hãy kiểm tra lại.`,
      `The first three digits (${prefix}) are none of the 63 birth-registration province codes. Please check.`));
  }

  const digit4 = Number(value[3]);
  const { firstYear, gender: digitGender } = describeCenturyDigit(digit4);
  const yy = value.slice(4, 6);
  const says = `Chữ số thứ 4 (${digit4}) cho biết giới tính ${GENDER_VI[digitGender]}, sinh trong các năm ${firstYear}–${firstYear + 99}`;
  const saysEn = `The 4th digit (${digit4}) means ${digitGender}, born ${firstYear}–${firstYear + 99}`;

  if (context.gender !== undefined && context.gender !== digitGender) {
    errors.push(issue(field, 'idNumber.genderDigit',
      `${says}, nhưng giới tính đã chọn là ${GENDER_VI[context.gender]}.`,
      `${saysEn}, but the selected sex is ${context.gender}.`));
  }

  const birth = context.birthDate === undefined ? undefined : splitIsoDate(context.birthDate);
  if (birth !== undefined && context.birthDate !== undefined) {
    const shown = formatDisplayDate(context.birthDate) ?? context.birthDate;
    if (birth.year < firstYear || birth.year > firstYear + 99) {
      errors.push(issue(field, 'idNumber.centuryDigit', `${says}, nhưng ngày sinh là ${shown}.`, `${saysEn}, but the date of birth is ${context.birthDate}.`));
    }
    const expected = String(birth.year % 100).padStart(2, '0');
    if (yy !== expected) {
      errors.push(issue(field, 'idNumber.yearDigits',
        `Chữ số thứ 5–6 (${yy}) phải là hai số cuối của năm sinh, nhưng ngày sinh là ${shown} (phải là ${expected}).`,
        `Digits 5–6 (${yy}) must be the last two digits of the birth year, but the date of birth is ${context.birthDate} (expected ${expected}).`));
    }
  } else {
    // Without a birth date the number still cannot name a birth year that has not happened yet.
    const impliedYear = firstYear + Number(yy);
    const thisYear = Number((context.today ?? todayIso()).slice(0, 4));
    if (impliedYear > thisYear) {
      errors.push(issue(field, 'idNumber.futureYear',
        `Chữ số thứ 4–6 (${value.slice(3, 6)}) cho biết năm sinh ${impliedYear}, là năm chưa tới.`,
        `Digits 4–6 (${value.slice(3, 6)}) mean birth year ${impliedYear}, which is in the future.`));
    }
  }
  return { errors, warnings };
}

/** The old 9-digit CMND. A 12-digit CMND (2012 model) shares the ID number, so it is only a warning. */
export function checkOldIdNumber(raw: string, field = 'oldIdNumber'): ValidationResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const value = compactNumber(raw);
  if (value === '') return { errors, warnings };
  if (/\D/.test(value)) {
    errors.push(issue(field, 'oldIdNumber.notDigits', 'Số CMND chỉ gồm chữ số.', 'The CMND number has digits only.'));
  } else if (value.length === 12) {
    warnings.push(issue(field, 'oldIdNumber.twelveDigits',
      'Số CMND cũ thường có 9 chữ số. CMND 12 số (mẫu 2012) trùng với số định danh cá nhân, không cần nhập lại ở đây.',
      'Old CMND numbers usually have 9 digits. A 12-digit CMND (2012 model) equals the personal ID number; no need to repeat it.'));
  } else if (value.length !== 9) {
    errors.push(issue(field, 'oldIdNumber.length',
      `Số CMND cũ phải có 9 chữ số (đang có ${value.length}).`,
      `An old CMND number has 9 digits (it has ${value.length}).`));
  }
  return { errors, warnings };
}
