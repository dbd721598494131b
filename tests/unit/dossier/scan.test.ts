import { describe, expect, it } from 'vitest';
import { findDossierCodes } from '../../../utils/dossier/scan';

const NOW = new Date('2025-06-20T03:00:00Z');
const codes = (text: string) => findDossierCodes(text, { now: NOW }).map((m) => m.parsed.code);

describe('findDossierCodes', () => {
  it('finds nothing in a news article full of near-misses', () => {
    const article = `
      Ngày 27-10-2023 (2023-10-27), UBND tỉnh Thanh Hóa ban hành Quyết định số 3456/QĐ-UBND và Công văn
      12996/UBND-HCC ngày 7/8/2025 về thủ tục 1.001193.000.00.00.H56 và 1.000894.000.00.00.H56. Người dân gọi
      đường dây nóng 0237-385-2222, 1900-123456-7890 hoặc 0912.345.678; số CCCD mẫu 038123456789.
      Mã thủ tục cũ 1.001193.000.00.00.H56-231027-0361 không phải là mã hồ sơ, cũng như tệp
      bao-cao-000.00.06.H56-231027-0361.pdf, mã 000.00.06.H56-231027-0361-2, mã 000.00.06.H56-231027-0361/QĐ-UBND,
      H56-231327-0001 (tháng 13), 000.00.06.H56-231027-0000, 000.00.06.H56-231027-361, 000.00.06.H56-231027-123456,
      và ngày 20231027-0361. Báo Thanh Hóa, số 231027-0361.`;
    expect(findDossierCodes(article, { now: NOW })).toEqual([]);
  });

  it('finds the code on a receipt text with its offsets', () => {
    const receipt =
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH THANH HÓA\nMã hồ sơ: 000.00.06.H56-231027-0361\n' +
      'Thanh Hóa, ngày 27 tháng 10 năm 2023\nSố CMND/Thẻ căn cước/Hộ chiếu: 038087042028';
    const [match, ...rest] = findDossierCodes(receipt, { now: NOW });
    expect(rest).toEqual([]);
    expect(match?.parsed.code).toBe('000.00.06.H56-231027-0361');
    expect(receipt.slice(match?.start, match?.end)).toBe('000.00.06.H56-231027-0361');
  });

  it('finds several codes in order, including en-dash and lower-case copies, reporting the raw text', () => {
    const text = 'Hồ sơ H56.14-240823-0001, 000.17.22.h56–210531–0001 và (000.00.14.H56-200203-0118).';
    const found = findDossierCodes(text, { now: NOW });
    expect(found.map((m) => m.parsed.code)).toEqual([
      'H56.14-240823-0001',
      '000.17.22.H56-210531-0001',
      '000.00.14.H56-200203-0118',
    ]);
    expect(found[1]?.raw).toBe('000.17.22.h56–210531–0001');
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('accepts codes at a sentence end, in quotes, after a colon or in a URL query', () => {
    expect(codes('Mã hồ sơ:000.00.06.H56-231027-0361.')).toEqual(['000.00.06.H56-231027-0361']);
    expect(codes('"H56.14-240823-0001"')).toEqual(['H56.14-240823-0001']);
    expect(codes('/portaldvc/tra-cuu?MHS=000.00.06.H56-231027-0361&SGT=038087042028')).toEqual([
      '000.00.06.H56-231027-0361',
    ]);
  });

  it('rejects a code glued to Vietnamese letters on either side', () => {
    expect(codes('sơ000.00.06.H56-231027-0361')).toEqual([]);
    expect(codes('000.00.06.H56-231027-0361Đơn vị')).toEqual([]);
  });

  it('rejects a code followed by a decimal part', () => {
    expect(codes('000.00.06.H56-231027-0361.5 và 000.00.06.H56-231027-0361,5')).toEqual([]);
  });

  it('finds a code right after a rejected near-miss', () => {
    expect(codes('000.00.06.H56-231327-0361 000.00.06.H56-231027-0362')).toEqual(['000.00.06.H56-231027-0362']);
  });

  it('ignores agency identifiers that are too long to be one', () => {
    expect(codes(`${'1.'.repeat(30)}000.00.06.H56-231027-0361`)).toEqual([]);
  });

  it('does not report future-dated codes', () => {
    expect(codes('000.00.06.H56-301027-0361')).toEqual([]);
  });

  it('scans a megabyte of ordinary text', () => {
    const paragraph = 'Quyết định 1234/QĐ-UBND ngày 27-10-2023, thủ tục 1.001193.000.00.00.H56, liên hệ 0237-385-2222. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)) + 'Mã: 000.00.06.H56-231027-0361';
    const found = findDossierCodes(text, { now: NOW });
    expect(found.map((m) => m.parsed.code)).toEqual(['000.00.06.H56-231027-0361']);
    expect(found[0]?.end).toBe(text.length);
  });
});
