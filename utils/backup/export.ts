/** Writing a backup file (format v1). The UI turns the text into a download (Blob, type application/json). */
import type { DossierRecord } from '../dossier/record';
import type { Profile } from '../profile/schema';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
import type { Backup } from './format';

/** The file's text: pretty-printed JSON (people open backups in editors), UTF-8, trailing newline. */
export function exportBackup(profiles: readonly Profile[], dossiers: readonly DossierRecord[], now: Date = new Date()): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    profiles: [...profiles],
    dossiers: [...dossiers],
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export const BACKUP_MIME_TYPE = 'application/json';

/** "tro-ly-dvc-sao-luu-2025-11-28.json" (local date, so a backup made at 23:30 carries that day). */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `tro-ly-dvc-sao-luu-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
