/** Every word the overlay says, in one place. Vietnamese only on controls: residents read them, screen readers say them. */
export const LABELS = {
  back: 'Quay lại',
  next: 'Tiếp',
  close: 'Đóng hướng dẫn',
  skip: 'Bỏ qua bước này',
  showWithoutTarget: 'Xem hướng dẫn không cần chỉ vào trang',
  english: 'Tiếng Anh (English)',
  stepCounter: (step: number, count: number) => `Bước ${step}/${count}`,
  waiting: 'Đang tìm vị trí của bước này trên trang…',
  missing: (title: string) => `Không tìm thấy “${title}” trên trang. Trang có thể đã thay đổi hoặc chưa tải xong.`,
  offPage: (page: string) => `Bước này làm ở trang ${page}.`,
  openPage: (page: string) => `Mở trang ${page}`,
} as const;
