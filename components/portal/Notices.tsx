/**
 * Small notices in the corner of the portal page ("Đã lưu mã hồ sơ … · Hoàn tác"), announced politely to screen
 * readers. They never cover the portal's controls for long: each goes away on its own.
 */
export interface NoticeAction {
  label: string;
  run(): void;
}

export interface Notice {
  id: number;
  text: string;
  tone?: 'info' | 'success' | 'error';
  actions?: NoticeAction[];
}

export interface NoticesProps {
  notices: readonly Notice[];
  onDismiss(id: number): void;
}

export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <div class="notices" role="status" aria-live="polite" aria-label="Thông báo của Trợ lý">
      {notices.map((notice) => (
        <div key={notice.id} class={`notice notice-${notice.tone ?? 'info'}`}>
          <span class="notice-text">{notice.text}</span>
          {notice.actions?.map((action) => (
            <button type="button" class="notice-action" onClick={(e) => e.isTrusted && action.run()}>
              {action.label}
            </button>
          ))}
          <button type="button" class="notice-close" aria-label="Đóng thông báo" onClick={(e) => e.isTrusted && onDismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
