/**
 * "Hoàn tác": puts back every value a fill replaced, newest first (so a commune is cleared before its district and
 * province). A field the user changed after the fill is left as the user left it.
 */
import { isSelect } from '../dom';
import { readValue } from '../read';
import type { Control, FillReport, Outcome, Snapshot, UndoReport } from '../types';
import { clearAntdSelect, fillAntdSelect } from './antd-select';
import { fillAriaCombobox } from './aria-combobox';
import { clearDate, fillAntdDate, fillFormioDate } from './dates';
import type { DriverContext } from './driver';
import { blurElement, fire, focusElement, setSelectedIndex, typeInto } from './events';
import { clearChoices, fillChoices, fillDayPart } from './formio';
import type { FillOptions } from './run';

async function restore(control: Control, prev: Snapshot, ctx: DriverContext): Promise<string | undefined> {
  const el = control.element;
  const back = { text: prev.value, option: { labels: [prev.value], mode: 'text' as const } };
  switch (control.kind) {
    case 'radio-group': {
      // A radio cannot be unticked the way a person would, and unticking it behind a framework's back would show
      // "nothing chosen" while the form still holds the choice: say so instead.
      const radio = (control.radios ?? [])[prev.index ?? -1];
      if (!radio) return 'Không bỏ chọn được ô tròn: hãy tự chọn lại nếu cần';
      radio.click();
      return undefined;
    }
    case 'antd-select':
      if (prev.value === '') return (await clearAntdSelect(control, ctx)) ? undefined : 'Ô chọn không có nút xóa';
      return (await fillAntdSelect(control, back, ctx)).ok ? undefined : 'Không chọn lại được giá trị cũ';
    case 'formio-choices':
      if (prev.value === '') return (await clearChoices(control, ctx)) ? undefined : 'Ô chọn không có nút xóa';
      return (await fillChoices(control, back, ctx)).ok ? undefined : 'Không chọn lại được giá trị cũ';
    case 'aria-combobox':
      if (prev.value === '') return 'Ô chọn không xóa được';
      return (await fillAriaCombobox(control, back, ctx)).ok ? undefined : 'Không chọn lại được giá trị cũ';
    case 'antd-date':
    case 'formio-date': {
      if (prev.value === '') return (await clearDate(control, ctx)) ? undefined : 'Không xóa được ngày';
      const fill = control.kind === 'antd-date' ? fillAntdDate : fillFormioDate;
      return (await fill(control, { text: prev.value }, ctx)).ok ? undefined : 'Không đặt lại được ngày cũ';
    }
    default:
      if (isSelect(el)) {
        focusElement(el);
        setSelectedIndex(el, prev.index ?? 0);
        fire(el, 'input');
        fire(el, 'change');
        blurElement(el);
      } else if (control.kind === 'formio-day-part') {
        await fillDayPart(control, { text: prev.value });
      } else {
        typeInto(el as HTMLInputElement | HTMLTextAreaElement, prev.value);
      }
      return undefined;
  }
}

/** Restores what `report` replaced. Fields edited since are kept, and listed with the reason. */
export async function undoFill(report: FillReport, opts: FillOptions = {}): Promise<UndoReport> {
  const ctx: DriverContext = {
    clock: { waitMs: 0 },
    timeoutMs: opts.timeoutMs ?? 5000,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  const restored: Outcome[] = [];
  const failed: UndoReport['failed'] = [];
  for (const outcome of [...report.filled].reverse()) {
    const { control } = outcome.entry;
    const prev = outcome.previous;
    if (opts.signal?.aborted) {
      failed.push({ outcome, reason: 'Đã dừng theo yêu cầu' });
      continue;
    }
    if (!prev || !control.element.isConnected) {
      failed.push({ outcome, reason: 'Trường không còn trên trang' });
      continue;
    }
    const current = readValue(control);
    if (current === prev.value) {
      restored.push(outcome);
      continue;
    }
    if (outcome.shown !== undefined && current !== outcome.shown) {
      failed.push({ outcome, reason: 'Đã được sửa sau khi điền: giữ nguyên' });
      continue;
    }
    let reason: string | undefined;
    try {
      reason = await restore(control, prev, ctx);
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
    if (reason === undefined && readValue(control) !== prev.value) reason = 'Không đặt lại được giá trị cũ';
    if (reason === undefined) restored.push(outcome);
    else failed.push({ outcome, reason });
  }
  return { restored, failed };
}
