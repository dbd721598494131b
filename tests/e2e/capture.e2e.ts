/**
 * Issue 5, capture: codes that are certainly the user's are saved without a click (with "Hoàn tác"); codes that only
 * appear in a list get a "Lưu mã hồ sơ" button; near-misses in a news article save nothing.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { byRole, clearStoredDossiers, hasRole, setupE2E, signIn, storedDossiers, TH, waitForStoredDossier, waitForText } from './harness';

const e2e = setupE2E();

function seeded(personaId: string) {
  return e2e.portal.state.listDossiers().filter((d: { submitter?: string; soGiayToChuHoSo: string }) =>
    e2e.portal.state.personas.find((p: { id: string }) => p.id === personaId)?.soDinhDanh === d.soGiayToChuHoSo,
  ) as { maHoSo: string; tenTTHC: string; chuHoSo: string; soGiayToChuHoSo: string }[];
}

/** The assistant's live region for notices (present, possibly empty, from the start: so screen readers announce). */
async function noticesOf(page: Page) {
  const region = await page.waitForSelector('::-p-aria([name="Thông báo của Trợ lý"][role="status"])');
  if (!region) throw new Error('no notices region');
  return region;
}

const clearStore = () => clearStoredDossiers(e2e.session);

describe('capturing dossier codes on the portal', () => {
  it('saves nothing from a news article full of near-misses', async () => {
    await clearStore();
    const page = await e2e.session.newPage();
    await page.goto(`${TH}/portaldvc/tin-bai/3`);
    await waitForText(page, 'Các cách ghi sau đây là SAI');
    await new Promise((r) => setTimeout(r, 2500)); // the capture part would have loaded and scanned by now
    expect(await storedDossiers(e2e.session)).toEqual([]);
    expect(await hasRole(page, 'button', 'Lưu mã hồ sơ')).toBe(false);
    await page.close();
  });

  it('saves the code of a receipt on sight, and "Hoàn tác" takes it back', async () => {
    await clearStore();
    const dossier = seeded(e2e.portal.state.getConfig().persona)[0]!;
    const page = await e2e.session.newPage();
    // The receipt is shown to the signed-in owner.
    await signIn(page);
    await page.goto(`${TH}/portaldvc/phieu-tiep-nhan?maHoSo=${encodeURIComponent(dossier.maHoSo)}`);
    const notices = await noticesOf(page);
    await page.waitForFunction((el, code) => (el as HTMLElement).innerText.includes(`Đã lưu mã hồ sơ ${code}`), {}, notices, dossier.maHoSo);
    const saved = await waitForStoredDossier(e2e.session, dossier.maHoSo);
    expect(saved.procedure).toBe(dossier.tenTTHC);
    expect(saved.ownerName).toBe(dossier.chuHoSo);

    await (await byRole(page, 'button', 'Hoàn tác')).click();
    await page.waitForFunction((el) => (el as HTMLElement).innerText.includes('Đã hoàn tác'), {}, notices);
    expect((await storedDossiers(e2e.session)).map((d) => d.code)).not.toContain(dossier.maHoSo);
    await page.close();
  });

  it('offers "Lưu mã hồ sơ" for each code in "Dịch vụ công của tôi" and saves the one chosen', async () => {
    await clearStore();
    const page = await e2e.session.newPage();
    await signIn(page, '/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi');
    const mine = seeded(e2e.portal.state.getConfig().persona);
    expect(mine.length).toBeGreaterThan(1);
    for (const dossier of mine) await byRole(page, 'button', `Lưu mã hồ sơ ${dossier.maHoSo}`);
    expect(await storedDossiers(e2e.session)).toEqual([]);

    const chosen = mine[1]!;
    await (await byRole(page, 'button', `Lưu mã hồ sơ ${chosen.maHoSo}`)).click();
    await byRole(page, 'button', `Đã lưu mã hồ sơ ${chosen.maHoSo}`);
    const saved = await waitForStoredDossier(e2e.session, chosen.maHoSo);
    expect(saved.procedure).toBe(chosen.tenTTHC);
    expect(saved.history.at(-1)?.statusText).toBeTruthy();
    expect((await storedDossiers(e2e.session)).map((d) => d.code)).toEqual([chosen.maHoSo]);
    await page.close();
  });

  it('captures the result of a lookup the person runs on the lookup page', async () => {
    await clearStore();
    const dossier = seeded('hoa')[0]!;
    const page = await e2e.session.newPage();
    await page.goto(`${TH}/portaldvc/tra-cuu?MHS=${encodeURIComponent(dossier.maHoSo)}&SGT=${dossier.soGiayToChuHoSo}`);
    await (await byRole(page, 'button', 'Tra cứu')).click();
    await waitForText(page, 'THÔNG TIN HỒ SƠ');
    const status = await page.$eval('.thongTinHoSo', (el) => (el as HTMLElement).innerText);
    const saved = await waitForStoredDossier(e2e.session, dossier.maHoSo);
    expect(saved.ownerIdNumber).toBe(dossier.soGiayToChuHoSo);
    expect(status).toContain(saved.history.at(-1)!.statusText);
    const notices = await noticesOf(page);
    await page.waitForFunction((el, code) => (el as HTMLElement).innerText.includes(`Đã lưu mã hồ sơ ${code}`), {}, notices, dossier.maHoSo);
    await page.close();
  });
});
