/** The small pieces: keys read as words, option matching, value formats. */
import { describe, expect, it } from 'vitest';
import { announcedDateFormat, formatDate, normalizePhone } from '../../../utils/autofill/format';
import { fieldPart, splitKey } from '../../../utils/autofill/keys';
import { AMBIGUOUS, NONE, pickOption, searchTextFor } from '../../../utils/autofill/options';

describe('keys read as words', () => {
  it.each([
    ['soGiayToChuHoSo', 'so giay to chu ho so'],
    ['nycHoTen', 'nyc ho ten'],
    ['NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen', 'so dien thoai nguoi uy quyen'],
    ['data[HoVaTen]', 'ho va ten'],
    ['data[GioiTinh][e1x2y3]', 'gioi tinh'],
    ['person[0][phoneNumber]', 'phone number'],
    ['ctl00_ContentPlaceHolder1_txtHoTen', 'txt ho ten'],
    ['so_dien_thoai', 'so dien thoai'],
    ['HoVaTenCCCD', 'ho va ten cccd'],
  ])('%s → "%s"', (raw, words) => {
    expect(splitKey(raw)).toBe(words);
  });

  it('keeps the field part of a Form.io name', () => {
    expect(fieldPart('data[NoiThuongTruTinhThanh]')).toBe('NoiThuongTruTinhThanh');
  });
});

describe('pickOption', () => {
  const text = (label: string) => ({ labels: [label], mode: 'text' as const });
  const place = (label: string, level: 'province' | 'district' | 'commune') => ({ labels: [label], mode: 'place' as const, level });

  it('matches whole labels across accents, case and tone placement', () => {
    expect(pickOption(['Hòa Hảo', 'Thanh Hoá'], place('Tỉnh Thanh Hóa', 'province'))).toBe(1);
    expect(pickOption(['NAM', 'NỮ'], text('Nữ'))).toBe(1);
    expect(pickOption(['Khơ me', 'Kinh (Việt)'], text('Kinh'))).toBe(1);
    expect(pickOption(['Phật giáo', 'Tin Lành'], text('Đạo Tin Lành'))).toBe(1);
  });

  it('never matches a label that merely contains the wanted one', () => {
    expect(pickOption(['Quận 10', 'Quận 11', 'Quận 1'], place('Quận 1', 'district'))).toBe(2);
    expect(pickOption(['Quận 10', 'Quận 11'], place('Quận 1', 'district'))).toBe(NONE);
  });

  it('keeps the unit type when it decides: Xã Đồng Tiến is not Phường Đông Tiến', () => {
    expect(pickOption(['Xã Đồng Tiến', 'Phường Đông Tiến'], place('Phường Đông Tiến', 'commune'))).toBe(1);
    expect(pickOption(['Xã Đồng Tiến', 'Phường Đông Tiến'], place('Dong Tien', 'commune'))).toBe(AMBIGUOUS);
  });

  it('matches numbers for date parts', () => {
    expect(pickOption(['Tháng', '01', '05', '12'], { labels: ['5'], mode: 'number' })).toBe(2);
  });

  it('falls back to a unique option containing a key word', () => {
    const idType = { labels: ['Căn cước công dân'], mode: 'text' as const, contains: ['can cuoc', 'cccd'] };
    expect(pickOption(['CMND', 'Thẻ CCCD gắn chip', 'Hộ chiếu'], idType)).toBe(1);
  });

  it('types the bare name into a search box for places', () => {
    expect(searchTextFor(place('Phường Hạc Thành', 'commune'))).toBe('Hạc Thành');
    expect(searchTextFor(text('Việt Nam'))).toBe('Việt Nam');
  });
});

describe('formats', () => {
  it('reads the date format a field announces', () => {
    const input = (placeholder: string): HTMLInputElement => {
      const el = document.createElement('input');
      el.placeholder = placeholder;
      return el;
    };
    expect(announcedDateFormat(input('DD/MM/YYYY'))).toBe('dd/mm/yyyy');
    expect(announcedDateFormat(input('Ngày/Tháng/Năm'))).toBe('dd/mm/yyyy');
    expect(announcedDateFormat(input('yyyy-mm-dd'))).toBe('yyyy-mm-dd');
    expect(announcedDateFormat(input('Chọn ngày'))).toBeUndefined();
  });

  it('writes dates in a format', () => {
    expect(formatDate('1990-05-07', 'dd/mm/yyyy')).toBe('07/05/1990');
    expect(formatDate('1990-05-07', 'd.m.yyyy')).toBe('7.5.1990');
    expect(formatDate('1990-02-30', 'dd/mm/yyyy')).toBeUndefined();
  });

  it('writes phones the way the portal accepts them', () => {
    expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalizePhone('84912345678')).toBe('0912345678');
    expect(normalizePhone('0912.345.678')).toBe('0912345678');
    expect(normalizePhone('0237 3852 123')).toBe('02373852123');
  });
});
