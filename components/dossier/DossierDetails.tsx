/**
 * One dossier in full: the facts the portal gave, the status history as a timeline, the note and label, and the QR code
 * of its lookup link. Opening it counts as having seen the latest status (the panel marks it seen).
 */
import { useEffect, useRef } from 'preact/hooks';
import { isOverdue, latestCheck, lookupUrl, type DossierRecord } from '../../utils/dossier';
import type { RowFailure } from './DossierRow';
import { dmy, dueDateOf, vnDateTime } from './format';
import { IdPrompt } from './IdPrompt';
import { RowActions } from './RowActions';
import { LookupQr } from './LookupQr';
import { NoteEditor } from './NoteEditor';
import { StatusBadge } from './StatusBadge';
import { StatusTimeline } from './StatusTimeline';

export interface DossierDetailsProps {
  record: DossierRecord;
  now: Date;
  busy: boolean;
  failure?: RowFailure;
  onBack: () => void;
  onLookup: (code: string, idNumber?: string) => void;
  onCopy: (code: string) => void;
  onRemove: (code: string) => void;
  onSaveNote: (code: string, change: { note: string; label: string }) => Promise<void>;
}

function Fact({ term, value }: { term: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function DossierDetails(props: DossierDetailsProps) {
  const { record, now, busy, failure, onBack, onLookup, onCopy, onRemove, onSaveNote } = props;
  const { code } = record;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [code]);
  const due = dueDateOf(record);
  const overdue = isOverdue(record, now);
  const idFailure = failure !== undefined && (failure.reason === 'missing-id' || failure.reason === 'id-mismatch');
  return (
    <section class="details" aria-labelledby="details-heading">
      <button type="button" class="link back" onClick={onBack}>
        ← Quay lại danh sách
      </button>
      <h2 id="details-heading" ref={headingRef} tabIndex={-1} class="code">
        <span class="sr-only">Hồ sơ </span>
        {code}
      </h2>
      <StatusBadge statusText={latestCheck(record)?.statusText} />
      {overdue && <span class="mark mark-overdue">Quá hạn</span>}
      <dl class="facts">
        <Fact term="Thủ tục" value={record.procedure} />
        <Fact term="Chủ hồ sơ" value={record.ownerName} />
        <Fact term="Cơ quan" value={record.agency} />
        <Fact term="Ngày tiếp nhận" value={record.receivedDate && dmy(record.receivedDate)} />
        <Fact term="Hẹn trả" value={due && dmy(due)} />
        <Fact term="Số giấy tờ tra cứu" value={record.ownerIdNumber} />
        <Fact term="Lần tra cứu gần nhất" value={record.lastCheckedAt && vnDateTime(record.lastCheckedAt)} />
        <Fact term="Đã lưu lúc" value={vnDateTime(record.savedAt)} />
      </dl>
      {busy && <p class="busy-note">Đang tra cứu trên Cổng Dịch vụ công…</p>}
      {failure && !busy && <p class="row-failure">{failure.message}</p>}
      <RowActions code={code} busy={busy} onLookup={onLookup} onCopy={onCopy} onRemove={onRemove} />
      <details class="other-id" open={idFailure}>
        <summary>Tra cứu bằng số CCCD/CMND khác</summary>
        <IdPrompt code={code} busy={busy} onSubmit={(id) => onLookup(code, id)} />
      </details>

      <h3>Lịch sử trạng thái</h3>
      <StatusTimeline history={record.history} />

      <h3>Ghi chú và nhãn</h3>
      <NoteEditor code={code} note={record.note} label={record.label} onSave={(change) => onSaveNote(code, change)} />

      <h3>Tiếp tục trên điện thoại</h3>
      <LookupQr code={code} idNumber={record.ownerIdNumber} />
      <a class="button" href={lookupUrl(code, record.ownerIdNumber)} target="_blank" rel="noreferrer">
        Mở trang tra cứu
      </a>
    </section>
  );
}
