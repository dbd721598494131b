/**
 * The antd Select driver against a stand-in that behaves like the portal's: opens on mousedown only, loads options
 * late, filters accent-sensitively, renders 10 options at a time, and keeps a cascade child disabled until its parent
 * is chosen.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectControls, fillPlan, planFill } from '../../../utils/autofill';
import type { Control, FillValue } from '../../../utils/autofill';
import { fillAntdSelect } from '../../../utils/autofill/fill/antd-select';
import type { DriverContext } from '../../../utils/autofill/fill/driver';
import { FakeAntdSelect, makeCascade } from './fixtures/fake-antd-select';
import { antdItem, mount } from './fixtures/markup';
import { makeProfile } from './fixtures/profile';

const ctx = (timeoutMs = 1500): DriverContext => ({ clock: { waitMs: 0 }, timeoutMs });

/** Thirty provinces, "Thanh Hoá" spelt with the old tone placement and far down the list. */
const PROVINCES = [
  'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng', 'Điện Biên', 'Đắk Lắk', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Nội',
  'Hà Tĩnh', 'Hải Phòng', 'Hưng Yên', 'Khánh Hòa', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Nghệ An', 'Ninh Bình',
  'Phú Thọ', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh', 'Thái Nguyên', 'Thanh Hoá', 'Tuyên Quang', 'Vĩnh Long',
];

function mountOne(id: string, label: string): HTMLElement {
  mount(antdItem(id, label, '<div data-slot></div>'));
  return document.querySelector('[data-slot]') as HTMLElement;
}

function controlOf(select: FakeAntdSelect): Control {
  const control = collectControls(document).find((c) => c.element === select.input);
  if (!control) throw new Error('not collected');
  return control;
}

const place = (label: string, level: 'province' | 'district' | 'commune'): FillValue =>
  ({ text: label, option: { labels: [label], mode: 'place', level } });

describe('antd Select driver', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('is collected as one control whose identity is the search input (label for= points at it)', () => {
    const select = new FakeAntdSelect(mountOne('F_tinh', 'Tỉnh/thành:'), { id: 'F_tinh', load: () => PROVINCES });
    const controls = collectControls(document);
    expect(controls.map((c) => c.kind)).toEqual(['antd-select']);
    expect(controls[0]?.element).toBe(select.input);
    expect(controls[0]?.host).toBe(select.root);
  });

  it('opens, waits for the options, types the name and clicks the option whose whole title matches', async () => {
    const select = new FakeAntdSelect(mountOne('F_tinh', 'Tỉnh/thành:'), {
      id: 'F_tinh', load: () => [...PROVINCES.slice(0, 27), 'Thanh Hóa', ...PROVINCES.slice(28)], loadDelayMs: 80,
    });
    const c = ctx();
    const result = await fillAntdSelect(controlOf(select), place('Tỉnh Thanh Hóa', 'province'), c);
    expect(result).toMatchObject({ ok: true, shown: 'Thanh Hóa' });
    expect(select.value).toBe('Thanh Hóa');
    expect(select.clicks).toEqual(['Thanh Hóa']);
    expect(select.root.classList.contains('ant-select-open')).toBe(false);
    // The 80 ms of option loading is the portal's time, not ours.
    expect(c.clock.waitMs).toBeGreaterThanOrEqual(70);
  });

  it('when the accent-sensitive search finds nothing (Hoá vs Hóa), scrolls the virtual list and matches by fold', async () => {
    const select = new FakeAntdSelect(mountOne('F_tinh', 'Tỉnh/thành:'), { id: 'F_tinh', load: () => PROVINCES });
    const result = await fillAntdSelect(controlOf(select), place('Tỉnh Thanh Hóa', 'province'), ctx());
    expect(result.ok).toBe(true);
    expect(select.value).toBe('Thanh Hoá');
    expect(select.clicks).toEqual(['Thanh Hoá']);
  });

  it('scrolls through the filtered list when more than a page matches what it typed', async () => {
    // Typing "Hoằng Đạo" leaves 15 options; ours is the 15th, below the 10 a virtual list renders.
    const similar = Array.from({ length: 14 }, (_, i) => `Thôn Hoằng Đạo ${i + 1}`);
    const select = new FakeAntdSelect(mountOne('F_xa', 'Xã/phường:'), {
      id: 'F_xa', load: () => ['Phường Hạc Thành', ...similar, 'Xã Hoằng Đạo', 'Xã Hoằng Hà'],
    });
    const c = ctx();
    const result = await fillAntdSelect(controlOf(select), place('Xã Hoằng Đạo', 'commune'), c);
    expect(result.ok).toBe(true);
    expect(select.value).toBe('Xã Hoằng Đạo');
    // Found in the filtered list: no waiting out the search timeout.
    expect(c.clock.waitMs).toBeLessThan(c.timeoutMs);
  });

  it('never takes a longer name that merely contains the wanted one ("Quận 1" is not "Quận 10")', async () => {
    const districts = ['Quận 10', 'Quận 11', 'Quận 12', 'Quận 1', 'Quận Bình Thạnh'];
    const select = new FakeAntdSelect(mountOne('F_huyen', 'Quận/huyện:'), { id: 'F_huyen', load: () => districts });
    const result = await fillAntdSelect(controlOf(select), place('Quận 1', 'district'), ctx());
    expect(result.ok).toBe(true);
    expect(select.value).toBe('Quận 1');
  });

  it('does not guess between two options that fold alike, and leaves the select empty and closed', async () => {
    const select = new FakeAntdSelect(mountOne('F_xa', 'Xã/phường:'), {
      id: 'F_xa', load: () => ['Xã Đồng Tiến', 'Phường Đông Tiến', 'Xã Hoằng Hóa'],
    });
    const result = await fillAntdSelect(controlOf(select), place('Dong Tien', 'commune'), ctx());
    expect(result.ok).toBe(false);
    expect(result.reason).toContain('Có nhiều lựa chọn giống');
    expect(select.value).toBeUndefined();
    expect(select.root.classList.contains('ant-select-open')).toBe(false);
  });

  it('fails with a reason when the option is not in the list', async () => {
    const select = new FakeAntdSelect(mountOne('F_tinh', 'Tỉnh/thành:'), { id: 'F_tinh', load: () => PROVINCES });
    const result = await fillAntdSelect(controlOf(select), place('Tỉnh Bình Dương', 'province'), ctx());
    expect(result).toEqual({ ok: false, reason: 'Không có lựa chọn "Tỉnh Bình Dương" trong danh sách' });
    expect(select.clicks).toEqual([]);
  });

  it('waits (bounded) for a disabled cascade child, and gives up with a reason when it never opens', async () => {
    const select = new FakeAntdSelect(mountOne('F_xa', 'Xã/phường:'), { id: 'F_xa', load: () => ['Xã Hoằng Hóa'], disabled: true });
    const control = controlOf(select);
    expect(control.locked).toBe(true);
    const c = ctx(150);
    const result = await fillAntdSelect(control, place('Xã Hoằng Hóa', 'commune'), c);
    expect(result).toEqual({ ok: false, reason: 'Ô chọn vẫn bị khóa (chưa chọn được cấp trên?)' });
    expect(c.clock.waitMs).toBeGreaterThanOrEqual(140);
    // Bounded: it gave up after its timeout instead of waiting on (generous margin for a busy machine).
    expect(c.clock.waitMs).toBeLessThan(c.timeoutMs * 10);
  });

  it('fills a cascade parent first, then each child once it is enabled and its options are loaded', async () => {
    mount(`${antdItem('F_tinh', 'Tỉnh/thành:', '<div data-p></div>')}${antdItem('F_huyen', 'Quận/huyện:', '<div data-d></div>')}
      ${antdItem('F_xa', 'Xã/phường:', '<div data-c></div>')}`);
    const cascade = makeCascade(
      {
        province: document.querySelector('[data-p]') as HTMLElement,
        district: document.querySelector('[data-d]') as HTMLElement,
        commune: document.querySelector('[data-c]') as HTMLElement,
      },
      {
        provinces: PROVINCES,
        districts: { 'Thanh Hoá': ['Thành phố Thanh Hóa', 'Huyện Hoằng Hóa', 'Huyện Hậu Lộc'] },
        communes: { 'Huyện Hoằng Hóa': ['Xã Hoằng Đạo', 'Xã Hoằng Đạt'] },
      },
      { province: 'F_tinh', district: 'F_huyen', commune: 'F_xa' },
    );
    const plan = planFill(collectControls(document), makeProfile());
    expect(plan.order.map((e) => e.control.element.id)).toEqual(['F_tinh', 'F_huyen', 'F_xa']);
    const report = await fillPlan(plan, { timeoutMs: 2000 });
    expect(report.failed).toEqual([]);
    expect([cascade.province.value, cascade.district?.value, cascade.commune.value])
      .toEqual(['Thanh Hoá', 'Huyện Hoằng Hóa', 'Xã Hoằng Đạo']);
  });

  it('skips the children when the parent cannot be chosen', async () => {
    mount(`${antdItem('F_tinh', 'Tỉnh/thành:', '<div data-p></div>')}${antdItem('F_xa', 'Xã/phường:', '<div data-c></div>')}`);
    const cascade = makeCascade(
      { province: document.querySelector('[data-p]') as HTMLElement, commune: document.querySelector('[data-c]') as HTMLElement },
      { provinces: ['Tỉnh Nghệ An'], districts: {}, communes: {} },
      { province: 'F_tinh', commune: 'F_xa' },
    );
    const report = await fillPlan(planFill(collectControls(document), makeProfile()), { timeoutMs: 300 });
    expect(report.failed.map((o) => o.entry.control.element.id)).toEqual(['F_tinh']);
    expect(report.skipped.find((o) => o.entry.control.element.id === 'F_xa')?.reason).toBe('Không chọn được cấp trên nên bỏ qua');
    expect(cascade.commune.clicks).toEqual([]);
  });
});
