/**
 * "Sao lưu và khôi phục": wires the backup panel to profile storage and the dossier store. Session-only (volunteer)
 * profiles are never exported or touched by an import.
 */
import { BackupPanel } from '../../components/backup/BackupPanel';
import type { ImportPreview } from '../../components/backup/types';
import {
  applyImport, BACKUP_MIME_TYPE, backupFileName, exportBackup, parseBackup, planImport,
} from '../../utils/backup';
import type { Backup, ImportDecisions, ImportReport } from '../../utils/backup';
import { listProfiles, setActiveProfile } from '../../utils/profile';
import type { Profile } from '../../utils/profile';
import { downloadText } from './download';
import { dossierReader, dossierSink } from './dossiers';

async function householdProfiles(): Promise<Profile[]> {
  return (await listProfiles()).profiles.filter((p) => !p.session).map((p) => p.profile);
}

async function exportNow(): Promise<{ vi: string; en: string }> {
  const [profiles, dossiers] = await Promise.all([householdProfiles(), dossierReader().then((r) => r.exportAll())]);
  const name = backupFileName();
  downloadText(exportBackup(profiles, dossiers.records), name, BACKUP_MIME_TYPE);
  const skipped = dossiers.skipped.length > 0 ? ` ${dossiers.skipped.length} mã hồ sơ bị hỏng không được xuất.` : '';
  return {
    vi: `Đã xuất ${profiles.length} hồ sơ cá nhân và ${dossiers.records.length} mã hồ sơ vào tệp ${name} (thư mục Tải xuống).${skipped}`,
    en: `Exported ${profiles.length} profiles and ${dossiers.records.length} dossier codes to ${name} (Downloads folder).`,
  };
}

async function preview(text: string): Promise<ImportPreview> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const [profiles, dossiers] = await Promise.all([householdProfiles(), dossierSink.list()]);
  return { ok: true, backup: parsed.backup, warnings: parsed.warnings, plan: planImport({ profiles, dossiers }, parsed.backup) };
}

async function apply(backup: Backup, decisions: ImportDecisions): Promise<ImportReport> {
  const report = await applyImport(backup, decisions, dossierSink);
  if (report.ok) {
    // As with the first saved profile: when nobody is chosen for filling forms yet, the first one is.
    const list = await listProfiles();
    const first = list.profiles.find((p) => !p.session);
    if (list.activeProfileId === undefined && first !== undefined) await setActiveProfile(first.profile.id);
  }
  return report;
}

export function BackupSection() {
  return (
    <section class="page-section" aria-label="Sao lưu và khôi phục">
      <h2 id="backup-title">
        Sao lưu và khôi phục
        <span class="en" lang="en">Backup and restore</span>
      </h2>
      <BackupPanel onExport={exportNow} onPreview={preview} onApply={apply} />
    </section>
  );
}
