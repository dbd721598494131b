/**
 * The form in which a profile is stored: NFC text, trimmed, single spaces; numbers without spacing; phone with "0"
 * instead of "+84". Empty strings and empty nested objects are dropped, so "absent" has one spelling. Unknown extra
 * keys are kept untouched (a newer version may have written them).
 */
import { tidy } from '../text';
import { compactNumber } from './rules/id-number';
import { normalizePhone } from './rules/phone';
import type { Address, LegacyAddress, Profile, Relative } from './schema';

function text(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const t = tidy(value);
  return t === '' ? undefined : t;
}

/** Writes `value` under `key` when defined, removes the key otherwise. */
function put<T extends object>(target: T, key: string, value: unknown): void {
  const record = target as Record<string, unknown>;
  if (value === undefined) delete record[key];
  else record[key] = value;
}

function emptyToUndefined<T extends object>(value: T): T | undefined {
  return Object.values(value).every((v) => v === undefined) ? undefined : value;
}

function normalizeLegacy(legacy: LegacyAddress | undefined): LegacyAddress | undefined {
  if (legacy === undefined) return undefined;
  const out: LegacyAddress = { ...legacy };
  for (const key of ['province', 'district', 'commune'] as const) put(out, key, text(legacy[key]));
  return emptyToUndefined(out);
}

function normalizeAddress(address: Address | undefined): Address | undefined {
  if (address === undefined) return undefined;
  const out: Address = { ...address };
  for (const key of ['province', 'commune', 'street'] as const) put(out, key, text(address[key]));
  put(out, 'legacy', normalizeLegacy(address.legacy));
  return emptyToUndefined(out);
}

function normalizeRelative(relative: Relative | undefined): Relative | undefined {
  if (relative === undefined) return undefined;
  const out: Relative = { ...relative };
  put(out, 'fullName', text(relative.fullName));
  put(out, 'birthDate', text(relative.birthDate));
  return emptyToUndefined(out);
}

const TEXT_KEYS = [
  'label', 'idIssuePlace', 'nationality', 'ethnicity', 'religion', 'occupation', 'placeOfBirth', 'hometown',
  'birthDate', 'idIssueDate',
] as const;

export function normalizeProfile(profile: Profile): Profile {
  const out: Profile = { ...profile, id: profile.id.trim(), fullName: tidy(profile.fullName) };
  for (const key of TEXT_KEYS) put(out, key, text(profile[key]));
  for (const key of ['idNumber', 'oldIdNumber'] as const) {
    const v = profile[key];
    put(out, key, v === undefined || compactNumber(v) === '' ? undefined : compactNumber(v));
  }
  const phone = profile.phone === undefined ? '' : normalizePhone(profile.phone);
  put(out, 'phone', phone === '' ? undefined : phone);
  const email = profile.email?.trim() ?? '';
  // Domains are case-insensitive; the local part in theory is not, so only the domain is lower-cased.
  put(out, 'email', email === '' ? undefined : email.replace(/@(.*)$/, (_, domain: string) => `@${domain.toLowerCase()}`));
  put(out, 'permanentAddress', normalizeAddress(profile.permanentAddress));
  put(out, 'currentAddress', normalizeAddress(profile.currentAddress));
  for (const key of ['father', 'mother', 'spouse'] as const) put(out, key, normalizeRelative(profile[key]));
  return out;
}
