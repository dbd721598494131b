// Validation rules and messages of the submission form (FACTS §5).
import type { Rule } from 'antd/es/form';

export const REQUIRED_MESSAGE = 'Vui lòng nhập thông tin';
export const required: Rule[] = [{ required: true, message: REQUIRED_MESSAGE }];

/** Required, 10-13 characters, digits only: "+84…" and spaces fail. */
export const phoneRules: Rule[] = [
  { required: true, message: 'Vui lòng nhập số điện thoại!' },
  { min: 10, max: 13, message: 'Độ dài không hợp lệ' },
  { pattern: /^[0-9]+$/, message: 'Vui lòng nhập đúng định dạng!' },
];

export const emailRules: Rule[] = [{ type: 'email', message: 'Vui lòng nhập đúng định dạng email!' }];

/** Rules are switched off when the "Nhập thông tin hồ sơ" block is hidden (anThongTinLienHeNopTrucTuyen). */
export function when(active: boolean, rules: Rule[]): Rule[] {
  return active ? rules : [];
}

/** The owner ID placeholder by owner type (FACTS §5 "Other labels"). */
export function idHint(loaiDoiTuong: string | undefined): string {
  if (loaiDoiTuong === 'Doanh nghiệp') return 'Mã số thuế';
  if (!loaiDoiTuong || loaiDoiTuong === 'Công dân') return 'CCCD/CMND/Hộ chiếu';
  return 'Mã định danh';
}
