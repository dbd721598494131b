import { browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { applyImport, describePlan, exportBackup, importBackup, parseBackup, planImport } from '../../../utils/backup';
import type { Backup } from '../../../utils/backup';
import { listProfiles, saveProfile } from '../../../utils/profile';
import { an, backupText, dossier, dossier2, hoa, MemoryDossierSink, tenProfiles, TODAY } from './fixtures';

const storageSnapshot = async () => JSON.stringify(await browser.storage.local.get(null));

function parsed(text: string): Backup {
  const result = parseBackup(text, { today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.backup;
}

describe('import atomicity', () => {
  it('writes nothing when one of ten profiles is bad', async () => {
    await saveProfile(an, { today: TODAY });
    const before = await storageSnapshot();
    const sink = new MemoryDossierSink();
    const profiles = tenProfiles();
    profiles[7] = { ...profiles[7]!, phone: '01681234567' };

    const report = await importBackup(backupText({ profiles, dossiers: [dossier] }), { replaceProfileIds: 'all' }, sink, { today: TODAY });

    expect(report.ok).toBe(false);
    expect(!report.ok && report.errors.map((e) => [e.entry, e.field])).toEqual([['profiles[7]', 'phone']]);
    expect(!report.ok && report.errors[0]?.message).toContain('Số mới là 0381234567');
    expect(await storageSnapshot()).toBe(before);
    expect(sink.putCalls).toBe(0);
    expect(sink.records.size).toBe(0);
  });

  it('writes all ten profiles in one storage write when the file is good', async () => {
    let writes = 0;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && 'profiles' in changes) writes += 1;
    });
    const report = await importBackup(backupText({ profiles: tenProfiles() }), {}, undefined, { today: TODAY });
    expect(report.ok && report.profiles.added).toHaveLength(10);
    expect(writes).toBe(1);
    expect((await listProfiles()).profiles).toHaveLength(10);
  });

  it('writes no profile when the dossier store fails', async () => {
    const sink = new MemoryDossierSink();
    sink.failNextPut = new Error('QuotaExceededError');
    const before = await storageSnapshot();
    const report = await importBackup(exportBackup([an], [dossier]), {}, sink, { today: TODAY });
    expect(report.ok).toBe(false);
    expect(!report.ok && report.errors[0]?.message).toContain('Chưa có gì bị thay đổi');
    expect(await storageSnapshot()).toBe(before);
  });

  it('refuses to import dossiers without a dossier store, changing nothing', async () => {
    const report = await importBackup(exportBackup([an], [dossier]), {}, undefined, { today: TODAY });
    expect(report.ok).toBe(false);
    expect((await listProfiles()).profiles).toEqual([]);
  });

  it('refuses to write into a profile store from a newer version', async () => {
    const newer = { schemaVersion: 7, profiles: [] };
    await browser.storage.local.set({ profiles: newer });
    const report = await importBackup(exportBackup([an], []), {}, undefined, { today: TODAY });
    expect(report.ok).toBe(false);
    expect(!report.ok && report.errors[0]?.message).toContain('phiên bản mới hơn');
    expect((await browser.storage.local.get('profiles')).profiles).toEqual(newer);
  });
});

describe('planning an import', () => {
  it('sorts records into added, replaced (same id, different content) and unchanged', () => {
    const backup = parsed(exportBackup([an, { ...hoa, phone: '0912345678' }, tenProfiles()[0]!], [dossier, dossier2]));
    const plan = planImport({ profiles: [an, hoa], dossiers: [dossier] }, backup);
    expect(plan.profiles.added.map((p) => p.id)).toEqual(['p-0']);
    expect(plan.profiles.replaced.map((r) => [r.before.phone, r.after.phone])).toEqual([['0387654321', '0912345678']]);
    expect(plan.profiles.unchanged.map((p) => p.id)).toEqual(['p-an']);
    expect(plan.dossiers.added.map((d) => d.code)).toEqual([dossier2.code]);
    expect(plan.dossiers.unchanged.map((d) => d.code)).toEqual([dossier.code]);
  });

  it('treats key order as irrelevant', () => {
    const reordered = Object.fromEntries(Object.entries(an).reverse()) as typeof an;
    const plan = planImport({ profiles: [reordered], dossiers: [] }, { profiles: [an], dossiers: [] });
    expect(plan.profiles.unchanged).toHaveLength(1);
  });

  it('states the rule for existing records in its description', () => {
    const plan = planImport({ profiles: [hoa], dossiers: [] }, { profiles: [an, { ...hoa, label: 'Vợ' }], dossiers: [dossier] });
    expect(describePlan(plan).vi).toBe(
      'Sẽ thêm 1 hồ sơ cá nhân và 1 mã hồ sơ. 1 hồ sơ cá nhân và 0 mã hồ sơ đã có nhưng khác nội dung: chỉ được thay khi bạn chọn "Thay thế", nếu không sẽ giữ bản đang có.',
    );
  });
});

describe('applying an import', () => {
  it('adds new records, keeps existing ones unless their replacement is confirmed, and reports it', async () => {
    await saveProfile(an, { today: TODAY });
    await saveProfile(hoa, { today: TODAY });
    const sink = new MemoryDossierSink([dossier]);
    const changedDossier = { ...dossier, label: 'Lý lịch tư pháp' };
    const backup = parsed(exportBackup([{ ...an, label: 'Tôi' }, { ...hoa, label: 'Vợ' }, tenProfiles()[0]!], [changedDossier, dossier2]));

    const report = await applyImport(backup, { replaceProfileIds: ['p-hoa'] }, sink);
    expect(report).toMatchObject({
      ok: true,
      profiles: { added: ['p-0'], replaced: ['p-hoa'], kept: ['p-an'], unchanged: [] },
      dossiers: { added: [dossier2.code], replaced: [], kept: [dossier.code], unchanged: [] },
    });
    expect(report.ok && report.summary.vi).toBe(
      'Đã thêm 1 hồ sơ cá nhân, thay thế 1, giữ nguyên 1 hồ sơ đang có; đã thêm 1 mã hồ sơ, thay thế 0, giữ nguyên 1 mã đang có.',
    );
    const labels = (await listProfiles()).profiles.map((p) => [p.profile.id, p.profile.label]);
    expect(labels).toEqual([['p-an', 'Bản thân'], ['p-hoa', 'Vợ'], ['p-0', undefined]]);
    expect(sink.records.get(dossier.code)?.label).toBeUndefined();
    expect(sink.records.has(dossier2.code)).toBe(true);
  });

  it('replaces everything when told "all"', async () => {
    await saveProfile(an, { today: TODAY });
    const sink = new MemoryDossierSink([dossier]);
    const backup = parsed(exportBackup([{ ...an, label: 'Tôi' }], [{ ...dossier, label: 'LLTP' }]));
    const report = await applyImport(backup, { replaceProfileIds: 'all', replaceDossierCodes: 'all' }, sink);
    expect(report.ok && [report.profiles.replaced, report.dossiers.replaced]).toEqual([['p-an'], [dossier.code]]);
    expect((await listProfiles()).profiles[0]?.profile.label).toBe('Tôi');
    expect(sink.records.get(dossier.code)?.label).toBe('LLTP');
  });

  it('keeps unknown profile keys through the whole round trip', async () => {
    await importBackup(backupText({ profiles: [{ ...an, bloodType: 'O' }] }), {}, undefined, { today: TODAY });
    const stored = (await listProfiles()).profiles[0]?.profile as Record<string, unknown> | undefined;
    expect(stored?.bloodType).toBe('O');
  });

  it('leaves session profiles alone', async () => {
    await saveProfile(an, { today: TODAY, session: true });
    const report = await importBackup(exportBackup([hoa], []), {}, undefined, { today: TODAY });
    expect(report.ok && report.profiles.added).toEqual(['p-hoa']);
    expect((await listProfiles()).profiles.map((p) => [p.profile.id, p.session])).toEqual([['p-hoa', false], ['p-an', true]]);
  });
});
