/**
 * Issue 4: "Điền tự động" on the demo portal's real widgets (antd Form, Select cascades, Form.io), production build.
 * The profile answers what it can, the portal's own form state holds it, nothing else is touched, the portal accepts
 * the form, undo restores, and nothing a page script does can start a fill.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import * as flows from '../portal/smoke/flows.mjs';
import { AN, byRole, HOA, restoreProfiles, setupE2E, signIn, submissionUrl, waitForStoredDossier } from './harness';

const e2e = setupE2E();

type Values = Record<string, unknown>;
const formValues = (page: Page) => page.evaluate(() => (window as unknown as { __demoPortal: { getFormValues(): Values } }).__demoPortal.getFormValues());
const eFormData = (page: Page) => page.evaluate(() => (window as unknown as { __demoPortal: { getEFormData(): Values } }).__demoPortal.getEFormData());
const validate = (page: Page) =>
  page.evaluate(() => (window as unknown as { __demoPortal: { validate(): Promise<{ ok: boolean; errors: unknown[] }> } }).__demoPortal.validate());

async function openForm(procedure: string, prefill: 'full' | 'name-id' | 'none', persona = 'an'): Promise<Page> {
  e2e.portal.state.setPersona(persona);
  e2e.portal.state.setPrefill(prefill);
  const page = await e2e.session.newPage();
  await signIn(page);
  await page.goto(submissionUrl(procedure));
  await page.waitForSelector('#NopHoSoTrucTuyen_soDienThoaiChuHoSo, .formio-component-nksHoTen', { timeout: 20_000 });
  return page;
}

/** Chooses whose data to use in the bar's list, with the keyboard as a person would. */
async function chooseProfile(page: Page, optionText: string): Promise<void> {
  // The bar re-renders while the page settles, so the list is looked up again for each try.
  for (let attempt = 0; attempt < 5; attempt++) {
    const chooser = await byRole(page, 'combobox', 'Dùng thông tin của');
    const options = await chooser.evaluate((el) => Array.from((el as HTMLSelectElement).options, (o) => o.text));
    const target = options.findIndex((text) => text.includes(optionText));
    if (target < 0) throw new Error(`No profile "${optionText}" in ${options.join(', ')}`);
    const current = await chooser.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    await chooser.focus();
    for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
    for (let i = current; i > target; i--) await page.keyboard.press('ArrowUp');
    const chosen = await byRole(page, 'combobox', 'Dùng thông tin của');
    if (await chosen.evaluate((el, text) => (el as HTMLSelectElement).selectedOptions[0]?.text.includes(text) ?? false, optionText)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Could not choose "${optionText}"`);
}

/** Presses "Điền tự động" as the person does and waits for the report's "Đã điền N trường". */
async function fillFromBar(page: Page): Promise<string> {
  await (await byRole(page, 'button', 'Điền tự động', 20_000)).click();
  const bar = await byRole(page, 'region', 'Trợ lý điền biểu mẫu');
  await page.waitForFunction((el) => /Đã điền \d+ trường/.test((el as HTMLElement).innerText), { timeout: 30_000 }, bar);
  return bar.evaluate((el) => (el as HTMLElement).innerText);
}

describe('Điền tự động on the portal', () => {
  beforeAll(async () => {
    await restoreProfiles(e2e.session, [AN, HOA]);
  });

  it('fills the LLTP form and e-form from the profile; the person completes the rest and the portal accepts it', async () => {
    const page = await openForm('lltp', 'name-id');
    const before = await formValues(page);
    const report = await fillFromBar(page);
    expect(report).toMatch(/Đã điền \d+ trường/);

    const values = await formValues(page);
    // Contact and owner sections, with the three-level cascade the portal loads level by level.
    expect(values).toMatchObject({
      soDienThoaiNguoiUyQuyen: AN.phone,
      emailNguoiUyQuyen: AN.email,
      tinhThanhNguoiUyQuyen: '38',
      quanHuyenNguoiUyQuyen: '38.380',
      xaPhuongNguoiUyQuyen: '38.380.14767',
      diaChiNguoiUyQuyen: 'Số 25 đường Lê Lợi',
      soDienThoaiChuHoSo: AN.phone,
      tinhThanhChuHoSo: '38',
      quanHuyenChuHoSo: '38.380',
      xaPhuongChuHoSo: '38.380.14767',
      diaChiChuHoSo: 'Số 25 đường Lê Lợi',
    });
    // What the profile cannot answer, and what the portal set itself, is untouched.
    for (const key of ['nguoiUyQuyen', 'soGiayToNguoiUyQuyen', 'chuHoSo', 'soGiayToChuHoSo', 'trichYeuHoSo', 'loaiDoiTuong', 'uyQuyen', 'hinhThucTra']) {
      expect(values[key], key).toEqual(before[key]);
    }

    const eForm = await eFormData(page);
    expect(eForm.HoVaTen).toBe(AN.fullName);
    expect(String(eForm.NgaySinh)).toMatch(/^1990-03-15/);
    expect(eForm.DanToc).toBe('Kinh');
    expect(eForm.HoVaTenCha).toBe('Nguyễn Văn Bình');
    expect(eForm.NgaySinhCha).toBe('02/09/1962');
    expect(eForm.HoVaTenMe).toBe('Lê Thị Cúc');
    expect(eForm.MucDichCapPhieu ?? '').toBe(''); // the profile cannot know why the person asks

    // The person does what only they can: the purpose, the kind of record, the attachment, then "Gửi hồ sơ".
    await flows.formioType(page, 'MucDichCapPhieu', 'Bổ sung hồ sơ xin việc');
    await flows.formioRadio(page, 'LoaiPhieuYeuCau', 'Phiếu số 1');
    await flows.saveEForm(page);
    const dir = await mkdtemp(path.join(tmpdir(), 'tro-ly-dvc-attach-'));
    const file = path.join(dir, 'cccd.pdf');
    await writeFile(file, '%PDF-1.4\n% demo CCCD\n');
    await flows.attach(page, 'Bản chụp Căn cước công dân', file, ['Giấy tờ chứng minh thuộc đối tượng được miễn']);
    expect(await validate(page)).toEqual({ ok: true, errors: [] });
    const code = await flows.sendAndReadCode(page);

    // Issue 5: the code on the success screen is saved without a click, with the filling profile's ID number.
    const saved = await waitForStoredDossier(e2e.session, code);
    expect(saved.ownerIdNumber).toBe(AN.idNumber);
    expect(saved.procedure).toContain('Phiếu lý lịch tư pháp');
    await page.close();
  });

  it('fills the two-level cascade (Tỉnh/thành → Xã/phường) with the post-reform commune', async () => {
    const page = await openForm('trich-luc', 'name-id');
    await fillFromBar(page);
    const values = await formValues(page);
    expect(values.tinhThanhChuHoSo).toBe('38');
    expect(values.xaPhuongChuHoSo).toBe('38.14797'); // Phường Hạc Thành
    expect(values.quanHuyenChuHoSo ?? '').toBe('');
    await page.close();
  });

  it('on a birth registration fills only the requester, never the child or the child’s parents', async () => {
    const page = await openForm('khai-sinh', 'none', 'hoa');
    // With two profiles saved, the person chooses whose data to use.
    await chooseProfile(page, HOA.fullName);
    await fillFromBar(page);
    const eForm = await eFormData(page);
    expect(eForm.nycHoTen).toBe(HOA.fullName);
    expect(eForm.nycSoGiayToTuyThan).toBe(HOA.idNumber);
    expect(eForm.nycSoDienThoai).toBe(HOA.phone);
    for (const key of ['nksHoTen', 'nksNgaySinh', 'nksNoiSinh', 'meHoTen', 'meSoGiayToTuyThan', 'chaHoTen']) {
      expect(eForm[key] ?? '', key).toBe('');
    }
    await page.close();
  });

  it('keeps what the portal prefilled from the population database and says where it differs', async () => {
    e2e.portal.state.setPersona('an');
    const changed = { ...AN, id: 'p-an-new-phone', label: 'Tôi (số mới)', phone: '0987654321' };
    await restoreProfiles(e2e.session, [AN, HOA, changed]);
    const page = await openForm('lltp', 'full');
    await chooseProfile(page, changed.label);
    const report = await fillFromBar(page);
    const values = await formValues(page);
    expect(values.soDienThoaiChuHoSo).toBe(AN.phone); // the portal's value, kept
    expect(report).toContain('Giá trị khác với thông tin đã lưu');
    expect(report).toContain('0987654321');
    await page.close();
  });

  it('"Hoàn tác" puts every field back as it was', async () => {
    const page = await openForm('gplx', 'name-id');
    const before = await formValues(page);
    await fillFromBar(page);
    expect((await formValues(page)).soDienThoaiChuHoSo).toBe(AN.phone);
    await (await byRole(page, 'button', 'Hoàn tác')).click();
    const bar = await byRole(page, 'region', 'Trợ lý điền biểu mẫu');
    await page.waitForFunction((el) => (el as HTMLElement).innerText.includes('Đã hoàn tác'), {}, bar);
    const after = await formValues(page);
    for (const [key, value] of Object.entries(before)) expect(after[key] ?? '', key).toEqual(value ?? '');
    await page.close();
  });

  it('does nothing when a page script tries to start a fill', async () => {
    const page = await openForm('gplx', 'name-id');
    await byRole(page, 'button', 'Điền tự động', 20_000);
    const before = await formValues(page);
    const reached = await page.evaluate(() => {
      const host = document.querySelector('tro-ly-dvc-fill');
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      (host as HTMLElement | null)?.click();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'F', altKey: true, shiftKey: true, bubbles: true }));
      return { shadow: host?.shadowRoot ?? null };
    });
    expect(reached.shadow).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await formValues(page)).toEqual(before);
    const bar = await byRole(page, 'region', 'Trợ lý điền biểu mẫu');
    expect(await bar.evaluate((el) => (el as HTMLElement).innerText)).not.toMatch(/Đã điền/);
    await page.close();
  });
});

