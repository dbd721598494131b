import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_GUIDE_DATA,
  BUILT_IN_GUIDE_IDS,
  builtInGuide,
  builtInGuides,
  Locator,
  parseGuide,
  type GuideInput,
} from '../../../utils/guide';
import { demoInput, TH } from './fixtures';

function withStep(step: Record<string, unknown>): unknown {
  return { ...demoInput, steps: [step] };
}

const text = { vi: 'Chữ', en: 'Text' };

describe('built-in guides', () => {
  it.each(BUILT_IN_GUIDE_IDS)('guide "%s" passes the schema', (id) => {
    const result = parseGuide(BUILT_IN_GUIDE_DATA[id]);
    expect(result.ok ? 'valid' : result.error).toBe('valid');
  });

  it('are the five guides of the issue, in order, each with the id it is filed under', () => {
    expect(builtInGuides().map((guide) => guide.id)).toEqual([
      'dang-nhap', 'nop-ho-so', 'tra-cuu', 'thanh-toan', 'dung-tro-ly',
    ]);
    expect(builtInGuide('tra-cuu')?.title.vi).toBe('Tra cứu tiến độ hồ sơ');
    expect(builtInGuide('khong-co')).toBeUndefined();
  });

  it('start on the Thanh Hóa portal under /portaldvc', () => {
    for (const guide of builtInGuides()) expect(guide.start.url.startsWith(`${TH}/`)).toBe(true);
  });

  it('point at "Gửi hồ sơ" but never complete by clicking it (the resident submits)', () => {
    const submit = builtInGuide('nop-ho-so')?.steps.find((step) =>
      step.target?.some((locator) => 'name' in locator && locator.name === 'Gửi hồ sơ'),
    );
    expect(submit?.completion.type).toBe('appear');
  });

  it('point at the extension’s own "Điền tự động" button in guides 2 and 5', () => {
    for (const id of ['nop-ho-so', 'dung-tro-ly']) {
      const pointsAtAutofill = builtInGuide(id)?.steps.some((step) =>
        step.target?.some((locator) => 'extension' in locator && locator.extension === 'autofill-button'),
      );
      expect(pointsAtAutofill).toBe(true);
    }
  });

  it('give every step of "Dùng Trợ lý" outside the page a text-only "next" completion', () => {
    const guide = builtInGuide('dung-tro-ly');
    const textOnly = guide?.steps.filter((step) => !step.target) ?? [];
    expect(textOnly.length).toBeGreaterThan(0);
    for (const step of textOnly) expect(step.completion).toEqual({ type: 'next' });
  });
});

describe('guide schema', () => {
  it('fills in the defaults: placement auto, completion on "Tiếp"', () => {
    const result = parseGuide(withStep({ id: 'a', title: text, body: text }));
    if (!result.ok) throw new Error(result.error);
    expect(result.guide.steps[0]).toMatchObject({ placement: 'auto', completion: { type: 'next' } });
  });

  it('accepts each locator kind', () => {
    for (const locator of [
      { css: '#MHS' },
      { role: 'button', name: 'Tra cứu' },
      { label: 'Số điện thoại:' },
      { text: 'Nộp trực tuyến' },
      { extension: 'autofill-button' },
    ]) {
      expect(Locator.safeParse(locator).success).toBe(true);
    }
  });

  it('rejects a malformed locator with a message listing the kinds and the path', () => {
    const result = parseGuide(withStep({ id: 'a', title: text, body: text, target: [{ xpath: '//button' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('Guide "thu-nghiem" is invalid');
    expect(result.error).toContain('expected exactly one of {css}, {role, name}, {label}, {text} or {extension}');
    expect(result.error).toContain('steps[0].target[0]');
  });

  it('rejects a locator that mixes kinds', () => {
    expect(Locator.safeParse({ css: '#a', text: 'b' }).success).toBe(false);
  });

  it('rejects an unknown role', () => {
    expect(Locator.safeParse({ role: 'blink', name: 'x' }).success).toBe(false);
  });

  it('rejects a click or valid completion without a target', () => {
    for (const type of ['click', 'valid']) {
      const result = parseGuide(withStep({ id: 'a', title: text, body: text, completion: { type } }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toContain('needs a target');
    }
  });

  it('rejects URLs and patterns off the official portals', () => {
    const offStart = parseGuide({ ...demoInput, start: { url: 'https://dichvucong-thanhhoa.gov.vn.com/', match: `${TH}/*` } });
    expect(offStart.ok).toBe(false);
    if (!offStart.ok) expect(offStart.error).toContain('official portal');
    const offPattern = parseGuide(
      withStep({ id: 'a', title: text, body: text, completion: { type: 'url', pattern: 'https://example.com/*' } }),
    );
    expect(offPattern.ok).toBe(false);
  });

  it('rejects duplicate step ids, empty step lists, empty text and non-slug ids', () => {
    const step = { id: 'a', title: text, body: text };
    const duplicate = parseGuide({ ...demoInput, steps: [step, step] });
    expect(duplicate.ok).toBe(false);
    if (!duplicate.ok) expect(duplicate.error).toContain('Step ids must be unique');
    expect(parseGuide({ ...demoInput, steps: [] }).ok).toBe(false);
    expect(parseGuide(withStep({ ...step, title: { vi: '  ', en: 'x' } })).ok).toBe(false);
    expect(parseGuide({ ...demoInput, id: 'Nộp Hồ Sơ' }).ok).toBe(false);
  });

  it('rejects unknown keys, so a misspelt field is not silently ignored', () => {
    const result = parseGuide(withStep({ id: 'a', title: text, body: text, completon: { type: 'next' } }));
    expect(result.ok).toBe(false);
  });

  it('names a guide without an id in the message', () => {
    const result = parseGuide({ steps: [] } as unknown as GuideInput);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('Guide "(no id)" is invalid');
  });
});
