/**
 * What each part of the 12-digit ID number says (FACTS §11), to show next to the card's own birth date and sex: the
 * person sees the agreement being checked, and a disagreement next to the digits it comes from.
 */
import { CCCD_PROVINCE_CODES } from '../profile/reference/cccd-provinces';
import { describeCenturyDigit } from '../profile/rules/id-number';
import type { Gender } from '../profile/schema';

export interface IdNumberParts {
  /** Digits 1–3 and the province where the birth was registered (undefined when not one of the 63 codes). */
  provinceDigits: string;
  province: string | undefined;
  /** Digit 4: century of birth and sex. */
  centuryDigit: string;
  firstYear: number;
  gender: Gender;
  /** Digits 5–6: the last two digits of the birth year. */
  yearDigits: string;
}

export function describeIdNumber(idNumber: string): IdNumberParts | undefined {
  if (!/^\d{12}$/.test(idNumber)) return undefined;
  const digit = Number(idNumber[3]);
  const { firstYear, gender } = describeCenturyDigit(digit);
  return {
    provinceDigits: idNumber.slice(0, 3),
    province: CCCD_PROVINCE_CODES[idNumber.slice(0, 3)],
    centuryDigit: String(digit),
    firstYear,
    gender,
    yearDigits: idNumber.slice(4, 6),
  };
}
