import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GUIDE_LABELS, OVERLAY_CSS, Overlay, type OverlayProps } from '../../../components/guide';
import type { GuideView } from '../../../utils/guide';
import { TH } from './fixtures';

const baseView: GuideView = {
  guideId: 'nop-ho-so',
  guideTitle: { vi: 'Nộp hồ sơ', en: 'Submit' },
  stepId: 'so-dien-thoai',
  stepIndex: 1,
  stepCount: 7,
  title: { vi: 'Kiểm tra số điện thoại', en: 'Check the phone number' },
  body: { vi: 'Số di động 10 chữ số.', en: 'A 10-digit mobile number.' },
  placement: 'auto',
  mode: 'target',
  rect: { top: 200, left: 100, width: 240, height: 32 },
  viewport: { width: 1280, height: 800 },
  canBack: true,
};

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  document.body.innerHTML = '';
  container = undefined;
});

function show(view: Partial<GuideView> = {}, extra: Partial<OverlayProps> = {}) {
  const actions = {
    onNext: vi.fn(),
    onBack: vi.fn(),
    onClose: vi.fn(),
    onSkip: vi.fn(),
    onShowWithoutTarget: vi.fn(),
  };
  container ??= document.body.appendChild(document.createElement('div'));
  const target = container;
  act(() => render(<Overlay view={{ ...baseView, ...view }} {...actions} {...extra} />, target));
  return actions;
}

/** The accessible name as a screen reader gets it here: aria-label, else the text. */
function nameOf(element: Element): string {
  return element.getAttribute('aria-label') ?? (element.textContent ?? '').trim();
}
function button(name: string): HTMLButtonElement | undefined {
  return Array.from(document.querySelectorAll('button')).find((candidate) => nameOf(candidate) === name);
}
function key(target: EventTarget, keyName: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true, cancelable: true }));
  });
}

describe('Overlay: the popover', () => {
  it('is a non-modal dialog labelled by the step title, with the step counter', () => {
    show();
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('false');
    const title = document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe('Kiểm tra số điện thoại');
    expect(dialog?.textContent).toContain('Bước 2/7');
    expect(dialog?.textContent).toContain('Số di động 10 chữ số.');
  });

  it('has buttons named exactly "Quay lại", "Tiếp", "Đóng hướng dẫn", each firing its callback', () => {
    const actions = show();
    act(() => button('Quay lại')?.click());
    act(() => button('Tiếp')?.click());
    act(() => button('Đóng hướng dẫn')?.click());
    expect(actions.onBack).toHaveBeenCalledTimes(1);
    expect(actions.onNext).toHaveBeenCalledTimes(1);
    expect(actions.onClose).toHaveBeenCalledTimes(1);
  });

  it('disables "Quay lại" on the first step', () => {
    show({ stepIndex: 0, canBack: false });
    expect(button('Quay lại')?.disabled).toBe(true);
    expect(document.querySelector('[role="dialog"]')?.textContent).toContain('Bước 1/7');
  });

  it('keeps the English text second, folded away', () => {
    show();
    const english = document.querySelector('details[lang="en"]');
    expect(english?.hasAttribute('open')).toBe(false);
    expect(english?.textContent).toContain('Check the phone number');
  });

  it('announces each step through a polite live region', () => {
    show();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Bước 2/7: Kiểm tra số điện thoại.');
    show({ stepIndex: 2, title: { vi: 'Đính kèm giấy tờ', en: 'Attach' } });
    expect(live?.textContent).toBe('Bước 3/7: Đính kèm giấy tờ.');
  });
});

describe('Overlay: the spotlight', () => {
  it('dims the page with a cut-out around the target and a ring, none of it taking the pointer', () => {
    show();
    const path = document.querySelector('.tg-dim path')?.getAttribute('d');
    expect(path).toBe('M0 0H1280V800H0Z M94 194h252v44h-252Z');
    const ring = document.querySelector('.tg-ring') as HTMLElement;
    expect(ring.style.top).toBe('194px');
    expect(OVERLAY_CSS).toMatch(/\.tg-root \{[^}]*pointer-events: none/);
    expect(OVERLAY_CSS).toMatch(/\.tg-popover \{[^}]*pointer-events: auto/);
  });

  it('places the popover below the target when there is room', () => {
    show();
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.dataset.side).toBe('bottom');
    expect(dialog.style.top).toBe(`${194 + 44 + 12}px`);
  });

  it('draws no dimming when the step has no target', () => {
    show({ mode: 'free', rect: undefined });
    expect(document.querySelector('.tg-dim')).toBeNull();
    expect((document.querySelector('[role="dialog"]') as HTMLElement).dataset.side).toBe('dock');
  });

  it('volunteer mode switches to the larger, high-contrast style', () => {
    show({}, { volunteer: true });
    expect(document.querySelector('.tg-root')?.classList.contains('tg-volunteer')).toBe(true);
    expect(OVERLAY_CSS).toMatch(/\.tg-volunteer \{[^}]*font-size: 20px/);
  });
});

describe('Overlay: never a dead end', () => {
  it('when the target is missing: says so, offers skip and show-without-target, and hides "Tiếp"', () => {
    const actions = show({ mode: 'missing', rect: undefined });
    expect(document.body.textContent).toContain('Không tìm thấy “Kiểm tra số điện thoại” trên trang');
    expect(button('Tiếp')).toBeUndefined();
    act(() => button('Bỏ qua bước này')?.click());
    act(() => button('Xem hướng dẫn không cần chỉ vào trang')?.click());
    expect(actions.onSkip).toHaveBeenCalledTimes(1);
    expect(actions.onShowWithoutTarget).toHaveBeenCalledTimes(1);
    expect(button('Quay lại')).toBeDefined();
  });

  it('on another page: links to the step’s page and still lets the user go on', () => {
    show({
      mode: 'off-page',
      rect: undefined,
      page: { url: `${TH}/tra-cuu`, name: { vi: 'Tra cứu tiến độ hồ sơ', en: 'Lookup' }, open: `${TH}/tra-cuu` },
    });
    const link = Array.from(document.querySelectorAll('a')).find((a) => a.textContent === 'Mở trang Tra cứu tiến độ hồ sơ');
    expect(link?.getAttribute('href')).toBe(`${TH}/tra-cuu`);
    expect(button('Tiếp')).toBeDefined();
  });

  it('lets the caller open the page itself', () => {
    const onOpenPage = vi.fn();
    show(
      { mode: 'off-page', rect: undefined, page: { url: `${TH}/tra-cuu`, name: { vi: 'Tra cứu', en: 'Lookup' }, open: `${TH}/tra-cuu` } },
      { onOpenPage },
    );
    act(() => (document.querySelector('a.tg-open') as HTMLAnchorElement).click());
    expect(onOpenPage).toHaveBeenCalledWith(`${TH}/tra-cuu`);
  });

  it('while waiting says it is looking', () => {
    show({ mode: 'waiting', rect: undefined });
    expect(document.body.textContent).toContain(GUIDE_LABELS.waiting);
  });
});

describe('Overlay: keyboard and focus', () => {
  it('Esc closes, → goes on, ← goes back', () => {
    const actions = show();
    key(document.body, 'Escape');
    key(document.body, 'ArrowRight');
    key(document.body, 'ArrowLeft');
    expect(actions.onClose).toHaveBeenCalledTimes(1);
    expect(actions.onNext).toHaveBeenCalledTimes(1);
    expect(actions.onBack).toHaveBeenCalledTimes(1);
  });

  it('leaves the keys alone while the user types in a page field', () => {
    const input = document.body.appendChild(document.createElement('input'));
    const actions = show();
    key(input, 'ArrowRight');
    key(input, 'ArrowLeft');
    key(input, 'Escape');
    expect(actions.onNext).not.toHaveBeenCalled();
    expect(actions.onBack).not.toHaveBeenCalled();
    expect(actions.onClose).not.toHaveBeenCalled();
  });

  it('does not go back from the first step by keyboard', () => {
    const actions = show({ stepIndex: 0, canBack: false });
    key(document.body, 'ArrowLeft');
    expect(actions.onBack).not.toHaveBeenCalled();
  });

  it('moves focus to the new step’s title when the user is not typing', () => {
    show();
    expect(document.activeElement?.textContent).toBe('Kiểm tra số điện thoại');
  });

  it('within a step, a change of mode does not take focus from where the user put it on the page', () => {
    const link = document.body.appendChild(document.createElement('a'));
    link.href = '#';
    show({ mode: 'waiting', rect: undefined });
    link.focus();
    show({ mode: 'target' });
    expect(document.activeElement).toBe(link);
  });

  it('does not steal focus from a page field on a step change', () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    show();
    show({ stepIndex: 2, title: { vi: 'Bước sau', en: 'Next' } });
    expect(document.activeElement).toBe(input);
  });
});
