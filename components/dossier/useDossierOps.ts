/**
 * What the panel's buttons do: each asks the background (through the injected actions), announces the outcome in
 * Vietnamese, and re-reads the dossier from the store so the list shows what was written.
 */
import { useRef, useState } from 'preact/hooks';
import { latestCheck } from '../../utils/dossier';
import type { Announcement } from './Announcer';
import type { StepOutcome } from './checkAll';
import type { RowFailure } from './DossierRow';
import type { DossierActions } from './types';
import type { DossierData } from './useDossierData';

export interface DossierOps {
  busy: ReadonlySet<string>;
  failures: Readonly<Record<string, RowFailure>>;
  /** Per-row success notes (copy), so the feedback is where the person clicked. */
  notes: Readonly<Record<string, string>>;
  announcement: Announcement | undefined;
  announce(next: Announcement | undefined): void;
  lookUp(code: string, idNumber?: string, options?: { quiet?: boolean }): Promise<StepOutcome>;
  copy(code: string): Promise<void>;
  remove(code: string): Promise<boolean>;
  saveNote(code: string, change: { note: string; label: string }): Promise<void>;
  markSeen(code: string): Promise<void>;
}

function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Trợ lý gặp lỗi. Hãy thử lại.';
}

export function useDossierOps(actions: DossierActions, data: DossierData): DossierOps {
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<Readonly<Record<string, RowFailure>>>({});
  const [notes, setNotes] = useState<Readonly<Record<string, string>>>({});
  const [announcement, announce] = useState<Announcement>();
  // Several lookups may run at once (a row's and "Tra cứu tất cả"); state updates must not lose each other.
  const busyRef = useRef(new Set<string>());

  const setBusyFor = (code: string, on: boolean) => {
    if (on) busyRef.current.add(code);
    else busyRef.current.delete(code);
    setBusy(new Set(busyRef.current));
  };
  const setFailure = (code: string, failure: RowFailure | undefined) =>
    setFailures((all) => {
      const next = { ...all };
      if (failure) next[code] = failure;
      else delete next[code];
      return next;
    });

  const lookUp: DossierOps['lookUp'] = async (code, idNumber, options = {}) => {
    if (busyRef.current.has(code)) return 'failed';
    setBusyFor(code, true);
    setFailure(code, undefined);
    setNotes({});
    let outcome: StepOutcome = 'failed';
    try {
      const result = await actions.lookup(code, idNumber);
      if (result.kind === 'found') {
        outcome = result.changed ? 'changed' : 'unchanged';
        const status = latestCheck(result.record)?.statusText ?? '';
        const suffix = result.changed ? '' : ' (không có thay đổi)';
        if (!options.quiet) announce({ tone: 'ok', text: `Đã cập nhật: ${status}${suffix}. Hồ sơ ${result.record.code}.` });
      } else {
        setFailure(code, { reason: result.reason, message: result.message.vi });
        if (!options.quiet) announce({ tone: 'error', text: result.message.vi });
      }
    } catch (error) {
      setFailure(code, { reason: 'error', message: errorText(error) });
      if (!options.quiet) announce({ tone: 'error', text: errorText(error) });
    } finally {
      setBusyFor(code, false);
    }
    await data.refresh(code);
    return outcome;
  };

  const undo = async (code: string, token: string) => {
    try {
      const { undone } = await actions.undo(token);
      announce(
        undone
          ? { tone: 'ok', text: `Đã khôi phục hồ sơ ${code}.` }
          : { tone: 'error', text: 'Không hoàn tác được: đã quá lâu hoặc đã hoàn tác rồi.' },
      );
    } catch (error) {
      announce({ tone: 'error', text: errorText(error) });
    }
    await data.refresh(code);
  };

  return {
    busy,
    failures,
    notes,
    announcement,
    announce,
    lookUp,
    async copy(code) {
      try {
        await actions.copyText(code);
        announce({ tone: 'ok', text: `Đã sao chép mã hồ sơ ${code}.` });
        setNotes({ [code]: 'Đã sao chép mã hồ sơ.' });
      } catch {
        announce({ tone: 'error', text: `Không sao chép được. Mã hồ sơ: ${code}` });
      }
    },
    async remove(code) {
      try {
        const result = await actions.remove(code);
        const token = result.undoToken;
        if (!result.removed) announce({ tone: 'error', text: `Không tìm thấy hồ sơ ${code} để xóa.` });
        else
          announce({
            tone: 'info',
            text: `Đã xóa hồ sơ ${code}.`,
            action: token ? { label: 'Hoàn tác', run: () => void undo(code, token) } : undefined,
          });
        await data.refresh(code);
        return result.removed;
      } catch (error) {
        announce({ tone: 'error', text: errorText(error) });
        return false;
      }
    },
    async saveNote(code, change) {
      try {
        await actions.update({ code, ...change });
        announce({ tone: 'ok', text: 'Đã lưu ghi chú và nhãn.' });
      } catch (error) {
        announce({ tone: 'error', text: errorText(error) });
      }
      await data.refresh(code);
    },
    async markSeen(code) {
      try {
        await actions.update({ code, seen: true });
        await data.refresh(code);
      } catch {
        // Only the "Mới" mark depends on it; the next opening tries again.
      }
    },
  };
}
