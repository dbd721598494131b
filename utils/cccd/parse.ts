/**
 * Reading the line the CCCD's QR code holds:
 *   số định danh (12) | số CMND cũ (9, may be empty) | họ và tên | ngày sinh ddmmyyyy | giới tính | nơi thường trú | ngày cấp ddmmyyyy
 * Fields after the seventh are accepted and ignored. A line that is not this layout creates nothing and says why;
 * agreement between the fields (ID number against birth date and sex) is the profile rules' job, not the parser's.
 */
import { fold, tidy, toIsoDate } from '../text';
import type { Gender } from '../profile/schema';
import { cleanLine } from './clean';
import type { CccdCard, CccdParseResult, CccdRefusalCode, Message } from './types';

/** Cards issued from this day are the new thẻ căn cước (Luật Căn cước 2023, in force 1 July 2024). */
export const CAN_CUOC_FROM = '2024-07-01';

const FIELD_COUNT = 7;

function msg(vi: string, en: string): Message {
  return { vi, en };
}

function refuse(code: CccdRefusalCode, message: Message, details: Message[] = []): CccdParseResult {
  return { ok: false, code, message, details };
}

const NOTHING_CREATED = msg('Không có hồ sơ nào được tạo.', 'Nothing was created.');

/** "15031990" → {iso: "1990-03-15"}; "00001990" or "1990" (birth day unknown) → {year: 1990}. */
function readCardDate(text: string): { iso?: string; year: number } | undefined {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return { year: Number(t) };
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(t) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m === null) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day === 0 || month === 0) return year >= 1000 ? { year } : undefined;
  const iso = toIsoDate(year, month, day);
  return iso === undefined ? undefined : { iso, year };
}

function readGender(text: string): Gender | undefined {
  const f = fold(text);
  if (f === 'nam') return 'male';
  if (f === 'nu') return 'female';
  return undefined;
}

/** A short, safe excerpt of unknown content for a message (never the whole line). */
function excerpt(text: string): string {
  const chars = Array.from(text);
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text;
}

function describeOther(text: string): Message {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return msg(`Nội dung là một đường link (${excerpt(text)}).`, 'The content is a link.');
  }
  if (/^000201/.test(text)) {
    return msg('Nội dung là mã QR thanh toán (VietQR), không phải thẻ căn cước.', 'The content is a payment QR code (VietQR).');
  }
  return msg(`Nội dung bắt đầu bằng "${excerpt(text)}" và không có các trường ngăn bởi dấu "|" như mã trên thẻ.`,
    'The content lacks the "|"-separated fields of the ID card.');
}

/** Characters a scanner or decoder puts where it could not read one: the data is incomplete. */
function unreadable(text: string): boolean {
  return /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text);
}

/**
 * Every real card line has Vietnamese letters (the name, and "Xã", "Phường", "Tỉnh"… in the address). A line with
 * none came through a USB scanner that drops the characters it cannot type ("Nguyn Vn An").
 */
function lostDiacritics(fields: readonly string[]): boolean {
  const name = fields[2] ?? '';
  const address = fields[5] ?? '';
  return /\p{L}/u.test(address) && !/[^\u0000-\u007f]/.test(`${name}${address}`);
}

export function parseCccdQr(raw: string): CccdParseResult {
  const { text, repairedEncoding } = cleanLine(raw);
  if (text === '') return refuse('empty', msg('Chưa có dữ liệu mã QR.', 'No QR data yet.'));
  if (unreadable(text)) {
    return refuse('damaged', msg(
      'Dữ liệu mã QR bị hỏng: có ký tự không đọc được. Hãy quét hoặc chụp lại.',
      'The QR data is damaged: some characters could not be read. Scan or photograph it again.'), [NOTHING_CREATED]);
  }

  const fields = text.split('|').map((f) => f.trim());
  const idLike = /^\d{12}$/;
  if (fields.length < 2 || !idLike.test(fields[0] ?? '')) {
    if (fields.length >= 3 && fields.some((f) => idLike.test(f.replace(/\s/g, '')))) {
      return refuse('unsupported', msg(
        'Chưa hiểu được mã QR của thẻ này: có số 12 chữ số nhưng các trường không theo thứ tự của thẻ CCCD (số định danh | số CMND | họ tên | ngày sinh | giới tính | nơi thường trú | ngày cấp). Hãy nhập tay thông tin trên thẻ.',
        "This card's QR code is not understood: it has a 12-digit number, but its fields are not in the CCCD order. Please type the card's data instead."),
      [NOTHING_CREATED]);
    }
    return refuse('not-cccd', msg(
      'Mã QR này không phải mã trên thẻ CCCD hay thẻ căn cước.',
      'This QR code is not the one on a CCCD or thẻ căn cước.'), [describeOther(text), NOTHING_CREATED]);
  }

  if (fields.length < FIELD_COUNT) {
    return refuse('malformed', msg(
      `Dữ liệu mã QR bị thiếu: có ${fields.length} trường, cần ít nhất ${FIELD_COUNT}. Có thể máy quét bị ngắt giữa chừng; hãy quét lại.`,
      `The QR data is incomplete: ${fields.length} fields, at least ${FIELD_COUNT} needed. Scan again.`), [NOTHING_CREATED]);
  }
  if (lostDiacritics(fields)) {
    return refuse('damaged', msg(
      `Dữ liệu không có chữ nào có dấu (họ tên: "${fields[2] ?? ''}"): máy quét đã gõ thiếu các chữ tiếng Việt. Hãy bật chế độ Unicode của máy quét, hoặc chọn ảnh chụp mã QR, hoặc dùng camera.`,
      'The data has no Vietnamese letters at all: the scanner dropped them. Set the scanner to Unicode, or use a photo or the camera.'),
    [NOTHING_CREATED]);
  }

  const [idNumber = '', oldRaw = '', nameRaw = '', birthRaw = '', genderRaw = '', addressRaw = '', issueRaw = ''] = fields;
  const problems: Message[] = [];
  const oldIdNumber = oldRaw.replace(/\s/g, '');
  if (oldIdNumber !== '' && !/^(\d{9}|\d{12})$/.test(oldIdNumber)) {
    problems.push(msg(`Số CMND cũ "${oldRaw}" phải có 9 chữ số (hoặc để trống).`, `The old CMND number "${oldRaw}" must have 9 digits (or be empty).`));
  }
  const fullName = tidy(nameRaw);
  if (fullName === '') problems.push(msg('Thiếu họ và tên.', 'The full name is missing.'));
  else if (/[\d?]/.test(fullName)) {
    problems.push(msg(`Họ và tên "${fullName}" có chữ số hoặc dấu "?": dữ liệu bị lệch hoặc hỏng.`, `The name "${fullName}" contains digits or "?".`));
  }
  const birth = readCardDate(birthRaw);
  if (birth === undefined) {
    problems.push(msg(`Ngày sinh "${birthRaw}" không phải ngày có thật (cần dạng ngàythángnăm, ví dụ 15031990).`, `The date of birth "${birthRaw}" is not a real date (ddmmyyyy).`));
  }
  const gender = readGender(genderRaw);
  if (gender === undefined) {
    problems.push(msg(`Giới tính "${genderRaw}" phải là "Nam" hoặc "Nữ".`, `Sex "${genderRaw}" must be "Nam" or "Nữ".`));
  }
  const issue = readCardDate(issueRaw);
  if (issue?.iso === undefined) {
    problems.push(msg(`Ngày cấp "${issueRaw}" không phải ngày có thật (cần dạng ngàythángnăm, ví dụ 10052021).`, `The date of issue "${issueRaw}" is not a real date (ddmmyyyy).`));
  }
  if (problems.length > 0 || birth === undefined || gender === undefined || issue?.iso === undefined) {
    return refuse('malformed', msg(
      'Mã QR có dạng của thẻ CCCD nhưng có trường sai, nên không dùng được:',
      'The QR code has the CCCD layout, but some fields are wrong:'), [...problems, NOTHING_CREATED]);
  }

  const card: CccdCard = {
    idNumber,
    oldIdNumber: oldIdNumber === '' ? undefined : oldIdNumber,
    fullName,
    birthDate: birth.iso,
    birthYear: birth.year,
    gender,
    address: tidy(addressRaw),
    issueDate: issue.iso,
    model: issue.iso >= CAN_CUOC_FROM ? 'can-cuoc' : 'cccd',
    extraFields: fields.length - FIELD_COUNT,
  };
  const notes: Message[] = [];
  if (repairedEncoding) {
    notes.push(msg('Dữ liệu bị sai bảng mã (ví dụ "Nguyá»…n") và đã được sửa lại; hãy kiểm tra họ tên và địa chỉ.',
      'The data had an encoding error and was repaired; please check the name and address.'));
  }
  if (card.birthDate === undefined) {
    notes.push(msg(`Thẻ chỉ ghi năm sinh (${card.birthYear}); ngày sinh để trống.`, `The card gives only the year of birth (${card.birthYear}).`));
  }
  if (card.address === '') {
    notes.push(msg('Mã QR không có địa chỉ thường trú; hãy nhập sau nếu cần.', 'The QR code has no permanent address.'));
  }
  if (card.extraFields > 0) {
    notes.push(msg(`Mã QR có thêm ${card.extraFields} trường chưa dùng đến; chúng được bỏ qua và không được lưu.`,
      `The code has ${card.extraFields} further fields; they are ignored and not kept.`));
  }
  return { ok: true, card, notes };
}
