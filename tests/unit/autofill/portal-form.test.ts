/**
 * The portal's submission form end to end on fixtures: every field the profile can answer is filled with the right
 * value, nothing else is touched, and undo puts every previous value back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectControls, fillPlan, planFill, undoFill } from '../../../utils/autofill';
import type { PlanEntry } from '../../../utils/autofill';
import { makeProfile } from './fixtures/profile';
import { mountPortalForm } from './fixtures/portal-form';

const profile = makeProfile();

function entryFor(entries: readonly PlanEntry[], id: string): PlanEntry | undefined {
  return entries.find((e) => e.control.element.id === id);
}

/** Everything the page holds that the engine must not change, as one comparable snapshot. */
function untouched(form: HTMLElement): unknown {
  return {
    // Cascade pickers are disabled until their parent is chosen: they are meant to change.
    disabled: Array.from(
      form.querySelectorAll<HTMLInputElement>('input:disabled:not(.ant-select-selection-search-input)'),
      (i) => [i.id, i.value],
    ),
    trichYeu: (document.getElementById('NopHoSoTrucTuyen_trichYeuHoSo') as HTMLTextAreaElement).value,
    radios: Array.from(form.querySelectorAll<HTMLInputElement>('input[type=radio]'), (r) => r.checked),
    box: (form.querySelector('.owner-box') as HTMLInputElement).checked,
    hidden: Array.from(form.querySelectorAll<HTMLInputElement>('input[type=hidden]'), (i) => i.value),
  };
}

describe('NopHoSoTrucTuyen, three-level address pickers (Feb 2025 code)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('plans the contact and owner fields as the profile, and leaves the rest with a reason', () => {
    mountPortalForm({ threeLevel: true });
    const plan = planFill(collectControls(document), profile);
    const fill = (id: string): string | undefined => {
      const e = entryFor(plan.entries, `NopHoSoTrucTuyen_${id}`);
      return e?.action === 'fill' ? e.value?.text : undefined;
    };
    expect(fill('soDienThoaiNguoiUyQuyen')).toBe('0912345678');
    expect(fill('emailNguoiUyQuyen')).toBe('hoa.le@example.vn');
    expect(fill('tinhThanhNguoiUyQuyen')).toBe('Tỉnh Thanh Hóa');
    // A district picker next to the commune: the old units (legacy), from the current address.
    expect(fill('quanHuyenNguoiUyQuyen')).toBe('Huyện Hoằng Hóa');
    expect(fill('xaPhuongNguoiUyQuyen')).toBe('Xã Hoằng Đạo');
    expect(fill('diaChiNguoiUyQuyen')).toBe('Thôn 3');
    expect(fill('soDienThoaiChuHoSo')).toBe('0912345678');
    expect(fill('xaPhuongChuHoSo')).toBe('Xã Hoằng Đạo');
    expect(fill('diaChiChuHoSo')).toBe('Thôn 3');

    const trichYeu = entryFor(plan.entries, 'NopHoSoTrucTuyen_trichYeuHoSo');
    expect(trichYeu?.action).toBe('skip');
    expect(trichYeu?.code).toBe('never');
    const box = plan.entries.find((e) => e.control.kind === 'checkbox');
    expect(box?.classification.fieldType).toBe('submitterIsOwner');
    expect(box?.action).toBe('skip');
    const radios = plan.entries.find((e) => e.control.kind === 'radio-group');
    expect(radios?.action).toBe('skip');
    // The contact address gives its reason: the portal says only "address".
    expect(entryFor(plan.entries, 'NopHoSoTrucTuyen_diaChiNguoiUyQuyen')?.reason).toContain('nơi ở hiện tại');
    // Disabled fields are not even collected.
    expect(entryFor(plan.entries, 'NopHoSoTrucTuyen_nguoiUyQuyen')).toBeUndefined();
  });

  it('fills every answerable field, waits for each cascade level, and touches nothing else', async () => {
    const page = mountPortalForm({ threeLevel: true });
    const before = untouched(page.form);
    const plan = planFill(collectControls(document), profile);
    // Cascade order: province before district before commune, whatever the document order.
    const order = plan.order.map((e) => e.control.element.id);
    expect(order.indexOf('NopHoSoTrucTuyen_tinhThanhChuHoSo')).toBeLessThan(order.indexOf('NopHoSoTrucTuyen_quanHuyenChuHoSo'));
    expect(order.indexOf('NopHoSoTrucTuyen_quanHuyenChuHoSo')).toBeLessThan(order.indexOf('NopHoSoTrucTuyen_xaPhuongChuHoSo'));

    const report = await fillPlan(plan, { timeoutMs: 2000 });

    expect(report.failed.map((o) => `${o.entry.evidence.label}: ${o.reason}`)).toEqual([]);
    for (const side of [page.contact, page.owner]) {
      expect(side.province.value).toBe('Tỉnh Thanh Hóa');
      expect(side.district?.value).toBe('Huyện Hoằng Hóa');
      expect(side.commune.value).toBe('Xã Hoằng Đạo');
      // One click per level: nothing else was ever chosen.
      expect([...side.province.clicks, ...(side.district?.clicks ?? []), ...side.commune.clicks])
        .toEqual(['Tỉnh Thanh Hóa', 'Huyện Hoằng Hóa', 'Xã Hoằng Đạo']);
    }
    expect(page.byId('soDienThoaiNguoiUyQuyen').value).toBe('0912345678');
    expect(page.byId('emailChuHoSo').value).toBe('hoa.le@example.vn');
    expect(page.byId('diaChiChuHoSo').value).toBe('Thôn 3');
    expect(untouched(page.form)).toEqual(before);
    expect(report.filled).toHaveLength(12);
    // The portal's option loading is measured apart from our own work.
    expect(report.timings.waitMs).toBeGreaterThan(0);
    expect(report.timings.workMs).toBeCloseTo(report.timings.totalMs - report.timings.waitMs, 5);
  });

  it('undo restores every previous value, selects included', async () => {
    const page = mountPortalForm({ threeLevel: true });
    const report = await fillPlan(planFill(collectControls(document), profile), { timeoutMs: 2000 });
    const result = await undoFill(report, { timeoutMs: 2000 });

    expect(result.failed.map((f) => f.reason)).toEqual([]);
    expect(result.restored).toHaveLength(report.filled.length);
    for (const side of [page.contact, page.owner]) {
      expect(side.province.value).toBeUndefined();
      expect(side.district?.value).toBeUndefined();
      expect(side.commune.value).toBeUndefined();
    }
    expect(page.byId('soDienThoaiNguoiUyQuyen').value).toBe('');
    expect(page.byId('diaChiNguoiUyQuyen').value).toBe('');
  });
});

describe('NopHoSoTrucTuyen, two-level address pickers (after 1 July 2025)', () => {
  it('uses the post-reform commune when there is no district picker', async () => {
    const page = mountPortalForm({ threeLevel: false });
    const report = await fillPlan(planFill(collectControls(document), profile), { timeoutMs: 2000 });
    expect(report.failed).toEqual([]);
    expect(page.contact.commune.value).toBe('Xã Hoằng Hóa');
    expect(page.owner.commune.value).toBe('Xã Hoằng Hóa');
  });
});

describe('NopHoSoTrucTuyen, values prefilled by the portal after a VNeID login', () => {
  it('keeps them, flags the ones that differ, and fills under a province that matches', async () => {
    const page = mountPortalForm({ threeLevel: true });
    page.byId('soDienThoaiNguoiUyQuyen').value = '0987654321';
    page.byId('emailNguoiUyQuyen').value = 'HOA.LE@example.vn';
    page.contact.province.preset('Tỉnh Thanh Hóa');
    page.contact.district?.setDisabled(false);

    const plan = planFill(collectControls(document), profile);
    const phone = entryFor(plan.entries, 'NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen');
    expect(phone?.action).toBe('skip');
    expect(phone?.differs).toBe(true);
    expect(phone?.reason).toContain('Đã có giá trị khác từ Cổng (giữ nguyên)');
    expect(entryFor(plan.entries, 'NopHoSoTrucTuyen_emailNguoiUyQuyen')?.code).toBe('same');
    expect(entryFor(plan.entries, 'NopHoSoTrucTuyen_tinhThanhNguoiUyQuyen')?.code).toBe('same');

    const report = await fillPlan(plan, { timeoutMs: 2000 });
    expect(report.differences.map((e) => e.control.element.id)).toEqual(['NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen']);
    expect(page.byId('soDienThoaiNguoiUyQuyen').value).toBe('0987654321');
    expect(page.contact.province.clicks).toEqual([]);
    expect(page.contact.district?.value).toBe('Huyện Hoằng Hóa');
    expect(page.contact.commune.value).toBe('Xã Hoằng Đạo');
  });

  it('leaves the lower levels and the street alone under a province that differs', () => {
    const page = mountPortalForm({ threeLevel: true });
    page.owner.province.preset('Tỉnh Nghệ An');
    page.owner.district?.setDisabled(false);
    const plan = planFill(collectControls(document), profile);
    for (const id of ['quanHuyenChuHoSo', 'xaPhuongChuHoSo', 'diaChiChuHoSo']) {
      const e = entryFor(plan.entries, `NopHoSoTrucTuyen_${id}`);
      expect(e?.action).toBe('skip');
      expect(e?.code).toBe('cascade');
    }
    expect(entryFor(plan.entries, 'NopHoSoTrucTuyen_tinhThanhChuHoSo')?.differs).toBe(true);
    // The contact side is independent.
    expect(entryFor(plan.entries, 'NopHoSoTrucTuyen_xaPhuongNguoiUyQuyen')?.action).toBe('fill');
  });

  it('replaces the levels under a province the user asked to replace', async () => {
    const page = mountPortalForm({ threeLevel: true });
    page.owner.province.preset('Tỉnh Nghệ An');
    page.owner.district?.setDisabled(false);
    const plan = planFill(collectControls(document), profile, { overwrite: new Set([page.owner.province.input]) });
    for (const id of ['tinhThanhChuHoSo', 'quanHuyenChuHoSo', 'xaPhuongChuHoSo', 'diaChiChuHoSo']) {
      expect(entryFor(plan.entries, `NopHoSoTrucTuyen_${id}`)?.action).toBe('fill');
    }
    const report = await fillPlan(plan, { timeoutMs: 2000 });
    expect(report.failed).toEqual([]);
    expect([page.owner.province.value, page.owner.district?.value, page.owner.commune.value])
      .toEqual(['Tỉnh Thanh Hóa', 'Huyện Hoằng Hóa', 'Xã Hoằng Đạo']);
    const undo = await undoFill(report, { timeoutMs: 2000 });
    expect(undo.failed).toEqual([]);
    expect(page.owner.province.value).toBe('Tỉnh Nghệ An');
  });
});

describe('NopHoSoTrucTuyen with "Người nộp là chủ hồ sơ" unchecked', () => {
  it('fills the owner as the profile and leaves the contact (the signed-in account) alone', () => {
    mountPortalForm({ threeLevel: false, ownerBoxChecked: false });
    const plan = planFill(collectControls(document), profile);
    const contactPhone = entryFor(plan.entries, 'NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen');
    expect(contactPhone?.action).toBe('skip');
    expect(contactPhone?.classification.subject).toBe('unknown');
    const owner = (id: string): PlanEntry | undefined => entryFor(plan.entries, `NopHoSoTrucTuyen_${id}`);
    expect(owner('chuHoSo')?.value?.text).toBe('Lê Thị Hoa');
    expect(owner('soGiayToChuHoSo')?.value?.text).toBe('038190012345');
    expect(owner('soDienThoaiChuHoSo')?.action).toBe('fill');
  });
});
