/**
 * The portals' status vocabularies, copied word for word.
 *
 * Source: /work/shared/data/dossier-statuses.json (FACTS.md §8), itself from
 * github.com/HuanVu201/DichVuCong_KhoaLuan_PASETO: Thanh Hóa labels from quantri_client/src/features/hoso/data/formData.ts
 * (TRANGTHAIHOSO); national strings and Thanh Hóa's mapping of them from
 * DichVuCongApi/src/Core/Application/Common/KetNoi/Classes/FormatTrangThaiHoSoDVCQG.cs. The state each one maps to is
 * our reading of the labels, not system data.
 */
import type { DossierState } from './states';

export interface ThanhHoaStatus {
  /** `trangThaiHoSoId`. */
  readonly code: string;
  /** Exactly as the lookup's "Tình trạng" row shows it. */
  readonly label: string;
  readonly state: DossierState;
}

export const THANH_HOA_STATUSES: readonly ThanhHoaStatus[] = [
  { code: '1', label: 'Mới đăng ký', state: 'submitted' },
  { code: '2', label: 'Được tiếp nhận', state: 'accepted' },
  { code: '3', label: 'Không được tiếp nhận', state: 'rejected' },
  { code: '4', label: 'Đang xử lý', state: 'processing' },
  { code: '5', label: 'Yêu cầu bổ sung giấy tờ', state: 'documents-required' },
  { code: '6', label: 'Yêu cầu thực hiện nghĩa vụ tài chính', state: 'payment-required' },
  { code: '7', label: 'Công dân yêu cầu rút hồ sơ', state: 'withdrawn' },
  { code: '8', label: 'Dừng xử lý', state: 'stopped' },
  { code: '9', label: 'Đã xử lý xong', state: 'result-ready' },
  { code: '10', label: 'Đã trả kết quả', state: 'done' },
];

export interface NationalStatus {
  readonly value: string;
  /** Thanh Hóa's own mapping; '0' = no local status. */
  readonly thanhHoaCode: string;
  readonly state: DossierState;
}

export const NATIONAL_STATUSES: readonly NationalStatus[] = [
  { value: 'new', thanhHoaCode: '2', state: 'accepted' },
  { value: 'receiving', thanhHoaCode: '1', state: 'submitted' },
  { value: 'processing', thanhHoaCode: '4', state: 'processing' },
  { value: 'waiting', thanhHoaCode: '5', state: 'documents-required' },
  { value: 'paying', thanhHoaCode: '6', state: 'payment-required' },
  { value: 'releasing', thanhHoaCode: '9', state: 'result-ready' },
  { value: 'done', thanhHoaCode: '10', state: 'done' },
  { value: 'denied', thanhHoaCode: '3', state: 'rejected' },
  { value: 'unresolved', thanhHoaCode: '8', state: 'stopped' },
  { value: 'cancelled', thanhHoaCode: '7', state: 'withdrawn' },
  // "Liên thông": being handled by another agency. Thanh Hóa has no local status for it; still work in progress.
  { value: 'interoperating', thanhHoaCode: '0', state: 'processing' },
  // The source itself does not know what "posting" means, so neither do we.
  { value: 'posting', thanhHoaCode: '0', state: 'unknown' },
];

/**
 * Other wording the portal shows in place of a status label. "Chờ xác nhận yêu cầu bổ sung" replaces label 5 on the
 * "Dịch vụ công của tôi" list while a supplement request awaits confirmation (same repository,
 * quantri_client/src/features/portaldvc/HoSoCaNhan/components/HoSoItem.tsx).
 */
export const STATUS_ALIASES: readonly { readonly text: string; readonly state: DossierState }[] = [
  { text: 'Chờ xác nhận yêu cầu bổ sung', state: 'documents-required' },
];
