/**
 * Carrying out a validated import. Profiles go to `browser.storage.local` in one write (all or nothing). Dossiers
 * belong to the dossier store (IndexedDB, written by the background), reached through a `DossierSink`; they are
 * written first, so a failure there leaves profiles untouched.
 *
 * Rule for existing records (state it on screen): a profile or dossier with an id/code that already exists and
 * different content is replaced only when listed in `decisions` (or 'all'); otherwise the current one is kept.
 */
import type { DossierRecord } from '../dossier/record';
import { listProfiles, upsertProfiles } from '../profile/store';
import type { Backup, BackupIssue } from './format';
import { parseBackup } from './parse';
import type { ParseOptions } from './parse';
import { planImport } from './plan';

/** How the import reads and writes dossiers; the lead wires it to the background's dossier store. */
export interface DossierSink {
  list(): Promise<readonly DossierRecord[]>;
  /** Adds or replaces (by code) all records in one transaction. */
  putMany(records: readonly DossierRecord[]): Promise<void>;
}

export interface ImportDecisions {
  /** Ids of existing profiles the user agreed to replace, or 'all'. Default: none. */
  replaceProfileIds?: Iterable<string> | 'all';
  /** Codes of existing dossiers the user agreed to replace, or 'all'. Default: none. */
  replaceDossierCodes?: Iterable<string> | 'all';
}

export interface ImportCounts {
  added: string[];
  replaced: string[];
  /** Existing with different content, kept because replacing was not confirmed. */
  kept: string[];
  unchanged: string[];
}

export type ImportReport =
  | { ok: true; profiles: ImportCounts; dossiers: ImportCounts; summary: { vi: string; en: string } }
  | { ok: false; errors: BackupIssue[]; warnings: BackupIssue[] };

function chosen(decision: Iterable<string> | 'all' | undefined): (key: string) => boolean {
  if (decision === 'all') return () => true;
  const set = new Set(decision ?? []);
  return (key) => set.has(key);
}

function failure(message: string, messageEn: string): ImportReport {
  return { ok: false, errors: [{ entry: 'file', message, messageEn }], warnings: [] };
}

export async function applyImport(backup: Backup, decisions: ImportDecisions = {}, dossierSink?: DossierSink): Promise<ImportReport> {
  if (backup.dossiers.length > 0 && dossierSink === undefined) {
    return failure('Chưa thể nhập mã hồ sơ (kho mã hồ sơ chưa sẵn sàng). Chưa có gì bị thay đổi.', 'Dossiers cannot be imported (no dossier store). Nothing was changed.');
  }
  const current = await listProfiles();
  const refused = current.problems.find((p) => p.area === 'local' && p.code === 'document.newer');
  if (refused !== undefined) return failure(refused.message, refused.messageEn);

  const existingDossiers = dossierSink === undefined ? [] : await dossierSink.list();
  const plan = planImport({ profiles: current.profiles.filter((p) => !p.session).map((p) => p.profile), dossiers: existingDossiers }, backup);
  const replaceProfile = chosen(decisions.replaceProfileIds);
  const replaceDossier = chosen(decisions.replaceDossierCodes);

  const profilesToWrite = [...plan.profiles.added, ...plan.profiles.replaced.filter((r) => replaceProfile(r.after.id)).map((r) => r.after)];
  const dossiersToWrite = [...plan.dossiers.added, ...plan.dossiers.replaced.filter((r) => replaceDossier(r.after.code)).map((r) => r.after)];

  if (dossiersToWrite.length > 0 && dossierSink !== undefined) {
    try {
      await dossierSink.putMany(dossiersToWrite);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failure(`Không ghi được mã hồ sơ (${detail}). Chưa có gì bị thay đổi.`, `Dossiers could not be written (${detail}). Nothing was changed.`);
    }
  }
  if (profilesToWrite.length > 0) {
    try {
      await upsertProfiles(profilesToWrite);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const partial = dossiersToWrite.length > 0 ? ` ${dossiersToWrite.length} mã hồ sơ đã được ghi.` : ' Chưa có gì bị thay đổi.';
      return failure(`Không ghi được hồ sơ cá nhân (${detail}).${partial}`, `Profiles could not be written (${detail}).`);
    }
  }

  const profiles: ImportCounts = {
    added: plan.profiles.added.map((p) => p.id),
    replaced: plan.profiles.replaced.filter((r) => replaceProfile(r.after.id)).map((r) => r.after.id),
    kept: plan.profiles.replaced.filter((r) => !replaceProfile(r.after.id)).map((r) => r.after.id),
    unchanged: plan.profiles.unchanged.map((p) => p.id),
  };
  const dossiers: ImportCounts = {
    added: plan.dossiers.added.map((d) => d.code),
    replaced: plan.dossiers.replaced.filter((r) => replaceDossier(r.after.code)).map((r) => r.after.code),
    kept: plan.dossiers.replaced.filter((r) => !replaceDossier(r.after.code)).map((r) => r.after.code),
    unchanged: plan.dossiers.unchanged.map((d) => d.code),
  };
  return { ok: true, profiles, dossiers, summary: summarize(profiles, dossiers) };
}

function summarize(p: ImportCounts, d: ImportCounts): { vi: string; en: string } {
  const keptP = p.kept.length > 0 ? `, giữ nguyên ${p.kept.length} hồ sơ đang có` : '';
  const keptD = d.kept.length > 0 ? `, giữ nguyên ${d.kept.length} mã đang có` : '';
  const keptPEn = p.kept.length > 0 ? `, kept ${p.kept.length} existing` : '';
  const keptDEn = d.kept.length > 0 ? `, kept ${d.kept.length} existing` : '';
  return {
    vi: `Đã thêm ${p.added.length} hồ sơ cá nhân, thay thế ${p.replaced.length}${keptP}; đã thêm ${d.added.length} mã hồ sơ, thay thế ${d.replaced.length}${keptD}.`,
    en: `Added ${p.added.length} profiles, replaced ${p.replaced.length}${keptPEn}; added ${d.added.length} dossiers, replaced ${d.replaced.length}${keptDEn}.`,
  };
}

/** Parse, validate and apply in one go: an invalid file changes nothing and returns every problem found. */
export async function importBackup(
  text: string,
  decisions: ImportDecisions = {},
  dossierSink?: DossierSink,
  options: ParseOptions = {},
): Promise<ImportReport> {
  const parsed = parseBackup(text, options);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: parsed.warnings };
  return applyImport(parsed.backup, decisions, dossierSink);
}
