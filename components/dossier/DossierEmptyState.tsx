/**
 * Nothing saved yet: teach what a dossier code is, where a resident finds one, and that the assistant saves it by
 * itself on the portal; then offer to type one in.
 */
import { EmptyState } from '../EmptyState';

export interface DossierEmptyStateProps {
  onAdd: () => void;
  /** The add form is open below (the button then reflects it). */
  adding: boolean;
}

export function DossierEmptyState({ onAdd, adding }: DossierEmptyStateProps) {
  return (
    <EmptyState title="Chưa lưu mã hồ sơ nào" titleEn="No dossier codes saved yet">
      <p>
        <strong>Mã hồ sơ</strong> là mã Cổng Dịch vụ công cấp cho mỗi hồ sơ bạn nộp, ví dụ{' '}
        <code class="code">000.00.22.H56-241121-0007</code>. Có mã hồ sơ, bạn tra cứu được hồ sơ đang ở bước nào.
        <span class="en" lang="en">A dossier code identifies each application you file; with it you can follow its progress.</span>
      </p>
      <p>Bạn tìm thấy mã hồ sơ ở:</p>
      <ul class="where">
        <li>màn hình “Nộp hồ sơ thành công” ngay sau khi bấm “Gửi hồ sơ”;</li>
        <li>“Phiếu tiếp nhận” (giấy biên nhận) khi nộp tại bộ phận một cửa;</li>
        <li>tin nhắn SMS hoặc Zalo mà cơ quan gửi cho bạn.</li>
      </ul>
      <p>
        Khi bạn nộp hồ sơ trên Cổng Dịch vụ công Thanh Hóa, Trợ lý tự lưu mã vào đây. Nếu đã có mã, hãy thêm bằng tay.
      </p>
      <button type="button" class="primary" aria-expanded={adding} onClick={onAdd}>
        Thêm mã hồ sơ
      </button>
    </EmptyState>
  );
}
