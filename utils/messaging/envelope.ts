/**
 * The wire shape of every message between contexts: `{type, payload}` in, `{ok, data} | {ok: false, error}` out.
 * Errors travel as data (with a Vietnamese message) so a failure never turns into an unhandled rejection in the UI.
 */
import * as z from 'zod/mini';

export const RequestEnvelope = z.object({
  type: z.string(),
  payload: z.optional(z.unknown()),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelope>;

export const ErrorInfo = z.object({
  code: z.string(),
  message: z.string(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

export const ResponseEnvelope = z.union([
  z.object({ ok: z.literal(true), data: z.optional(z.unknown()) }),
  z.object({ ok: z.literal(false), error: ErrorInfo }),
]);
export type ResponseEnvelope = z.infer<typeof ResponseEnvelope>;

/** An error with a code and a message for the user, thrown by handlers and rethrown by clients. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}
