// Profiles: one person's ID-card and contact data; several per household, one active.
export { Profile, Address, LegacyAddress, Relative, Gender, IsoDate, PROFILE_KEYS } from './schema';
export type { Issue, ValidationResult } from './issue';
export { fieldLabel } from './issue';
export { validateProfile } from './validate';
export type { ValidateOptions } from './validate';
export { normalizeProfile } from './normalize';
export { normalizePhone, describePhone, checkPhone, OLD_MOBILE_PREFIXES, MOBILE_CARRIERS } from './rules/phone';
export type { PhoneKind } from './rules/phone';
export { checkIdNumber, checkOldIdNumber, describeCenturyDigit, compactNumber } from './rules/id-number';
export { canonicalEthnicity, canonicalReligion } from './rules/lists';
export { CCCD_PROVINCE_CODES } from './reference/cccd-provinces';
export {
  ETHNIC_GROUPS, ETHNIC_SPECIAL_OPTIONS, ETHNIC_LABEL_VARIANTS, RELIGIONS, RELIGION_EXTRA_OPTIONS,
} from './reference/ethnic-religion';
export { describeSchemaIssue, describeSchemaIssues } from './schema-issues';
export type { FieldProblem } from './schema-issues';
export { PROFILE_SCHEMA_VERSION, migrateProfileDocument } from './migrations';
export type { MigrationResult, ProfileDocument } from './migrations';
export {
  listProfiles, getProfile, getActiveProfile, saveProfile, removeProfile, restoreProfile, duplicateProfile,
  setActiveProfile, upsertProfiles, onProfilesChanged, createProfileId, clearSessionProfiles,
} from './store';
export type { StoredProfile, ProfileList, SaveResult, SaveOptions, RemovedProfile } from './store';
export { STORAGE_KEYS as PROFILE_STORAGE_KEYS, SET_ASIDE_KEY as PROFILE_SET_ASIDE_KEY } from './store-area';
export type { StoreProblem, StoreArea } from './store-area';
