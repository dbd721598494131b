/**
 * The panel's one live region (role=status, always in the page so screen readers announce changes to it): the outcome
 * of the last action, with "Hoàn tác" after a delete. It stays until replaced or closed; nobody has to race it.
 */
export interface Announcement {
  text: string;
  tone: 'ok' | 'error' | 'info';
  /** E.g. "Hoàn tác". */
  action?: { label: string; run: () => void };
}

export interface AnnouncerProps {
  announcement: Announcement | undefined;
  onDismiss: () => void;
}

export function Announcer({ announcement, onDismiss }: AnnouncerProps) {
  return (
    <div role="status" class="announcer">
      {announcement && (
        <div class={`announcement tone-${announcement.tone}`}>
          <p>{announcement.text}</p>
          {announcement.action && (
            <button type="button" class="primary" onClick={announcement.action.run}>
              {announcement.action.label}
            </button>
          )}
          <button type="button" class="link" aria-label="Đóng thông báo" onClick={onDismiss}>
            Đóng
          </button>
        </div>
      )}
    </div>
  );
}
