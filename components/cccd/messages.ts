/** What the panel says when a photo gives nothing to read. */
import type { Message } from '../../utils/cccd';

export interface Refusal {
  message: Message;
  details: readonly Message[];
}

const NOTHING_CREATED: Message = { vi: 'Không có hồ sơ nào được tạo.', en: 'Nothing was created.' };

export function imageRefusal(reason: 'no-code' | 'unreadable-file', fileName: string): Refusal {
  if (reason === 'unreadable-file') {
    return {
      message: { vi: `Không mở được tệp “${fileName}” như một ảnh.`, en: 'The file could not be opened as an image.' },
      details: [{ vi: 'Hãy chọn ảnh JPEG hoặc PNG.', en: 'Choose a JPEG or PNG image.' }, NOTHING_CREATED],
    };
  }
  return {
    message: { vi: `Không tìm thấy mã QR đọc được trong ảnh “${fileName}”.`, en: 'No readable QR code was found in the photo.' },
    details: [
      {
        vi: 'Hãy chụp lại: cả mã QR nằm trong ảnh, đủ sáng, không bị lóa đèn, rõ nét (chạm vào mã QR trên màn hình điện thoại để lấy nét).',
        en: 'Take it again: the whole code in the picture, well lit, no glare, in focus.',
      },
      { vi: 'Hoặc dùng máy quét mã QR, hay camera.', en: 'Or use a QR scanner or the camera.' },
      NOTHING_CREATED,
    ],
  };
}
