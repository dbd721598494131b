/**
 * Words for the import screens: which entry of a file a problem is in, what would change when a record is replaced,
 * and what an import did, named by person and code rather than by count only.
 */
import type { Backup, ImportCounts } from '../../utils/backup';
import type { Profile } from '../../utils/profile';
import { formatDisplayDate } from '../../utils/text';
import { pathLabel } from '../profile/fields';
import { profileTitle } from '../profile/ProfileList';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The file's JSON when it is JSON at all, to name entries ("Hồ sơ cá nhân thứ 2 (Lê Văn Bình)") in error lists. */
export function readJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** "profiles[1]" → "Hồ sơ cá nhân thứ 2 (Lê Văn Bình)"; "dossiers[0]" → "Mã hồ sơ thứ 1 (000.00…)"; "file" → "Tệp". */
export function entryTitle(entry: string, data: unknown): string {
  const m = /^(profiles|dossiers)\[(\d+)\]$/.exec(entry);
  if (m === null) return entry === 'file' ? 'Tệp' : entry;
  const index = Number(m[2]);
  const list = isRecord(data) ? data[m[1] ?? ''] : undefined;
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  if (m[1] === 'profiles') {
    const name = isRecord(item) && typeof item.fullName === 'string' && item.fullName.trim() !== '' ? ` (${item.fullName.trim()})` : '';
    return `Hồ sơ cá nhân thứ ${index + 1}${name}`;
  }
  const code = isRecord(item) && typeof item.code === 'string' && item.code.trim() !== '' ? ` (${item.code.trim()})` : '';
  return `Mã hồ sơ thứ ${index + 1}${code}`;
}

const DOSSIER_LABELS: Readonly<Record<string, string>> = {
  ownerIdNumber: 'Số định danh người nộp', ownerName: 'Tên người nộp', ownerAddress: 'Địa chỉ người nộp', procedure: 'Thủ tục',
  agency: 'Cơ quan', receivedDate: 'Ngày tiếp nhận', dueDate: 'Ngày hẹn trả', sourceUrl: 'Trang nguồn', savedAt: 'Thời điểm lưu',
  updatedAt: 'Thời điểm cập nhật', note: 'Ghi chú', label: 'Tên gợi nhớ', history: 'Lịch sử tra cứu', source: 'Cách lưu',
  lastCheckedAt: 'Lần tra cứu gần nhất', seenAt: 'Lần xem gần nhất',
};

export interface FieldChange {
  path: string;
  label: string;
  before: string;
  after: string;
}

function shown(value: unknown): string {
  if (value === undefined) return '(trống)';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDisplayDate(value) ?? value : value;
  if (Array.isArray(value)) return `${value.length} mục`;
  return JSON.stringify(value);
}

/** Leaf values by dot path; lists stay whole (compared as JSON, shown by their length). */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isRecord(value)) {
    for (const [key, v] of Object.entries(value)) flatten(v, prefix === '' ? key : `${prefix}.${key}`, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** The fields that differ between the record kept now and the one in the file. */
export function changedFields(kind: 'profile' | 'dossier', before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => JSON.stringify(a.get(p)) !== JSON.stringify(b.get(p)))
    .map((path) => ({
      path,
      label: kind === 'profile' ? pathLabel(path) : DOSSIER_LABELS[path] ?? path,
      before: shown(a.get(path)),
      after: shown(b.get(path)),
    }));
}

/** What an import did, as sentences naming people and codes. */
export function reportLines(profiles: ImportCounts, dossiers: ImportCounts, backup: Backup): string[] {
  const byId = new Map<string, Profile>(backup.profiles.map((p) => [p.id, p]));
  const names = (ids: readonly string[]): string => ids.map((id) => { const p = byId.get(id); return p === undefined ? id : profileTitle(p); }).join('; ');
  const lines: string[] = [];
  if (profiles.added.length > 0) lines.push(`Đã thêm: ${names(profiles.added)}.`);
  if (profiles.replaced.length > 0) lines.push(`Đã thay thế: ${names(profiles.replaced)}.`);
  if (profiles.kept.length > 0) lines.push(`Giữ nguyên bản đang có (không chọn "Thay thế"): ${names(profiles.kept)}.`);
  if (profiles.unchanged.length > 0) lines.push(`Đã có sẵn, giống hệt: ${names(profiles.unchanged)}.`);
  if (dossiers.added.length > 0) lines.push(`Mã hồ sơ đã thêm: ${dossiers.added.join('; ')}.`);
  if (dossiers.replaced.length > 0) lines.push(`Mã hồ sơ đã thay thế: ${dossiers.replaced.join('; ')}.`);
  if (dossiers.kept.length > 0) lines.push(`Mã hồ sơ giữ nguyên bản đang có: ${dossiers.kept.join('; ')}.`);
  return lines;
}
