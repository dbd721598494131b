import { browser } from 'wxt/browser';
import { describe, expect, it, vi } from 'vitest';
import {
  clearSessionProfiles, duplicateProfile, getActiveProfile, getProfile, listProfiles, onProfilesChanged, PROFILE_SCHEMA_VERSION,
  removeProfile, restoreProfile, saveProfile, setActiveProfile,
} from '../../../utils/profile';
import type { Profile } from '../../../utils/profile';
import { an, hoa, TODAY } from './fixtures';

const opts = { today: TODAY };
const stored = async (): Promise<unknown> => (await browser.storage.local.get('profiles')).profiles;

describe('saving profiles', () => {
  it('writes one versioned document and makes the first profile active', async () => {
    const result = await saveProfile(an, opts);
    expect(result.ok && result.created).toBe(true);
    expect(await stored()).toEqual({ schemaVersion: PROFILE_SCHEMA_VERSION, profiles: [an], activeProfileId: an.id });
    expect((await getActiveProfile())?.profile.fullName).toBe('Nguyễn Văn An');
  });

  it('normalises before writing (NFD name, +84 phone)', async () => {
    await saveProfile({ ...hoa, fullName: ' Trần  Thị Hoa '.normalize('NFD'), phone: '+84 387 654 321' }, opts);
    const saved = (await getProfile(hoa.id))?.profile;
    expect(saved?.fullName).toBe('Trần Thị Hoa');
    expect(saved?.fullName).toBe(saved?.fullName.normalize('NFC'));
    expect(saved?.phone).toBe('0387654321');
  });

  it('refuses a profile with errors and writes nothing', async () => {
    const result = await saveProfile({ ...an, idNumber: '038290001234' }, opts);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['idNumber.centuryDigit']);
    expect(await stored()).toBeUndefined();
  });

  it('needs only id and full name, and still reports warnings', async () => {
    const result = await saveProfile({ id: 'p-min', fullName: 'Lê Văn Cường', ethnicity: 'Kinhh' }, opts);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['ethnicity.unknown']);
  });

  it('refuses an empty full name with a schema-level message', async () => {
    const result = await saveProfile({ id: 'p-x', fullName: '  ' }, opts);
    expect(!result.ok && result.errors.map((e) => e.field)).toContain('fullName');
  });

  it('replaces a profile with the same id in place', async () => {
    await saveProfile(an, opts);
    await saveProfile(hoa, opts);
    const result = await saveProfile({ ...an, phone: '0381234567' }, opts);
    expect(result.ok && result.created).toBe(false);
    const list = await listProfiles();
    expect(list.profiles.map((p) => [p.profile.id, p.profile.phone])).toEqual([['p-an', '0381234567'], ['p-hoa', '0387654321']]);
  });
});

describe('reading a store with a damaged record', () => {
  it('reports the damaged record in Vietnamese, skips it and keeps it on the next write', async () => {
    const damaged = { id: 'p-bad', fullName: 42, birthDate: '15/03/1990' };
    await browser.storage.local.set({ profiles: { schemaVersion: 1, profiles: [an, damaged, hoa], activeProfileId: 'p-hoa' } });

    const list = await listProfiles();
    expect(list.profiles.map((p) => p.profile.id)).toEqual(['p-an', 'p-hoa']);
    expect(list.activeProfileId).toBe('p-hoa');
    expect(list.problems).toHaveLength(1);
    expect(list.problems[0]).toMatchObject({ area: 'local', code: 'record.invalid', index: 1, id: 'p-bad' });
    expect(list.problems[0]?.message).toContain('Hồ sơ thứ 2 (mã p-bad) bị hỏng');
    expect(list.problems[0]?.fields?.map((f) => f.field)).toEqual(['fullName', 'birthDate']);

    await saveProfile({ ...an, label: 'Tôi' }, opts);
    const doc = (await stored()) as { profiles: unknown[] };
    expect(doc.profiles[1]).toEqual(damaged);
  });

  it('reports a duplicated id once and shows the first record', async () => {
    await browser.storage.local.set({ profiles: { schemaVersion: 1, profiles: [an, { ...an, fullName: 'Khác' }] } });
    const list = await listProfiles();
    expect(list.profiles.map((p) => p.profile.fullName)).toEqual(['Nguyễn Văn An']);
    expect(list.problems.map((p) => p.code)).toEqual(['record.duplicateId']);
  });

  it('sets an unreadable document aside instead of overwriting it', async () => {
    await browser.storage.local.set({ profiles: 'not a document' });
    const list = await listProfiles();
    expect(list.profiles).toEqual([]);
    expect(list.problems.map((p) => p.code)).toEqual(['document.unreadable']);

    await saveProfile(an, opts);
    const all = await browser.storage.local.get(null);
    const asideKey = Object.keys(all).find((k) => k.startsWith('profiles.unreadable.local.'));
    expect(asideKey).toBeDefined();
    expect(all[asideKey ?? '']).toBe('not a document');
    expect((await listProfiles()).profiles.map((p) => p.profile.id)).toEqual(['p-an']);
  });

  it('refuses to write over a document from a newer version and leaves it intact', async () => {
    const newer = { schemaVersion: 99, profiles: [{ id: 'p-future', fullName: 'Người Tương Lai', newField: 1 }] };
    await browser.storage.local.set({ profiles: newer });
    const list = await listProfiles();
    expect(list.problems.map((p) => p.code)).toEqual(['document.newer']);
    expect(list.problems[0]?.message).toContain('phiên bản mới hơn');

    const result = await saveProfile(an, opts);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(['store.refused']);
    expect(await stored()).toEqual(newer);
  });
});

describe('remove, undo, duplicate and the active profile', () => {
  it('removes a profile and restores it at the same place, active again', async () => {
    await saveProfile(an, opts);
    await saveProfile(hoa, opts);
    const removed = await removeProfile('p-an');
    expect(removed).toMatchObject({ profile: { id: 'p-an' }, session: false, index: 0, wasActive: true });
    expect((await listProfiles()).activeProfileId).toBeUndefined();

    expect(await restoreProfile(removed as NonNullable<typeof removed>)).toBe(true);
    const list = await listProfiles();
    expect(list.profiles.map((p) => p.profile.id)).toEqual(['p-an', 'p-hoa']);
    expect(list.activeProfileId).toBe('p-an');
  });

  it('does not restore over a profile that has the id again', async () => {
    await saveProfile(an, opts);
    const removed = await removeProfile('p-an');
    await saveProfile({ ...an, fullName: 'Nguyễn Văn Ân' }, opts);
    expect(await restoreProfile(removed as NonNullable<typeof removed>)).toBe(false);
    expect((await getProfile('p-an'))?.profile.fullName).toBe('Nguyễn Văn Ân');
  });

  it('returns undefined when removing an unknown id', async () => {
    expect(await removeProfile('nobody')).toBeUndefined();
  });

  it('duplicates a profile with a new id and a "(bản sao)" label, right after the original', async () => {
    await saveProfile(an, opts);
    await saveProfile(hoa, opts);
    const copy = await duplicateProfile('p-an', 'p-an-2');
    expect(copy?.profile).toEqual({ ...an, id: 'p-an-2', label: 'Bản thân (bản sao)' });
    expect((await listProfiles()).profiles.map((p) => p.profile.id)).toEqual(['p-an', 'p-an-2', 'p-hoa']);
    expect(await duplicateProfile('nobody')).toBeUndefined();
  });

  it('switches the active profile and refuses unknown ids', async () => {
    await saveProfile(an, opts);
    await saveProfile(hoa, opts);
    expect(await setActiveProfile('p-hoa')).toBe(true);
    expect((await getActiveProfile())?.profile.id).toBe('p-hoa');
    expect(await setActiveProfile('nobody')).toBe(false);
    expect((await getActiveProfile())?.profile.id).toBe('p-hoa');
    expect(await setActiveProfile(undefined)).toBe(true);
    expect(await getActiveProfile()).toBeUndefined();
  });
});

describe('volunteer mode: session-only profiles', () => {
  const neighbour: Profile = { id: 'p-neighbour', fullName: 'Phạm Thị Dung', birthDate: '1950-07-07', gender: 'female' };

  it('keeps a session profile out of local storage, lists it marked as such and activates it there', async () => {
    await saveProfile(an, opts);
    const result = await saveProfile(neighbour, { ...opts, session: true });
    expect(result.ok && result.session).toBe(true);
    expect(JSON.stringify(await stored())).not.toContain('Phạm Thị Dung');

    expect(await setActiveProfile('p-neighbour')).toBe(true);
    const list = await listProfiles();
    expect(list.profiles.map((p) => [p.profile.id, p.session])).toEqual([['p-an', false], ['p-neighbour', true]]);
    expect(list.activeProfileId).toBe('p-neighbour');
    expect((await stored()) as { activeProfileId?: string }).toMatchObject({ activeProfileId: 'p-an' });
  });

  it('falls back to the household’s active profile when the session ends', async () => {
    await saveProfile(an, opts);
    await saveProfile(neighbour, { ...opts, session: true });
    await setActiveProfile('p-neighbour');
    await browser.storage.session.clear(); // the browser closed
    expect((await getActiveProfile())?.profile.id).toBe('p-an');
  });

  it('"Người tiếp theo" forgets the session profiles and their choice, and keeps the household', async () => {
    await saveProfile(an, opts);
    await saveProfile(neighbour, { ...opts, session: true });
    await setActiveProfile('p-neighbour');
    expect(await clearSessionProfiles()).toBe(1);
    const list = await listProfiles();
    expect(list.profiles.map((p) => p.profile.id)).toEqual(['p-an']);
    expect(list.activeProfileId).toBe('p-an');
    expect(await clearSessionProfiles()).toBe(0);
  });

  it('updates a session profile in the session, even without the session option', async () => {
    await saveProfile(neighbour, { ...opts, session: true });
    await saveProfile({ ...neighbour, phone: '0912345678' }, opts);
    expect(await stored()).toBeUndefined();
    expect((await getProfile('p-neighbour'))).toMatchObject({ session: true, profile: { phone: '0912345678' } });
  });
});

describe('change notifications', () => {
  it('calls the listener for profile writes only, until unsubscribed', async () => {
    const listener = vi.fn();
    const unsubscribe = onProfilesChanged(listener);
    await saveProfile(an, opts);
    await browser.storage.local.set({ somethingElse: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    await saveProfile(hoa, { ...opts, session: true });
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await saveProfile({ ...an, label: 'x' }, opts);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('concurrent edits in one page', () => {
  it('serialises saves so none is lost', async () => {
    const people = Array.from({ length: 5 }, (_, i): Profile => ({ id: `p-${i}`, fullName: `Người Số ${'ABCDE'[i]}` }));
    await Promise.all(people.map((p) => saveProfile(p, opts)));
    expect((await listProfiles()).profiles.map((p) => p.profile.id).sort()).toEqual(['p-0', 'p-1', 'p-2', 'p-3', 'p-4']);
  });
});
