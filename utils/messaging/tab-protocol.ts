/**
 * Requests the background sends to the content script of one portal tab. The content script accepts them only from
 * its own extension's background (no tab in the sender) and checks each payload before acting.
 */
import * as z from 'zod/mini';
import { DossierCapture } from '../dossier/capture-schema';

const LookupOutcome = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('found'), capture: DossierCapture }),
    z.object({ kind: z.literal('pending') }),
    z.object({
      kind: z.literal('failed'),
      reason: z.enum(['invalid-code', 'id-mismatch', 'captcha', 'no-data', 'server-error', 'unreadable', 'timeout', 'portal-down']),
      message: z.object({ vi: z.string(), en: z.string() }),
      portalText: z.optional(z.string()),
    }),
  ]),
);

export const TAB_PROTOCOL = {
  /** Is the content script up? Answers with the page it is on. */
  'tab/ping': { payload: z.object({}), result: z.object({ url: z.string() }) },
  /** "Người tiếp theo": close any guide and fill report this tab shows for the previous resident. */
  'session/reset': { payload: z.object({}), result: z.object({}) },
  /** The person asked to fill this tab's form from outside the page (popup, keyboard shortcut, context menu). */
  'fill/start': {
    payload: z.object({}),
    result: z.object({ started: z.boolean(), message: z.optional(z.string()) }),
  },
  /**
   * The tab was opened by the extension to look a dossier up: press "Tra cứu" as the person would (the page runs its
   * own reCAPTCHA) and report what the page shows.
   */
  'lookup/run': {
    payload: z.object({ code: z.string(), idNumber: z.string(), timeoutMs: z.number() }),
    result: LookupOutcome,
  },
} as const;

export type TabRequestType = keyof typeof TAB_PROTOCOL;
export type TabPayloadOf<T extends TabRequestType> = z.input<(typeof TAB_PROTOCOL)[T]['payload']>;
export type TabResultOf<T extends TabRequestType> = z.output<(typeof TAB_PROTOCOL)[T]['result']>;
