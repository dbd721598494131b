/**
 * Backup format v1, a public contract (see README.md (Backup format v1)): add keys in later minor changes, never rename; a breaking
 * change bumps `version`, and older extensions refuse newer files with a clear message.
 */
import type { DossierRecord } from '../dossier/record';
import type { Profile } from '../profile/schema';

export const BACKUP_FORMAT = 'tro-ly-dvc-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
  profiles: Profile[];
  dossiers: DossierRecord[];
}

/** A problem in a backup file, located by entry ('file', 'profiles[3]', 'dossiers[0]') and field ('idNumber'). */
export interface BackupIssue {
  entry: string;
  field?: string;
  message: string;
  messageEn: string;
}
