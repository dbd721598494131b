/**
 * What each editor field is called on screen. The Vietnamese label is the field's accessible name, worded as the ID
 * card and the portals word it; the English line is for helpers who read English.
 */
import { fieldLabel } from '../../utils/profile';

export interface FieldText {
  vi: string;
  en: string;
  hint?: string;
}

export const FIELD_TEXT: Readonly<Record<string, FieldText>> = {
  label: { vi: 'Tên gợi nhớ', en: 'Label', hint: 'Để phân biệt người trong gia đình, ví dụ: Tôi, Mẹ, Con trai.' },
  idNumber: { vi: 'Số định danh cá nhân (CCCD)', en: 'Personal ID number', hint: '12 chữ số in trên thẻ căn cước.' },
  fullName: { vi: 'Họ, chữ đệm và tên', en: 'Full name', hint: 'Viết có dấu, như trên thẻ.' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth', hint: 'Ngày/tháng/năm, ví dụ 17/05/1990.' },
  gender: { vi: 'Giới tính', en: 'Sex' },
  nationality: { vi: 'Quốc tịch', en: 'Nationality' },
  hometown: { vi: 'Quê quán', en: 'Place of origin' },
  placeOfBirth: { vi: 'Nơi sinh', en: 'Place of birth', hint: 'Nơi đăng ký khai sinh, ví dụ: Xã Hoằng Hóa, Tỉnh Thanh Hóa.' },
  idIssueDate: { vi: 'Ngày cấp', en: 'Date of issue' },
  idIssuePlace: { vi: 'Nơi cấp', en: 'Place of issue' },
  oldIdNumber: { vi: 'Số CMND cũ', en: 'Old ID card number', hint: '9 chữ số, nếu bạn từng có chứng minh nhân dân.' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnic group' },
  religion: { vi: 'Tôn giáo', en: 'Religion', hint: 'Chọn "Không" nếu không theo tôn giáo nào.' },
  occupation: { vi: 'Nghề nghiệp', en: 'Occupation' },
  phone: { vi: 'Số điện thoại', en: 'Phone number', hint: 'Di động 10 chữ số, ví dụ 0912 345 678.' },
  email: { vi: 'Email', en: 'Email' },
  permanentAddress: { vi: 'Nơi thường trú', en: 'Permanent address' },
  currentAddress: { vi: 'Nơi ở hiện tại', en: 'Current address' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune or ward' },
  street: { vi: 'Số nhà, đường, thôn, xóm', en: 'House number, street, village' },
  'legacy.province': { vi: 'Tỉnh cũ', en: 'Old province' },
  'legacy.district': { vi: 'Quận, huyện, thị xã cũ', en: 'Old district' },
  'legacy.commune': { vi: 'Xã, phường, thị trấn cũ', en: 'Old commune' },
  father: { vi: 'Cha', en: 'Father' },
  mother: { vi: 'Mẹ', en: 'Mother' },
  spouse: { vi: 'Vợ hoặc chồng', en: 'Spouse' },
  'father.fullName': { vi: 'Họ và tên cha', en: "Father's full name" },
  'father.birthDate': { vi: 'Ngày sinh của cha', en: "Father's date of birth" },
  'mother.fullName': { vi: 'Họ và tên mẹ', en: "Mother's full name" },
  'mother.birthDate': { vi: 'Ngày sinh của mẹ', en: "Mother's date of birth" },
  'spouse.fullName': { vi: 'Họ và tên vợ/chồng', en: "Spouse's full name" },
  'spouse.birthDate': { vi: 'Ngày sinh của vợ/chồng', en: "Spouse's date of birth" },
};

export function fieldText(key: string): FieldText {
  const known = FIELD_TEXT[key];
  if (known !== undefined) return known;
  const fallback = fieldLabel(key);
  return { vi: fallback.vi, en: fallback.en };
}

/** "permanentAddress.legacy.commune" → "Nơi thường trú › Xã, phường, thị trấn cũ", for the error summary. */
export function pathLabel(path: string): string {
  if (path === '') return 'Hồ sơ';
  const [head, ...rest] = path.split('.');
  if ((head === 'permanentAddress' || head === 'currentAddress') && rest.length > 0) {
    return `${fieldText(head).vi} › ${fieldText(rest.join('.')).vi}`;
  }
  return fieldText(path).vi;
}
