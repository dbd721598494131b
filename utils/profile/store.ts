/**
 * Profiles of a household (local, kept) and of volunteer sessions (session, gone when the browser closes), one active.
 * Every read goes through the schema (see store-area.ts); every save is normalised and validated first, and errors
 * block it. Each write is one `storage.set` of the whole document.
 */
import { browser } from 'wxt/browser';
import type { AddressBook } from '../address';
import { issue } from './issue';
import type { Issue } from './issue';
import type { ProfileDocument } from './migrations';
import { normalizeProfile } from './normalize';
import { Profile } from './schema';
import { describeSchemaIssues } from './schema-issues';
import { exclusive, readArea, STORAGE_KEYS, writeArea } from './store-area';
import type { AreaState, StoreArea, StoreProblem } from './store-area';
import { validateProfile } from './validate';

export interface StoredProfile {
  profile: Profile;
  /** True for a volunteer-mode profile kept only for this browser session. */
  session: boolean;
}

export interface ProfileList {
  profiles: StoredProfile[];
  activeProfileId: string | undefined;
  /** Damaged records and documents that were skipped, with Vietnamese messages to show. */
  problems: StoreProblem[];
}

export type SaveResult =
  | { ok: true; profile: Profile; session: boolean; created: boolean; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

/** What `removeProfile` hands back so the UI can offer "Hoàn tác" (undo). */
export interface RemovedProfile {
  profile: Profile;
  session: boolean;
  index: number;
  wasActive: boolean;
}

export function createProfileId(): string {
  return crypto.randomUUID();
}

interface Snapshot {
  local: AreaState;
  session: AreaState;
}

async function snapshot(): Promise<Snapshot> {
  const [local, session] = await Promise.all([readArea('local'), readArea('session')]);
  return { local, session };
}

function find(state: AreaState, id: string): { profile: Profile; index: number } | undefined {
  return state.entries.find((e) => e.profile.id === id);
}

/** Index in the raw list of any record with this id, valid or not (saving a valid one repairs a damaged one). */
function rawIndexOf(doc: ProfileDocument, id: string): number {
  return doc.profiles.findIndex((r) => r !== null && typeof r === 'object' && (r as Record<string, unknown>).id === id);
}

function merged(s: Snapshot): ProfileList {
  const problems = [...s.local.problems, ...s.session.problems];
  const profiles: StoredProfile[] = s.local.entries.map((e) => ({ profile: e.profile, session: false }));
  for (const e of s.session.entries) {
    if (find(s.local, e.profile.id) !== undefined) {
      problems.push({
        area: 'session', code: 'record.duplicateId', index: e.index, id: e.profile.id,
        message: `Hồ sơ phiên tạm trùng mã ${e.profile.id} với một hồ sơ đã lưu nên được bỏ qua.`,
        messageEn: `A session profile repeats id ${e.profile.id} of a saved profile and was skipped.`,
      });
      continue;
    }
    profiles.push({ profile: e.profile, session: true });
  }
  const listed = (id: string | undefined): id is string => id !== undefined && profiles.some((p) => p.profile.id === id);
  const sessionActive = s.session.doc?.activeProfileId;
  const localActive = s.local.doc?.activeProfileId;
  const activeProfileId = listed(sessionActive) ? sessionActive : listed(localActive) ? localActive : undefined;
  return { profiles, activeProfileId, problems };
}

export async function listProfiles(): Promise<ProfileList> {
  return merged(await snapshot());
}

export async function getProfile(id: string): Promise<StoredProfile | undefined> {
  return (await listProfiles()).profiles.find((p) => p.profile.id === id);
}

export async function getActiveProfile(): Promise<StoredProfile | undefined> {
  const list = await listProfiles();
  return list.profiles.find((p) => p.profile.id === list.activeProfileId);
}

function refusedWrite(state: AreaState): Issue[] {
  const problem = state.problems.find((p) => p.code === 'document.newer');
  return [issue('', 'store.refused', problem?.message ?? 'Không ghi được dữ liệu hồ sơ.', problem?.messageEn ?? 'Profiles cannot be written.')];
}

export interface SaveOptions {
  /** Keep a new profile only for this browser session (volunteer mode). Existing profiles stay where they are. */
  session?: boolean;
  /** Today as ISO, for date rules (tests pin it). */
  today?: string;
  /** Check addresses against the official lists (warnings only). */
  addressBook?: AddressBook;
}

/** Normalises, validates (errors block) and writes one profile, creating or replacing by id. */
export function saveProfile(input: Profile, options: SaveOptions = {}): Promise<SaveResult> {
  return exclusive(async () => {
    const profile = normalizeProfile(input);
    const shape = Profile.safeParse(profile);
    const schemaErrors = shape.success
      ? []
      : describeSchemaIssues(shape.error.issues, profile).map((p) => issue(p.field, 'schema.invalid', p.message, p.messageEn));
    const validation = validateProfile(profile, {
      ...(options.today === undefined ? {} : { today: options.today }),
      ...(options.addressBook === undefined ? {} : { addressBook: options.addressBook }),
    });
    const errors = [...schemaErrors, ...validation.errors];
    if (errors.length > 0) return { ok: false, errors, warnings: validation.warnings };

    const s = await snapshot();
    const area: StoreArea =
      find(s.local, profile.id) !== undefined ? 'local' : find(s.session, profile.id) !== undefined || options.session === true ? 'session' : 'local';
    const state = s[area];
    if (state.doc === undefined) return { ok: false, errors: refusedWrite(state), warnings: validation.warnings };

    const doc: ProfileDocument = { ...state.doc, profiles: [...state.doc.profiles] };
    const at = rawIndexOf(doc, profile.id);
    if (at >= 0) doc.profiles[at] = profile;
    else doc.profiles.push(profile);
    if (merged(s).activeProfileId === undefined) doc.activeProfileId = profile.id;
    await writeArea(state, doc);
    return { ok: true, profile, session: area === 'session', created: at < 0, warnings: validation.warnings };
  });
}

/** Removes a profile and returns what `restoreProfile` needs to undo it; undefined when there is no such profile. */
export function removeProfile(id: string): Promise<RemovedProfile | undefined> {
  return exclusive(async () => {
    const s = await snapshot();
    const active = merged(s).activeProfileId;
    for (const state of [s.local, s.session]) {
      const entry = find(state, id);
      if (entry === undefined || state.doc === undefined) continue;
      const doc: ProfileDocument = { ...state.doc, profiles: state.doc.profiles.filter((_, i) => i !== entry.index) };
      if (doc.activeProfileId === id) delete doc.activeProfileId;
      await writeArea(state, doc);
      return { profile: entry.profile, session: state.area === 'session', index: entry.index, wasActive: active === id };
    }
    return undefined;
  });
}

/** Puts a removed profile back where it was. False when a profile with that id exists again (nothing is changed). */
export function restoreProfile(removed: RemovedProfile): Promise<boolean> {
  return exclusive(async () => {
    const s = await snapshot();
    if (find(s.local, removed.profile.id) !== undefined || find(s.session, removed.profile.id) !== undefined) return false;
    const state = removed.session ? s.session : s.local;
    if (state.doc === undefined) return false;
    const profiles = [...state.doc.profiles];
    profiles.splice(Math.min(removed.index, profiles.length), 0, removed.profile);
    const doc: ProfileDocument = { ...state.doc, profiles };
    if (removed.wasActive && merged(s).activeProfileId === undefined) doc.activeProfileId = removed.profile.id;
    await writeArea(state, doc);
    return true;
  });
}

/** Copies a profile (new id, label "… (bản sao)") right after the original; undefined when it does not exist. */
export function duplicateProfile(id: string, newId: string = createProfileId()): Promise<StoredProfile | undefined> {
  return exclusive(async () => {
    const s = await snapshot();
    for (const state of [s.local, s.session]) {
      const entry = find(state, id);
      if (entry === undefined || state.doc === undefined) continue;
      const copy: Profile = { ...structuredClone(entry.profile), id: newId, label: `${entry.profile.label ?? entry.profile.fullName} (bản sao)` };
      const profiles = [...state.doc.profiles];
      profiles.splice(entry.index + 1, 0, copy);
      await writeArea(state, { ...state.doc, profiles });
      return { profile: copy, session: state.area === 'session' };
    }
    return undefined;
  });
}

/**
 * Makes a profile the active one (undefined: none). A session profile is activated in session storage only, so the
 * household's choice comes back when the volunteer session ends. False when the id is unknown.
 */
export function setActiveProfile(id: string | undefined): Promise<boolean> {
  return exclusive(async () => {
    const s = await snapshot();
    const inSession = id !== undefined && find(s.session, id) !== undefined && find(s.local, id) === undefined;
    const inLocal = id !== undefined && find(s.local, id) !== undefined;
    if (id !== undefined && !inSession && !inLocal) return false;
    if (s.session.doc !== undefined && (inSession || s.session.doc.activeProfileId !== undefined)) {
      const doc: ProfileDocument = { ...s.session.doc };
      if (inSession && id !== undefined) doc.activeProfileId = id;
      else delete doc.activeProfileId;
      await writeArea(s.session, doc);
    }
    if (!inSession && s.local.doc !== undefined) {
      const doc: ProfileDocument = { ...s.local.doc };
      if (id === undefined) delete doc.activeProfileId;
      else doc.activeProfileId = id;
      await writeArea(s.local, doc);
    }
    return true;
  });
}

/**
 * Adds or replaces (by id) many already-validated profiles in local storage with one write, for backup import.
 * Throws with the Vietnamese message when the stored document is from a newer version.
 */
export function upsertProfiles(profiles: readonly Profile[]): Promise<{ added: string[]; replaced: string[] }> {
  return exclusive(async () => {
    const state = await readArea('local');
    if (state.doc === undefined) throw new Error(refusedWrite(state)[0]?.message);
    const doc: ProfileDocument = { ...state.doc, profiles: [...state.doc.profiles] };
    const added: string[] = [];
    const replaced: string[] = [];
    for (const profile of profiles) {
      const at = rawIndexOf(doc, profile.id);
      if (at >= 0) {
        doc.profiles[at] = profile;
        replaced.push(profile.id);
      } else {
        doc.profiles.push(profile);
        added.push(profile.id);
      }
    }
    await writeArea(state, doc);
    return { added, replaced };
  });
}

/**
 * "Người tiếp theo": forget every session-only (volunteer) profile and the session's choice of profile. The household's
 * own profiles stay. Returns how many profiles were forgotten.
 */
export function clearSessionProfiles(): Promise<number> {
  return exclusive(async () => {
    const state = await readArea('session');
    await browser.storage.session.remove(STORAGE_KEYS.session);
    return state.entries.length;
  });
}

/** Calls `listener` after any change to stored profiles (this page or another). Returns the unsubscribe function. */
export function onProfilesChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, areaName: string): void => {
    if ((areaName === 'local' && STORAGE_KEYS.local in changes) || (areaName === 'session' && STORAGE_KEYS.session in changes)) {
      listener();
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
