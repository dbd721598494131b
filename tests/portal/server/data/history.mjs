// Processing-history rows ("TÌNH TRẠNG XỬ LÝ HỒ SƠ", FACTS §7) written when a dossier changes status. The staff
// names are fictional; the wording follows the one-stop system's usual actions.

const RECEPTION = 'Lê Thị Hương (Bộ phận Tiếp nhận và Trả kết quả)';
const SPECIALIST = 'Nguyễn Đức Thắng (Chuyên viên)';
const LEADER = 'Phạm Văn Quang (Lãnh đạo phòng)';

/** @type {Record<string, {thaoTac: string, nguoiGui: string, nguoiNhan: string}>} */
const ROWS = {
  1: { thaoTac: 'Nộp hồ sơ trực tuyến', nguoiGui: '', nguoiNhan: RECEPTION },
  2: { thaoTac: 'Tiếp nhận hồ sơ trực tuyến', nguoiGui: RECEPTION, nguoiNhan: SPECIALIST },
  3: { thaoTac: 'Từ chối tiếp nhận hồ sơ: hồ sơ không thuộc thẩm quyền giải quyết', nguoiGui: RECEPTION, nguoiNhan: '' },
  4: { thaoTac: 'Chuyển xử lý hồ sơ', nguoiGui: RECEPTION, nguoiNhan: SPECIALIST },
  5: { thaoTac: 'Yêu cầu bổ sung hồ sơ: đề nghị bổ sung bản chụp giấy tờ tùy thân rõ nét', nguoiGui: SPECIALIST, nguoiNhan: '' },
  6: { thaoTac: 'Yêu cầu công dân thực hiện nghĩa vụ tài chính', nguoiGui: SPECIALIST, nguoiNhan: '' },
  7: { thaoTac: 'Công dân yêu cầu rút hồ sơ', nguoiGui: '', nguoiNhan: RECEPTION },
  8: { thaoTac: 'Dừng xử lý hồ sơ', nguoiGui: SPECIALIST, nguoiNhan: '' },
  9: { thaoTac: 'Trình ký, hoàn thành xử lý hồ sơ', nguoiGui: LEADER, nguoiNhan: RECEPTION },
  10: { thaoTac: 'Trả kết quả cho công dân', nguoiGui: RECEPTION, nguoiNhan: '' },
};

/**
 * @param {string} status new status code
 * @param {string} citizen name shown where the citizen acts or receives
 * @param {string} thoiGian local ISO time
 */
export function historyRow(status, citizen, thoiGian) {
  const row = ROWS[status] ?? ROWS[4];
  return {
    thoiGian,
    nguoiGui: row.nguoiGui || citizen,
    thaoTac: row.thaoTac,
    nguoiNhan: row.nguoiNhan || citizen,
    trangThaiHoSoId: status,
  };
}

/** The row written when a payment succeeds (status 6 -> 4). */
export function paymentRow(citizen, thoiGian, amount) {
  return {
    thoiGian,
    nguoiGui: citizen,
    thaoTac: `Công dân đã thanh toán trực tuyến ${amount.toLocaleString('vi-VN')} đồng qua Nền tảng thanh toán DVCQG`,
    nguoiNhan: SPECIALIST,
    trangThaiHoSoId: '4',
  };
}
