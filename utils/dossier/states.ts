/**
 * The small set of states that drive colour, icon and badge. The portal's own wording is always shown as well;
 * a state only groups statuses that call for the same reaction from the resident.
 */

export const DOSSIER_STATES = [
  'unchecked',
  'submitted',
  'accepted',
  'processing',
  'documents-required',
  'payment-required',
  'result-ready',
  'done',
  'rejected',
  'withdrawn',
  'stopped',
  'unknown',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

/** Colour family for the UI; components map tones to actual colours. */
export type StateTone = 'neutral' | 'info' | 'progress' | 'warning' | 'success' | 'danger' | 'muted';

export interface StateInfo {
  readonly tone: StateTone;
  /** Icon name; the UI picks the glyph. */
  readonly icon: string;
  /** The resident has to do something (bring documents, pay). */
  readonly actionRequired: boolean;
  /** Still in the agency's hands, so the due date still matters (drives "overdue"). */
  readonly open: boolean;
  readonly vi: string;
  readonly en: string;
}

export const STATE_INFO: Readonly<Record<DossierState, StateInfo>> = {
  unchecked: {
    tone: 'neutral',
    icon: 'circle-dashed',
    actionRequired: false,
    open: true,
    vi: 'Chưa tra cứu trạng thái',
    en: 'Status not checked yet',
  },
  submitted: {
    tone: 'info',
    icon: 'send',
    actionRequired: false,
    open: true,
    vi: 'Đã nộp, chờ cơ quan tiếp nhận',
    en: 'Submitted, awaiting intake',
  },
  accepted: {
    tone: 'info',
    icon: 'inbox',
    actionRequired: false,
    open: true,
    vi: 'Cơ quan đã tiếp nhận',
    en: 'Accepted by the agency',
  },
  processing: {
    tone: 'progress',
    icon: 'hourglass',
    actionRequired: false,
    open: true,
    vi: 'Đang xử lý',
    en: 'Being processed',
  },
  'documents-required': {
    tone: 'warning',
    icon: 'file-plus',
    actionRequired: true,
    open: true,
    vi: 'Cần bổ sung giấy tờ',
    en: 'Additional documents required',
  },
  'payment-required': {
    tone: 'warning',
    icon: 'wallet',
    actionRequired: true,
    open: true,
    vi: 'Cần nộp phí, lệ phí',
    en: 'Payment required',
  },
  'result-ready': {
    tone: 'success',
    icon: 'package-check',
    actionRequired: false,
    open: false,
    vi: 'Đã xử lý xong, chờ trả kết quả',
    en: 'Processed, result not yet handed over',
  },
  done: {
    tone: 'success',
    icon: 'check-circle',
    actionRequired: false,
    open: false,
    vi: 'Đã trả kết quả',
    en: 'Result handed over',
  },
  rejected: {
    tone: 'danger',
    icon: 'x-circle',
    actionRequired: false,
    open: false,
    vi: 'Không được tiếp nhận',
    en: 'Refused at intake',
  },
  withdrawn: {
    tone: 'muted',
    icon: 'undo',
    actionRequired: false,
    open: false,
    vi: 'Đã yêu cầu rút hồ sơ',
    en: 'Withdrawal requested',
  },
  stopped: {
    tone: 'danger',
    icon: 'pause-circle',
    actionRequired: false,
    open: false,
    vi: 'Dừng xử lý',
    en: 'Processing stopped',
  },
  unknown: {
    tone: 'neutral',
    icon: 'help-circle',
    actionRequired: false,
    open: true,
    vi: 'Trạng thái khác (xem nguyên văn)',
    en: 'Other status (see the portal wording)',
  },
};
