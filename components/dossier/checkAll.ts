/**
 * "Tra cứu tất cả": one lookup after another (each opens the portal in a background tab, so never several at once),
 * reporting progress, and stopping after the current one when asked.
 */
export interface CheckAllProgress {
  done: number;
  total: number;
  /** The code being looked up now; undefined once finished. */
  current?: string;
}

export interface CheckAllSummary {
  checked: number;
  total: number;
  changed: number;
  failed: number;
  stopped: boolean;
}

export type StepOutcome = 'changed' | 'unchanged' | 'failed';

export async function checkOneByOne(
  codes: readonly string[],
  step: (code: string) => Promise<StepOutcome>,
  options: { shouldStop: () => boolean; onProgress: (progress: CheckAllProgress) => void },
): Promise<CheckAllSummary> {
  const summary: CheckAllSummary = { checked: 0, total: codes.length, changed: 0, failed: 0, stopped: false };
  for (const code of codes) {
    if (options.shouldStop()) {
      summary.stopped = true;
      break;
    }
    options.onProgress({ done: summary.checked, total: codes.length, current: code });
    let outcome: StepOutcome;
    try {
      outcome = await step(code);
    } catch {
      outcome = 'failed';
    }
    summary.checked++;
    if (outcome === 'changed') summary.changed++;
    if (outcome === 'failed') summary.failed++;
  }
  options.onProgress({ done: summary.checked, total: codes.length });
  return summary;
}

/** What the status region says when a run ends. */
export function summaryText(summary: CheckAllSummary): string {
  const counts = `${summary.changed} hồ sơ có thay đổi, ${summary.failed} hồ sơ không tra cứu được.`;
  return summary.stopped
    ? `Đã dừng: đã tra cứu ${summary.checked}/${summary.total} hồ sơ; ${counts}`
    : `Đã tra cứu xong ${summary.checked}/${summary.total} hồ sơ: ${counts}`;
}
