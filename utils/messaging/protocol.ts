/**
 * Every request a context may send to the background, with the schemas of its payload and of its answer, and which
 * senders may send it: `page` = the extension's own pages (popup, options), `portal` = the content script on an official
 * portal tab. The background checks both before any handler runs.
 *
 * Rule for dossiers: only the background writes the store; extension pages may read it directly (see
 * utils/dossier/store), content scripts never touch it.
 */
import * as z from 'zod/mini';
import { DossierCapture } from '../dossier/capture-schema';
import { DossierRecord } from '../dossier/record';
import { Profile } from '../profile/schema';

export type SenderKind = 'page' | 'portal';

interface Route<P extends z.ZodMiniType, R extends z.ZodMiniType> {
  readonly payload: P;
  readonly result: R;
  readonly from: readonly SenderKind[];
}

/**
 * A route whose schemas are built the first time they are used: every context loads this table, and the content
 * script on each portal page would otherwise pay for building forty routes' schemas it mostly never checks.
 */
function route<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  build: () => readonly [P, R],
  from: readonly SenderKind[],
): Route<P, R> {
  let built: readonly [P, R] | undefined;
  const schemas = () => (built ??= build());
  return {
    get payload() {
      return schemas()[0];
    },
    get result() {
      return schemas()[1];
    },
    from,
  };
}

const Bilingual = z.lazy(() => z.object({ vi: z.string(), en: z.string() }));

/** A refused write says why, in Vietnamese (and English). */
const Refusal = z.lazy(() => z.object({ ok: z.literal(false), problem: z.string(), message: Bilingual }));

const Saved = z.lazy(() =>
  z.object({
    ok: z.literal(true),
    record: DossierRecord,
    created: z.boolean(),
    changed: z.boolean(),
    /** Present when the write can be undone ("Hoàn tác"). */
    undoToken: z.optional(z.string()),
  }),
);

export const PROTOCOL = {
  /** Inject an on-demand part of the content script (the fill engine, the guide runner) into the sender's tab. */
  'module/load': route(
    () => [z.object({ name: z.enum(['capture', 'guide', 'fill']) }), z.object({ loaded: z.boolean() })] as const,
    ['portal'],
  ),

  /** The sender tab's guide tour, kept in session storage so it survives reloads, navigation and a login round trip. */
  'guide/state': route(
    () => [
      z.union([
        z.object({ op: z.literal('load') }),
        z.object({ op: z.literal('save'), state: z.unknown() }),
        z.object({ op: z.literal('clear') }),
      ]),
      z.object({ state: z.optional(z.unknown()) }),
    ] as const,
    ['portal'],
  ),

  /** Who the in-page bar can fill for: names only; no other profile data reaches a page before the person asks. */
  'fill/choices': route(
    () => [
      z.object({}),
      z.object({
        profiles: z.array(z.object({ id: z.string(), label: z.string(), fullName: z.string() })),
        activeId: z.optional(z.string()),
      }),
    ] as const,
    ['portal'],
  ),

  /** The chosen profile, asked for by the content script only after the person pressed "Điền tự động". */
  'fill/profile': route(() => [z.object({ id: z.string() }), z.object({ profile: Profile })] as const, ['portal']),

  /** "Điền biểu mẫu trên trang này" in the popup: fill the form in the active tab. */
  'fill/active-tab': route(
    () => [
      z.object({}),
      z.object({ started: z.boolean(), message: z.optional(z.string()) }),
    ] as const,
    ['page'],
  ),

  /** The in-page bar's "Thêm thông tin cá nhân". */
  'app/open-options': route(() => [z.object({}), z.object({})] as const, ['portal']),

  /** Volunteer mode: what this resident's session holds on the shared computer (for "Người tiếp theo"). */
  'session/summary': route(
    () => [
      z.object({}),
      z.object({ sessionProfiles: z.number(), sessionDossiers: z.number(), since: z.optional(z.string()) }),
    ] as const,
    ['page'],
  ),

  /**
   * "Người tiếp theo": forget this resident before the next one sits down: session-only profiles and the session's
   * profile choice, every tab's guide tour, and (in volunteer mode) the codes saved during this session.
   */
  'session/next-person': route(
    () => [
      z.object({}),
      z.object({ profiles: z.number(), dossiers: z.number(), tours: z.number() }),
    ] as const,
    ['page'],
  ),

  'settings/get': route(() => [z.object({}), z.object({ volunteerMode: z.boolean() })] as const, ['page', 'portal']),

  /** Product name, version and what is stored: the popup's and options page's header and empty states. */
  'app/status': route(
    () => [
      z.object({}),
      z.object({ version: z.string(), profileCount: z.number(), dossierCount: z.number() }),
    ] as const,
    ['page', 'portal'],
  ),

  /** A code the page certainly shows as the user's, or one the user chose to save ("Lưu mã hồ sơ"). */
  'dossier/capture': route(() => [DossierCapture, z.union([Saved, Refusal])] as const, ['portal']),

  /** A code typed by hand in the popup. */
  'dossier/add-manual': route(
    () => [
      z.object({
        code: z.string(),
        ownerIdNumber: z.optional(z.string()),
        procedure: z.optional(z.string()),
        note: z.optional(z.string()),
        label: z.optional(z.string()),
      }),
      z.union([Saved, Refusal]),
    ] as const,
    ['page'],
  ),

  /** Undo a capture or a removal: puts back exactly what was there before. */
  'dossier/undo': route(
    () => [z.object({ token: z.string() }), z.object({ undone: z.boolean() })] as const,
    ['page', 'portal'],
  ),

  'dossier/update': route(
    () => [
      z.object({ code: z.string(), note: z.optional(z.string()), label: z.optional(z.string()), seen: z.optional(z.boolean()) }),
      z.object({ record: z.optional(DossierRecord) }),
    ] as const,
    ['page'],
  ),

  'dossier/remove': route(
    () => [
      z.object({ code: z.string() }),
      z.object({ removed: z.boolean(), undoToken: z.optional(z.string()) }),
    ] as const,
    ['page'],
  ),

  /**
   * Look a dossier up on the official lookup page, in a background tab, as the person would; only when the person asks.
   * The ID number is the one given, else the one saved with the dossier, else the active profile's.
   */
  'dossier/lookup': route(
    () => [
      z.object({ code: z.string(), idNumber: z.optional(z.string()) }),
      z.union([
        z.object({ kind: z.literal('found'), record: DossierRecord, changed: z.boolean() }),
        z.object({ kind: z.literal('failed'), reason: z.string(), message: Bilingual, portalText: z.optional(z.string()) }),
      ]),
    ] as const,
    ['page'],
  ),

  /** Restoring a backup: all records or none, merged with the saved ones or replacing them as the user chose. */
  'dossier/import': route(
    () => [
      z.object({ records: z.array(z.unknown()), mode: z.enum(['merge', 'replace']) }),
      z.union([
        z.object({ ok: z.literal(true), added: z.number(), updated: z.number(), unchanged: z.number() }),
        z.object({ ok: z.literal(false), errors: z.array(z.object({ index: z.number(), message: z.string() })) }),
      ]),
    ] as const,
    ['page'],
  ),
} as const;

export type RequestType = keyof typeof PROTOCOL;
export type PayloadOf<T extends RequestType> = z.input<(typeof PROTOCOL)[T]['payload']>;
export type ResultOf<T extends RequestType> = z.output<(typeof PROTOCOL)[T]['result']>;
