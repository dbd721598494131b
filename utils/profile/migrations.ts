/**
 * The stored profile document and its upgrades. Each migration takes version n to n+1; reading runs the chain from the
 * stored version up to PROFILE_SCHEMA_VERSION. A document from a newer version is refused, never rewritten (that would
 * lose what the newer version wrote). Add a step here and bump the version whenever the stored shape changes.
 *
 * Versions:
 * - 0: development builds before the first release wrote no version: either a bare array of profiles or
 *      `{profiles, activeId}`, with addresses as one free-text line and gender as "nam"/"nữ".
 * - 1: `{schemaVersion: 1, profiles: Profile[], activeProfileId?: string}` (first release).
 */

/** The current version of the document in `browser.storage.local`. */
export const PROFILE_SCHEMA_VERSION = 1;

/** The document as stored at the current version; profiles are checked one by one by the store. */
export interface ProfileDocument {
  schemaVersion: number;
  profiles: unknown[];
  activeProfileId?: string;
  [key: string]: unknown;
}

type Doc = Record<string, unknown>;

interface Migration {
  from: number;
  describe: string;
  up: (doc: Doc) => Doc;
}

function isRecord(value: unknown): value is Doc {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** v0 → v1: envelope with a version, "activeId" renamed, free-text addresses moved into `street`, gender in English. */
function v0ToV1(doc: Doc): Doc {
  const { activeId, profiles, ...rest } = doc;
  const upgraded = (Array.isArray(profiles) ? profiles : []).map((p: unknown) => {
    if (!isRecord(p)) return p;
    const out: Doc = { ...p };
    for (const key of ['permanentAddress', 'currentAddress']) {
      if (typeof out[key] === 'string') out[key] = { street: out[key] };
    }
    if (out.gender === 'nam') out.gender = 'male';
    if (out.gender === 'nữ' || out.gender === 'nu') out.gender = 'female';
    return out;
  });
  const result: Doc = { ...rest, schemaVersion: 1, profiles: upgraded };
  if (typeof activeId === 'string') result.activeProfileId = activeId;
  return result;
}

const MIGRATIONS: readonly Migration[] = [{ from: 0, describe: 'unversioned development shape → first release', up: v0ToV1 }];

export type MigrationResult =
  | { ok: true; doc: ProfileDocument; fromVersion: number }
  | { ok: false; code: 'newer' | 'unreadable'; version?: number; message: string; messageEn: string };

/** Reads whatever is stored (undefined when nothing is) and brings it to the current version. Never throws. */
export function migrateProfileDocument(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) {
    return { ok: true, doc: { schemaVersion: PROFILE_SCHEMA_VERSION, profiles: [] }, fromVersion: PROFILE_SCHEMA_VERSION };
  }
  let doc: Doc;
  if (Array.isArray(stored)) doc = { profiles: stored };
  else if (isRecord(stored)) doc = { ...stored };
  else return unreadable('không phải đối tượng JSON', 'not a JSON object');

  const version = doc.schemaVersion === undefined ? 0 : doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return unreadable(`phiên bản "${String(version)}" không hợp lệ`, `invalid version "${String(version)}"`);
  }
  if (version > PROFILE_SCHEMA_VERSION) {
    return {
      ok: false, code: 'newer', version,
      message: `Dữ liệu hồ sơ được lưu bởi phiên bản mới hơn của tiện ích (dạng ${version}). Hãy cập nhật tiện ích; dữ liệu được giữ nguyên, không bị ghi đè.`,
      messageEn: `Profiles were saved by a newer version of the extension (format ${version}). Update the extension; the data is kept as is.`,
    };
  }
  for (let v = version; v < PROFILE_SCHEMA_VERSION; v += 1) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (step === undefined) return unreadable(`thiếu bước nâng cấp từ dạng ${v}`, `no migration from format ${v}`);
    doc = step.up(doc);
  }
  if (!Array.isArray(doc.profiles)) return unreadable('thiếu danh sách hồ sơ', 'the profile list is missing');
  const result: ProfileDocument = { ...doc, schemaVersion: PROFILE_SCHEMA_VERSION, profiles: doc.profiles };
  // An active id that is not a string is dropped rather than trusted.
  if (typeof doc.activeProfileId !== 'string') delete result.activeProfileId;
  return { ok: true, doc: result, fromVersion: version };
}

function unreadable(vi: string, en: string): MigrationResult {
  return {
    ok: false, code: 'unreadable',
    message: `Không đọc được dữ liệu hồ sơ đã lưu (${vi}). Dữ liệu cũ sẽ được cất riêng khi lưu hồ sơ mới.`,
    messageEn: `The stored profiles cannot be read (${en}). The old data will be set aside when a new profile is saved.`,
  };
}
