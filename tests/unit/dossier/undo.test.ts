import { describe, expect, it } from 'vitest';
import { createUndoLedger } from '../../../utils/dossier/undo';

const record = { code: 'H56.14-240823-0001', savedAt: '2024-08-23T01:00:00.000Z', history: [] };

describe('undo ledger', () => {
  it('hands back what a write replaced, once', () => {
    const ledger = createUndoLedger();
    const token = ledger.remember({ code: record.code, before: record });
    expect(ledger.take(token)).toEqual({ code: record.code, before: record });
    expect(ledger.take(token)).toBeUndefined();
  });

  it('remembers that a write created the record (undo removes it)', () => {
    const ledger = createUndoLedger();
    const token = ledger.remember({ code: record.code, before: undefined });
    expect(ledger.take(token)).toEqual({ code: record.code, before: undefined });
  });

  it('forgets entries after their time and refuses unknown tokens', () => {
    let t = 0;
    const ledger = createUndoLedger({ ttlMs: 1000, now: () => t });
    const token = ledger.remember({ code: record.code, before: undefined });
    t = 1001;
    expect(ledger.take(token)).toBeUndefined();
    expect(ledger.take('not-a-token')).toBeUndefined();
  });
});
