/**
 * All document rules for one profile. Errors block saving (here and in backup import); warnings only inform.
 * Rules normalise what they read (phone "+84…", spaces in numbers), so a profile validates the same before and after
 * `normalizeProfile`.
 */
import { todayIso } from '../text';
import type { AddressBook } from '../address';
import { issue } from './issue';
import type { Issue, ValidationResult } from './issue';
import { checkAddress } from './rules/address';
import { checkEmail, checkName } from './rules/contact';
import { checkDates } from './rules/dates';
import { checkIdNumber, checkOldIdNumber } from './rules/id-number';
import { checkLists } from './rules/lists';
import { checkPhone } from './rules/phone';
import type { Profile } from './schema';

export interface ValidateOptions {
  /** Today as ISO `YYYY-MM-DD` (defaults to the local date); tests pin it. */
  today?: string;
  /** When given, addresses are checked against the official unit lists (warnings). */
  addressBook?: AddressBook;
}

export function validateProfile(profile: Profile, options: ValidateOptions = {}): ValidationResult {
  const today = options.today ?? todayIso();
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const add = (result: ValidationResult): void => {
    errors.push(...result.errors);
    warnings.push(...result.warnings);
  };

  if (profile.id.trim() === '') errors.push(issue('id', 'id.required', 'Thiếu mã nội bộ của hồ sơ.', 'The profile id is missing.'));
  add(checkName(profile.fullName, 'fullName', true));
  for (const key of ['father', 'mother', 'spouse'] as const) add(checkName(profile[key]?.fullName, `${key}.fullName`, false));
  add(checkDates(profile, today));
  if (profile.idNumber !== undefined) {
    add(checkIdNumber(profile.idNumber, { birthDate: profile.birthDate, gender: profile.gender, today }));
  }
  if (profile.oldIdNumber !== undefined) add(checkOldIdNumber(profile.oldIdNumber));
  if (profile.phone !== undefined) add(checkPhone(profile.phone));
  if (profile.email !== undefined) add(checkEmail(profile.email));
  add(checkLists(profile));
  if (options.addressBook !== undefined) {
    warnings.push(...checkAddress(profile.permanentAddress, 'permanentAddress', options.addressBook));
    warnings.push(...checkAddress(profile.currentAddress, 'currentAddress', options.addressBook));
  }
  return { errors, warnings };
}
