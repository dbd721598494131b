/**
 * Vietnamese phone numbers (FACTS §13): mobiles have 10 digits since the 2018 conversion (03x, 05x, 07x, 08x, 09x),
 * landlines 11 digits with a 02xx area code (Thanh Hóa 0237). "+84" and "84" are normalised to "0". A number still
 * written with an old 11-digit 01xx prefix gets a message with its new prefix.
 */
import { issue } from '../issue';
import type { Issue, ValidationResult } from '../issue';

/** Old 4-digit mobile prefixes → new 3-digit ones (conversion 15/9/2018 – 30/6/2019). */
export const OLD_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037', '0168': '038', '0169': '039',
  '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078',
  '0123': '083', '0124': '084', '0125': '085', '0127': '081', '0129': '082',
  '0186': '056', '0188': '058',
  '0199': '059',
};

/** Mobile prefixes valid after the conversion, by network (for display; validity is the union). */
export const MOBILE_CARRIERS: Readonly<Record<string, readonly string[]>> = {
  Viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  MobiFone: ['070', '076', '077', '078', '079', '089', '090', '093'],
  VinaPhone: ['081', '082', '083', '084', '085', '088', '091', '094'],
  Vietnamobile: ['052', '056', '058', '092'],
  Gmobile: ['059', '099'],
  Itelecom: ['087'],
};

/** The prefixes the issue lists as valid: 03[2-9], 05[2689], 07[06-9], 08[1-9], 09x. */
const MOBILE = /^0(3[2-9]|5[2689]|7[06-9]|8[1-9]|9\d)\d{7}$/;
const LANDLINE = /^02\d{9}$/;

/** "+84 912 345 678", "84912345678", "(+84) 0912.345.678" → "0912345678". Leaves anything else as typed (trimmed). */
export function normalizePhone(text: string): string {
  let v = text.trim().replace(/[\s.\-()]/g, '');
  if (v.startsWith('+84')) v = v.slice(3);
  else if (v.startsWith('0084')) v = v.slice(4);
  else if (/^84\d{9,10}$/.test(v)) v = v.slice(2);
  else return v;
  return v.startsWith('0') ? v : `0${v}`;
}

export type PhoneKind = 'mobile' | 'landline';

/** Kind and network of a normalised, valid number; undefined when it is not one. */
export function describePhone(text: string): { kind: PhoneKind; carrier?: string } | undefined {
  const v = normalizePhone(text);
  if (LANDLINE.test(v)) return { kind: 'landline' };
  if (!MOBILE.test(v)) return undefined;
  const prefix = v.slice(0, 3);
  const carrier = Object.entries(MOBILE_CARRIERS).find(([, prefixes]) => prefixes.includes(prefix))?.[0];
  return carrier === undefined ? { kind: 'mobile' } : { kind: 'mobile', carrier };
}

export function checkPhone(raw: string, field = 'phone'): ValidationResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const v = normalizePhone(raw);
  if (v === '') return { errors, warnings };

  if (!/^\d+$/.test(v)) {
    errors.push(issue(field, 'phone.notDigits', 'Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84).',
      'A phone number has digits only (it may start with +84).'));
    return { errors, warnings };
  }
  const oldPrefix = OLD_MOBILE_PREFIXES[v.slice(0, 4)];
  if (v.length === 11 && oldPrefix !== undefined) {
    const converted = oldPrefix + v.slice(4);
    errors.push(issue(field, 'phone.oldPrefix',
      `Đầu số ${v.slice(0, 4)} đã đổi thành ${oldPrefix} từ năm 2018. Số mới là ${converted}.`,
      `Prefix ${v.slice(0, 4)} became ${oldPrefix} in 2018. The new number is ${converted}.`));
    return { errors, warnings };
  }
  if (LANDLINE.test(v) || MOBILE.test(v)) return { errors, warnings };
  if (v.length === 10 && v.startsWith('02')) {
    errors.push(issue(field, 'phone.landlineLength',
      'Số máy bàn có 11 chữ số: mã vùng 02xx (Thanh Hóa 0237) và 7 chữ số.',
      'A landline number has 11 digits: the 02xx area code (Thanh Hóa 0237) and 7 digits.'));
  } else if (v.length === 10 && /^0[3578]/.test(v)) {
    // A mobile range with a prefix not (yet) on our list: new prefixes do get assigned, so inform only.
    warnings.push(issue(field, 'phone.unknownPrefix',
      `Đầu số ${v.slice(0, 3)} chưa có trong danh sách đầu số di động đã biết. Hãy kiểm tra lại.`,
      `Prefix ${v.slice(0, 3)} is not among the known mobile prefixes. Please check.`));
  } else if (!v.startsWith('0')) {
    errors.push(issue(field, 'phone.leadingZero', 'Số điện thoại trong nước bắt đầu bằng 0 (hoặc +84).',
      'A Vietnamese phone number starts with 0 (or +84).'));
  } else if (v.length !== 10 && v.length !== 11) {
    errors.push(issue(field, 'phone.length',
      `Số di động có 10 chữ số, số máy bàn 11 chữ số (đang có ${v.length}).`,
      `Mobile numbers have 10 digits, landlines 11 (it has ${v.length}).`));
  } else {
    errors.push(issue(field, 'phone.invalidPrefix',
      `Đầu số ${v.slice(0, 3)} không phải đầu số di động hay mã vùng máy bàn (02xx).`,
      `Prefix ${v.slice(0, 3)} is neither a mobile prefix nor a landline area code (02xx).`));
  }
  return { errors, warnings };
}
