/**
 * The card's data checked with the profile rules (errors block saving, warnings inform). The rules compare the ID
 * number with a full birth date; a card that gives only the year is compared here, digit by digit, the same way.
 */
import type { AddressBook } from '../address';
import type { Issue, ValidationResult } from '../profile/issue';
import type { Profile } from '../profile/schema';
import { validateProfile } from '../profile/validate';
import { describeIdNumber } from './id-info';
import type { CccdCard } from './types';

function yearOnlyIssues(card: CccdCard): Issue[] {
  const parts = describeIdNumber(card.idNumber);
  if (parts === undefined || card.birthDate !== undefined) return [];
  const issues: Issue[] = [];
  if (card.birthYear < parts.firstYear || card.birthYear > parts.firstYear + 99) {
    issues.push({
      field: 'idNumber', code: 'idNumber.centuryDigit',
      message: `Chữ số thứ 4 (${parts.centuryDigit}) cho biết sinh trong các năm ${parts.firstYear}–${parts.firstYear + 99}, nhưng năm sinh trên thẻ là ${card.birthYear}.`,
      messageEn: `The 4th digit (${parts.centuryDigit}) means born ${parts.firstYear}–${parts.firstYear + 99}, but the card's birth year is ${card.birthYear}.`,
    });
  }
  const expected = String(card.birthYear % 100).padStart(2, '0');
  if (parts.yearDigits !== expected) {
    issues.push({
      field: 'idNumber', code: 'idNumber.yearDigits',
      message: `Chữ số thứ 5–6 (${parts.yearDigits}) phải là hai số cuối của năm sinh ${card.birthYear} (phải là ${expected}).`,
      messageEn: `Digits 5–6 (${parts.yearDigits}) must be the last two digits of the birth year ${card.birthYear} (expected ${expected}).`,
    });
  }
  return issues;
}

export interface CheckOptions {
  today?: string | undefined;
  addressBook?: AddressBook | undefined;
}

export function checkCardProfile(card: CccdCard, profile: Profile, options: CheckOptions = {}): ValidationResult {
  const result = validateProfile(profile, {
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.addressBook === undefined ? {} : { addressBook: options.addressBook }),
  });
  return { errors: [...result.errors, ...yearOnlyIssues(card)], warnings: result.warnings };
}
