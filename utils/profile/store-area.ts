/**
 * One storage area's profile document: read through the migrations and the schema, written in one `set` call.
 * `local` holds the household's profiles; `session` holds volunteer-mode profiles that vanish with the browser session.
 *
 * Records that fail the schema are reported and skipped when reading but kept as they are when writing, so a bug or a
 * newer field never destroys data. A document from a newer version is never written; an unreadable one is set aside
 * under its own key before a fresh document replaces it.
 */
import { browser } from 'wxt/browser';
import { migrateProfileDocument, PROFILE_SCHEMA_VERSION } from './migrations';
import type { ProfileDocument } from './migrations';
import { Profile } from './schema';
import { describeSchemaIssues } from './schema-issues';
import type { FieldProblem } from './schema-issues';

export type StoreArea = 'local' | 'session';

export const STORAGE_KEYS: Readonly<Record<StoreArea, string>> = { local: 'profiles', session: 'sessionProfiles' };
/** Where an unreadable document is moved before a fresh one is written. */
export const SET_ASIDE_KEY = 'profiles.unreadable';

export interface StoreProblem {
  area: StoreArea;
  code: 'record.invalid' | 'record.duplicateId' | 'document.newer' | 'document.unreadable';
  /** Position of the record in its area's list, for record problems. */
  index?: number;
  id?: string;
  message: string;
  messageEn: string;
  fields?: FieldProblem[];
}

export interface AreaState {
  area: StoreArea;
  /** The current-version document to modify, or undefined when writing is refused (newer version). */
  doc: ProfileDocument | undefined;
  /** The stored value when it could not be read and must be set aside on the next write. */
  unreadable?: unknown;
  /** Valid profiles with their index in `doc.profiles`. */
  entries: { profile: Profile; index: number }[];
  problems: StoreProblem[];
}

function storageOf(area: StoreArea) {
  return area === 'local' ? browser.storage.local : browser.storage.session;
}

function idOf(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const id = (record as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}

export async function readArea(area: StoreArea): Promise<AreaState> {
  const key = STORAGE_KEYS[area];
  const stored: unknown = (await storageOf(area).get(key))[key];
  const migrated = migrateProfileDocument(stored);
  if (!migrated.ok) {
    const problem: StoreProblem = { area, code: migrated.code === 'newer' ? 'document.newer' : 'document.unreadable', message: migrated.message, messageEn: migrated.messageEn };
    return migrated.code === 'newer'
      ? { area, doc: undefined, entries: [], problems: [problem] }
      : { area, doc: { schemaVersion: PROFILE_SCHEMA_VERSION, profiles: [] }, unreadable: stored, entries: [], problems: [problem] };
  }

  const entries: AreaState['entries'] = [];
  const problems: StoreProblem[] = [];
  const seen = new Set<string>();
  migrated.doc.profiles.forEach((record, index) => {
    const parsed = Profile.safeParse(record);
    const id = idOf(record);
    if (!parsed.success) {
      const fields = describeSchemaIssues(parsed.error.issues, record);
      problems.push({
        area, code: 'record.invalid', index, ...(id === undefined ? {} : { id }), fields,
        message: `Hồ sơ thứ ${index + 1}${id === undefined ? '' : ` (mã ${id})`} bị hỏng nên được bỏ qua: ${fields.map((f) => f.message).join(' ')}`,
        messageEn: `Profile #${index + 1}${id === undefined ? '' : ` (id ${id})`} is damaged and was skipped: ${fields.map((f) => f.messageEn).join(' ')}`,
      });
      return;
    }
    if (seen.has(parsed.data.id)) {
      problems.push({
        area, code: 'record.duplicateId', index, id: parsed.data.id,
        message: `Hồ sơ thứ ${index + 1} trùng mã ${parsed.data.id} với một hồ sơ trước nên được bỏ qua.`,
        messageEn: `Profile #${index + 1} repeats id ${parsed.data.id} and was skipped.`,
      });
      return;
    }
    seen.add(parsed.data.id);
    entries.push({ profile: parsed.data, index });
  });
  return { area, doc: migrated.doc, entries, problems };
}

/** Writes the whole document in one `set` (atomic per area), setting an unreadable predecessor aside in the same call. */
export async function writeArea(state: AreaState, doc: ProfileDocument): Promise<void> {
  const items: Record<string, unknown> = { [STORAGE_KEYS[state.area]]: doc };
  if (state.unreadable !== undefined) items[`${SET_ASIDE_KEY}.${state.area}.${Date.now()}`] = state.unreadable;
  await storageOf(state.area).set(items);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs read-modify-write sequences one at a time within this page, so two quick edits cannot overwrite each other.
 * (Pages of the extension each have their own queue; the last complete write wins across them.)
 */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
