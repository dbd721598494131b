// Display formats of the portal: DD/MM/YYYY and DD/MM/YYYY HH:mm:ss (FACTS §2). The API sends local Việt Nam times
// without offset, so formatting the digits as they are gives Thanh Hóa's wall clock in any browser time zone.
export function formatDate(value: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

export function formatDateTime(value: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(value ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}:${m[6]}` : '';
}

export function formatMoney(amount: number): string {
  return `${amount.toLocaleString('vi-VN')} đ`;
}

/** "Thanh Hóa, ngày 27 tháng 10 năm 2023" from a local ISO date. */
export function dateLine(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return '';
  return `Thanh Hóa, ngày ${m[3]} tháng ${m[2]} năm ${m[1]}`;
}

export const STATUS_LABELS: Record<string, string> = {
  '1': 'Mới đăng ký',
  '2': 'Được tiếp nhận',
  '3': 'Không được tiếp nhận',
  '4': 'Đang xử lý',
  '5': 'Yêu cầu bổ sung giấy tờ',
  '6': 'Yêu cầu thực hiện nghĩa vụ tài chính',
  '7': 'Công dân yêu cầu rút hồ sơ',
  '8': 'Dừng xử lý',
  '9': 'Đã xử lý xong',
  '10': 'Đã trả kết quả',
};
