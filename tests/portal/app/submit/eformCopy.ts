// E-form keys copied into the main form on "Lưu vào thành phần hồ sơ" (FACTS §5 table). Only non-empty values are
// copied. The khai sinh requester keys (nycHoTen, nycSoGiayToTuyThan) fill an empty owner: a replica choice for the
// layout that hides the "Nhập thông tin hồ sơ" block.
import type { FormInstance } from 'antd';

const ALWAYS: [string, string][] = [
  ['SoDienThoai', 'soDienThoaiChuHoSo'],
  ['Email', 'emailChuHoSo'],
  ['nycSoDienThoai', 'soDienThoaiNguoiUyQuyen'],
  ['nycEmail', 'emailNguoiUyQuyen'],
  ['nycHoVaTen', 'nguoiUyQuyen'],
];

const OWNER_WHEN_UNCHECKED: [string, string][] = [
  ['HoVaTen', 'chuHoSo'],
  ['SoGiayTo', 'soGiayToChuHoSo'],
  ['NoiOHienTai', 'diaChiChuHoSo'],
  ['NgaySinh', 'ngaySinhChuHoSo'],
];

const OWNER_IF_EMPTY: [string, string][] = [
  ['nycHoTen', 'chuHoSo'],
  ['nycSoGiayToTuyThan', 'soGiayToChuHoSo'],
];

const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

export function copyEFormToForm(form: FormInstance, data: Record<string, unknown>, ownerIsSubmitter: boolean): void {
  const current = form.getFieldsValue(true) as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const [from, to] of ALWAYS) if (filled(data[from])) patch[to] = data[from];
  if (!ownerIsSubmitter) for (const [from, to] of OWNER_WHEN_UNCHECKED) if (filled(data[from])) patch[to] = data[from];
  for (const [from, to] of OWNER_IF_EMPTY) if (filled(data[from]) && !filled(current[to])) patch[to] = data[from];
  form.setFieldsValue(patch);
}
