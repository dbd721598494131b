/**
 * A polite live region that is always in the page (a region added together with its text is often not announced),
 * showing the last outcome with an optional action such as "Hoàn tác". It stays until replaced or closed: no timeout,
 * so nobody has to race to read it or to reach its button.
 */
import type { Ref } from 'preact';

export interface Notice {
  text: string;
  textEn?: string;
  tone: 'ok' | 'info';
  /** Further lines, e.g. who was added by an import. */
  details?: readonly string[];
  action?: { label: string; onClick: () => void };
}

export interface StatusNoticeProps {
  notice: Notice | undefined;
  onDismiss: () => void;
  /** The action button, so the page can move focus to it (after a delete, to "Hoàn tác"). */
  actionRef?: Ref<HTMLButtonElement>;
  id?: string;
}

export function StatusNotice({ notice, onDismiss, actionRef, id }: StatusNoticeProps) {
  return (
    <div role="status" id={id} class="status-region">
      {notice !== undefined && (
        <div class={`notice notice-${notice.tone}`}>
          <p>
            {notice.text}
            {notice.textEn !== undefined && (
              <span class="en" lang="en">
                {notice.textEn}
              </span>
            )}
          </p>
          {notice.details !== undefined && notice.details.length > 0 && (
            <ul class="notice-details">
              {notice.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <div class="notice-actions">
            {notice.action !== undefined && (
              <button type="button" class="primary" ref={actionRef} onClick={notice.action.onClick}>
                {notice.action.label}
              </button>
            )}
            <button type="button" onClick={onDismiss}>
              Đóng
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
