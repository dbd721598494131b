/**
 * A saved dossier as stored and as written in backup format v1 (a public contract: add keys, never rename).
 * The capture, store and lookup modules all speak this shape.
 */
import * as z from 'zod/mini';

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const IsoDateTime = z.string().check(z.minLength(10));

/** One processing-history row as the portal's lookup shows it ("TÌNH TRẠNG XỬ LÝ HỒ SƠ"), text kept as shown. */
export const ProcessingStep = z.lazy(() =>
  z.looseObject({
    time: z.optional(z.string()),
    sender: z.optional(z.string()),
    action: z.optional(z.string()),
    receiver: z.optional(z.string()),
  }),
);
export type ProcessingStep = z.infer<typeof ProcessingStep>;

/** One status check: what the portal said at that moment, word for word. */
export const StatusCheck = z.lazy(() =>
  z.looseObject({
    checkedAt: IsoDateTime,
    statusText: z.string(),
    dueDate: z.optional(IsoDate),
    steps: z.optional(z.array(ProcessingStep)),
  }),
);
export type StatusCheck = z.infer<typeof StatusCheck>;

export const DossierRecord = z.lazy(() =>
  z.looseObject({
    code: z.string().check(z.minLength(1)),
    /** ID number that opens the lookup (SGT): the owner's, or the authorised contact's, which the portal also accepts. */
    ownerIdNumber: z.optional(z.string()),
    ownerName: z.optional(z.string()),
    /** Added in 0.1: the owner's address as the portal shows it. */
    ownerAddress: z.optional(z.string()),
    procedure: z.optional(z.string()),
    agency: z.optional(z.string()),
    receivedDate: z.optional(IsoDate),
    dueDate: z.optional(IsoDate),
    sourceUrl: z.optional(z.string()),
    /** Added in 0.1: how the code was saved ('success-modal', 'receipt', 'lookup-result', 'manual', ...). */
    source: z.optional(z.string()),
    savedAt: IsoDateTime,
    updatedAt: z.optional(IsoDateTime),
    /** Added in 0.1: when the last successful check ran, even if it found nothing new. */
    lastCheckedAt: z.optional(IsoDateTime),
    /** Added in 0.1: when the user last looked at this dossier's status; later changes count as news. */
    seenAt: z.optional(IsoDateTime),
    note: z.optional(z.string()),
    label: z.optional(z.string()),
    /** Distinct statuses seen, oldest first. */
    history: z.array(StatusCheck),
  }),
);
export type DossierRecord = z.infer<typeof DossierRecord>;
