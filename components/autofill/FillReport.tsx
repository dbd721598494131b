/**
 * What a fill did, shown under the "Điền tự động" button: how many fields were filled (announced), each field filled,
 * each one left empty and why, values that differ from the profile, and "Hoàn tác".
 */
export interface ReportLine {
  field: string;
  value?: string;
  reason?: string;
}

export interface FillReportProps {
  filled: readonly ReportLine[];
  leftEmpty: readonly ReportLine[];
  failed: readonly ReportLine[];
  differences: readonly ReportLine[];
  undone: boolean;
  undoMessage?: string;
  onUndo(): void;
  onClose(): void;
}

function Lines({ title, lines, tone }: { title: string; lines: readonly ReportLine[]; tone: string }) {
  if (lines.length === 0) return null;
  return (
    <details class={`report-group report-${tone}`} open={tone !== 'empty'}>
      <summary>
        {title} ({lines.length})
      </summary>
      <ul>
        {lines.map((line) => (
          <li>
            <span class="report-field">{line.field}</span>
            {line.value && <span class="report-value">{line.value}</span>}
            {line.reason && <span class="report-reason">{line.reason}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function FillReport(props: FillReportProps) {
  const { filled, leftEmpty, failed, differences, undone } = props;
  return (
    <div class="report">
      <p class="report-status" role="status">
        {undone ? props.undoMessage ?? 'Đã hoàn tác: các trường đã trở lại như trước khi điền.' : `Đã điền ${filled.length} trường`}
        {!undone && failed.length > 0 && `, ${failed.length} trường chưa điền được`}
      </p>
      {!undone && (
        <>
          <Lines title="Đã điền" lines={filled} tone="filled" />
          <Lines title="Giá trị khác với thông tin đã lưu (giữ nguyên)" lines={differences} tone="differs" />
          <Lines title="Chưa điền được" lines={failed} tone="failed" />
          <Lines title="Để trống" lines={leftEmpty} tone="empty" />
          <p class="report-note">Hãy kiểm tra lại từng trường trước khi bấm “Gửi hồ sơ”. Trợ lý không gửi hồ sơ thay bạn.</p>
        </>
      )}
      <div class="report-actions">
        {!undone && (
          <button type="button" class="fill-secondary" onClick={(e) => e.isTrusted && props.onUndo()}>
            Hoàn tác
          </button>
        )}
        <button type="button" class="fill-secondary" onClick={(e) => e.isTrusted && props.onClose()}>
          Đóng báo cáo
        </button>
      </div>
    </div>
  );
}
