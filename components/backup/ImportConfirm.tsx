/**
 * Before replacing anything: each record of the file whose id (or code) already exists with other content, the fields
 * that would change, and a "Thay thế" box for it. Nothing ticked means the current records stay.
 */
import { describePlan } from '../../utils/backup';
import type { BackupIssue, ImportPlan } from '../../utils/backup';
import { profileTitle } from '../profile/ProfileList';
import { ChangesTable } from './ChangesTable';
import { changedFields } from './describe';
import type { FieldChange } from './describe';
import { REPLACE_RULE, REPLACE_RULE_EN } from './types';

export interface ImportConfirmProps {
  fileName: string;
  plan: ImportPlan;
  warnings: readonly BackupIssue[];
  /** Keys 'p:<id>' and 'd:<code>' of the records to replace. */
  chosen: ReadonlySet<string>;
  onToggle: (key: string, replace: boolean) => void;
  onToggleAll: (replace: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}

interface Conflict {
  key: string;
  title: string;
  changes: FieldChange[];
}

export function ImportConfirm(props: ImportConfirmProps) {
  const { fileName, plan, warnings, chosen, onToggle, onToggleAll, onConfirm, onCancel, busy } = props;
  const conflicts: Conflict[] = [
    ...plan.profiles.replaced.map((r) => ({
      key: `p:${r.after.id}`,
      title: `Hồ sơ cá nhân: ${profileTitle(r.before)}`,
      changes: changedFields('profile', r.before, r.after),
    })),
    ...plan.dossiers.replaced.map((r) => ({
      key: `d:${r.after.code}`,
      title: `Mã hồ sơ: ${r.after.code}`,
      changes: changedFields('dossier', r.before, r.after),
    })),
  ];
  const allChosen = conflicts.every((c) => chosen.has(c.key));
  const summary = describePlan(plan);
  return (
    <section class="import-confirm" aria-label="Xác nhận nhập dữ liệu">
      <h3 id="ic-title" tabIndex={-1}>
        Xác nhận nhập tệp “{fileName}”
        <span class="en" lang="en">Confirm the import</span>
      </h3>
      <p>{summary.vi}</p>
      <p class="rule">
        <strong>Quy tắc:</strong> {REPLACE_RULE}
        <span class="en" lang="en">{REPLACE_RULE_EN}</span>
      </p>
      {warnings.length > 0 && (
        <ul class="warnings">
          {warnings.map((w, i) => (
            <li key={i}>
              <strong>Lưu ý:</strong> {w.message}
            </li>
          ))}
        </ul>
      )}
      <label class="choice">
        <input type="checkbox" checked={allChosen} onChange={(e) => onToggleAll(e.currentTarget.checked)} /> Thay thế tất cả
      </label>
      <ul class="conflicts">
        {conflicts.map((c, i) => (
          <li key={c.key}>
            <article aria-labelledby={`ic-c${i}`}>
              <h4 id={`ic-c${i}`}>{c.title}</h4>
              <p>Đã có với nội dung khác. Những mục sẽ đổi nếu thay thế:</p>
              <ChangesTable changes={c.changes} newHeading="Trong tệp" />
              <label class="choice">
                <input type="checkbox" aria-describedby={`ic-c${i}`} checked={chosen.has(c.key)} onChange={(e) => onToggle(c.key, e.currentTarget.checked)} />
                {' Thay thế'}
              </label>
            </article>
          </li>
        ))}
      </ul>
      <div class="form-actions">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          Hoàn tất nhập
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </section>
  );
}
