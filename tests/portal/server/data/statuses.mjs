// The 10 dossier statuses with their exact Thanh Hóa labels.
// Source: /work/shared/data/dossier-statuses.json (TRANGTHAIHOSO, quantri_client/src/features/hoso/data/formData.ts).
export const STATUSES = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

/** @param {string | number} code */
export function statusLabel(code) {
  return STATUSES[/** @type {keyof typeof STATUSES} */ (Number(code))] ?? '';
}

/** @param {unknown} code */
export function isStatus(code) {
  return typeof code === 'string' && /^(?:[1-9]|10)$/.test(code);
}
