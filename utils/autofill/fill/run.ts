/**
 * Carries a plan out, one control at a time in plan order, and reports what happened to every control. Before each
 * control it checks again that the field is still there and still empty (the portal fills late and resets cascades),
 * and it records the previous value for undo. Nothing outside the planned controls is read or written.
 */
import { isSelect } from '../dom';
import { readValue } from '../read';
import type { Control, FillReport, Outcome, Plan, PlanEntry, Snapshot } from '../types';
import { fillAntdSelect } from './antd-select';
import { fillAriaCombobox } from './aria-combobox';
import { fillAntdDate, fillFormioDate } from './dates';
import type { Driver, DriverContext, DriverResult } from './driver';
import { fillChoices, fillDayPart } from './formio';
import { fillRadio, fillSelect, fillText } from './native';
import { now } from './wait';

export interface FillOptions {
  /** Stops between controls (and ends waits early) when aborted. */
  signal?: AbortSignal;
  /** Upper bound for each wait on the portal; default 5000 ms. */
  timeoutMs?: number;
}

const DRIVERS: Record<Control['kind'], Driver | undefined> = {
  'text': fillText,
  'textarea': fillText,
  'date-input': fillText,
  'native-select': fillSelect,
  'radio-group': fillRadio,
  'checkbox': undefined, // never ticked by the engine
  'antd-select': fillAntdSelect,
  'antd-date': fillAntdDate,
  'formio-choices': fillChoices,
  'formio-date': fillFormioDate,
  'formio-day-part': fillDayPart,
  'aria-combobox': fillAriaCombobox,
};

/** What undo needs to put the control back. */
export function snapshot(control: Control): Snapshot {
  const el = control.element;
  if (control.kind === 'radio-group') {
    return { value: readValue(control), index: (control.radios ?? []).findIndex((r) => r.checked) };
  }
  if (isSelect(el)) return { value: readValue(control), index: el.selectedIndex };
  return { value: readValue(control) };
}

async function fillOne(entry: PlanEntry, ctx: DriverContext): Promise<Omit<Outcome, 'entry'>> {
  const { control, value } = entry;
  const driver = DRIVERS[control.kind];
  if (!driver || !value) return { status: 'skipped', reason: 'Không có cách điền loại ô này' };
  if (!control.element.isConnected) return { status: 'failed', reason: 'Trường không còn trên trang' };
  const previous = snapshot(control);
  if (previous.value !== '' && !entry.differs) {
    return { status: 'skipped', reason: 'Trang vừa tự điền giá trị (giữ nguyên)' };
  }
  let result: DriverResult;
  try {
    result = await driver(control, value, ctx);
  } catch (error) {
    result = { ok: false, reason: `Lỗi khi điền: ${error instanceof Error ? error.message : String(error)}` };
  }
  // What undo compares with later, read the same way as `previous`.
  const shown = readValue(control);
  return { status: result.ok ? 'filled' : 'failed', previous, reason: result.reason, shown };
}

/** Fills what the plan says to fill. Resolves with a report; never throws for a single control's failure. */
export async function fillPlan(plan: Plan, opts: FillOptions = {}): Promise<FillReport> {
  const start = now();
  const ctx: DriverContext = {
    clock: { waitMs: 0 },
    timeoutMs: opts.timeoutMs ?? 5000,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const results = new Map<PlanEntry, Outcome>();
  const failedGroups = new Map<string, number>();
  let aborted = false;
  for (const entry of plan.order) {
    if (opts.signal?.aborted) aborted = true;
    if (aborted) {
      results.set(entry, { entry, status: 'skipped', reason: 'Đã dừng theo yêu cầu' });
      continue;
    }
    const blockedAt = entry.group !== undefined ? failedGroups.get(entry.group) : undefined;
    if (blockedAt !== undefined && (entry.level ?? 0) > blockedAt && entry.level !== 3) {
      results.set(entry, { entry, status: 'skipped', reason: 'Không chọn được cấp trên nên bỏ qua' });
      continue;
    }
    const outcome: Outcome = { entry, ...(await fillOne(entry, ctx)) };
    if (outcome.status !== 'filled' && entry.group !== undefined) {
      failedGroups.set(entry.group, Math.min(entry.level ?? 0, failedGroups.get(entry.group) ?? Infinity));
    }
    results.set(entry, outcome);
  }
  const outcomes = plan.entries.map(
    (entry) => results.get(entry) ?? { entry, status: 'skipped' as const, reason: entry.reason },
  );
  const totalMs = now() - start;
  const waitMs = Math.min(ctx.clock.waitMs, totalMs);
  return {
    outcomes,
    filled: outcomes.filter((o) => o.status === 'filled'),
    failed: outcomes.filter((o) => o.status === 'failed'),
    skipped: outcomes.filter((o) => o.status === 'skipped'),
    differences: plan.entries.filter((e) => e.differs && e.action === 'skip'),
    timings: { totalMs, waitMs, workMs: totalMs - waitMs },
    aborted,
  };
}
