/**
 * The fill engine, injected on demand into a portal tab when the person presses "Điền tự động" (or asks from the popup,
 * the keyboard shortcut or the context menu). Fills, outlines what it filled, draws the report and undoes on request.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FillReport as FillReportView, type ReportLine } from '../components/autofill/FillReport';
import { collectControls, fillPlan, planFill, undoFill, type FillReport, type PlanEntry } from '../utils/autofill';
import { registerModule, type FillModule } from '../utils/portal/modules';

const SHOWN_SKIPS = new Set(['other-person', 'no-data', 'unsure', 'locked', 'cascade']);

/** How a person would name the field: its label, and the section it sits in when that tells whose it is. */
function fieldName(entry: PlanEntry): string {
  const label = entry.evidence.label.replace(/[:：*\s]+$/u, '').trim() || entry.evidence.keys[0] || 'Trường không tên';
  const section = entry.evidence.sectionTitle?.replace(/[:：\s]+$/u, '');
  return section && !label.includes(section) ? `${section} · ${label}` : label;
}

/** Split dates (day, month, year in three controls) read as one line: "Ngày sinh của cha → 01/01/1962". */
function joinParts(lines: ReportLine[]): ReportLine[] {
  const out: ReportLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last.field === line.field && last.value && line.value && !line.reason) last.value = `${last.value}/${line.value}`;
    else out.push({ ...line });
  }
  return out;
}

function linesOf(report: FillReport) {
  return {
    filled: joinParts(report.filled.map((o): ReportLine => ({ field: fieldName(o.entry), value: o.shown ?? o.entry.display }))),
    failed: report.failed.map((o): ReportLine => ({ field: fieldName(o.entry), reason: o.reason })),
    differences: report.differences.map((e): ReportLine => ({
      field: fieldName(e),
      value: e.existing,
      reason: `thông tin đã lưu: ${e.display}`,
    })),
    leftEmpty: report.skipped
      .filter((o) => SHOWN_SKIPS.has(o.entry.code) && !o.entry.existing)
      .map((o): ReportLine => ({ field: fieldName(o.entry), reason: o.reason })),
  };
}

export default defineUnlistedScript(() => {
  let busy = false;
  let shownIn: HTMLElement | undefined;
  let outlined: { element: HTMLElement; outline: string; offset: string }[] = [];

  const clearOutlines = () => {
    for (const { element, outline, offset } of outlined) {
      element.style.outline = outline;
      element.style.outlineOffset = offset;
    }
    outlined = [];
  };

  // Filled fields get an outline on the portal's own element, put back exactly as it was on undo or close.
  const outline = (report: FillReport) => {
    for (const outcome of report.filled) {
      const element = outcome.entry.control.host;
      outlined.push({ element, outline: element.style.outline, offset: element.style.outlineOffset });
      element.style.outline = '2px solid #17753a';
      element.style.outlineOffset = '2px';
    }
  };

  const module: FillModule = {
    get busy() {
      return busy;
    },
    clear() {
      clearOutlines();
      if (shownIn) render(null, shownIn);
      shownIn = undefined;
    },
    async fill({ profile, reportContainer, exclude }) {
      if (busy) return { filled: 0, leftEmpty: 0, failed: 0, differences: 0 };
      busy = true;
      try {
        clearOutlines();
        const controls = collectControls(document, { exclude: exclude[0] ?? null });
        const report = await fillPlan(planFill(controls, profile));
        outline(report);
        const lines = linesOf(report);
        const draw = (undone: boolean, undoMessage?: string) =>
          render(
            <FillReportView
              {...lines}
              undone={undone}
              undoMessage={undoMessage}
              onUndo={() => {
                void undoFill(report).then((result) => {
                  clearOutlines();
                  draw(
                    true,
                    result.failed.length > 0
                      ? `Đã hoàn tác; ${result.failed.length} trường không trả lại được: ${result.failed.map((f) => f.reason).join('; ')}`
                      : undefined,
                  );
                });
              }}
              onClose={() => {
                clearOutlines();
                render(null, reportContainer);
              }}
            />,
            reportContainer,
          );
        draw(false);
        shownIn = reportContainer;
        return {
          filled: lines.filled.length,
          leftEmpty: lines.leftEmpty.length,
          failed: lines.failed.length,
          differences: lines.differences.length,
        };
      } finally {
        busy = false;
      }
    },
  };
  registerModule('fill', module);
});
