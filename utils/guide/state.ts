/**
 * A tour's progress as stored per tab. Plain JSON, validated on every read: whatever comes back from storage (an older
 * version, a half-written value, something another extension build wrote) either passes or is ignored.
 */
import * as z from 'zod/mini';

export const GUIDE_STATUSES = ['running', 'waiting-target', 'target-missing', 'finished', 'closed'] as const;
export type GuideStatus = (typeof GUIDE_STATUSES)[number];

const Index = z.int().check(z.gte(0));
const Time = z.number().check(z.gte(0));

/** How the user left a step. `back` also tells the runner not to re-complete the step it lands on at once. */
export const HistoryEntry = z.lazy(() =>
  z.object({
    step: Index,
    via: z.enum(['completed', 'next', 'skipped', 'back']),
    at: Time,
  }),
);
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HISTORY_LIMIT = 100;

export const GuideState = z.lazy(() =>
  z.object({
    v: z.literal(1),
    guideId: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
    stepIndex: Index,
    status: z.enum(GUIDE_STATUSES),
    startedAt: Time,
    updatedAt: Time,
    /** The user chose to see this step without pointing at the page (its target could not be found). */
    untargeted: z.optional(z.boolean()),
    history: z.array(HistoryEntry).check(z.maxLength(HISTORY_LIMIT)),
  }),
);
export type GuideState = z.infer<typeof GuideState>;

/** The stored value as a state, or undefined when it is missing or not a valid state. */
export function readState(raw: unknown): GuideState | undefined {
  if (raw === undefined || raw === null) return undefined; // no tour: the common case on every page load
  const result = GuideState.safeParse(raw);
  return result.success ? result.data : undefined;
}
