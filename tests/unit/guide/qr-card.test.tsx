import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GuideQrCard } from '../../../components/guide/GuideQrCard';
import { builtInGuide, readGuideHint } from '../../../utils/guide';
import { GUIDE_URLS } from '../../../utils/guide/guides/pages';
import { THANH_HOA_ORIGIN } from '../../../utils/portal';

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('guide QR card (volunteer mode)', () => {
  it('shows a labelled QR code and the link it encodes, which carries the guide hint', () => {
    const guide = builtInGuide('tra-cuu');
    if (!guide) throw new Error('missing guide');
    act(() => render(<GuideQrCard guide={guide} size={160} />, document.body));
    const svg = document.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toBe('Mã QR mở hướng dẫn: Tra cứu tiến độ hồ sơ');
    expect(svg?.getAttribute('width')).toBe('160');
    expect(svg?.querySelector('path')?.getAttribute('d')).toMatch(/^M0 0h7v1h-7z/);
    const link = document.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu#huong-dan=tra-cuu');
    expect(readGuideHint(link?.getAttribute('href') ?? '')).toBe('tra-cuu');
  });
});

describe('built-in guide URLs', () => {
  it('all sit on the Thanh Hóa portal’s origin', () => {
    for (const url of GUIDE_URLS) expect(url.startsWith(`${THANH_HOA_ORIGIN}/`)).toBe(true);
  });
});
