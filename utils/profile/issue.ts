/**
 * Validation results: errors block saving, warnings only inform. Messages are Vietnamese (shown to users) with an
 * English version for logs and English-speaking helpers.
 */

export interface Issue {
  /** Path of the field, dot-separated: 'idNumber', 'permanentAddress.commune', 'father.birthDate'. */
  field: string;
  /** Stable identifier for tests and UI logic: 'idNumber.yearDigits'. */
  code: string;
  message: string;
  messageEn: string;
}

export interface ValidationResult {
  errors: Issue[];
  warnings: Issue[];
}

/** Vietnamese and English names of profile fields, as the ID card and the portals word them. */
const FIELD_LABELS: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  id: ['Mã nội bộ', 'Internal id'],
  label: ['Tên gợi nhớ', 'Label'],
  fullName: ['Họ và tên', 'Full name'],
  birthDate: ['Ngày sinh', 'Date of birth'],
  gender: ['Giới tính', 'Sex'],
  idNumber: ['Số định danh cá nhân', 'Personal ID number'],
  oldIdNumber: ['Số CMND cũ', 'Old ID card number'],
  idIssueDate: ['Ngày cấp', 'Date of issue'],
  idIssuePlace: ['Nơi cấp', 'Place of issue'],
  nationality: ['Quốc tịch', 'Nationality'],
  ethnicity: ['Dân tộc', 'Ethnic group'],
  religion: ['Tôn giáo', 'Religion'],
  phone: ['Số điện thoại', 'Phone number'],
  email: ['Email', 'Email'],
  occupation: ['Nghề nghiệp', 'Occupation'],
  placeOfBirth: ['Nơi sinh', 'Place of birth'],
  hometown: ['Quê quán', 'Place of origin'],
  permanentAddress: ['Nơi thường trú', 'Permanent address'],
  currentAddress: ['Nơi ở hiện tại', 'Current address'],
  father: ['Cha', 'Father'],
  mother: ['Mẹ', 'Mother'],
  spouse: ['Vợ/chồng', 'Spouse'],
  province: ['Tỉnh/thành phố', 'Province'],
  district: ['Quận/huyện cũ', 'Old district'],
  commune: ['Xã/phường', 'Commune'],
  street: ['Số nhà, đường, thôn', 'Street'],
  legacy: ['Địa chỉ trước 1/7/2025', 'Address before 1 July 2025'],
};

/** "permanentAddress.legacy.commune" → "Nơi thường trú › Địa chỉ trước 1/7/2025 › Xã/phường" (and English). */
export function fieldLabel(path: string): { vi: string; en: string } {
  const parts = path.split('.').filter((p) => p !== '');
  const vi = parts.map((p) => FIELD_LABELS[p]?.[0] ?? p).join(' › ');
  const en = parts.map((p) => FIELD_LABELS[p]?.[1] ?? p).join(' › ');
  return { vi, en };
}

export function issue(field: string, code: string, message: string, messageEn: string): Issue {
  return { field, code, message, messageEn };
}
