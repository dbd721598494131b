/**
 * What a write replaced, kept for a short while so "Hoàn tác" can put it back. Tokens are random and single-use;
 * entries expire (the notice that offers undo is gone by then). Lives in the background's memory only.
 */
import type { DossierRecord } from './record';

export interface UndoEntry {
  code: string;
  /** The record before the write; undefined when the write created it (undo = remove). */
  before: DossierRecord | undefined;
}

export interface UndoLedger {
  remember(entry: UndoEntry): string;
  /** The entry for a token, once; undefined if unknown or expired. */
  take(token: string): UndoEntry | undefined;
}

export function createUndoLedger(options: { ttlMs?: number; now?: () => number } = {}): UndoLedger {
  const ttl = options.ttlMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, UndoEntry & { at: number }>();
  const sweep = () => {
    for (const [token, entry] of entries) if (now() - entry.at > ttl) entries.delete(token);
  };
  return {
    remember(entry) {
      sweep();
      const token = crypto.randomUUID();
      entries.set(token, { ...entry, at: now() });
      return token;
    },
    take(token) {
      sweep();
      const entry = entries.get(token);
      entries.delete(token);
      return entry && { code: entry.code, before: entry.before };
    },
  };
}
