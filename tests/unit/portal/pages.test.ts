import { describe, expect, it } from 'vitest';
import { PAGES, detectPage } from '../../../utils/portal/pages';

describe('page detection', () => {
  for (const page of PAGES) {
    describe(page.id, () => {
      it('has examples', () => expect(page.examples?.accepts.length).toBeGreaterThan(0));
      it.each((page.examples?.accepts ?? []).map((url) => [url]))('accepts %s', (url) => {
        expect(page.test(new URL(url))).toBe(true);
        expect(detectPage(url)?.id).toBe(page.id);
      });
      it.each((page.examples?.rejects ?? []).map((url) => [url]))('rejects %s', (url) => {
        expect(page.test(new URL(url))).toBe(false);
      });
    });
  }

  it('knows nothing of other sites or plain http', () => {
    expect(detectPage('https://dichvucong-thanhhoa.gov.vn.com/portaldvc/home')).toBeUndefined();
    expect(detectPage('http://dichvucong.thanhhoa.gov.vn/portaldvc/home')).toBeUndefined();
    expect(detectPage('garbage')).toBeUndefined();
  });
});
