/** The buttons of one dossier, in the list and in its details: each named with the code, so they stay distinct. */
export interface RowActionsProps {
  code: string;
  busy: boolean;
  onLookup: (code: string) => void;
  onCopy: (code: string) => void;
  /** Only in the list: the details view has no "Chi tiết" of its own. */
  onDetails?: (code: string) => void;
  onRemove: (code: string) => void;
}

export function RowActions({ code, busy, onLookup, onCopy, onDetails, onRemove }: RowActionsProps) {
  return (
    <div class="row-actions">
      <button type="button" class="primary" disabled={busy} aria-label={`Tra cứu hồ sơ ${code}`} onClick={() => onLookup(code)}>
        Tra cứu
      </button>
      <button type="button" aria-label={`Sao chép mã ${code}`} onClick={() => onCopy(code)}>
        Sao chép
      </button>
      {onDetails && (
        <button type="button" aria-label={`Chi tiết hồ sơ ${code}`} onClick={() => onDetails(code)}>
          Chi tiết
        </button>
      )}
      <button type="button" class="danger" aria-label={`Xóa hồ sơ ${code}`} onClick={() => onRemove(code)}>
        Xóa
      </button>
    </div>
  );
}
