// Dossiers the personas already have, so "Dịch vụ công của tôi" and the lookup are not empty at first. Dates are
// relative to today, so the codes always look recent; none is dated today, so today's counters start at 0001.
import { personaById } from './personas.mjs';
import { feeOf, procedureById } from './procedures.mjs';
import { historyRow } from './history.mjs';
import { addWorkingDays, vnLocalIso, yyMMdd } from './time.mjs';

/** Status paths a dossier walks through to reach its current status. */
const PATHS = { 1: ['1'], 2: ['1', '2'], 4: ['1', '2', '4'], 6: ['1', '2', '4', '6'], 10: ['1', '2', '4', '9', '10'] };

const SEEDS = [
  { persona: 'an', procedure: 'lltp', daysAgo: 12, seq: 3, status: 4 },
  { persona: 'an', procedure: 'gplx', daysAgo: 5, seq: 12, status: 6 },
  { persona: 'an', procedure: 'trich-luc', daysAgo: 40, seq: 1, status: 10 },
  { persona: 'hoa', procedure: 'khai-sinh', daysAgo: 3, seq: 2, status: 2, unit: 2 },
  { persona: 'hoa', procedure: 'trich-luc', daysAgo: 8, seq: 4, status: 6, unit: 2 },
  { persona: 'cuong', procedure: 'lltp', daysAgo: 1, seq: 7, status: 1 },
];

export function seedDossiers() {
  return SEEDS.map((seed) => {
    const persona = personaById(seed.persona);
    const procedure = procedureById(seed.procedure);
    if (!persona || !procedure) throw new Error('seed data is inconsistent');
    const unit = procedure.donVis[seed.unit ?? 0];
    const submitted = new Date(Date.now() - seed.daysAgo * 86_400_000);
    const twoLevel = procedure.capDiaBan === 2;
    const address = twoLevel
      ? [persona.diaChiChiTiet, persona.thuongTruMoi.tenXa, persona.thuongTruMoi.tenTinh]
      : [persona.diaChiChiTiet, persona.thuongTruCu.tenXa, persona.thuongTruCu.tenHuyen, persona.thuongTruCu.tenTinh];
    const codes = twoLevel
      ? { tinh: persona.thuongTruMoi.maTinh, huyen: '', xa: persona.thuongTruMoi.maXa }
      : { tinh: persona.thuongTruCu.maTinh, huyen: persona.thuongTruCu.maHuyen, xa: persona.thuongTruCu.maXa };
    const history = PATHS[seed.status].map((status, i) =>
      historyRow(status, persona.hoVaTen, vnLocalIso(new Date(submitted.getTime() + i * 5 * 3_600_000))));
    return {
      maHoSo: `${unit.id}-${yyMMdd(submitted)}-${String(seed.seq).padStart(4, '0')}`,
      maTTHC: procedure.maTTHC, tenTTHC: procedure.ten, donViId: unit.id, tenDonVi: unit.ten,
      maTruongHop: procedure.truongHops[0]?.id ?? '', loaiDoiTuong: 'Công dân', uyQuyen: false,
      chuHoSo: persona.hoVaTen, soGiayToChuHoSo: persona.soDinhDanh, soDienThoaiChuHoSo: persona.soDienThoai,
      emailChuHoSo: persona.email.endsWith('@dichvucong.gov.vn') ? '' : persona.email,
      tinhThanhChuHoSo: codes.tinh, quanHuyenChuHoSo: codes.huyen, xaPhuongChuHoSo: codes.xa,
      diaChiChuHoSo: address.join(', '), ngaySinhChuHoSo: persona.ngaySinh.slice(0, 4),
      nguoiUyQuyen: persona.hoVaTen, soGiayToNguoiUyQuyen: persona.soDinhDanh,
      trichYeuHoSo: procedure.ten, hinhThucTra: '0', eFormData: null, thanhPhanHoSos: [],
      trangThaiHoSoId: String(seed.status), kenhThucHien: '2',
      ngayNopHoSo: vnLocalIso(submitted), ngayTiepNhan: vnLocalIso(submitted),
      ngayHenTra: vnLocalIso(addWorkingDays(submitted, procedure.thoiHanNgay)),
      soTien: feeOf(procedure), hinhThucThu: feeOf(procedure) > 0 ? 'Thanh toán trực tuyến' : '',
      daThanhToan: seed.status === 10, submitter: persona.soDinhDanh, history,
    };
  });
}
