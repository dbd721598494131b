// @ts-check
/** Things a person does on the demo portal that many tests need first, done the way the person does them. */
import { PROCEDURES } from '../../portal/server/data/procedures.mjs';
import { TH } from './hosts.mjs';

/**
 * Signs in through "Đăng nhập" → VNeID → the VNeID page's "Đăng nhập", and waits to be back on the portal.
 * The demo portal signs in its configured test persona.
 * @param {import('puppeteer').Page} page
 * @param {string} [returnPath] where to land after sign-in
 */
export async function signIn(page, returnPath = '/portaldvc/home') {
  await page.goto(`${TH}/portaldvc/dang-nhap?returnUrl=${encodeURIComponent(returnPath)}`);
  const vneid = await page.waitForSelector('::-p-aria([name="Đăng nhập bằng tài khoản định danh điện tử (VNeID)"][role="button"])', { visible: true });
  await Promise.all([page.waitForNavigation(), vneid?.click()]);
  const submit = await page.waitForSelector('::-p-aria([name="Đăng nhập"][role="button"])', { visible: true });
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), submit?.click()]);
  const expected = new URL(returnPath, TH);
  await page.waitForFunction((path) => location.origin + location.pathname === path, { timeout: 15_000 }, expected.origin + expected.pathname);
  await page.waitForSelector('::-p-aria([name="Đăng xuất"])', { timeout: 15_000 });
}

/**
 * The official submission URL of one of the demo portal's procedures, as the procedure page's "Nộp trực tuyến" builds
 * it: `/portaldvc/nop-ho-so-truc-tuyen?maTTHC=…&donVi=…&truongHopId=…`.
 * @param {'lltp' | 'khai-sinh' | 'gplx' | 'trich-luc' | string} procedureId
 * @param {number} [unitIndex]
 */
export function submissionUrl(procedureId, unitIndex = 0) {
  const procedure = PROCEDURES.find((p) => p.id === procedureId);
  if (!procedure) throw new Error(`The demo portal has no procedure "${procedureId}"`);
  const unit = procedure.donVis[unitIndex];
  const params = new URLSearchParams({ maTTHC: procedure.maTTHC, donVi: unit?.id ?? '', truongHopId: procedure.truongHops[0]?.id ?? '' });
  return `${TH}/portaldvc/nop-ho-so-truc-tuyen?${params}`;
}
