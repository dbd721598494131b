import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOneByOne, summaryText, type CheckAllProgress } from '../../../../components/dossier/checkAll';
import { dmy, dueDateOf, stepTime, vnDateTime } from '../../../../components/dossier/format';
import { LookupQr } from '../../../../components/dossier/LookupQr';
import { StateIcon } from '../../../../components/dossier/StateIcon';
import { StatusBadge } from '../../../../components/dossier/StatusBadge';
import { StatusTimeline } from '../../../../components/dossier/StatusTimeline';
import { DOSSIER_STATES, STATE_INFO, lookupUrl } from '../../../../utils/dossier';
import { qrPath } from '../../../../utils/guide/qr';
import { until } from './harness';

let container: HTMLElement | undefined;
function show(node: ComponentChild): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  const target = container;
  act(() => render(node, target));
  return target;
}
afterEach(() => {
  if (container) act(() => render(null, container as HTMLElement));
  container = undefined;
  document.body.innerHTML = '';
});

describe('StatusBadge', () => {
  it('shows the portal’s wording word for word, coloured by its state', () => {
    const root = show(<StatusBadge statusText="ĐANG XỬ LÝ" />);
    expect(root.querySelector('.status-text')?.textContent).toBe('ĐANG XỬ LÝ');
    expect(root.querySelector('.badge')?.getAttribute('data-state')).toBe('processing');
    expect(root.querySelector('.badge')?.classList.contains('tone-progress')).toBe(true);
    // Same words as the state's own label (folded): no second line.
    expect(root.querySelector('.status-meaning')).toBeNull();
  });

  it('keeps unknown wording as it is, without inventing a meaning', () => {
    const root = show(<StatusBadge statusText="Chờ phê duyệt cấp tỉnh" />);
    expect(root.querySelector('.status-text')?.textContent).toBe('Chờ phê duyệt cấp tỉnh');
    expect(root.querySelector('.badge')?.getAttribute('data-state')).toBe('unknown');
    expect(root.querySelector('.status-meaning')).toBeNull();
  });

  it('before any check says so', () => {
    const root = show(<StatusBadge statusText={undefined} />);
    expect(root.querySelector('.status-text')?.textContent).toBe(STATE_INFO.unchecked.vi);
    expect(root.querySelector('.badge')?.getAttribute('data-state')).toBe('unchecked');
  });

  it('has a distinct glyph for every state, hidden from screen readers', () => {
    const shapes = new Set<string>();
    for (const state of DOSSIER_STATES) {
      const root = show(<StateIcon name={STATE_INFO[state].icon} />);
      const svg = root.querySelector('svg');
      expect(svg?.getAttribute('aria-hidden')).toBe('true');
      shapes.add(svg?.innerHTML ?? '');
      act(() => render(null, root));
    }
    // 'unknown' and 'unchecked' may look alike only if their icon names are alike.
    const names = new Set(DOSSIER_STATES.map((s) => STATE_INFO[s].icon));
    expect(shapes.size).toBe(names.size);
  });
});

describe('StatusTimeline', () => {
  it('lists checks newest first with the change, due date and processing steps', () => {
    const root = show(
      <StatusTimeline
        history={[
          { checkedAt: '2025-03-01T02:00:00.000Z', statusText: 'Mới đăng ký', dueDate: '2025-03-08', steps: [{ time: '2025-03-01T09:00:00', action: 'Nộp hồ sơ trực tuyến', sender: 'Nguyễn Văn An', receiver: 'Bộ phận một cửa' }] },
          { checkedAt: '2025-03-05T09:30:00.000Z', statusText: 'Đang xử lý', dueDate: '2025-03-12', steps: [{ time: '03/03/2025 14:30', action: 'Chuyển xử lý hồ sơ', sender: 'Bộ phận một cửa', receiver: 'Chuyên viên' }] },
        ]}
      />,
    );
    const items = Array.from(root.querySelectorAll('ol.timeline > li'));
    expect(items.map((li) => li.querySelector('.status-text')?.textContent)).toEqual(['Đang xử lý', 'Mới đăng ký']);
    expect(items[0]?.querySelector('.when')?.textContent).toBe('Hiện tại · Tra cứu lúc 16:30 05/03/2025');
    expect(items[0]?.textContent).toContain('Thay đổi từ: Mới đăng ký');
    expect(items[0]?.textContent).toContain('Hẹn trả 12/03/2025');
    expect(items[0]?.querySelector('section[aria-label="Thao tác xử lý"]')?.textContent).toContain('Người gửi: Bộ phận một cửa');
    expect(items[0]?.querySelector('.step-time')?.textContent).toBe('03/03/2025 14:30');
    // Older checks keep their steps folded away.
    expect(items[1]?.querySelector('details summary')?.textContent).toBe('Thao tác xử lý (1)');
    expect(items[1]?.querySelector('.step-time')?.textContent).toBe('09:00 01/03/2025');
  });

  it('says what to do when there is no check yet', () => {
    const root = show(<StatusTimeline history={[]} />);
    expect(root.textContent).toContain('Chưa tra cứu lần nào');
  });
});

describe('LookupQr', () => {
  it('draws the lookup link with the ID number, names it, and shows the link', async () => {
    const code = '000.00.22.H56-241121-0007';
    const url = lookupUrl(code, '038090012345');
    const root = show(<LookupQr code={code} idNumber="038090012345" maxSize={200} />);
    // The link is there at once; the code follows when its encoder has loaded.
    expect(root.querySelector('a')?.getAttribute('href')).toBe(url);
    await until(() => root.querySelector('svg[role="img"]') !== null, 'QR');
    const svg = root.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toBe(`Mã QR tra cứu hồ sơ ${code}`);
    expect(svg?.querySelector('path')?.getAttribute('d')).toBe(qrPath(url).path);
    // Whole pixels per module, within the size asked for.
    const side = Number(svg?.getAttribute('width'));
    const modules = qrPath(url).size + 8;
    expect(side % modules).toBe(0);
    expect(side).toBeLessThanOrEqual(200);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe(url);
    expect(link?.textContent).toBe(url);
    expect(url).toBe('https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=000.00.22.H56-241121-0007&SGT=038090012345');
  });
});

describe('dates', () => {
  it('formats as the portal does, in Việt Nam time', () => {
    expect(dmy('2026-12-05')).toBe('05/12/2026');
    expect(dmy('05/12/2026')).toBe('05/12/2026');
    expect(vnDateTime('2025-03-05T18:30:00.000Z')).toBe('01:30 06/03/2025');
    expect(stepTime('2025-03-01T09:05:00')).toBe('09:05 01/03/2025');
    expect(stepTime('01/03/2025 09:05')).toBe('01/03/2025 09:05');
    expect(dueDateOf({ dueDate: undefined, history: [{ checkedAt: '2025-03-01T00:00:00Z', statusText: 'x', dueDate: '2025-03-09' }] })).toBe('2025-03-09');
  });
});

describe('checkOneByOne', () => {
  it('runs one at a time, counts outcomes and reports progress', async () => {
    let running = 0;
    const seen: CheckAllProgress[] = [];
    const step = vi.fn(async (code: string) => {
      running++;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running--;
      if (code === 'b') throw new Error('tab closed');
      return code === 'a' ? ('changed' as const) : ('unchanged' as const);
    });
    const summary = await checkOneByOne(['a', 'b', 'c'], step, { shouldStop: () => false, onProgress: (p) => seen.push(p) });
    expect(summary).toEqual({ checked: 3, total: 3, changed: 1, failed: 1, stopped: false });
    expect(seen).toEqual([
      { done: 0, total: 3, current: 'a' },
      { done: 1, total: 3, current: 'b' },
      { done: 2, total: 3, current: 'c' },
      { done: 3, total: 3 },
    ]);
    expect(summaryText(summary)).toBe('Đã tra cứu xong 3/3 hồ sơ: 1 hồ sơ có thay đổi, 1 hồ sơ không tra cứu được.');
  });

  it('stops before the next one when asked', async () => {
    let stop = false;
    const step = vi.fn(async () => {
      stop = true;
      return 'unchanged' as const;
    });
    const summary = await checkOneByOne(['a', 'b', 'c'], step, { shouldStop: () => stop, onProgress: () => undefined });
    expect(step).toHaveBeenCalledTimes(1);
    expect(summary.stopped).toBe(true);
    expect(summaryText(summary)).toBe('Đã dừng: đã tra cứu 1/3 hồ sơ; 0 hồ sơ có thay đổi, 0 hồ sơ không tra cứu được.');
  });
});
