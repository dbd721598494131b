/**
 * What a lookup came to. The lookup flow (background + lookup tab) turns every way it can end into one of these, so
 * the popup can say clearly what happened; only 'found' ever reaches the store.
 */
import type { DossierCapture } from '../capture-schema';

export type LookupFailureReason =
  | 'invalid-code'
  | 'id-mismatch'
  | 'captcha'
  | 'no-data'
  | 'server-error'
  | 'unreadable'
  | 'timeout'
  | 'portal-down';

export interface LookupMessage {
  vi: string;
  en: string;
}

export type LookupOutcome =
  | { kind: 'found'; capture: DossierCapture }
  /** The page is still loading or has not searched yet. */
  | { kind: 'pending' }
  | { kind: 'failed'; reason: LookupFailureReason; message: LookupMessage; portalText?: string };

export const LOOKUP_MESSAGES: Readonly<Record<LookupFailureReason, LookupMessage>> = {
  'invalid-code': {
    vi: 'Cổng dịch vụ công báo "Mã hồ sơ không hợp lệ!": không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã hồ sơ.',
    en: 'The portal does not know this dossier code. Check the code.',
  },
  'id-mismatch': {
    vi: 'Số giấy tờ không khớp với chủ hồ sơ hoặc người được ủy quyền. Hãy nhập đúng số CCCD/CMND đã dùng khi nộp hồ sơ.',
    en: 'The ID number does not match the dossier owner or the authorised person.',
  },
  captcha: {
    vi: 'Cổng dịch vụ công chưa xác minh được mã reCAPTCHA. Hãy thử lại sau ít phút, hoặc tự bấm "Tra cứu" trên trang.',
    en: 'The portal rejected the reCAPTCHA check. Try again in a few minutes or press "Tra cứu" yourself.',
  },
  'no-data': {
    vi: 'Cổng dịch vụ công trả lời "Không có thông tin dữ liệu!" cho hồ sơ này.',
    en: 'The portal has no data for this dossier.',
  },
  'server-error': {
    vi: 'Cổng dịch vụ công đang gặp lỗi. Hãy thử lại sau.',
    en: 'The portal reported an error. Try again later.',
  },
  unreadable: {
    vi: 'Không đọc được kết quả tra cứu trên trang. Trang có thể đã thay đổi; hãy xem trực tiếp trên trang tra cứu.',
    en: 'The lookup result could not be read; the page may have changed.',
  },
  timeout: {
    vi: 'Trang tra cứu không trả kết quả kịp thời. Hãy thử lại sau.',
    en: 'The lookup page did not answer in time. Try again later.',
  },
  'portal-down': {
    vi: 'Không mở được Cổng dịch vụ công Thanh Hóa. Hãy kiểm tra kết nối mạng hoặc thử lại sau.',
    en: 'The Thanh Hoa portal could not be reached.',
  },
};

/** A failure outcome with its message; the flow uses it for time-outs and unreachable portals too. */
export function lookupFailure(reason: LookupFailureReason, portalText?: string): LookupOutcome {
  const outcome: LookupOutcome = { kind: 'failed', reason, message: LOOKUP_MESSAGES[reason] };
  if (portalText) outcome.portalText = portalText;
  return outcome;
}
