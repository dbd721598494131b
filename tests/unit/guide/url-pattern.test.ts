import { describe, expect, it } from 'vitest';
import { isUrlPattern, matchesUrlPattern } from '../../../utils/guide';
import { TH } from './fixtures';

describe('URL patterns', () => {
  it('match a page with any query, but not a longer path that starts the same', () => {
    expect(matchesUrlPattern(`${TH}/tra-cuu`, `${TH}/tra-cuu?MHS=H56.14-240823-0001&SGT=038090001234`)).toBe(true);
    expect(matchesUrlPattern(`${TH}/tra-cuu`, `${TH}/tra-cuu-bien-lai-dien-tu`)).toBe(false);
  });

  it('ignore the hash, a trailing slash and the case of the path', () => {
    expect(matchesUrlPattern(`${TH}/tra-cuu`, `${TH}/Tra-Cuu/#huong-dan=tra-cuu`)).toBe(true);
  });

  it('let * stand for any run of characters, slashes included', () => {
    expect(matchesUrlPattern(`${TH}/chi-tiet-thu-tuc/*`, `${TH}/chi-tiet-thu-tuc/1.001193.000.00.00.H56`)).toBe(true);
    expect(matchesUrlPattern(`${TH}/chi-tiet-thu-tuc/*`, `${TH}/danh-muc-tthc`)).toBe(false);
    expect(matchesUrlPattern('https://dichvucong.thanhhoa.gov.vn/*', 'https://dichvucong.thanhhoa.gov.vn/')).toBe(true);
  });

  it('compare the query only when the pattern has one', () => {
    expect(matchesUrlPattern(`${TH}/danh-muc-tthc?*TuKhoa=*`, `${TH}/danh-muc-tthc?TuKhoa=khai%20sinh`)).toBe(true);
    expect(matchesUrlPattern(`${TH}/danh-muc-tthc?*TuKhoa=*`, `${TH}/danh-muc-tthc`)).toBe(false);
  });

  it('never match another origin or an unparsable URL', () => {
    expect(matchesUrlPattern(`${TH}/tra-cuu`, 'https://dichvucong.thanhhoa.gov.vn.evil.com/portaldvc/tra-cuu')).toBe(false);
    expect(matchesUrlPattern(`${TH}/tra-cuu`, 'không phải URL')).toBe(false);
  });

  it('are only valid on the official portals and without a hash', () => {
    expect(isUrlPattern(`${TH}/*`)).toBe(true);
    expect(isUrlPattern('https://dichvucong.gov.vn/p/home/*')).toBe(true);
    expect(isUrlPattern('https://example.com/*')).toBe(false);
    expect(isUrlPattern(`${TH}/tra-cuu#x`)).toBe(false);
  });
});
