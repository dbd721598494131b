import { describe, expect, it } from 'vitest';
import { isOfficialUrl, portalOf } from '../../../utils/portal/origins';

describe('official origins', () => {
  it.each([
    'https://dichvucong.thanhhoa.gov.vn/portaldvc/home',
    'https://dichvucong.thanhhoa.gov.vn/',
    'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
  ])('accepts %s', (url) => expect(isOfficialUrl(url)).toBe(true));

  it.each([
    'http://dichvucong.thanhhoa.gov.vn/portaldvc/home',
    'https://dichvucong-thanhhoa.gov.vn.com/portaldvc/home',
    'https://dichvucong.thanhhoa.gov.vn.evil.com/',
    'https://evil.com/?u=https://dichvucong.gov.vn/',
    'https://dichvucong.thanhhoa.gov.vn:8443/portaldvc/home',
    'https://sub.dichvucong.gov.vn/',
    'not a url',
  ])('rejects %s', (url) => expect(isOfficialUrl(url)).toBe(false));

  it('names the portal', () => {
    expect(portalOf('https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu')).toBe('thanh-hoa');
    expect(portalOf('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html')).toBe('national');
    expect(portalOf('https://example.com/')).toBeUndefined();
  });
});
