import type { Backup, BackupIssue, ImportPlan } from '../../utils/backup';

/** A chosen file read and checked against what is stored, before anything is written. */
export type ImportPreview =
  | { ok: false; errors: BackupIssue[]; warnings: BackupIssue[] }
  | { ok: true; backup: Backup; plan: ImportPlan; warnings: BackupIssue[] };

/** The rule for existing records, stated on screen wherever an import may touch them. */
export const REPLACE_RULE =
  'Hồ sơ cá nhân hoặc mã hồ sơ đã có (cùng mã) được giữ nguyên, trừ khi bạn đánh dấu "Thay thế" cho mục đó (hoặc "Thay thế tất cả").';
export const REPLACE_RULE_EN =
  'A profile or dossier that already exists (same id or code) is kept unless you tick "Thay thế" (replace) for it, or for all.';
