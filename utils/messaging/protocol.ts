/**
 * Every request a context may send to the background, with the schemas of its payload and of its answer, and which
 * senders may send it: `page` = the extension's own pages (popup, options), `portal` = the content script on an official
 * portal tab. The background checks both before any handler runs.
 */
import * as z from 'zod/mini';

export type SenderKind = 'page' | 'portal';

interface Route<P extends z.ZodMiniType, R extends z.ZodMiniType> {
  payload: P;
  result: R;
  from: readonly SenderKind[];
}

function route<P extends z.ZodMiniType, R extends z.ZodMiniType>(
  payload: P,
  result: R,
  from: readonly SenderKind[],
): Route<P, R> {
  return { payload, result, from };
}

export const PROTOCOL = {
  /** Product name, version and what is stored: the popup's and options page's header and empty states. */
  'app/status': route(
    z.object({}),
    z.object({ version: z.string(), profileCount: z.number(), dossierCount: z.number() }),
    ['page', 'portal'],
  ),
} as const;

export type RequestType = keyof typeof PROTOCOL;
export type PayloadOf<T extends RequestType> = z.input<(typeof PROTOCOL)[T]['payload']>;
export type ResultOf<T extends RequestType> = z.output<(typeof PROTOCOL)[T]['result']>;
