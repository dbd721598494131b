/**
 * What an import would do, before doing it: records to add, records with an existing id (profiles) or code (dossiers)
 * whose content differs, and records already identical. The UI shows this and asks before replacing anything.
 */
import type { DossierRecord } from '../dossier/record';
import type { Profile } from '../profile/schema';
import type { Backup } from './format';

export interface Changes<T> {
  added: T[];
  replaced: { before: T; after: T }[];
  unchanged: T[];
}

export interface ImportPlan {
  profiles: Changes<Profile>;
  dossiers: Changes<DossierRecord>;
}

/** JSON with sorted keys, so two records equal in content compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function diff<T>(existing: readonly T[], incoming: readonly T[], keyOf: (record: T) => string): Changes<T> {
  const byKey = new Map(existing.map((r) => [keyOf(r), r]));
  const changes: Changes<T> = { added: [], replaced: [], unchanged: [] };
  for (const after of incoming) {
    const before = byKey.get(keyOf(after));
    if (before === undefined) changes.added.push(after);
    else if (canonical(before) === canonical(after)) changes.unchanged.push(after);
    else changes.replaced.push({ before, after });
  }
  return changes;
}

export function planImport(
  existing: { profiles: readonly Profile[]; dossiers: readonly DossierRecord[] },
  backup: Pick<Backup, 'profiles' | 'dossiers'>,
): ImportPlan {
  return {
    profiles: diff(existing.profiles, backup.profiles, (p) => p.id),
    dossiers: diff(existing.dossiers, backup.dossiers, (d) => d.code),
  };
}

/** The plan in one Vietnamese (and English) sentence, with the rule for existing records stated. */
export function describePlan(plan: ImportPlan): { vi: string; en: string } {
  const p = plan.profiles;
  const d = plan.dossiers;
  const vi = [
    `Sẽ thêm ${p.added.length} hồ sơ cá nhân và ${d.added.length} mã hồ sơ.`,
    p.replaced.length + d.replaced.length > 0
      ? `${p.replaced.length} hồ sơ cá nhân và ${d.replaced.length} mã hồ sơ đã có nhưng khác nội dung: chỉ được thay khi bạn chọn "Thay thế", nếu không sẽ giữ bản đang có.`
      : '',
    p.unchanged.length + d.unchanged.length > 0
      ? `${p.unchanged.length} hồ sơ cá nhân và ${d.unchanged.length} mã hồ sơ đã có, giống hệt, sẽ giữ nguyên.`
      : '',
  ];
  const en = [
    `Will add ${p.added.length} profiles and ${d.added.length} dossier codes.`,
    p.replaced.length + d.replaced.length > 0
      ? `${p.replaced.length} profiles and ${d.replaced.length} dossiers exist with different content: replaced only if you choose "Replace", otherwise the current ones are kept.`
      : '',
    p.unchanged.length + d.unchanged.length > 0
      ? `${p.unchanged.length} profiles and ${d.unchanged.length} dossiers already exist unchanged and are kept.`
      : '',
  ];
  return { vi: vi.filter((s) => s !== '').join(' '), en: en.filter((s) => s !== '').join(' ') };
}
