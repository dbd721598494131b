/** Small helpers for the store's transactions and validation reports. */

export function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}

/**
 * A promise that is awaited later (or never, if an earlier step throws and the transaction aborts): observe it now,
 * so an abort does not surface as an unhandled rejection, while awaiting it still sees the failure.
 */
export function observed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export function tidyOrUndefined(value: string | undefined): string | undefined {
  const t = value?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
