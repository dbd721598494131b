/**
 * The small in-page entry point: a button in the corner that opens a panel of what the assistant can do on this
 * page. It lives in the extension's closed shadow root, so the portal's CSS and scripts cannot reach it.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface LauncherProps {
  /** What the assistant recognises this page as, e.g. "Tra cứu tiến độ hồ sơ". */
  pageName: string | undefined;
  version: string;
  /** Shown above the button and panel (notices). */
  above?: ComponentChildren;
  children?: ComponentChildren;
}

export function Launcher({ pageName, version, above, children }: LauncherProps) {
  const [open, setOpen] = useState(false);
  return (
    <div class="launcher" data-open={open}>
      {above}
      {open && (
        <section class="panel" role="region" aria-label="Trợ lý Dịch vụ công">
          <header class="panel-head">
            <strong>Trợ lý Dịch vụ công</strong>
            <button type="button" class="close" aria-label="Đóng bảng Trợ lý" onClick={(e) => e.isTrusted && setOpen(false)}>
              ×
            </button>
          </header>
          <p class="status" role="status">
            Đang hoạt động trên trang: <b>{pageName ?? 'Cổng Dịch vụ công'}</b>
          </p>
          {children}
          <p class="meta">Phiên bản {version} · Dữ liệu chỉ lưu trên máy này.</p>
        </section>
      )}
      <button
        type="button"
        class="fab"
        aria-expanded={open}
        aria-label="Trợ lý Dịch vụ công"
        title="Trợ lý Dịch vụ công Thanh Hóa"
        onClick={(e) => e.isTrusted && setOpen(!open)}
      >
        <span aria-hidden="true">✓</span> Trợ lý DVC
      </button>
    </div>
  );
}
