/** A refused file: every problem with the entry and field it is in, and the promise that nothing was changed. */
import type { BackupIssue } from '../../utils/backup';
import { entryTitle } from './describe';

export interface ImportErrorsProps {
  fileName: string;
  errors: readonly BackupIssue[];
  warnings: readonly BackupIssue[];
  /** The file's JSON, when it parsed, to name the entries. */
  data: unknown;
}

function IssueItem({ issue, data }: { issue: BackupIssue; data: unknown }) {
  return (
    <li>
      <strong>{entryTitle(issue.entry, data)}</strong>: {issue.message}{' '}
      <span class="technical" lang="en">
        ({issue.entry}
        {issue.field === undefined ? '' : ` › ${issue.field}`})
      </span>
    </li>
  );
}

export function ImportErrors({ fileName, errors, warnings, data }: ImportErrorsProps) {
  return (
    <div class="import-errors" role="alert" aria-labelledby="import-errors-title">
      <h3>
        <span id="import-errors-title">
          {fileName === '' ? 'Không thực hiện được.' : `Không nhập được tệp “${fileName}”.`} Chưa có gì bị thay đổi.
        </span>
        <span class="en" lang="en">The file was not imported. Nothing was changed.</span>
      </h3>
      <p>{errors.length === 1 ? 'Tệp có 1 lỗi:' : `Tệp có ${errors.length} lỗi:`}</p>
      <ul>
        {errors.map((issue, i) => (
          <IssueItem key={`e${i}`} issue={issue} data={data} />
        ))}
      </ul>
      {warnings.length > 0 && (
        <>
          <p>Lưu ý khác (không chặn việc nhập):</p>
          <ul class="warnings">
            {warnings.map((issue, i) => (
              <IssueItem key={`w${i}`} issue={issue} data={data} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
