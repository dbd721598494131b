import { describe, expect, it } from 'vitest';
import { mayShowDossierCode } from '../../../utils/dossier/capture/hint';

function page(html: string, url = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/home'): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  return doc;
}

describe('the first look for dossier codes', () => {
  it('loads capture where a code-shaped text appears', () => {
    expect(mayShowDossierCode(page('<p>Mã hồ sơ đăng ký: 000.00.22.H56-261128-0007</p>'))).toBe(true);
  });

  it('loads capture for lookup links and on the lookup page', () => {
    expect(mayShowDossierCode(page('<a href="/portaldvc/tra-cuu?SGT=1&MHS=x">Tra cứu</a>'))).toBe(true);
    expect(mayShowDossierCode(page('<p>Tra cứu</p>', 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=a'))).toBe(true);
  });

  it('stays away from pages with nothing code-like', () => {
    expect(mayShowDossierCode(page('<h1>Cổng Dịch vụ công tỉnh Thanh Hóa</h1><p>Tổng đài 1900.0000, ngày 28/11/2026</p>'))).toBe(false);
    expect(mayShowDossierCode(page('<a href="/portaldvc/tra-cuu-bien-lai-dien-tu">Biên lai</a>', 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu-bien-lai-dien-tu'))).toBe(false);
  });
});
