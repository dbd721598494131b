/**
 * The profile's answer to one classified field, before it is shaped for a widget. Relatives have only a name and a
 * birth date in the profile; anything else about them is "no data", never the profile's own value.
 */
import type { Address, Profile, Relative } from '../profile/schema';
import { normalizeIdNumber, normalizePhone } from './format';
import type { AddressKind, Classification, FieldType, OptionWant } from './types';

export interface Raw {
  /** Text, or ISO for dates. */
  text: string;
  isDate?: boolean;
  option?: OptionWant;
  /** Said in the panel next to the value ("theo nơi thường trú"). */
  note?: string;
}

export type Answer = { raw: Raw } | { missing: string };

const MISSING = 'Hồ sơ chưa có dữ liệu này';

function nonEmpty(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

function text(value: string | undefined, option?: OptionWant, note?: string): Answer {
  if (!nonEmpty(value)) return { missing: MISSING };
  return { raw: { text: value.trim(), ...(option ? { option } : {}), ...(note ? { note } : {}) } };
}

function date(iso: string | undefined): Answer {
  return nonEmpty(iso) ? { raw: { text: iso, isDate: true } } : { missing: MISSING };
}

const catalogue = (label: string | undefined): OptionWant => ({ labels: label ? [label] : [], mode: 'text' });

function idTypeAnswer(profile: Profile): Answer {
  const id = normalizeIdNumber(profile.idNumber ?? '');
  if (id.length === 12) {
    return text('Căn cước công dân', {
      labels: ['Căn cước công dân', 'Thẻ căn cước công dân', 'Căn cước', 'Thẻ căn cước', 'CCCD'],
      mode: 'text',
      contains: ['can cuoc', 'cccd'],
    });
  }
  if (id.length === 9) {
    return text('Chứng minh nhân dân', {
      labels: ['Chứng minh nhân dân', 'CMND'],
      mode: 'text',
      contains: ['chung minh', 'cmnd'],
    });
  }
  return { missing: 'Không rõ loại giấy tờ (số giấy tờ không phải 9 hoặc 12 chữ số)' };
}

/** Which address an address field gets, and what the panel should say about the choice. */
export function chooseAddress(profile: Profile, kind: AddressKind): { address?: Address; note?: string; missing?: string } {
  const permanent = profile.permanentAddress;
  const current = profile.currentAddress;
  switch (kind) {
    case 'permanent':
      return permanent ? { address: permanent } : { missing: 'Hồ sơ chưa có nơi thường trú' };
    case 'temporary':
      if (!current) return { missing: 'Hồ sơ chưa có nơi ở hiện tại' };
      if (sameAddress(current, permanent)) return { missing: 'Nơi ở hiện tại trùng nơi thường trú: không có tạm trú' };
      return { address: current, note: 'theo nơi ở hiện tại' };
    case 'current':
      if (current) return { address: current };
      return permanent
        ? { address: permanent, note: 'theo nơi thường trú (hồ sơ chưa có nơi ở hiện tại)' }
        : { missing: 'Hồ sơ chưa có địa chỉ' };
    default:
      if (current) return { address: current, note: 'địa chỉ liên hệ: theo nơi ở hiện tại' };
      return permanent
        ? { address: permanent, note: 'địa chỉ liên hệ: theo nơi thường trú' }
        : { missing: 'Hồ sơ chưa có địa chỉ' };
  }
}

function sameAddress(a: Address, b: Address | undefined): boolean {
  if (!b) return false;
  const key = (x: Address): string => [x.province, x.commune, x.street].map((v) => (v ?? '').trim()).join('|');
  return key(a) === key(b);
}

/** "Số 12 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa"; the old units when the new commune is unknown. */
export function formatFullAddress(a: Address): string {
  const parts = a.commune
    ? [a.street, a.commune, a.province]
    : [a.street, a.legacy?.commune, a.legacy?.district, a.province];
  return parts.filter(nonEmpty).map((p) => p.trim()).join(', ');
}

function addressAnswer(type: FieldType, profile: Profile, kind: AddressKind, threeLevel: boolean): Answer {
  const chosen = chooseAddress(profile, kind);
  const a = chosen.address;
  if (!a) return { missing: chosen.missing ?? MISSING };
  const note = chosen.note;
  switch (type) {
    case 'province':
      return text(a.province, { labels: a.province ? [a.province] : [], mode: 'place', level: 'province' }, note);
    case 'district': {
      const d = a.legacy?.district;
      if (!nonEmpty(d)) return { missing: 'Hồ sơ chưa có quận/huyện (địa chỉ trước 1/7/2025)' };
      return text(d, { labels: [d], mode: 'place', level: 'district' }, note);
    }
    case 'commune': {
      const c = threeLevel ? a.legacy?.commune : a.commune;
      if (!nonEmpty(c)) {
        return { missing: threeLevel ? 'Hồ sơ chưa có xã/phường cũ (trước 1/7/2025)' : 'Hồ sơ chưa có xã/phường' };
      }
      return text(c, { labels: [c], mode: 'place', level: 'commune' }, note);
    }
    case 'street':
      return text(a.street, undefined, note);
    default:
      return text(formatFullAddress(a), undefined, note);
  }
}

function relativeOf(profile: Profile, who: 'father' | 'mother' | 'spouse'): Relative | undefined {
  return profile[who];
}

/**
 * The profile's value for a field. `threeLevel`: the field's address group has a district picker, so communes are the
 * old (pre-July-2025) ones.
 */
export function answerFor(c: Classification, profile: Profile, threeLevel = false): Answer {
  const type = c.fieldType;
  if (!type || type === 'submitterIsOwner') return { missing: MISSING };
  if (c.subject === 'father' || c.subject === 'mother' || c.subject === 'spouse') {
    const rel = relativeOf(profile, c.subject);
    if (type === 'fullName') return text(rel?.fullName);
    if (type === 'birthDate') return date(rel?.birthDate);
    return { missing: MISSING };
  }
  switch (type) {
    case 'fullName': return text(profile.fullName);
    case 'birthDate': return date(profile.birthDate);
    case 'gender':
      if (!profile.gender) return { missing: MISSING };
      return profile.gender === 'male'
        ? text('Nam', { labels: ['Nam', 'Male'], mode: 'text' })
        : text('Nữ', { labels: ['Nữ', 'Female'], mode: 'text' });
    case 'idNumber': return text(profile.idNumber && normalizeIdNumber(profile.idNumber));
    case 'oldIdNumber': return text(profile.oldIdNumber && normalizeIdNumber(profile.oldIdNumber));
    case 'idType': return idTypeAnswer(profile);
    case 'idIssueDate': return date(profile.idIssueDate);
    case 'idIssuePlace': return text(profile.idIssuePlace, catalogue(profile.idIssuePlace));
    case 'phone': return text(profile.phone && normalizePhone(profile.phone));
    case 'email': return text(profile.email);
    case 'ethnicity': return text(profile.ethnicity, catalogue(profile.ethnicity));
    case 'religion': return text(profile.religion, catalogue(profile.religion));
    case 'nationality': return text(profile.nationality, catalogue(profile.nationality));
    case 'occupation': return text(profile.occupation, catalogue(profile.occupation));
    case 'placeOfBirth': return text(profile.placeOfBirth, catalogue(profile.placeOfBirth));
    case 'hometown': return text(profile.hometown, catalogue(profile.hometown));
    default: return addressAnswer(type, profile, c.addressKind ?? 'unspecified', threeLevel);
  }
}
