/** "Điền biểu mẫu trên trang này" in the popup: the same fill as the page's own button, for the tab the person is on. */
export interface FillThisPageProps {
  /** Whether the current tab is an official portal page. */
  onPortal: boolean;
  busy: boolean;
  message: string | undefined;
  onFill(): void;
}

export function FillThisPage({ onPortal, busy, message, onFill }: FillThisPageProps) {
  return (
    <section class="fill-this-page" aria-label="Trang đang mở">
      {onPortal ? (
        <button type="button" class="primary" disabled={busy} onClick={onFill}>
          {busy ? 'Đang điền…' : 'Điền biểu mẫu trên trang này'}
        </button>
      ) : (
        <p class="hint">Mở một biểu mẫu trên Cổng Dịch vụ công để Trợ lý điền giúp bạn.</p>
      )}
      <p class="announce" role="status">
        {message ?? ''}
      </p>
    </section>
  );
}
