/**
 * The receipt "Phiếu tiếp nhận hồ sơ" / "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" when the portal shows it as a page
 * (FACTS §9; smartkios_client PhieuTiepNhanHoSo.html in the thesis fork). Lines read by label:
 * "Mã hồ sơ:", "Chủ hồ sơ:", "Địa chỉ chủ hồ sơ:", "Nội dung yêu cầu giải quyết:", "Số CMND/Thẻ căn cước/Hộ chiếu:",
 * "4. Thời gian nhận hồ sơ: 9 giờ 32 phút, ngày 27/10/2023", "5. Thời gian trả kết quả giải quyết hồ sơ: Sau 9 giờ 00
 * phút, ngày 03/11/2023", and the receiving unit on the line before "Tiếp nhận hồ sơ của Ông (Bà):".
 */
import { fold } from '../../text/fold';
import type { DossierCapture } from '../capture-schema';
import { parseVnDate } from '../dates';
import { cleanIdNumber } from '../links';
import { findDossierCodes } from '../scan';
import { blockLines, cleanValue, valueAfterLabel } from './dom-text';
import type { CaptureContext } from './types';

const TITLES = ['phieu tiep nhan ho so', 'giay tiep nhan ho so'];

export function isReceipt(lines: readonly string[]): boolean {
  // A title is a short line; folding every paragraph of a long page just to find it would be wasted.
  return lines.some((line) => {
    if (line.length > 120) return false;
    const f = fold(line);
    return TITLES.some((t) => f.includes(t));
  });
}

function receivingUnit(lines: readonly string[]): string | undefined {
  const i = lines.findIndex((line) => fold(line).startsWith('tiep nhan ho so cua'));
  const previous = i > 0 ? lines[i - 1] : undefined;
  return previous?.trim().endsWith(':') ? cleanValue(previous.trim().slice(0, -1)) : undefined;
}

/** @param pageLines the lines of `root` when the caller has them already (one walk of a long page, not one per reader) */
export function captureReceipt(root: Node, ctx: CaptureContext, pageLines?: readonly string[]): DossierCapture | undefined {
  const lines = pageLines ?? blockLines(root, ctx.ignoreSelector);
  if (!isReceipt(lines)) return undefined;
  const value = valueAfterLabel(lines, ['Mã hồ sơ']);
  const match = value ? findDossierCodes(value, { now: ctx.now ?? new Date() })[0] : undefined;
  if (!match) return undefined;

  const capture: DossierCapture = { code: match.parsed.code, source: 'receipt', sourceUrl: ctx.url };
  // Templates differ: the kiosk one says "Chủ hồ sơ:", others "Tiếp nhận hồ sơ của Ông (Bà):" (or without "Ông (Bà)").
  const ownerName = cleanValue(
    valueAfterLabel(lines, ['Chủ hồ sơ', 'Tiếp nhận hồ sơ của Ông (Bà)', 'Tiếp nhận hồ sơ của ông/bà', 'Tiếp nhận hồ sơ của']),
  );
  const ownerAddress = cleanValue(valueAfterLabel(lines, ['Địa chỉ chủ hồ sơ', 'Địa chỉ']));
  const procedure = cleanValue(valueAfterLabel(lines, ['Nội dung yêu cầu giải quyết', 'Tên thủ tục']));
  // The receipt prints the submitter's ID; the lookup accepts it as well as the owner's (FACTS §7).
  const idText = valueAfterLabel(lines, ['Số CMND/Thẻ căn cước/Hộ chiếu', 'Số CCCD/CMND', 'Số giấy tờ', 'Số định danh']);
  const ownerIdNumber = cleanIdNumber(idText?.split(/[\s,;]/)[0]) ?? cleanIdNumber(ctx.profileIdNumber);
  const receivedDate = parseVnDate(valueAfterLabel(lines, ['Thời gian nhận hồ sơ', 'Ngày tiếp nhận']));
  const dueDate = parseVnDate(valueAfterLabel(lines, ['Thời gian trả kết quả giải quyết hồ sơ', 'Ngày hẹn trả']));
  const agency = cleanValue(valueAfterLabel(lines, ['Cơ quan tiếp nhận'])) ?? receivingUnit(lines);
  if (ownerName) capture.ownerName = ownerName;
  if (ownerAddress) capture.ownerAddress = ownerAddress;
  if (procedure) capture.procedure = procedure;
  if (ownerIdNumber) capture.ownerIdNumber = ownerIdNumber;
  if (receivedDate) capture.receivedDate = receivedDate;
  if (dueDate) capture.dueDate = dueDate;
  if (agency) capture.agency = agency;
  return capture;
}
