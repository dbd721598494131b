/**
 * The editor works on a draft: every field as the text the person typed (dates as dd/mm/yyyy), turned into a Profile
 * only when validating or saving. Keys the editor does not know (written by a newer version or another tool) are kept
 * from the original profile, in addresses and relatives too.
 */
import type { Address, Gender, Issue, LegacyAddress, Profile, Relative } from '../../utils/profile';
import { formatDisplayDate, parseDisplayDate } from '../../utils/text';

export interface AddressDraft {
  province: string;
  commune: string;
  street: string;
  /** Empty means "the same province as above". */
  legacyProvince: string;
  legacyDistrict: string;
  legacyCommune: string;
}

export interface RelativeDraft {
  fullName: string;
  birthDate: string;
}

export const TEXT_KEYS = [
  'label', 'fullName', 'birthDate', 'idNumber', 'oldIdNumber', 'idIssueDate', 'idIssuePlace', 'nationality',
  'ethnicity', 'religion', 'phone', 'email', 'occupation', 'placeOfBirth', 'hometown',
] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export const DATE_KEYS = ['birthDate', 'idIssueDate'] as const;
export const ADDRESS_KEYS = ['permanentAddress', 'currentAddress'] as const;
export type AddressKey = (typeof ADDRESS_KEYS)[number];
export const RELATIVE_KEYS = ['father', 'mother', 'spouse'] as const;
export type RelativeKey = (typeof RELATIVE_KEYS)[number];

export type ProfileDraft = Record<TextKey, string> & {
  gender: Gender | '';
  permanentAddress: AddressDraft;
  currentAddress: AddressDraft;
  /** "Giống địa chỉ thường trú": the current address is saved as a copy of the permanent one. */
  currentSameAsPermanent: boolean;
  father: RelativeDraft;
  mother: RelativeDraft;
  spouse: RelativeDraft;
};

const EMPTY_ADDRESS: AddressDraft = { province: '', commune: '', street: '', legacyProvince: '', legacyDistrict: '', legacyCommune: '' };
const EMPTY_RELATIVE: RelativeDraft = { fullName: '', birthDate: '' };

export function emptyDraft(defaults: Partial<Record<TextKey, string>> = {}): ProfileDraft {
  const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, defaults[k] ?? ''])) as Record<TextKey, string>;
  return {
    ...text,
    gender: '',
    permanentAddress: { ...EMPTY_ADDRESS },
    currentAddress: { ...EMPTY_ADDRESS },
    currentSameAsPermanent: true,
    father: { ...EMPTY_RELATIVE },
    mother: { ...EMPTY_RELATIVE },
    spouse: { ...EMPTY_RELATIVE },
  };
}

function shownDate(iso: string | undefined): string {
  if (iso === undefined) return '';
  return formatDisplayDate(iso) ?? iso;
}

function addressDraft(a: Address | undefined): AddressDraft {
  return {
    province: a?.province ?? '',
    commune: a?.commune ?? '',
    street: a?.street ?? '',
    legacyProvince: a?.legacy?.province ?? '',
    legacyDistrict: a?.legacy?.district ?? '',
    legacyCommune: a?.legacy?.commune ?? '',
  };
}

/** Same content whatever the key order (stored addresses come back from JSON). */
function sameJson(a: unknown, b: unknown): boolean {
  const sorted = (v: unknown): unknown =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, w]) => [k, sorted(w)]))
      : v;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

export function draftFromProfile(p: Profile): ProfileDraft {
  const draft = emptyDraft();
  for (const key of TEXT_KEYS) {
    const value = p[key];
    draft[key] = typeof value === 'string' ? value : '';
  }
  for (const key of DATE_KEYS) draft[key] = shownDate(p[key]);
  draft.gender = p.gender ?? '';
  draft.permanentAddress = addressDraft(p.permanentAddress);
  draft.currentAddress = addressDraft(p.currentAddress);
  // Unchecked unless the stored addresses really are the same, so editing never invents a current address.
  draft.currentSameAsPermanent = p.currentAddress !== undefined && sameJson(p.currentAddress, p.permanentAddress);
  for (const key of RELATIVE_KEYS) {
    draft[key] = { fullName: p[key]?.fullName ?? '', birthDate: shownDate(p[key]?.birthDate) };
  }
  return draft;
}

/** Writes a trimmed value, or removes the key when empty: "absent" has one spelling. */
function put(target: Record<string, unknown>, key: string, value: string | undefined): void {
  const v = value?.trim() ?? '';
  if (v === '') delete target[key];
  else target[key] = v;
}

const DATE_LABELS: Record<string, string> = {
  birthDate: 'Ngày sinh',
  idIssueDate: 'Ngày cấp',
  'father.birthDate': 'Ngày sinh của cha',
  'mother.birthDate': 'Ngày sinh của mẹ',
  'spouse.birthDate': 'Ngày sinh của vợ/chồng',
};

/** A typed date as ISO; an unreadable one adds an error (it blocks saving) and is left out of the profile. */
function putDate(target: Record<string, unknown>, key: string, text: string, field: string, issues: Issue[]): void {
  const t = text.trim();
  if (t === '') {
    delete target[key];
    return;
  }
  const iso = parseDisplayDate(t);
  if (iso === undefined) {
    delete target[key];
    const label = DATE_LABELS[field] ?? 'Ngày';
    issues.push({
      field,
      code: 'date.unreadable',
      message: `${label} "${t}" sai dạng hoặc không có thật. Nhập ngày/tháng/năm, ví dụ 17/05/1990.`,
      messageEn: `"${t}" is not a readable date. Type day/month/year, e.g. 17/05/1990.`,
    });
    return;
  }
  target[key] = iso;
}

function buildAddress(base: Address | undefined, d: AddressDraft): Address | undefined {
  const out: Record<string, unknown> = { ...base };
  put(out, 'province', d.province);
  put(out, 'commune', d.commune);
  put(out, 'street', d.street);
  const legacy: Record<string, unknown> = { ...(base?.legacy as LegacyAddress | undefined) };
  // The old province is written only when it differs from the new one (README.md (Backup format v1)).
  const oldProvince = d.legacyProvince.trim() === d.province.trim() ? '' : d.legacyProvince;
  put(legacy, 'province', oldProvince);
  put(legacy, 'district', d.legacyDistrict);
  put(legacy, 'commune', d.legacyCommune);
  if (Object.keys(legacy).length > 0) out.legacy = legacy;
  else delete out.legacy;
  return Object.keys(out).length > 0 ? (out as Address) : undefined;
}

function buildRelative(base: Relative | undefined, d: RelativeDraft, key: RelativeKey, issues: Issue[]): Relative | undefined {
  const out: Record<string, unknown> = { ...base };
  put(out, 'fullName', d.fullName);
  putDate(out, 'birthDate', d.birthDate, `${key}.birthDate`, issues);
  return Object.keys(out).length > 0 ? (out as Relative) : undefined;
}

export interface BuiltProfile {
  profile: Profile;
  /** Problems found while reading the draft itself (unreadable dates); they block saving like validation errors. */
  issues: Issue[];
}

export function profileFromDraft(draft: ProfileDraft, id: string, base?: Profile): BuiltProfile {
  const issues: Issue[] = [];
  const out: Record<string, unknown> = { ...base, id };
  for (const key of TEXT_KEYS) {
    if ((DATE_KEYS as readonly string[]).includes(key)) putDate(out, key, draft[key], key, issues);
    else put(out, key, draft[key]);
  }
  if (draft.gender === '') delete out.gender;
  else out.gender = draft.gender;
  out.fullName = draft.fullName.trim();

  const permanent = buildAddress(base?.permanentAddress, draft.permanentAddress);
  const current = draft.currentSameAsPermanent
    ? permanent === undefined ? undefined : structuredClone(permanent)
    : buildAddress(base?.currentAddress, draft.currentAddress);
  for (const [key, value] of [['permanentAddress', permanent], ['currentAddress', current]] as const) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  for (const key of RELATIVE_KEYS) {
    const value = buildRelative(base?.[key], draft[key], key, issues);
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return { profile: out as Profile, issues };
}

/** "permanentAddress.legacy.commune" → "pf-permanentAddress-legacy-commune": the DOM id of the field for that path. */
export function fieldDomId(path: string): string {
  return `pf-${path.replace(/\./g, '-')}`;
}
