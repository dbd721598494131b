import { browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { listProfiles, migrateProfileDocument, PROFILE_SCHEMA_VERSION, saveProfile } from '../../../utils/profile';
import { an, TODAY } from './fixtures';

describe('profile document migrations', () => {
  it('is at version 1 for the first release', () => {
    expect(PROFILE_SCHEMA_VERSION).toBe(1);
  });

  it('starts an empty current document when nothing is stored', () => {
    expect(migrateProfileDocument(undefined)).toEqual({ ok: true, doc: { schemaVersion: 1, profiles: [] }, fromVersion: 1 });
  });

  it('upgrades the unversioned development shape (v0) to v1', () => {
    const v0 = {
      activeId: 'p-an',
      profiles: [{ id: 'p-an', fullName: 'Nguyễn Văn An', gender: 'nam', permanentAddress: 'Số 12, Phường Hạc Thành, Tỉnh Thanh Hóa' }],
    };
    const result = migrateProfileDocument(v0);
    expect(result).toEqual({
      ok: true,
      fromVersion: 0,
      doc: {
        schemaVersion: 1,
        activeProfileId: 'p-an',
        profiles: [{ id: 'p-an', fullName: 'Nguyễn Văn An', gender: 'male', permanentAddress: { street: 'Số 12, Phường Hạc Thành, Tỉnh Thanh Hóa' } }],
      },
    });
  });

  it('upgrades a bare v0 array of profiles, "nữ" becoming female', () => {
    const result = migrateProfileDocument([{ id: 'p-hoa', fullName: 'Trần Thị Hoa', gender: 'nữ' }]);
    expect(result.ok && result.doc.profiles).toEqual([{ id: 'p-hoa', fullName: 'Trần Thị Hoa', gender: 'female' }]);
  });

  it('passes a v1 document through unchanged, extra keys included', () => {
    const v1 = { schemaVersion: 1, profiles: [an], activeProfileId: 'p-an', note: 'kept' };
    expect(migrateProfileDocument(v1)).toEqual({ ok: true, doc: v1, fromVersion: 1 });
  });

  it('refuses a newer version with a Vietnamese message', () => {
    const result = migrateProfileDocument({ schemaVersion: 2, profiles: [] });
    expect(result).toMatchObject({ ok: false, code: 'newer', version: 2 });
    expect(!result.ok && result.message).toContain('phiên bản mới hơn');
  });

  it.each([['text'], [42], [{ schemaVersion: 'one', profiles: [] }], [{ schemaVersion: 1, profiles: 'x' }], [{ schemaVersion: -1, profiles: [] }]])(
    'calls %j unreadable',
    (stored) => expect(migrateProfileDocument(stored)).toMatchObject({ ok: false, code: 'unreadable' }),
  );

  it('reads a stored v0 document through the store and writes it back as v1 on the next save', async () => {
    await browser.storage.local.set({ profiles: [{ id: 'p-old', fullName: 'Lê Văn Cường', gender: 'nam' }] });
    const list = await listProfiles();
    expect(list.problems).toEqual([]);
    expect(list.profiles.map((p) => [p.profile.id, p.profile.gender])).toEqual([['p-old', 'male']]);

    await saveProfile(an, { today: TODAY });
    const doc = (await browser.storage.local.get('profiles')).profiles as { schemaVersion: number; profiles: { id: string }[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.profiles.map((p) => p.id)).toEqual(['p-old', 'p-an']);
  });
});
