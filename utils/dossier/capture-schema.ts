/**
 * What the content script (or the manual-entry form) sends the background to save: one code with whatever the page
 * said about it. The background validates it with this schema; the content script imports only the type, so zod
 * stays out of its bundle.
 */
import * as z from 'zod/mini';
import { StatusCheck } from './record';

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const CAPTURE_SOURCES = [
  'success-modal',
  'receipt',
  'lookup-result',
  'lookup-link',
  'page-list',
  'manual',
] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

export const DossierCapture = z.lazy(() =>
  z.looseObject({
    code: z.string().check(z.minLength(1)),
    source: z.enum(CAPTURE_SOURCES),
    sourceUrl: z.optional(z.string()),
    ownerIdNumber: z.optional(z.string()),
    ownerName: z.optional(z.string()),
    ownerAddress: z.optional(z.string()),
    procedure: z.optional(z.string()),
    agency: z.optional(z.string()),
    receivedDate: z.optional(IsoDate),
    dueDate: z.optional(IsoDate),
    /** The status the page showed, when it showed one (lookup result, list row). */
    status: z.optional(StatusCheck),
    note: z.optional(z.string()),
    label: z.optional(z.string()),
  }),
);
export type DossierCapture = z.infer<typeof DossierCapture>;
