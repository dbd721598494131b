/** One saved dossier in the list: what the resident needs at a glance, and the four things they can do with it. */
import { hasNews, isOverdue, latestChange, latestCheck, type DossierRecord } from '../../utils/dossier';
import { dmy, dueDateOf, vnDateTime } from './format';
import { IdPrompt } from './IdPrompt';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';

/** A failed lookup, kept on its row until the next attempt so the reason stays next to the dossier. */
export interface RowFailure {
  reason: string;
  message: string;
}

/** Reasons where another ID number can help. */
const ID_REASONS = new Set(['missing-id', 'id-mismatch']);

export interface DossierRowProps {
  record: DossierRecord;
  now: Date;
  busy: boolean;
  failure?: RowFailure;
  /** A short success note for this row only (e.g. after "Sao chép"), where the person is looking. */
  note?: string;
  onLookup: (code: string, idNumber?: string) => void;
  onCopy: (code: string) => void;
  onDetails: (code: string) => void;
  onRemove: (code: string) => void;
}

export function DossierRow({ record, now, busy, failure, note, onLookup, onCopy, onDetails, onRemove }: DossierRowProps) {
  const { code } = record;
  const latest = latestCheck(record);
  const news = hasNews(record);
  const change = news ? latestChange(record) : undefined;
  const overdue = isOverdue(record, now);
  const due = dueDateOf(record);
  return (
    <li class={`dossier${news ? ' has-news' : ''}${overdue ? ' is-overdue' : ''}`} data-code={code} aria-busy={busy ? 'true' : undefined}>
      <div class="dossier-top">
        <h3 class="code">
          {code}
        </h3>
        <span class="marks">
          {news && <span class="mark mark-new" title="Trạng thái đã thay đổi kể từ lần bạn xem trước">Mới</span>}
          {overdue && <span class="mark mark-overdue">Quá hạn</span>}
        </span>
      </div>
      {record.procedure && (
        <p class="procedure" title={record.procedure}>
          {record.procedure}
        </p>
      )}
      {(record.ownerName || record.label) && (
        <p class="owner">
          {record.ownerName}
          {record.ownerName && record.label ? ' · ' : ''}
          {record.label && <span class="label-chip">{record.label}</span>}
        </p>
      )}
      <StatusBadge statusText={latest?.statusText} />
      {change && <p class="change">Trước đó: {change.previous.statusText}</p>}
      <p class="dates">
        {due && <span class={overdue ? 'due overdue' : 'due'}>Hẹn trả {dmy(due)}</span>}
        {record.lastCheckedAt && <span class="checked">Tra cứu lúc {vnDateTime(record.lastCheckedAt)}</span>}
      </p>
      {note && <p class="row-note">{note}</p>}
      {busy && <p class="busy-note">Đang tra cứu trên Cổng Dịch vụ công…</p>}
      {failure && !busy && (
        <div class="row-failure">
          <p>{failure.message}</p>
          {ID_REASONS.has(failure.reason) && (
            <IdPrompt code={code} busy={busy} onSubmit={(id) => onLookup(code, id)} />
          )}
        </div>
      )}
      <RowActions code={code} busy={busy} onLookup={onLookup} onCopy={onCopy} onDetails={onDetails} onRemove={onRemove} />
    </li>
  );
}
