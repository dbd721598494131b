// Which e-form a procedure uses, Form.io options (Vietnamese messages) and the prefill from the account's CSDL dân
// cư record (the real page hands window.objDataCSDLDanCu to the e-form's logic).
import type { Component } from './components';
import { KHAI_SINH_FORM } from './khaiSinh';
import { LLTP_FORM } from './lltp';

export type EFormKind = 'lltp' | 'khai-sinh';

export const E_FORMS: Record<EFormKind, { title: string; schema: { display: 'form'; components: Component[] } }> = {
  lltp: { title: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', schema: LLTP_FORM },
  'khai-sinh': { title: 'Tờ khai đăng ký khai sinh', schema: KHAI_SINH_FORM },
};

export const FORMIO_OPTIONS = {
  language: 'vi',
  noAlerts: true,
  i18n: {
    vi: {
      required: '{{field}} không được để trống',
      invalid_email: '{{field}} không đúng định dạng email',
      invalid_date: '{{field}} không phải là ngày hợp lệ',
      invalid_day: '{{field}} không phải là ngày hợp lệ',
      pattern: '{{field}} không đúng định dạng',
      maxLength: '{{field}} không được dài quá {{length}} ký tự',
      minLength: '{{field}} phải có ít nhất {{length}} ký tự',
      error: 'Vui lòng sửa các lỗi sau:',
      january: 'Tháng 1', february: 'Tháng 2', march: 'Tháng 3', april: 'Tháng 4', may: 'Tháng 5', june: 'Tháng 6',
      july: 'Tháng 7', august: 'Tháng 8', september: 'Tháng 9', october: 'Tháng 10', november: 'Tháng 11', december: 'Tháng 12',
      Day: 'Ngày', Month: 'Tháng', Year: 'Năm',
    },
  },
};

export interface CsdlDanCu {
  SoDinhDanh: string;
  SoCMND?: string;
  HoVaTen: { Ho: string; ChuDem: string; Ten: string; FullName: string };
  GioiTinh?: string;
  DanToc?: string;
  QuocTich?: string;
  NgayThangNamSinh?: { Nam: string; NgayThangNam: string };
  ThuongTru?: Place;
  ThuongTruSauSapNhap?: Place;
  NoiOHienTai?: Place;
  Cha?: { HoVaTen: string };
  Me?: { HoVaTen: string };
  ThuDienTu?: string;
  SoDienThoai?: string;
}

export interface Place {
  MaTinhThanh: string;
  MaQuanHuyen: string;
  MaPhuongXa: string;
  TenTinhThanh: string;
  TenQuanHuyen: string;
  TenPhuongXa: string;
  ChiTiet: string;
}

/** "19900315" -> "1990/03/15" (FACTS §6: passed to the e-form as YYYY/MM/DD). */
export function eFormDate(yyyymmdd: string | undefined): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd ?? '');
  return m ? `${m[1]}/${m[2]}/${m[3]}` : '';
}

export function realEmail(csdl: CsdlDanCu): string {
  const email = csdl.ThuDienTu ?? '';
  return email.toLowerCase() === `${csdl.SoDinhDanh}@dichvucong.gov.vn` ? '' : email;
}

export function eFormPrefill(kind: EFormKind, csdl: CsdlDanCu | null): Record<string, unknown> {
  if (!csdl) return {};
  const data: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined && value !== '') data[key] = value;
  };
  if (kind === 'lltp') {
    put('HoVaTen', csdl.HoVaTen.FullName);
    put('SoGiayTo', csdl.SoDinhDanh);
    put('NgaySinh', eFormDate(csdl.NgayThangNamSinh?.NgayThangNam));
    put('GioiTinh', csdl.GioiTinh);
    put('DanToc', csdl.DanToc);
    put('QuocTich', csdl.QuocTich);
    put('NoiThuongTruTinhThanh', csdl.ThuongTru?.TenTinhThanh);
    put('NoiThuongTruQuanHuyen', csdl.ThuongTru?.TenQuanHuyen);
    put('NoiThuongTruXaPhuong', csdl.ThuongTru?.TenPhuongXa);
    put('NoiThuongTru', csdl.ThuongTru?.ChiTiet);
    put('HoVaTenCha', csdl.Cha?.HoVaTen);
    put('HoVaTenMe', csdl.Me?.HoVaTen);
    put('SoDienThoai', csdl.SoDienThoai);
    put('Email', realEmail(csdl));
  } else {
    put('nycHoTen', csdl.HoVaTen.FullName);
    put('nycSoGiayToTuyThan', csdl.SoDinhDanh);
    put('nycSoDienThoai', csdl.SoDienThoai);
    put('nycEmail', realEmail(csdl));
  }
  return data;
}
