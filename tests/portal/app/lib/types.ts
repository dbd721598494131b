// Shapes returned by the demo API (server/routes/views.mjs).
export interface ThanhPhan {
  ten: string;
  batBuoc: boolean;
  soBan: string;
  eForm?: boolean;
}

export interface Procedure {
  id: string;
  maTTHC: string;
  tenTTHC: string;
  linhVuc: string;
  capThucHien: string;
  mucDo: string;
  coQuanThucHien: string;
  donVis: { id: string; ten: string }[];
  truongHops: { id: string; ten: string }[];
  phi: { moTa: string; soTien: number }[];
  tongPhi: number;
  thoiHanGiaiQuyet: string;
  eForm: 'lltp' | 'khai-sinh' | null;
  capDiaBan: 2 | 3;
  anThongTinLienHeNopTrucTuyen: boolean;
  thanhPhanHoSos: ThanhPhan[];
  trinhTu: string[];
  doiTuongThucHien: string;
  canCuPhapLy: string[];
  nopTrucTuyen: boolean;
}

export interface SubmitProcedure extends Procedure {
  donVi: { id: string; ten: string };
  truongHop: { id: string; ten: string };
}

export interface HistoryRow {
  thoiGian: string;
  nguoiGui: string;
  thaoTac: string;
  nguoiNhan: string;
}

export interface Dossier {
  maHoSo: string;
  maTTHC: string;
  tenTTHC: string;
  tenDonVi: string;
  donViId: string;
  chuHoSo: string;
  soGiayToChuHoSo: string;
  diaChiChuHoSo: string;
  nguoiUyQuyen: string;
  soGiayToNguoiUyQuyen: string;
  trangThaiHoSoId: string;
  tenTrangThaiHoSo: string;
  ngayNopHoSo: string;
  ngayTiepNhan: string;
  ngayHenTra: string;
  soTien: number;
  daThanhToan: boolean;
  trichYeuHoSo: string;
  history: HistoryRow[];
}
