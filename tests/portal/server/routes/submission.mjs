// Server-side checks of POST /api/v1/hosos/NopHoSoTrucTuyen. The page validates first; these guard the store against
// a page that skipped its own checks (e.g. a script posting directly).
import { formatAddress } from '../data/address.mjs';
import { procedureByCode } from '../data/procedures.mjs';

const REQUIRED = ['maTTHC', 'donViId', 'maTruongHop', 'chuHoSo', 'soGiayToChuHoSo', 'trichYeuHoSo'];

/**
 * Returns a Vietnamese error message, or '' when the submission can be stored. Also fills `diaChiChuHoSo` in the
 * stored form "<chi tiết>, <xã>, <huyện>, <tỉnh>" (FACTS §5) and `tenDonVi`.
 * @param {Record<string, any>} fields mutated in place
 */
export function validateSubmission(fields) {
  for (const key of REQUIRED) {
    if (typeof fields[key] !== 'string' || fields[key].trim() === '') return `Thiếu thông tin bắt buộc: ${key}`;
  }
  const procedure = procedureByCode(fields.maTTHC);
  const unit = procedure?.donVis.find((d) => d.id === fields.donViId);
  if (!procedure || !unit || !procedure.nopTrucTuyen) return 'Thủ tục hoặc đơn vị không hợp lệ';
  for (const key of ['soDienThoaiChuHoSo', 'soDienThoaiNguoiUyQuyen']) {
    const value = fields[key];
    if (value && !/^\d{10,13}$/.test(String(value))) return 'Số điện thoại không hợp lệ';
  }
  if (procedure.eForm && !fields.eFormData) return 'Vui lòng điền các trường thông tin còn thiếu trong tờ khai';
  const attached = Array.isArray(fields.thanhPhanHoSos) ? fields.thanhPhanHoSos : [];
  for (const [index, item] of procedure.thanhPhans.entries()) {
    if (!item.batBuoc || item.eForm) continue;
    const row = attached.find((r) => r && r.index === index);
    if (!row || !Array.isArray(row.files) || row.files.length === 0) return 'Vui lòng đính kèm đầy đủ thành phần hồ sơ';
  }
  fields.tenDonVi = unit.ten;
  const detail = String(fields.diaChiChuHoSo ?? '').trim();
  fields.diaChiChuHoSo = formatAddress(detail, [fields.tinhThanhChuHoSo, fields.quanHuyenChuHoSo, fields.xaPhuongChuHoSo]);
  return '';
}
