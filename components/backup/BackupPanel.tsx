/**
 * "Sao lưu và khôi phục": export to a file, import from one. An import is checked in full first; a file with any error
 * changes nothing and says where the error is. Records that would replace existing ones wait for the person's choice;
 * everything else is written at once and announced in the status region.
 */
import { useRef, useState } from 'preact/hooks';
import type { Backup, BackupIssue, ImportDecisions, ImportPlan, ImportReport } from '../../utils/backup';
import { StatusNotice } from '../forms/StatusNotice';
import type { Notice } from '../forms/StatusNotice';
import { entryTitle, readJson, reportLines } from './describe';
import { ImportConfirm } from './ImportConfirm';
import { ImportErrors } from './ImportErrors';
import type { ImportPreview } from './types';
import { REPLACE_RULE, REPLACE_RULE_EN } from './types';

export interface BackupPanelProps {
  /** Writes the file; resolves to what to announce. */
  onExport: () => Promise<{ vi: string; en: string }>;
  onPreview: (text: string) => Promise<ImportPreview>;
  onApply: (backup: Backup, decisions: ImportDecisions) => Promise<ImportReport>;
}

interface Refused {
  fileName: string;
  errors: BackupIssue[];
  warnings: BackupIssue[];
  data: unknown;
}

interface Pending {
  fileName: string;
  backup: Backup;
  plan: ImportPlan;
  warnings: BackupIssue[];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function BackupPanel({ onExport, onPreview, onApply }: BackupPanelProps) {
  const [notice, setNotice] = useState<Notice>();
  const [refused, setRefused] = useState<Refused>();
  const [pending, setPending] = useState<Pending>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const announce = setNotice;
  /** Once the confirmation closes, focus goes back to where the import started. */
  const backToInput = (): void => {
    setTimeout(() => fileInput.current?.focus(), 0);
  };

  const exportNow = async (): Promise<void> => {
    announce(undefined);
    setRefused(undefined);
    try {
      const message = await onExport();
      announce({ tone: 'ok', text: message.vi, textEn: message.en });
    } catch (error) {
      setRefused({ fileName: '', errors: [{ entry: 'file', message: `Không xuất được dữ liệu: ${errorText(error)}`, messageEn: 'Export failed.' }], warnings: [], data: undefined });
    }
  };

  const apply = async (backup: Backup, decisions: ImportDecisions, fileName: string, warnings: readonly BackupIssue[]): Promise<void> => {
    setBusy(true);
    try {
      const report = await onApply(backup, decisions);
      if (!report.ok) {
        setRefused({ fileName, errors: report.errors, warnings: report.warnings, data: undefined });
        return;
      }
      if (pending !== undefined) backToInput();
      setPending(undefined);
      announce({
        tone: 'ok',
        text: `Đã nhập tệp “${fileName}”. ${report.summary.vi}`,
        textEn: report.summary.en,
        details: [
          ...reportLines(report.profiles, report.dossiers, backup),
          ...warnings.map((w) => `Lưu ý (${entryTitle(w.entry, backup)}): ${w.message}`),
        ],
      });
    } catch (error) {
      setRefused({ fileName, errors: [{ entry: 'file', message: `Không nhập được: ${errorText(error)}. Chưa có gì bị thay đổi.`, messageEn: 'Import failed.' }], warnings: [], data: undefined });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a new choice.
    input.value = '';
    if (file === undefined || busy) return;
    announce(undefined);
    setRefused(undefined);
    setPending(undefined);
    setBusy(true);
    let text: string;
    let preview: ImportPreview;
    try {
      text = await file.text();
      preview = await onPreview(text);
    } catch (error) {
      setBusy(false);
      setRefused({ fileName: file.name, errors: [{ entry: 'file', message: `Không đọc được tệp: ${errorText(error)}`, messageEn: 'The file cannot be read.' }], warnings: [], data: undefined });
      return;
    }
    setBusy(false);
    if (!preview.ok) {
      setRefused({ fileName: file.name, errors: preview.errors, warnings: preview.warnings, data: readJson(text) });
      return;
    }
    if (preview.plan.profiles.replaced.length + preview.plan.dossiers.replaced.length === 0) {
      await apply(preview.backup, {}, file.name, preview.warnings);
      return;
    }
    setChosen(new Set());
    setPending({ fileName: file.name, backup: preview.backup, plan: preview.plan, warnings: preview.warnings });
    setTimeout(() => document.getElementById('ic-title')?.focus(), 0);
  };

  const confirm = (): void => {
    if (pending === undefined) return;
    const ids = [...chosen].filter((k) => k.startsWith('p:')).map((k) => k.slice(2));
    const codes = [...chosen].filter((k) => k.startsWith('d:')).map((k) => k.slice(2));
    void apply(pending.backup, { replaceProfileIds: ids, replaceDossierCodes: codes }, pending.fileName, pending.warnings);
  };

  const allKeys = (p: Pending): string[] => [
    ...p.plan.profiles.replaced.map((r) => `p:${r.after.id}`),
    ...p.plan.dossiers.replaced.map((r) => `d:${r.after.code}`),
  ];

  return (
    <div class="backup-panel">
      <p>
        Tệp sao lưu chứa thông tin cá nhân và các mã hồ sơ đã lưu, để chuyển sang máy khác hoặc phòng khi mất dữ liệu. Tệp có
        số định danh và địa chỉ: hãy cất giữ cẩn thận.
        <span class="en" lang="en">The backup file holds your profiles and saved dossier codes. Keep it safe.</span>
      </p>
      <div class="backup-actions">
        <div>
          <button type="button" class="primary" onClick={() => void exportNow()}>
            Xuất dữ liệu
          </button>
          <span class="en" lang="en">Export (downloads a .json file)</span>
        </div>
        <div class="field">
          <div class="field-label">
            <label for="backup-import">Nhập dữ liệu</label>
            <span class="en" lang="en">Import from a backup file</span>
          </div>
          <input
            id="backup-import"
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-describedby="backup-rule"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </div>
      </div>
      <p id="backup-rule" class="rule">
        <strong>Khi nhập:</strong> cả tệp được kiểm tra trước; nếu có lỗi thì không có gì bị thay đổi. {REPLACE_RULE}
        <span class="en" lang="en">The whole file is checked first; on any error nothing changes. {REPLACE_RULE_EN}</span>
      </p>
      {refused !== undefined && <ImportErrors fileName={refused.fileName} errors={refused.errors} warnings={refused.warnings} data={refused.data} />}
      {pending !== undefined && (
        <ImportConfirm
          fileName={pending.fileName}
          plan={pending.plan}
          warnings={pending.warnings}
          chosen={chosen}
          busy={busy}
          onToggle={(key, replace) =>
            setChosen((c) => {
              const next = new Set(c);
              if (replace) next.add(key);
              else next.delete(key);
              return next;
            })
          }
          onToggleAll={(replace) => setChosen(replace ? new Set(allKeys(pending)) : new Set())}
          onConfirm={confirm}
          onCancel={() => {
            setPending(undefined);
            backToInput();
            announce({ tone: 'info', text: 'Đã hủy nhập. Chưa có gì bị thay đổi.', textEn: 'Import cancelled. Nothing was changed.' });
          }}
        />
      )}
      <StatusNotice notice={notice} onDismiss={() => announce(undefined)} id="backup-status" />
    </div>
  );
}
