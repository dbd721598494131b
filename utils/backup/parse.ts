/**
 * Reading a backup file. The whole file is validated before anything is written: structure (zod), then every
 * profile with the same rules as the editor (errors block the whole import). Each problem names its entry and field
 * in Vietnamese. Unknown keys are ignored at the top level and kept inside profiles and dossiers.
 */
import { DossierRecord } from '../dossier/record';
import { fieldLabel } from '../profile/issue';
import { normalizeProfile } from '../profile/normalize';
import { Profile } from '../profile/schema';
import { describeSchemaIssues } from '../profile/schema-issues';
import { validateProfile } from '../profile/validate';
import { BACKUP_FORMAT, BACKUP_VERSION } from './format';
import type { Backup, BackupIssue } from './format';

export type ParseResult =
  | { ok: true; backup: Backup; warnings: BackupIssue[] }
  | { ok: false; errors: BackupIssue[]; warnings: BackupIssue[] };

export interface ParseOptions {
  /** Today as ISO, for the date rules (tests pin it). */
  today?: string;
}

/** Larger than any real household's backup by far; refusing early keeps a wrong file from freezing the page. */
export const MAX_BACKUP_CHARS = 20_000_000;

const KNOWN_TOP_KEYS = new Set(['format', 'version', 'exportedAt', 'profiles', 'dossiers']);

const DOSSIER_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  code: ['Mã hồ sơ', 'Dossier code'],
  ownerIdNumber: ['Số định danh người nộp', 'Owner ID number'],
  ownerName: ['Tên người nộp', 'Owner name'],
  procedure: ['Thủ tục', 'Procedure'],
  agency: ['Cơ quan', 'Agency'],
  receivedDate: ['Ngày tiếp nhận', 'Date received'],
  dueDate: ['Ngày hẹn trả', 'Due date'],
  sourceUrl: ['Trang nguồn', 'Source page'],
  savedAt: ['Thời điểm lưu', 'Saved at'],
  updatedAt: ['Thời điểm cập nhật', 'Updated at'],
  note: ['Ghi chú', 'Note'],
  label: ['Tên gợi nhớ', 'Label'],
  history: ['Lịch sử tra cứu', 'Lookup history'],
  checkedAt: ['Thời điểm tra cứu', 'Checked at'],
  statusText: ['Trạng thái', 'Status'],
  steps: ['Các bước xử lý', 'Processing steps'],
};

function dossierLabel(path: string): { vi: string; en: string } {
  const parts = path.split('.');
  return {
    vi: parts.map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : DOSSIER_LABELS[p]?.[0] ?? p)).join(' › '),
    en: parts.map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : DOSSIER_LABELS[p]?.[1] ?? p)).join(' › '),
  };
}

function fileError(message: string, messageEn: string): ParseResult {
  return { ok: false, errors: [{ entry: 'file', message, messageEn }], warnings: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function located(entry: string, field: string, message: string, messageEn: string): BackupIssue {
  return field === '' ? { entry, message, messageEn } : { entry, field, message, messageEn };
}

export function parseBackup(text: string, options: ParseOptions = {}): ParseResult {
  if (text.length > MAX_BACKUP_CHARS) {
    return fileError('Tệp quá lớn để là bản sao lưu của tiện ích.', 'The file is too large to be a backup of this extension.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fileError(
      `Tệp không phải JSON hợp lệ (có thể bị cắt ngắn hoặc bị sửa tay): ${detail}`,
      `The file is not valid JSON (it may be truncated or hand-edited): ${detail}`,
    );
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    return fileError(
      'Tệp này không phải bản sao lưu của Trợ lý Dịch vụ công Thanh Hóa (thiếu hoặc sai trường "format").',
      'This file is not a backup of Trợ lý Dịch vụ công Thanh Hóa (missing or wrong "format").',
    );
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fileError(`Phiên bản định dạng "${String(version)}" không hợp lệ.`, `Invalid format version "${String(version)}".`);
  }
  if (version > BACKUP_VERSION) {
    return fileError(
      `Tệp sao lưu được tạo bởi phiên bản mới hơn của tiện ích (định dạng v${version}; phiên bản này đọc được v${BACKUP_VERSION}). Hãy cập nhật tiện ích rồi nhập lại. Chưa có gì bị thay đổi.`,
      `The backup was made by a newer version of the extension (format v${version}; this one reads v${BACKUP_VERSION}). Update the extension and import again. Nothing was changed.`,
    );
  }

  const errors: BackupIssue[] = [];
  const warnings: BackupIssue[] = [];
  const unknownKeys = Object.keys(data).filter((k) => !KNOWN_TOP_KEYS.has(k));
  if (unknownKeys.length > 0) {
    warnings.push({
      entry: 'file',
      message: `Bỏ qua các mục không dùng tới: ${unknownKeys.join(', ')}.`,
      messageEn: `Ignored unused keys: ${unknownKeys.join(', ')}.`,
    });
  }
  const exportedAt = typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : undefined;
  if (exportedAt === undefined) {
    warnings.push({ entry: 'file', field: 'exportedAt', message: 'Tệp không ghi rõ thời điểm sao lưu.', messageEn: 'The file does not say when it was made.' });
  }

  const profiles: Profile[] = [];
  if (!Array.isArray(data.profiles)) {
    errors.push({ entry: 'file', field: 'profiles', message: 'Thiếu danh sách hồ sơ cá nhân ("profiles").', messageEn: 'The profile list ("profiles") is missing.' });
  } else {
    const firstIndexOfId = new Map<string, number>();
    data.profiles.forEach((raw: unknown, index) => {
      const entry = `profiles[${index}]`;
      const parsed = Profile.safeParse(raw);
      if (!parsed.success) {
        for (const p of describeSchemaIssues(parsed.error.issues, raw, fieldLabel)) errors.push(located(entry, p.field, p.message, p.messageEn));
        return;
      }
      const profile = normalizeProfile(parsed.data);
      const result = validateProfile(profile, options.today === undefined ? {} : { today: options.today });
      for (const e of result.errors) errors.push(located(entry, e.field, `${fieldLabel(e.field).vi}: ${e.message}`, `${fieldLabel(e.field).en}: ${e.messageEn}`));
      for (const w of result.warnings) warnings.push(located(entry, w.field, `${fieldLabel(w.field).vi}: ${w.message}`, `${fieldLabel(w.field).en}: ${w.messageEn}`));
      const earlier = firstIndexOfId.get(profile.id);
      if (earlier !== undefined) {
        errors.push({ entry, field: 'id', message: `Trùng mã "${profile.id}" với profiles[${earlier}].`, messageEn: `Same id "${profile.id}" as profiles[${earlier}].` });
      } else {
        firstIndexOfId.set(profile.id, index);
      }
      profiles.push(profile);
    });
  }

  const dossiers: DossierRecord[] = [];
  if (data.dossiers !== undefined && !Array.isArray(data.dossiers)) {
    errors.push({ entry: 'file', field: 'dossiers', message: 'Mục "dossiers" phải là một danh sách.', messageEn: '"dossiers" must be a list.' });
  } else {
    const firstIndexOfCode = new Map<string, number>();
    (data.dossiers ?? []).forEach((raw: unknown, index: number) => {
      const entry = `dossiers[${index}]`;
      const parsed = DossierRecord.safeParse(raw);
      if (!parsed.success) {
        for (const p of describeSchemaIssues(parsed.error.issues, raw, dossierLabel)) errors.push(located(entry, p.field, p.message, p.messageEn));
        return;
      }
      const earlier = firstIndexOfCode.get(parsed.data.code);
      if (earlier !== undefined) {
        errors.push({ entry, field: 'code', message: `Trùng mã hồ sơ "${parsed.data.code}" với dossiers[${earlier}].`, messageEn: `Same dossier code "${parsed.data.code}" as dossiers[${earlier}].` });
      } else {
        firstIndexOfCode.set(parsed.data.code, index);
      }
      dossiers.push(parsed.data);
    });
  }

  if (errors.length > 0) return { ok: false, errors, warnings };
  return {
    ok: true,
    warnings,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt ?? '', profiles, dossiers },
  };
}
