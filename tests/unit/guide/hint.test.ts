import { describe, expect, it } from 'vitest';
import { builtInGuide, builtInGuides, guideHintUrl, readGuideHint, withoutGuideHint } from '../../../utils/guide';
import { qrPath } from '../../../utils/guide/qr';
import { TH } from './fixtures';

describe('guide hints in URLs', () => {
  it('put #huong-dan=<id> on the guide’s start page', () => {
    const guide = builtInGuide('nop-ho-so');
    if (!guide) throw new Error('missing guide');
    expect(guideHintUrl(guide)).toBe(`${TH}/danh-muc-tthc#huong-dan=nop-ho-so`);
  });

  it('round-trip for every built-in guide', () => {
    for (const guide of builtInGuides()) expect(readGuideHint(guideHintUrl(guide))).toBe(guide.id);
  });

  it('read only built-in ids, tolerating case and other hash parameters', () => {
    expect(readGuideHint(`${TH}/tra-cuu#huong-dan=TRA-CUU`)).toBe('tra-cuu');
    expect(readGuideHint(`${TH}/tra-cuu#x=1&huong-dan=tra-cuu`)).toBe('tra-cuu');
    expect(readGuideHint(`${TH}/tra-cuu#huong-dan=xoa-du-lieu`)).toBeUndefined();
    expect(readGuideHint(`${TH}/tra-cuu?huong-dan=tra-cuu`)).toBeUndefined();
    expect(readGuideHint(`${TH}/tra-cuu`)).toBeUndefined();
    expect(readGuideHint('không phải URL')).toBeUndefined();
  });

  it('can be removed from a URL, keeping the rest of it', () => {
    expect(withoutGuideHint(`${TH}/tra-cuu?MHS=1#huong-dan=tra-cuu`)).toBe(`${TH}/tra-cuu?MHS=1`);
    expect(withoutGuideHint(`${TH}/tra-cuu#x=1&huong-dan=tra-cuu`)).toBe(`${TH}/tra-cuu#x=1`);
    expect(withoutGuideHint(`${TH}/tra-cuu#top`)).toBe(`${TH}/tra-cuu#top`);
  });
});

describe('QR codes for guides', () => {
  it('draw a square code whose path only uses the modules of the symbol', () => {
    const url = `${TH}/tra-cuu#huong-dan=tra-cuu`;
    const { size, path } = qrPath(url);
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0); // QR sizes are 17 + 4 × version
    const starts = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(starts.length).toBeGreaterThan(0);
    for (const [x, y, run] of starts) {
      expect(x! + run!).toBeLessThanOrEqual(size);
      expect(y).toBeLessThan(size);
    }
    // The three finder patterns: the top-left corner's first row is 7 dark modules in a row.
    expect(path.startsWith('M0 0h7v1h-7z')).toBe(true);
  });

  it('differ for different guides', () => {
    expect(qrPath(`${TH}/tra-cuu#huong-dan=tra-cuu`).path).not.toBe(qrPath(`${TH}/home#huong-dan=dang-nhap`).path);
  });
});
