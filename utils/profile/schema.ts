/**
 * The shape of a profile: one person's data as it stands on their ID card and contact details.
 * These keys are also the keys of backup format v1, so they are a public contract: add, never rename.
 *
 * This file only checks structure (what can be stored and read back). The Vietnamese document
 * rules (ID number digits, phone prefixes, dates) live in `validate.ts` and produce messages.
 */
import * as z from 'zod/mini';

/** `YYYY-MM-DD`; calendar validity is checked by the rules, not here. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const Gender = z.enum(['male', 'female']);
export type Gender = z.infer<typeof Gender>;

/**
 * Pre-July-2025 three-level unit names, for forms that still ask Tỉnh → Quận/huyện → Xã/phường.
 * `province` is the old province when it differs from the new one (e.g. "Tỉnh Hà Giang", now part of Tuyên Quang);
 * absent means the same as the address's `province`.
 */
export const LegacyAddress = z.lazy(() =>
  z.looseObject({
    province: z.optional(z.string()),
    district: z.optional(z.string()),
    commune: z.optional(z.string()),
  }),
);
export type LegacyAddress = z.infer<typeof LegacyAddress>;

/**
 * An address: the post-reform two-level unit names (official NFC names, e.g. "Tỉnh Thanh Hóa",
 * "Phường Hạc Thành"), the street part ("Số 12, đường Lê Lợi, thôn 3"), and optionally the old units.
 */
export const Address = z.lazy(() =>
  z.looseObject({
    province: z.optional(z.string()),
    commune: z.optional(z.string()),
    street: z.optional(z.string()),
    legacy: z.optional(LegacyAddress),
  }),
);
export type Address = z.infer<typeof Address>;

export const Relative = z.lazy(() =>
  z.looseObject({
    fullName: z.optional(z.string()),
    birthDate: z.optional(IsoDate),
  }),
);
export type Relative = z.infer<typeof Relative>;

/** Unknown extra keys are kept (looseObject), so a newer minor writer never loses data here. */
export const Profile = z.lazy(() =>
  z.looseObject({
    id: z.string().check(z.minLength(1)),
    label: z.optional(z.string()),
    fullName: z.string().check(z.minLength(1)),
    birthDate: z.optional(IsoDate),
    gender: z.optional(Gender),
    idNumber: z.optional(z.string()),
    oldIdNumber: z.optional(z.string()),
    idIssueDate: z.optional(IsoDate),
    idIssuePlace: z.optional(z.string()),
    nationality: z.optional(z.string()),
    ethnicity: z.optional(z.string()),
    religion: z.optional(z.string()),
    phone: z.optional(z.string()),
    email: z.optional(z.string()),
    occupation: z.optional(z.string()),
    placeOfBirth: z.optional(z.string()),
    hometown: z.optional(z.string()),
    permanentAddress: z.optional(Address),
    currentAddress: z.optional(Address),
    father: z.optional(Relative),
    mother: z.optional(Relative),
    spouse: z.optional(Relative),
  }),
);
export type Profile = z.infer<typeof Profile>;

/** The profile fields a form can ask for, in the order of the ID card. */
export const PROFILE_KEYS = [
  'id', 'label', 'fullName', 'birthDate', 'gender', 'idNumber', 'oldIdNumber', 'idIssueDate', 'idIssuePlace',
  'nationality', 'ethnicity', 'religion', 'phone', 'email', 'occupation', 'placeOfBirth', 'hometown',
  'permanentAddress', 'currentAddress', 'father', 'mother', 'spouse',
] as const satisfies readonly (keyof Profile)[];
