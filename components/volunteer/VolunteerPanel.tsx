/**
 * Volunteer mode, for the ward's digital-transformation teams at the one-stop desk: start a guide on the resident's
 * portal tab, hand a guide over by QR code (it opens the right portal page, with the guide for those who have the
 * extension), and "Người tiếp theo", which forgets the resident just helped before the next one sits down.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface GuideItem {
  id: string;
  title: string;
  summary: string;
}

export interface SessionSummary {
  sessionProfiles: number;
  sessionDossiers: number;
}

export interface VolunteerSwitchProps {
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

/** The switch, always shown; the rest of volunteer mode loads only once it is on. */
export function VolunteerSwitch({ enabled, onToggle }: VolunteerSwitchProps) {
  return (
    <section class="volunteer" aria-labelledby="volunteer-title">
      <h2 id="volunteer-title">
        Hỗ trợ người dân
        <span class="en" lang="en">Volunteer mode</span>
      </h2>
      <label class="switch">
        <input type="checkbox" checked={enabled} onChange={(e) => onToggle((e.target as HTMLInputElement).checked)} />
        Chế độ hỗ trợ viên (máy dùng chung ở bộ phận một cửa)
      </label>
      <p class="hint">
        Chữ lớn và tương phản cao trong hướng dẫn; thông tin cá nhân tạo trong chế độ này chỉ giữ đến khi bấm “Người tiếp
        theo” hoặc đóng trình duyệt.
      </p>
    </section>
  );
}

export interface VolunteerPanelProps {
  guides: readonly GuideItem[];
  onStartGuide(id: string): void;
  /** The QR card of a guide (rendered by the caller, which owns the QR encoder). */
  renderQr(id: string): ComponentChildren;
  summary: SessionSummary | undefined;
  /** Forgets this resident; resolves with what to announce. */
  onNextPerson(): Promise<string>;
  /** Extra tools shown in volunteer mode (e.g. creating a profile from the ID card's QR code). */
  children?: ComponentChildren;
}

export function VolunteerPanel(props: VolunteerPanelProps) {
  const { guides, summary } = props;
  const [qrFor, setQrFor] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section class="volunteer-tools" aria-label="Công cụ hỗ trợ viên">
      <h3>Hướng dẫn</h3>
      <ul class="guides">
        {guides.map((guide) => (
          <li key={guide.id}>
            <div class="guide-head">
              <strong>{guide.title}</strong>
              <span class="guide-summary">{guide.summary}</span>
            </div>
            <div class="guide-actions">
              <button type="button" onClick={() => props.onStartGuide(guide.id)} aria-label={`Bắt đầu hướng dẫn: ${guide.title}`}>
                Bắt đầu
              </button>
              <button
                type="button"
                aria-expanded={qrFor === guide.id}
                aria-label={`Mã QR hướng dẫn: ${guide.title}`}
                onClick={() => setQrFor(qrFor === guide.id ? undefined : guide.id)}
              >
                Mã QR
              </button>
            </div>
            {qrFor === guide.id && <div class="guide-qr">{props.renderQr(guide.id)}</div>}
          </li>
        ))}
      </ul>
      {props.children}
      <h3>Người tiếp theo</h3>
      <p class="hint">
        Xóa khỏi máy này những gì của người vừa được hỗ trợ: {summary?.sessionProfiles ?? 0} thông tin cá nhân tạm thời,
        {' '}
        {summary?.sessionDossiers ?? 0} mã hồ sơ lưu trong lượt này, và hướng dẫn đang mở. Hãy đưa mã QR tra cứu cho người
        dân trước.
      </p>
      {confirming ? (
        <div class="confirm">
          <button
            type="button"
            class="primary"
            onClick={() => {
              setConfirming(false);
              void props.onNextPerson().then(setAnnouncement);
            }}
          >
            Xóa và bắt đầu lượt mới
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Hủy
          </button>
        </div>
      ) : (
        <button type="button" class="primary" onClick={() => setConfirming(true)}>
          Người tiếp theo
        </button>
      )}
      <p class="announce" role="status">
        {announcement}
      </p>
    </section>
  );
}
