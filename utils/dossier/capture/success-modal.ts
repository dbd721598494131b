/**
 * The submission success modal (FACTS §5 "Success"; NopThanhCongModal.tsx in the thesis fork): an antd Modal whose
 * body holds the heading "Đăng ký hồ sơ thành công", the sentence "Chúc mừng ông/bà <chủ hồ sơ> đã đăng ký thành công
 * dịch vụ <tên thủ tục> cho <đơn vị>. Hồ sơ của ông/bà sẽ được phản hồi trong 08 giờ làm việc." and the line
 * "Mã hồ sơ đăng ký: <mã hồ sơ>". The modal has no antd title, so the heading is matched as a line of text.
 */
import { fold } from '../../text/fold';
import type { DossierCapture } from '../capture-schema';
import { cleanIdNumber } from '../links';
import { findDossierCodes } from '../scan';
import { blockLines, cleanValue, foldWithMap, hasLine, rawSlice, valueAfterLabel } from './dom-text';
import { formIdNumber } from './form-values';
import type { CaptureContext } from './types';

const HEADING = 'Đăng ký hồ sơ thành công';
const CODE_LABEL = 'Mã hồ sơ đăng ký';

interface Congratulation {
  ownerName?: string;
  procedure?: string;
  agency?: string;
}

/** Split the congratulation sentence into owner, procedure and agency (folded markers, raw values). */
export function parseCongratulation(line: string): Congratulation | undefined {
  const ft = foldWithMap(line);
  const f = ft.folded;
  const opening = 'chuc mung ong/ba ';
  const middle = ' da dang ky thanh cong dich vu ';
  const m = f.indexOf(middle);
  if (!f.startsWith(opening) || m < 0) return undefined;
  const restStart = m + middle.length;
  // The sentence ends before "Hồ sơ của ông/bà ..."; without it, at the last full stop.
  let end = f.indexOf('. ho so cua ong/ba', restStart);
  if (end < 0) end = f.endsWith('.') ? f.length - 1 : f.length;
  // Procedure names may contain " cho " ("... cho người nước ngoài"); agency names rarely do, so split at the last.
  const cho = f.lastIndexOf(' cho ', end);
  const result: Congratulation = {};
  const owner = cleanValue(rawSlice(line, ft, opening.length, m));
  if (owner) result.ownerName = owner;
  if (cho >= restStart) {
    const procedure = cleanValue(rawSlice(line, ft, restStart, cho));
    const agency = cleanValue(rawSlice(line, ft, cho + ' cho '.length, end));
    if (procedure) result.procedure = procedure;
    if (agency) result.agency = agency;
  } else {
    const procedure = cleanValue(rawSlice(line, ft, restStart, end));
    if (procedure) result.procedure = procedure;
  }
  return result;
}

/** The code from the success modal, with what the modal and the form behind it say. */
/** @param pageLines the lines of `root` when the caller has them already (one walk of a long page, not one per reader) */
export function captureSuccessModal(
  root: ParentNode & Node,
  ctx: CaptureContext,
  pageLines?: readonly string[],
): DossierCapture | undefined {
  const modals = Array.from(root.querySelectorAll('.ant-modal, [role="dialog"]'));
  // Classes are a hint; if the modal markup changes, the text alone still identifies the screen.
  const candidates: Node[] = modals.length > 0 ? modals : [root];
  for (const candidate of candidates) {
    const lines = candidate === root && pageLines ? pageLines : blockLines(candidate, ctx.ignoreSelector);
    if (!hasLine(lines, [HEADING])) continue;
    const value = valueAfterLabel(lines, [CODE_LABEL]);
    const match = value ? findDossierCodes(value, { now: ctx.now ?? new Date() })[0] : undefined;
    if (!match) continue;
    const capture: DossierCapture = { code: match.parsed.code, source: 'success-modal', sourceUrl: ctx.url };
    const sentence = lines.find((line) => fold(line).startsWith('chuc mung'));
    const congratulation = sentence ? parseCongratulation(sentence) : undefined;
    if (congratulation) Object.assign(capture, congratulation);
    const id = formIdNumber(root) ?? cleanIdNumber(ctx.profileIdNumber);
    if (id) capture.ownerIdNumber = id;
    return capture;
  }
  return undefined;
}
