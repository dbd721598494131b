// Journeys through the demo portal, as a person would make them. Each returns what later steps need.
import assert from 'node:assert/strict';
import { chooseAntd, click, clickFree, clickText, formioChoose, formioDate, formioDay, formioRadio, formioType, typeInto, waitForToast } from './person.mjs';

export const ORIGIN = 'https://dichvucong.thanhhoa.gov.vn';
const formValues = (page) => page.evaluate(() => window.__demoPortal.getFormValues());

/** Catalogue search -> procedure detail -> "Nộp trực tuyến" (-> unit choice) -> sign-in page. */
export async function openProcedure(page, keyword, name, unit) {
  await page.goto(`${ORIGIN}/portaldvc/danh-muc-tthc`, { waitUntil: 'domcontentloaded' });
  await typeInto(page, '#TuKhoa', keyword);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => [...document.querySelectorAll('a.tenThuTuc')].some((a) => a.textContent === n), {}, name);
  await clickText(page, 'a.tenThuTuc', name, { exact: true });
  await page.waitForSelector('.btnNopTrucTuyen', { visible: true });
  await click(page, '.btnNopTrucTuyen');
  if (unit) {
    await clickText(page, '.unit-choice label', unit, { exact: true });
    await clickText(page, '.ant-modal-footer button', 'Tiếp tục');
  }
}

/** From the portal's sign-in page through the fake VNeID back to the page that asked for it. */
export async function signInWithVneid(page, soDinhDanh) {
  await page.waitForSelector('.btnVNeID', { visible: true });
  await Promise.all([page.waitForNavigation(), click(page, '.btnVNeID')]);
  assert.equal(new URL(page.url()).host, 'sso.dancuquocgia.gov.vn');
  const state = new URL(page.url()).searchParams.get('state');
  assert.match(Buffer.from(state, 'base64').toString('utf8'), /^https:\/\/dichvucong\.thanhhoa\.gov\.vn\/portaldvc\//);
  if (soDinhDanh) await typeInto(page, '#username', soDinhDanh);
  // The SSO redirects to the callback page, which stores the session and replaces itself with the return URL.
  await Promise.all([page.waitForNavigation(), click(page, '#btnLogin')]);
  await page.waitForFunction(() => location.host === 'dichvucong.thanhhoa.gov.vn' && location.pathname.startsWith('/portaldvc/'),
    { polling: 100, timeout: 15_000 });
  const persisted = await page.evaluate(() => JSON.parse(localStorage.getItem('persist:root') ?? '{}'));
  assert.ok(JSON.parse(persisted.auth).data.token, 'persist:root holds an auth member with a token');
}

/** Fills one person's address cascade and detail address on the antd form. */
export async function fillAddress(page, suffix, { tinh, huyen, xa, chiTiet }) {
  await chooseAntd(page, `NopHoSoTrucTuyen_tinhThanh${suffix}`, tinh);
  if (huyen) await chooseAntd(page, `NopHoSoTrucTuyen_quanHuyen${suffix}`, huyen);
  await chooseAntd(page, `NopHoSoTrucTuyen_xaPhuong${suffix}`, xa);
  await typeInto(page, `#NopHoSoTrucTuyen_diaChi${suffix}`, chiTiet);
}

/** Contact phone, email and address; then uncheck/check "Người nộp là chủ hồ sơ" so the owner gets a copy. */
export async function fillContactAndCopyToOwner(page, contact) {
  await typeInto(page, '#NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen', contact.phone);
  await typeInto(page, '#NopHoSoTrucTuyen_emailNguoiUyQuyen', contact.email);
  await fillAddress(page, 'NguoiUyQuyen', contact.address);
  const box = '.owner-toggle input[type="checkbox"]';
  await click(page, box);
  let values = await formValues(page);
  assert.equal(values.chuHoSo, undefined, 'unchecking clears the owner');
  assert.equal(values.uyQuyen, false);
  await click(page, box);
  values = await formValues(page);
  for (const [from, to] of [['nguoiUyQuyen', 'chuHoSo'], ['soGiayToNguoiUyQuyen', 'soGiayToChuHoSo'],
    ['soDienThoaiNguoiUyQuyen', 'soDienThoaiChuHoSo'], ['xaPhuongNguoiUyQuyen', 'xaPhuongChuHoSo'], ['diaChiNguoiUyQuyen', 'diaChiChuHoSo']]) {
    assert.equal(values[to], values[from], `checking copies ${from} into ${to}`);
  }
  return values;
}

/** "Lưu vào thành phần hồ sơ" and the success modal; on the incomplete-form toast, fails with Form.io's own errors. */
export async function saveEForm(page) {
  const lastToast = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('.Toastify__toast')].map((t) => Number(t.id))));
  await click(page, '.btnLuuToKhai');
  const outcome = await page.waitForFunction((last) => {
    if (document.querySelector('.ant-modal-confirm-content')) return 'modal';
    const toast = [...document.querySelectorAll('.Toastify__toast--error')]
      .find((t) => Number(t.id) > last && t.textContent.includes('được đánh dấu *'));
    return toast ? 'toast' : null;
  }, { timeout: 15_000 }, lastToast);
  if ((await outcome.jsonValue()) === 'toast') {
    const errors = await page.evaluate(() => window.__demoPortal.validate());
    throw new Error(`e-form incomplete: ${JSON.stringify(errors)}`);
  }
  const content = await page.$eval('.ant-modal-confirm-content', (el) => el.textContent);
  assert.equal(content, 'Thêm THÀNH CÔNG tờ khai điện tử. Công dân KHÔNG CẦN đính kèm thêm tờ khai giấy, không cần ký số vào tờ khai điện tử này.');
  await clickText(page, '.ant-modal-confirm-btns button', 'Đóng');
  await page.waitForFunction(() => !document.querySelector('.ant-modal-confirm'));
}

/** Attaches a file to the row named `rowName` and deletes the rows named in `drop`. */
export async function attach(page, rowName, filePath, drop = []) {
  const row = await page.waitForFunction((name) => [...document.querySelectorAll('.tblThanhPhanHoSo tbody tr')]
    .find((tr) => tr.querySelector('.ten-giay-to')?.textContent.startsWith(name)), {}, rowName);
  const input = await row.asElement().$('input[type="file"]');
  await input.uploadFile(filePath);
  await page.waitForFunction((name) => [...document.querySelectorAll('.tblThanhPhanHoSo tbody tr')]
    .find((tr) => tr.querySelector('.ten-giay-to')?.textContent.startsWith(name))?.querySelector('.file-name'), {}, rowName);
  for (const name of drop) {
    const other = await page.waitForFunction((n) => [...document.querySelectorAll('.tblThanhPhanHoSo tbody tr')]
      .find((tr) => tr.querySelector('.ten-giay-to')?.textContent.startsWith(n)), {}, name);
    const button = await other.asElement().$('.btnXoaThanhPhan');
    await clickFree(page, button);
  }
}

/** "Gửi hồ sơ" -> success modal; returns the code read from "Mã hồ sơ đăng ký: <code>". */
export async function sendAndReadCode(page) {
  await click(page, '.btnGuiHoSo');
  const line = await page.waitForFunction(() => {
    const p = [...document.querySelectorAll('.nop-thanh-cong-modal p')].find((el) => el.textContent.startsWith('Mã hồ sơ đăng ký: '));
    return p?.textContent ?? null;
  }, { timeout: 15_000 });
  const title = await page.$eval('.nop-thanh-cong-modal .ant-modal-title', (el) => el.textContent);
  assert.equal(title, 'Đăng ký hồ sơ thành công');
  for (const label of ['Quản lý hồ sơ cá nhân', 'Đăng ký hồ sơ khác', 'Về trang chủ', 'Xem phiếu tiếp nhận']) {
    assert.ok(await page.$$eval('.nop-thanh-cong-modal button', (bs, l) => bs.some((b) => b.textContent === l), label), label);
  }
  return (await line.jsonValue()).slice('Mã hồ sơ đăng ký: '.length);
}

export { formioChoose, formioDate, formioDay, formioRadio, formioType, waitForToast };
