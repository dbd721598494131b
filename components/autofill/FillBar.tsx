/**
 * "Điền tự động": the in-page bar placed in the page flow just above the portal's form, so it never covers the
 * portal's controls. With several profiles the person chooses whose data to use. The fill report appears inside it.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface ProfileChoice {
  id: string;
  label: string;
  fullName: string;
}

export interface FillBarProps {
  profiles: readonly ProfileChoice[];
  chosenId: string | undefined;
  busy: boolean;
  /** A message instead of the button's usual hint (no profile yet, a failure). */
  message?: string;
  onChoose(id: string): void;
  onFill(): void;
  onOpenOptions(): void;
  /** Receives the element the fill report is drawn into. */
  reportRef(element: HTMLElement | null): void;
}

export function FillBar({ profiles, chosenId, busy, message, onChoose, onFill, onOpenOptions, reportRef }: FillBarProps) {
  const report = useRef<HTMLDivElement>(null);
  useEffect(() => reportRef(report.current), [reportRef]);
  const chosen = profiles.find((p) => p.id === chosenId) ?? profiles[0];
  return (
    <section class="fill-bar" aria-label="Trợ lý điền biểu mẫu">
      <div class="fill-row">
        <span class="fill-mark" aria-hidden="true">✓</span>
        {profiles.length === 0 ? (
          <>
            <span class="fill-hint">Trợ lý có thể điền biểu mẫu này khi bạn đã lưu thông tin cá nhân.</span>
            <button type="button" class="fill-secondary" onClick={(e) => e.isTrusted && onOpenOptions()}>
              Thêm thông tin cá nhân
            </button>
          </>
        ) : (
          <>
            <button type="button" class="fill-primary" disabled={busy} onClick={(e) => e.isTrusted && onFill()}>
              {busy ? 'Đang điền…' : 'Điền tự động'}
            </button>
            {profiles.length > 1 ? (
              <label class="fill-choose">
                Dùng thông tin của
                <select aria-label="Dùng thông tin của" value={chosen?.id} onChange={(e) => e.isTrusted && onChoose((e.target as HTMLSelectElement).value)}>
                  {profiles.map((p) => (
                    <option value={p.id}>{p.label ? `${p.label}: ${p.fullName}` : p.fullName}</option>
                  ))}
                </select>
              </label>
            ) : (
              <span class="fill-hint">
                Dùng thông tin của <b>{chosen?.fullName}</b>. Bạn vẫn tự kiểm tra và bấm “Gửi hồ sơ”.
              </span>
            )}
          </>
        )}
      </div>
      {message && (
        <p class="fill-message" role="alert">
          {message}
        </p>
      )}
      <div ref={report} />
    </section>
  );
}
