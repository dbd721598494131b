// Shapes the API returns: what each page reads, nothing more.
import { statusLabel } from '../data/statuses.mjs';
import { feeOf } from '../data/procedures.mjs';

/** @param {import('../data/procedures.mjs').Procedure} p @param {import('../state.mjs').PortalState} state */
export function publicProcedure(p, state) {
  const layout = state.layoutFor(p);
  return {
    id: p.id, maTTHC: p.maTTHC, tenTTHC: p.ten, linhVuc: p.linhVuc, capThucHien: p.capThucHien, mucDo: p.mucDo,
    coQuanThucHien: p.coQuanThucHien, donVis: p.donVis, truongHops: p.truongHops, phi: p.phi, tongPhi: feeOf(p),
    thoiHanGiaiQuyet: `${p.thoiHanNgay} ngày làm việc`, eForm: p.eForm, capDiaBan: layout === 'two-level' ? 2 : 3,
    anThongTinLienHeNopTrucTuyen: state.hidesContactBlock(p), thanhPhanHoSos: p.thanhPhans, trinhTu: p.trinhTu,
    doiTuongThucHien: p.doiTuong, canCuPhapLy: p.canCu, nopTrucTuyen: p.nopTrucTuyen,
  };
}

/** @param {import('../data/personas.mjs').Persona} persona */
export function userInfo(persona) {
  return {
    fullName: persona.hoVaTen, userName: persona.soDinhDanh, soDinhDanh: persona.soDinhDanh,
    email: persona.email, phoneNumber: persona.soDienThoai, mucDoDinhDanh: persona.mucDoDinhDanh,
  };
}

/** Codes as the population database gives them: plain GSO codes; the page builds the dotted select values. */
function place(address, detail) {
  const last = (code) => (code ? code.slice(code.lastIndexOf('.') + 1) : '');
  return {
    MaTinhThanh: address.maTinh, MaQuanHuyen: last(address.maHuyen), MaPhuongXa: last(address.maXa),
    TenTinhThanh: address.tenTinh, TenQuanHuyen: address.tenHuyen ?? '', TenPhuongXa: address.tenXa,
    ChiTiet: detail, QuocGia: 'Việt Nam',
  };
}

/**
 * The CSDL dân cư record behind window.objDataCSDLDanCu (FACTS §6), cut down by the demo prefill level.
 * ThuongTru carries the pre-reform codes, ThuongTruSauSapNhap the two-level ones (a replica addition).
 * @param {import('../data/personas.mjs').Persona} p
 * @param {'full' | 'name-id' | 'none'} level
 */
export function csdlDanCu(p, level) {
  if (level === 'none') return null;
  const identity = {
    SoDinhDanh: p.soDinhDanh, SoCMND: p.soCMND,
    HoVaTen: { Ho: p.ho, ChuDem: p.chuDem, Ten: p.ten, FullName: p.hoVaTen },
  };
  if (level === 'name-id') return identity;
  return {
    ...identity,
    GioiTinh: p.gioiTinh, DanToc: p.danToc, TonGiao: p.tonGiao, QuocTich: p.quocTich,
    TinhTrangHonNhan: '', NhomMau: '',
    NgayThangNamSinh: { Nam: p.ngaySinh.slice(0, 4), NgayThangNam: p.ngaySinh.replaceAll('-', '') },
    NoiDangKyKhaiSinh: { TenTinhThanh: p.thuongTruCu.tenTinh, ChiTiet: p.noiSinh, QuocGia: 'Việt Nam' },
    QueQuan: { TenTinhThanh: p.thuongTruCu.tenTinh, ChiTiet: p.noiSinh, QuocGia: 'Việt Nam' },
    ThuongTru: place(p.thuongTruCu, p.diaChiChiTiet),
    ThuongTruSauSapNhap: place(p.thuongTruMoi, p.diaChiChiTiet),
    NoiOHienTai: place(p.thuongTruCu, p.diaChiChiTiet),
    Cha: { HoVaTen: p.cha.hoVaTen, NamSinh: p.cha.namSinh, QuocTich: 'Việt Nam', SoDinhDanh: '', SoCMND: '' },
    Me: { HoVaTen: p.me.hoVaTen, NamSinh: p.me.namSinh, QuocTich: 'Việt Nam', SoDinhDanh: '', SoCMND: '' },
    ThuDienTu: p.email, SoDienThoai: p.soDienThoai,
  };
}

/** Public lookup result fields (FACTS §7, camelCase). */
export function lookupView(d) {
  return {
    maHoSo: d.maHoSo, chuHoSo: d.chuHoSo, diaChiChuHoSo: d.diaChiChuHoSo, tenTTHC: d.tenTTHC, tenDonVi: d.tenDonVi,
    trangThaiHoSoId: d.trangThaiHoSoId, tenTrangThaiHoSo: statusLabel(d.trangThaiHoSoId), ngayTiepNhan: d.ngayTiepNhan,
    ngayHenTra: d.ngayHenTra, ngayNopHoSo: d.ngayNopHoSo, kenhThucHien: d.kenhThucHien, uyQuyen: d.uyQuyen,
    soTien: d.soTien, hinhThucThu: d.hinhThucThu,
  };
}

/** A dossier as its owner sees it ("Dịch vụ công của tôi", receipt, payment). */
export function dossierView(d) {
  const { submitter: _submitter, eFormData: _eForm, ...rest } = d;
  return { ...rest, tenTrangThaiHoSo: statusLabel(d.trangThaiHoSoId) };
}
