// Initial values of the submission form: hidden procedure fields, the contact from the signed-in account and the owner
// from the CSDL dân cư record (FACTS §5 "Prefill from the account"), and the owner<->contact copy of the checkbox.
import type { FormInstance } from 'antd';
import { realEmail, type CsdlDanCu } from '../eforms';
import type { Account } from '../lib/session';
import type { SubmitProcedure } from '../lib/types';
import type { AddressLayout } from './useDiaBan';

/** Contact field -> owner field, the 8 fields the checkbox copies (FACTS §5). */
export const CONTACT_TO_OWNER: [string, string][] = [
  ['nguoiUyQuyen', 'chuHoSo'],
  ['soGiayToNguoiUyQuyen', 'soGiayToChuHoSo'],
  ['soDienThoaiNguoiUyQuyen', 'soDienThoaiChuHoSo'],
  ['emailNguoiUyQuyen', 'emailChuHoSo'],
  ['tinhThanhNguoiUyQuyen', 'tinhThanhChuHoSo'],
  ['quanHuyenNguoiUyQuyen', 'quanHuyenChuHoSo'],
  ['xaPhuongNguoiUyQuyen', 'xaPhuongChuHoSo'],
  ['diaChiNguoiUyQuyen', 'diaChiChuHoSo'],
];

function addressCodes(csdl: CsdlDanCu, layout: AddressLayout) {
  if (layout === 'two-level') {
    const place = csdl.ThuongTruSauSapNhap;
    if (!place?.MaTinhThanh) return {};
    return { tinh: place.MaTinhThanh, xa: place.MaPhuongXa ? `${place.MaTinhThanh}.${place.MaPhuongXa}` : undefined };
  }
  const place = csdl.ThuongTru;
  if (!place?.MaTinhThanh) return {};
  const huyen = place.MaQuanHuyen ? `${place.MaTinhThanh}.${place.MaQuanHuyen}` : undefined;
  return { tinh: place.MaTinhThanh, huyen, xa: huyen && place.MaPhuongXa ? `${huyen}.${place.MaPhuongXa}` : undefined };
}

/**
 * @param csdl null when the population database returned nothing (demo prefill "none"): only the always-disabled
 *   contact name is filled, from the account.
 */
export function initialValues(p: SubmitProcedure, account: Account, csdl: CsdlDanCu | null, layout: AddressLayout) {
  const contact: Record<string, unknown> = { nguoiUyQuyen: account.fullName };
  if (csdl) {
    contact.soGiayToNguoiUyQuyen = csdl.SoDinhDanh;
    const codes = addressCodes(csdl, layout);
    if (codes.tinh) {
      contact.tinhThanhNguoiUyQuyen = codes.tinh;
      if (layout === 'three-level') contact.quanHuyenNguoiUyQuyen = codes.huyen;
      contact.xaPhuongNguoiUyQuyen = codes.xa;
    }
    if (csdl.NoiOHienTai?.ChiTiet) contact.diaChiNguoiUyQuyen = csdl.NoiOHienTai.ChiTiet;
    if (csdl.SoDienThoai) contact.soDienThoaiNguoiUyQuyen = csdl.SoDienThoai;
    const email = realEmail(csdl);
    if (email) contact.emailNguoiUyQuyen = email;
  }
  const owner = Object.fromEntries(CONTACT_TO_OWNER.map(([from, to]) => [to, contact[from]]));
  const birth = csdl?.NgayThangNamSinh?.NgayThangNam;
  return {
    loaiDoiTuong: 'Công dân',
    ...contact,
    ...owner,
    trichYeuHoSo: p.tenTTHC,
    hinhThucTra: '0',
    thanhPhanHoSos: '[]',
    eFormData: '',
    eFormDataValid: '',
    maTTHC: p.maTTHC,
    tenTTHC: p.tenTTHC,
    donViId: p.donVi.id,
    maTruongHop: p.truongHop.id,
    dangKyNhanHoSoQuaBCCIData: '',
    bcci_tenTinhThanh: '',
    bcci_tenQuanHuyen: '',
    bcci_tenXaPhuong: '',
    ngaySinhChuHoSo: birth ? `${birth.slice(0, 4)}/${birth.slice(4, 6)}/${birth.slice(6, 8)}` : '',
    mucDo: p.mucDo,
    uyQuyen: true,
    laHoSoChungThuc: false,
    removeFiles: '',
    currentSelectedMaKetQuaTPTT: '',
  };
}

/** Checking the box copies the contact into the owner; returns whether the copied ID locks the owner ID input. */
export function copyContactToOwner(form: FormInstance): boolean {
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  form.setFieldsValue(Object.fromEntries(CONTACT_TO_OWNER.map(([from, to]) => [to, values[from]])));
  return Boolean(values.soGiayToNguoiUyQuyen);
}

/** Unchecking clears the owner fields (FACTS §5). */
export function clearOwner(form: FormInstance): void {
  form.setFieldsValue(Object.fromEntries(CONTACT_TO_OWNER.map(([, to]) => [to, undefined])));
}
