import { describe, expect, it } from 'vitest';
import { CAN_CUOC_FROM, parseCccdQr, repairMojibake } from '../../../utils/cccd';
import { AN_LINE, HOA_LINE } from './lines';

/** Bytes 0x80–0x9F as Windows-1252 shows them (the rest of 0x00–0xFF is the same as Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The line's UTF-8 bytes shown one character per byte, as a program that assumes a one-byte encoding shows them. */
function misread(line: string, cp1252: boolean): string {
  return [...new TextEncoder().encode(line)]
    .map((b) => (cp1252 && b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)))
    .join('');
}

function card(line: string) {
  const result = parseCccdQr(line);
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message.vi}`);
  return result;
}

function refusal(line: string) {
  const result = parseCccdQr(line);
  if (result.ok) throw new Error('accepted');
  return result;
}

describe('reading a CCCD QR line', () => {
  it('reads every field of a line with the old CMND number', () => {
    const { card: c, notes } = card(AN_LINE);
    expect(c).toEqual({
      idNumber: '038090012345', oldIdNumber: '173456789', fullName: 'Nguyễn Văn An', birthDate: '1990-03-15', birthYear: 1990,
      gender: 'male', address: 'Số 25 đường Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Tỉnh Thanh Hóa', issueDate: '2021-05-10',
      model: 'cccd', extraFields: 0,
    });
    expect(notes).toEqual([]);
  });

  it('reads a line without the old number, "Nữ" as female, and a card issued from 1 July 2024 as a thẻ căn cước', () => {
    const { card: c } = card(HOA_LINE);
    expect(c.oldIdNumber).toBeUndefined();
    expect(c.gender).toBe('female');
    expect(c.birthDate).toBe('2001-07-20');
    expect(c.issueDate).toBe('2025-08-12');
    expect(c.model).toBe('can-cuoc');
    expect(CAN_CUOC_FROM).toBe('2024-07-01');
    expect(card(AN_LINE.replace('10052021', '30062024')).card.model).toBe('cccd');
    expect(card(AN_LINE.replace('10052021', '01072024')).card.model).toBe('can-cuoc');
  });

  it.each([['Nam', 'male'], ['nam', 'male'], ['NAM', 'male'], ['Nữ', 'female'], ['nữ', 'female'], ['NỮ', 'female'], ['Nu', 'female']])(
    'reads the sex "%s" as %s',
    (written, gender) => {
      expect(card(AN_LINE.replace('|Nam|', `|${written}|`)).card.gender).toBe(gender);
    },
  );

  it('accepts fields after the seventh, ignores them and does not keep them', () => {
    const result = card(`${AN_LINE}|Nguyễn Văn Bình|Lê Thị Cúc|`);
    expect(result.card.extraFields).toBe(3);
    expect(JSON.stringify(result.card)).not.toContain('Bình');
    expect(result.notes.map((n) => n.vi).join(' ')).toContain('thêm 3 trường');
  });

  it('undoes what scanners and clipboards add: the final line break, a byte-order mark, the AIM prefix, NFD text', () => {
    expect(card(`${AN_LINE}\r\n`).card.issueDate).toBe('2021-05-10');
    expect(card(`\ufeff${AN_LINE}`).card.idNumber).toBe('038090012345');
    expect(card(`]Q1${AN_LINE}`).card.idNumber).toBe('038090012345');
    const nfd = card(AN_LINE.normalize('NFD')).card;
    expect(nfd.fullName).toBe('Nguyễn Văn An');
    expect(nfd.fullName).toBe(nfd.fullName.normalize('NFC'));
  });

  it.each([['Windows-1252', 'Nguyá»…n'], ['Latin-1', 'Nguyá»\u0085n']])('repairs a UTF-8 line that was read as %s ("%s"), and says so', (encoding, shown) => {
    const broken = misread(AN_LINE, encoding === 'Windows-1252');
    expect(broken).toContain(shown);
    const result = card(broken);
    expect(result.card.fullName).toBe('Nguyễn Văn An');
    expect(result.card.address).toBe('Số 25 đường Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Tỉnh Thanh Hóa');
    expect(result.notes[0]?.vi).toContain('sai bảng mã');
    // A correct Vietnamese line is never "repaired".
    expect(repairMojibake(AN_LINE)).toBeUndefined();
  });

  it('accepts a card that gives only the year of birth, and says so', () => {
    const result = card(AN_LINE.replace('15031990', '00001990'));
    expect(result.card.birthDate).toBeUndefined();
    expect(result.card.birthYear).toBe(1990);
    expect(result.notes[0]?.vi).toContain('chỉ ghi năm sinh (1990)');
  });

  it('accepts a code without an address and says the address is missing', () => {
    const result = card('038090012345|173456789|Nguyễn Văn An|15031990|Nam||10052021');
    expect(result.card.address).toBe('');
    expect(result.notes[0]?.vi).toContain('không có địa chỉ');
  });
});

describe('refusing what is not a usable card line (nothing is created)', () => {
  it.each([
    ['a link', 'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?ma=000.00.12.H56-250101-0001', 'not-cccd', 'đường link'],
    ['a VietQR payment code', '00020101021238570010A000000727012700069704220113012345678900208QRIBFTTA53037045802VN6304ABCD', 'not-cccd', 'VietQR'],
    ['plain text', 'Xin chào', 'not-cccd', 'Xin chào'],
    ['another card layout', 'Nguyễn Văn An|038090012345|15031990|Nam', 'unsupported', 'không theo thứ tự'],
    ['a truncated scan', '038090012345|173456789|Nguyễn Văn An|150319', 'malformed', 'có 4 trường'],
    ['an empty box', '   ', 'empty', 'Chưa có dữ liệu'],
  ])('refuses %s', (_, line, code, words) => {
    const r = refusal(line);
    expect(r.code).toBe(code);
    expect([r.message.vi, ...r.details.map((d) => d.vi)].join(' ')).toContain(words);
    if (code !== 'empty') expect(r.details.at(-1)?.vi).toBe('Không có hồ sơ nào được tạo.');
  });

  it.each([
    ['a birth date that is not a real day', AN_LINE.replace('15031990', '31021990'), 'Ngày sinh "31021990" không phải ngày có thật'],
    ['an issue date in another format', AN_LINE.replace('10052021', '2021-05-10'), 'Ngày cấp "2021-05-10"'],
    ['an unknown sex', AN_LINE.replace('|Nam|', '|Khác|'), 'Giới tính "Khác" phải là "Nam" hoặc "Nữ"'],
    ['a missing name', AN_LINE.replace('Nguyễn Văn An', ''), 'Thiếu họ và tên'],
    ['shifted fields (a date where the name goes)', '038090012345|173456789|15031990|Nguyễn Văn An|Nam|Thanh Hóa|10052021', 'Họ và tên "15031990"'],
    ['a bad old number', AN_LINE.replace('173456789', '17345'), 'Số CMND cũ "17345" phải có 9 chữ số'],
  ])('refuses a line with %s, naming the field', (_, line, words) => {
    const r = refusal(line);
    expect(r.code).toBe('malformed');
    expect(r.details.map((d) => d.vi).join(' ')).toContain(words);
  });

  it('refuses damaged text: replacement characters from a broken decode', () => {
    const r = refusal(AN_LINE.replace('Văn', 'V\ufffdn'));
    expect(r.code).toBe('damaged');
    expect(r.message.vi).toContain('ký tự không đọc được');
  });

  it('refuses a line a USB scanner typed without its Vietnamese letters', () => {
    const r = refusal('038090012345|173456789|Nguyn Vn An|15031990|Nam|S 25 ng L Li, Phng in Bin, Thnh ph Thanh Ha, Tnh Thanh Ha|10052021');
    expect(r.code).toBe('damaged');
    expect(r.message.vi).toContain('máy quét đã gõ thiếu các chữ tiếng Việt');
  });
});
