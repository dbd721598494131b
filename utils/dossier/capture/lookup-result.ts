/**
 * Reading the lookup page after the portal has searched (FACTS §7; TraCuu/components/Content.tsx in the thesis fork).
 *
 * - Result: `div.contentTraCuu` > `.thongTinHoSo` table of `tr.row-data` rows, label cell then value cell:
 *   "Chủ hồ sơ", "Địa chỉ", "Tên thủ tục", "Ngày tiếp nhận" and "Ngày hẹn trả" (DD/MM/YYYY), "Tình trạng" (§8 label).
 * - History: `.tinhTrangHoSo` table with headers "#", "Thời gian", "Người gửi", "Thao tác xử lý", "Người nhận".
 * - Errors: react-toastify error toasts (`.Toastify__toast--error .Toastify__toast-body`, §2) with the server messages
 *   "Mã hồ sơ không hợp lệ!", "Vui lòng nhập đúng số định danh chủ hồ sơ/người ủy quyền!", "Mã Recaptcha không hợp
 *   lệ!", the client's "Mã Recaptcha không tồn tại!", HTTP 500 "Chưa cấu hình mã secret_key"; and the bare text
 *   "Không có thông tin dữ liệu!" when nothing matched. A full-page antd Spin shows while loading.
 * Rows and columns are found by their label text; the classes only narrow the search when present.
 */
import { fold } from '../../text/fold';
import type { DossierCapture } from '../capture-schema';
import { parseVnDate } from '../dates';
import { cleanIdNumber, parseLookupLink } from '../links';
import type { ProcessingStep, StatusCheck } from '../record';
import { parseDossierCode } from '../registry';
import { blockLines, cleanValue, labelKey, textOf } from './dom-text';
import { lookupFailure, type LookupFailureReason, type LookupOutcome } from './outcome';
import type { CaptureContext } from './types';

/** Portal messages (folded, without the final "!") and what they mean. */
const TOAST_REASONS: readonly (readonly [string, LookupFailureReason])[] = [
  ['ma ho so khong hop le', 'invalid-code'],
  ['vui long nhap dung so dinh danh chu ho so', 'id-mismatch'],
  ['ma recaptcha khong hop le', 'captcha'],
  ['ma recaptcha khong ton tai', 'captcha'],
  ['chua cau hinh ma secret_key', 'server-error'],
];

const NO_DATA = 'khong co thong tin du lieu';

/** The first error the page shows, if any. Toasts of other kinds (info, warning) do not stop a search. */
export function lookupErrorOnPage(root: ParentNode): LookupOutcome | undefined {
  const toasts = Array.from(root.querySelectorAll('.Toastify__toast, [role="alert"]'));
  for (const toast of toasts) {
    const body = toast.querySelector('.Toastify__toast-body') ?? toast;
    const text = cleanValue(textOf(body));
    if (!text) continue;
    const f = fold(text);
    const known = TOAST_REASONS.find(([message]) => f.includes(message));
    if (known) return lookupFailure(known[1], text);
    const className = toast.getAttribute('class') ?? '';
    if (className.includes('Toastify__toast--error')) return lookupFailure('server-error', text);
  }
  return undefined;
}

type InfoField = 'ownerName' | 'ownerAddress' | 'procedure' | 'receivedDate' | 'dueDate' | 'status';
const INFO_LABELS: Readonly<Record<string, InfoField>> = {
  'chu ho so': 'ownerName',
  'dia chi': 'ownerAddress',
  'ten thu tuc': 'procedure',
  'ngay tiep nhan': 'receivedDate',
  'ngay hen tra': 'dueDate',
  'tinh trang': 'status',
};

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** Label → value from two-cell rows ("Chủ hồ sơ" | "NGUYỄN VĂN A"). */
function readInfoRows(scope: ParentNode): Partial<Record<InfoField, string>> {
  const info: Partial<Record<InfoField, string>> = {};
  for (const row of Array.from(scope.querySelectorAll('tr'))) {
    const cells = cellsOf(row);
    if (cells.length < 2) continue;
    const field = INFO_LABELS[labelKey(textOf(cells[0] as Element))];
    if (!field || info[field] !== undefined) continue;
    const value = cleanValue(textOf(cells[1] as Element));
    if (value) info[field] = value;
  }
  return info;
}

const STEP_COLUMNS: Readonly<Record<string, keyof ProcessingStep>> = {
  'thoi gian': 'time',
  'nguoi gui': 'sender',
  'thao tac xu ly': 'action',
  'nguoi nhan': 'receiver',
};

/** Rows of the table whose header names "Thời gian" and "Thao tác xử lý", in page order. */
function readSteps(scope: ParentNode): ProcessingStep[] | undefined {
  for (const table of Array.from(scope.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr'));
    const headerIndex = rows.findIndex((r) => {
      const keys = cellsOf(r).map((c) => labelKey(textOf(c)));
      return keys.includes('thoi gian') && keys.includes('thao tac xu ly');
    });
    if (headerIndex < 0) continue;
    const columns = cellsOf(rows[headerIndex] as Element).map((c) => STEP_COLUMNS[labelKey(textOf(c))]);
    const steps: ProcessingStep[] = [];
    for (const row of rows.slice(headerIndex + 1)) {
      const step: ProcessingStep = {};
      cellsOf(row).forEach((cell, i) => {
        const column = columns[i];
        const value = column ? cleanValue(textOf(cell)) : undefined;
        if (column && value) step[column] = value;
      });
      if (Object.keys(step).length > 0) steps.push(step);
    }
    return steps;
  }
  return undefined;
}

function inputValue(root: ParentNode, id: string, placeholder: string): string | undefined {
  const byId = root.querySelector(`input[id="${id}"]`);
  const el =
    byId ??
    Array.from(root.querySelectorAll('input[placeholder]')).find(
      (i) => fold(i.getAttribute('placeholder') ?? '') === fold(placeholder),
    );
  return el && 'value' in el && typeof el.value === 'string' ? el.value : undefined;
}

/** The code and SGT the page searched for: from the URL (the page rewrites it on each search), else the inputs. */
function searchedFor(root: ParentNode, ctx: CaptureContext): { code?: string; idNumber?: string } {
  const now = ctx.now ?? new Date();
  const link = parseLookupLink(ctx.url, { now });
  if (link) return link.idNumber ? { code: link.code, idNumber: link.idNumber } : { code: link.code };
  const code = parseDossierCode(inputValue(root, 'MHS', 'Nhập mã hồ sơ') ?? '', { now })?.code;
  const idNumber = cleanIdNumber(inputValue(root, 'SGT', 'Nhập số CC/HC/MST'));
  return { ...(code ? { code } : {}), ...(idNumber ? { idNumber } : {}) };
}

/**
 * What the lookup page shows now. An error toast wins over a result table, since a table may be left over from an
 * earlier search while the toast is about the latest one; the flow must never store a result it is unsure of.
 */
export function readLookupResult(root: ParentNode & Node, ctx: CaptureContext): LookupOutcome {
  const error = lookupErrorOnPage(root);
  if (error) return error;

  const scope = root.querySelector('.contentTraCuu') ?? root;
  const info = readInfoRows(scope);
  if (info.status !== undefined) {
    const { code, idNumber } = searchedFor(root, ctx);
    if (!code) return lookupFailure('unreadable');
    const status: StatusCheck = { checkedAt: (ctx.now ?? new Date()).toISOString(), statusText: info.status };
    const dueDate = parseVnDate(info.dueDate);
    if (dueDate) status.dueDate = dueDate;
    const steps = readSteps(scope);
    if (steps) status.steps = steps;
    const capture: DossierCapture = { code, source: 'lookup-result', sourceUrl: ctx.url, status };
    if (idNumber) capture.ownerIdNumber = idNumber;
    if (info.ownerName) capture.ownerName = info.ownerName;
    if (info.ownerAddress) capture.ownerAddress = info.ownerAddress;
    if (info.procedure) capture.procedure = info.procedure;
    const receivedDate = parseVnDate(info.receivedDate);
    if (receivedDate) capture.receivedDate = receivedDate;
    if (dueDate) capture.dueDate = dueDate;
    return { kind: 'found', capture };
  }

  if (blockLines(root, ctx.ignoreSelector).some((line) => fold(line).includes(NO_DATA))) return lookupFailure('no-data');
  // A result block without a readable status means the page changed shape: say so rather than wait forever.
  if (Object.keys(info).length > 0) return lookupFailure('unreadable');
  return { kind: 'pending' };
}
