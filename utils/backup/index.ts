// Backup format v1 (README.md (Backup format v1)): export, parse and validate, plan, apply.
export { BACKUP_FORMAT, BACKUP_VERSION } from './format';
export type { Backup, BackupIssue } from './format';
export { exportBackup, backupFileName, BACKUP_MIME_TYPE } from './export';
export { parseBackup, MAX_BACKUP_CHARS } from './parse';
export type { ParseResult, ParseOptions } from './parse';
export { planImport, describePlan } from './plan';
export type { ImportPlan, Changes } from './plan';
export { applyImport, importBackup } from './apply';
export type { DossierSink, ImportDecisions, ImportCounts, ImportReport } from './apply';
