/** The saved dossiers, newest first, a page at a time: 10,000 rows would cost a second to lay out, 30 cost nothing. */
import type { DossierRecord } from '../../utils/dossier';
import { DossierRow, type RowFailure } from './DossierRow';

export interface DossierListProps {
  records: readonly DossierRecord[];
  now: Date;
  busy: ReadonlySet<string>;
  failures: Readonly<Record<string, RowFailure>>;
  notes: Readonly<Record<string, string>>;
  /** More matches exist than are shown. */
  more: number;
  onMore: () => void;
  onLookup: (code: string, idNumber?: string) => void;
  onCopy: (code: string) => void;
  onDetails: (code: string) => void;
  onRemove: (code: string) => void;
}

export function DossierList({ records, now, busy, failures, notes, more, onMore, ...handlers }: DossierListProps) {
  return (
    <>
      <ul class="dossiers" aria-label="Hồ sơ đã lưu">
        {records.map((record) => (
          <DossierRow
            key={record.code}
            record={record}
            now={now}
            busy={busy.has(record.code)}
            failure={failures[record.code]}
            note={notes[record.code]}
            {...handlers}
          />
        ))}
      </ul>
      {more > 0 && (
        <button type="button" class="more" onClick={onMore}>
          Hiện thêm ({more.toLocaleString('vi-VN')} hồ sơ nữa)
        </button>
      )}
    </>
  );
}
