import { describe, expect, it } from 'vitest';
import { isLookupPagePath, lookupUrl, parseLookupLink } from '../../../utils/dossier/links';

const NOW = new Date('2025-06-20T03:00:00Z');
const CODE = '000.00.06.H56-231027-0361';

describe('parseLookupLink', () => {
  it('reads MHS and SGT from the receipt QR link', () => {
    expect(
      parseLookupLink(`https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?SGT=038087042028&MHS=${CODE}`, { now: NOW }),
    ).toEqual({
      code: CODE,
      idNumber: '038087042028',
      kind: 'lookup',
      href: `https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?SGT=038087042028&MHS=${CODE}`,
    });
  });

  it.each(['MHS', 'mhs', 'mahs', 'MaHoSo', 'MAHOSO'])('accepts the code parameter spelled %s', (name) => {
    expect(parseLookupLink(`https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?${name}=${CODE}`, { now: NOW })?.code).toBe(
      CODE,
    );
  });

  it('reads the legacy kiosk link, which has no SGT', () => {
    const link = parseLookupLink(`https://hcc.thanhhoa.gov.vn/portaldvc/KenhTin/tra-cuu.aspx?mahs=${CODE}`, { now: NOW });
    expect(link).toMatchObject({ code: CODE, kind: 'legacy-lookup' });
    expect(link?.idNumber).toBeUndefined();
  });

  it('accepts the legacy link over http, as old QR codes printed it', () => {
    expect(parseLookupLink(`http://hcc.thanhhoa.gov.vn/portaldvc/KenhTin/tra-cuu.aspx?mahs=${CODE}`, { now: NOW })?.code).toBe(
      CODE,
    );
  });

  it('resolves relative links against the page', () => {
    expect(
      parseLookupLink(`/portaldvc/tra-cuu?MHS=${encodeURIComponent(CODE)}&SGT=038087042028`, {
        base: 'https://dichvucong.thanhhoa.gov.vn/portaldvc/home',
        now: NOW,
      }),
    ).toMatchObject({ code: CODE, idNumber: '038087042028' });
  });

  it('normalises the code and trims the SGT', () => {
    expect(
      parseLookupLink(`https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=%20000.00.06.h56-231027-0361%20&SGT=%20038087042028`, {
        now: NOW,
      }),
    ).toMatchObject({ code: CODE, idNumber: '038087042028' });
  });

  it('drops an SGT that does not look like an ID number', () => {
    const link = parseLookupLink(`https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=${CODE}&SGT=<script>`, { now: NOW });
    expect(link?.code).toBe(CODE);
    expect(link?.idNumber).toBeUndefined();
  });

  it.each([
    ['the QR resolver (opaque id, no code)', 'https://dichvucong.thanhhoa.gov.vn/apiqr/qr?id=8f2a9c'],
    ['a lookalike host', `https://dichvucong-thanhhoa.gov.vn.com/portaldvc/tra-cuu?MHS=${CODE}`],
    ['another page of the portal', `https://dichvucong.thanhhoa.gov.vn/portaldvc/thanh-toan?maHoSo=${CODE}`],
    ['an invalid code', 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=000.00.06.H56-231327-0361'],
    ['no code', 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?SGT=038087042028'],
    ['a javascript: URL', `javascript:alert('${CODE}')`],
    ['not a URL', 'http://'],
  ])('returns nothing for %s', (_why, href) => {
    expect(parseLookupLink(href, { now: NOW })).toBeUndefined();
  });
});

describe('lookupUrl', () => {
  it('builds the official lookup URL with MHS then SGT', () => {
    expect(lookupUrl(CODE, '038087042028')).toBe(
      `https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=${CODE}&SGT=038087042028`,
    );
  });

  it('normalises the code and leaves SGT out when unknown', () => {
    expect(lookupUrl(' 000.00.06.h56–231027–0361 ')).toBe(`https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=${CODE}`);
  });

  it('round-trips through parseLookupLink', () => {
    expect(parseLookupLink(lookupUrl(CODE, '038087042028'), { now: NOW })).toMatchObject({
      code: CODE,
      idNumber: '038087042028',
    });
  });

  it('recognises the lookup page path', () => {
    expect(isLookupPagePath('https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=x')).toBe(true);
    expect(isLookupPagePath('https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu-bien-lai-dien-tu')).toBe(false);
  });
});
