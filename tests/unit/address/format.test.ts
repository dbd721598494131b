import { describe, expect, it } from 'vitest';
import { formatAddress } from '../../../utils/address/format';

describe('one-line address', () => {
  const address = {
    street: 'Số 12, đường Lê Lợi',
    commune: 'Phường Hạc Thành',
    province: 'Tỉnh Thanh Hóa',
    legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
  };

  it('writes street, commune and province after the reform', () => {
    expect(formatAddress(address)).toBe('Số 12, đường Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa');
  });

  it('writes the three old levels on request, with the same province when no old one is stored', () => {
    expect(formatAddress(address, { legacy: true })).toBe(
      'Số 12, đường Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Tỉnh Thanh Hóa',
    );
  });

  it('uses the old province when one is stored', () => {
    const hagiang = { province: 'Tỉnh Tuyên Quang', legacy: { province: 'Tỉnh Hà Giang', district: 'Huyện Bắc Mê', commune: 'Thị trấn Yên Phú' } };
    expect(formatAddress(hagiang, { legacy: true })).toBe('Thị trấn Yên Phú, Huyện Bắc Mê, Tỉnh Hà Giang');
  });

  it('skips empty parts, tidies spaces and stores NFC', () => {
    const messy = { street: '  thôn   3 ', commune: 'Xã Đồng Tiến'.normalize('NFD'), province: '' };
    expect(formatAddress(messy)).toBe('thôn 3, Xã Đồng Tiến');
    expect(formatAddress(messy)).toBe(formatAddress(messy).normalize('NFC'));
    expect(formatAddress(undefined)).toBe('');
  });

  it('does not repeat a unit the street line already ends with', () => {
    expect(formatAddress({ street: 'Thôn 3, Xã Đồng Tiến', commune: 'Xã Đồng Tiến', province: 'Tỉnh Thanh Hóa' })).toBe(
      'Thôn 3, Xã Đồng Tiến, Tỉnh Thanh Hóa',
    );
  });
});
