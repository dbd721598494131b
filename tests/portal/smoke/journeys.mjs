// The smoke test's journeys, end to end, each as one person at the keyboard.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as f from './flows.mjs';
import { advanceAndCheck, checkReceipt, lookupChecks } from './lookup.mjs';
import { click, clickText, typeInto } from './person.mjs';

const LLTP = 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam';

/** yyMMdd of today in Việt Nam, as dossier codes carry it. */
function todayCode() {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: '2-digit', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date()).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}`;
}

const escape = (text) => text.replace(/[.]/g, '\\.');

/** LLTP: three-level address, the "Nhập thông tin hồ sơ" block shown, Form.io e-form, fee 200.000 đ. */
export async function lltpJourney(page, portal, tmp) {
  portal.state.setPrefill('name-id');
  await f.openProcedure(page, 'lý lịch tư pháp', LLTP);
  await f.signInWithVneid(page);
  await page.waitForSelector('#NopHoSoTrucTuyen_chuHoSo');
  const heading = await page.$eval('.nop-ho-so-heading', (el) => ({ tag: el.querySelector('.ant-tag-gold')?.textContent, title: el.querySelector('b')?.textContent }));
  assert.deepEqual(heading, { tag: 'Toàn trình', title: `${LLTP} - Sở Tư pháp tỉnh Thanh Hóa` });

  // "Gửi hồ sơ" on an incomplete form: antd's own messages under the fields.
  await click(page, '.btnGuiHoSo');
  await page.waitForFunction(() => [...document.querySelectorAll('.ant-form-item-explain-error')].some((e) => e.textContent === 'Vui lòng nhập số điện thoại!'));
  await f.fillContactAndCopyToOwner(page, {
    phone: '0912345678', email: 'nguyenvanan90@example.com',
    address: { tinh: 'Tỉnh Thanh Hóa', huyen: 'Thành phố Thanh Hóa', xa: 'Phường Điện Biên', chiTiet: 'Số 25 đường Lê Lợi' },
  });

  // An e-form filed by a representative (LoaiToKhai = "UyQuyen") unchecks "Người nộp là chủ hồ sơ" (FACTS §5).
  await f.formioRadio(page, 'LoaiToKhai', 'Ủy quyền yêu cầu cấp Phiếu');
  await page.waitForFunction(() => !document.querySelector('.owner-toggle input').checked);
  assert.equal((await page.evaluate(() => window.__demoPortal.getFormValues())).chuHoSo, undefined);
  await f.formioRadio(page, 'LoaiToKhai', 'Tự khai cho bản thân');
  await click(page, '.owner-toggle input[type="checkbox"]');
  assert.equal((await page.evaluate(() => window.__demoPortal.getFormValues())).soDienThoaiChuHoSo, '0912345678');

  await click(page, '.btnLuuToKhai');
  await f.waitForToast(page, 'error', 'Vui lòng nhập đầy đủ thông tin các trường được đánh dấu *');
  await f.formioDate(page, 'NgaySinh', '15/03/1990');
  await f.formioRadio(page, 'GioiTinh', 'Nam');
  await f.formioChoose(page, 'DanToc', 'Kinh');
  await f.formioDate(page, 'NgayCapGiayTo', '10/05/2021');
  await f.formioChoose(page, 'NoiCapGiayTo', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội');
  await f.formioType(page, 'NoiSinh', 'Thành phố Thanh Hóa, Tỉnh Thanh Hóa');
  await f.formioChoose(page, 'NoiThuongTruTinhThanh', 'Tỉnh Thanh Hóa');
  await f.formioType(page, 'NoiThuongTruQuanHuyen', 'Thành phố Thanh Hóa');
  await f.formioType(page, 'NoiThuongTruXaPhuong', 'Phường Điện Biên');
  await f.formioType(page, 'NoiThuongTru', 'Số 25 đường Lê Lợi');
  await f.formioType(page, 'HoVaTenCha', 'Nguyễn Văn Bình');
  await f.formioDay(page, 'NgaySinhCha', 2, 9, 1962);
  await f.formioType(page, 'HoVaTenMe', 'Lê Thị Cúc');
  await f.formioType(page, 'SoDienThoai', '0912345678');
  await f.formioType(page, 'MucDichCapPhieu', 'Bổ sung hồ sơ xin việc');
  await f.formioRadio(page, 'LoaiPhieuYeuCau', 'Phiếu số 1');
  const eForm = await page.evaluate(() => window.__demoPortal.getEFormData());
  assert.equal(eForm.HoVaTen, 'Nguyễn Văn An');
  assert.match(eForm.NgaySinh, /^1990-03-15/);
  assert.equal(eForm.DanToc, 'Kinh');
  assert.equal(eForm.NgaySinhCha, '02/09/1962');
  await f.saveEForm(page);
  assert.equal((await page.evaluate(() => window.__demoPortal.getFormValues())).eFormDataValid, 'true');

  await click(page, '.btnGuiHoSo');
  await f.waitForToast(page, 'warning', 'Vui lòng đính kèm đầy đủ thành phần hồ sơ');
  const file = join(tmp, 'cccd.pdf');
  await writeFile(file, '%PDF-1.4\n% demo CCCD\n');
  await f.attach(page, 'Bản chụp Căn cước công dân', file, ['Giấy tờ chứng minh thuộc đối tượng được miễn']);
  assert.deepEqual(await page.evaluate(() => window.__demoPortal.validate()), { ok: true, errors: [] });
  const code = await f.sendAndReadCode(page);
  assert.match(code, new RegExp(`^H56\\.14-${todayCode()}-\\d{4}$`));
  assert.notEqual(code.slice(-4), '0000');

  const lookupUrl = await checkReceipt(page, code, 'Nguyễn Văn An', '038090012345', LLTP);
  await lookupChecks(page, lookupUrl, code, '038090012345', 'Nguyễn Văn An');
  await advanceAndCheck(page, portal.port, code, '038090012345');

  // "Đăng xuất" removes the session.
  await clickText(page, '.portal-header button', 'Đăng xuất', { exact: true });
  await page.waitForSelector('.btnDangNhap');
  assert.equal(await page.evaluate(() => localStorage.getItem('persist:root')), null);
  return code;
}

/** Khai sinh: two-level address (shown for the test), a commune unit chosen in the dialog, no fee. */
export async function khaiSinhJourney(page, portal, tmp) {
  // Default layout: the "Nhập thông tin hồ sơ" block is hidden for this procedure (anThongTinLienHeNopTrucTuyen).
  portal.state.setPrefill('name-id');
  await f.openProcedure(page, 'khai sinh', 'Đăng ký khai sinh', 'UBND xã Hoằng Giang');
  await f.signInWithVneid(page, '038195004321');
  await page.waitForSelector('.formio-component-nksHoTen');
  assert.ok(await page.$eval('#NopHoSoTrucTuyen_chuHoSo', (el) => el.closest('.ant-form-item').classList.contains('ant-form-item-hidden')));
  assert.equal(await page.$('#NopHoSoTrucTuyen_quanHuyenChuHoSo'), null, 'two-level layout has no district select');

  portal.state.setContactBlock('shown');
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#NopHoSoTrucTuyen_tinhThanhNguoiUyQuyen');
  assert.equal(await page.$('#NopHoSoTrucTuyen_quanHuyenNguoiUyQuyen'), null);
  await f.fillContactAndCopyToOwner(page, {
    phone: '0387654321', email: 'lethihoa95@example.com',
    address: { tinh: 'Tỉnh Thanh Hóa', xa: 'Xã Hoằng Giang', chiTiet: 'Thôn Phú Quý' },
  });
  const values = await page.evaluate(() => window.__demoPortal.getFormValues());
  assert.equal(values.xaPhuongChuHoSo, '38.15880');

  await f.formioType(page, 'nksHoTen', 'Lê Minh Khôi');
  await f.formioRadio(page, 'nksGioiTinh', 'Nam');
  await f.formioDate(page, 'nksNgaySinh', '20/10/2026');
  await f.formioType(page, 'nksNoiSinh', 'Bệnh viện Đa khoa tỉnh Thanh Hóa');
  await f.formioChoose(page, 'nksDanToc', 'Mường');
  await f.formioType(page, 'meHoTen', 'Lê Thị Hoa');
  await f.formioDay(page, 'meNgaySinh', 20, 7, 1995);
  await f.formioChoose(page, 'meDanToc', 'Mường');
  await f.formioRadio(page, 'meLoaiCuTru', 'Thường trú');
  await f.formioType(page, 'meSoGiayToTuyThan', '038195004321');
  await f.formioType(page, 'meNoiCuTru', 'Thôn Phú Quý, Xã Hoằng Giang, Tỉnh Thanh Hóa');
  await f.formioChoose(page, 'nycQuanHe', 'Mẹ');
  await f.formioType(page, 'nycSoDienThoai', '0387654321');
  const eForm = await page.evaluate(() => window.__demoPortal.getEFormData());
  assert.equal(eForm.nycHoTen, 'Lê Thị Hoa', 'requester prefilled from the account');
  assert.equal(eForm.meNgaySinh, '20/07/1995');
  await f.saveEForm(page);

  const file = join(tmp, 'giay-chung-sinh.jpg');
  await writeFile(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  await f.attach(page, 'Giấy chứng sinh', file, ['Văn bản ủy quyền']);
  const code = await f.sendAndReadCode(page);
  assert.match(code, new RegExp(`^${escape('000.21.31.H56')}-${todayCode()}-\\d{4}$`));
  const lookupUrl = await checkReceipt(page, code, 'Lê Thị Hoa', '038195004321', 'Đăng ký khai sinh');
  await lookupChecks(page, lookupUrl, code, '038195004321', 'Lê Thị Hoa');
  await advanceAndCheck(page, portal.port, code, '038195004321');
  portal.state.setContactBlock(null);
  return code;
}

/**
 * "Dịch vụ công của tôi" without a session goes straight to VNeID; then a seeded dossier awaiting payment (status 6)
 * -> fake DVCQG Payment Platform -> back, and the status moves on.
 */
export async function paymentJourney(page, portal) {
  const due = portal.state.listDossiers().find((d) => d.submitter === '038195004321' && d.trangThaiHoSoId === '6');
  assert.ok(due, 'persona hoa has a seeded dossier awaiting payment');
  await page.goto(`${f.ORIGIN}/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => location.host === 'sso.dancuquocgia.gov.vn', { polling: 100 });
  await typeInto(page, '#username', '038195004321');
  await Promise.all([page.waitForNavigation(), click(page, '#btnLogin')]);
  const row = await page.waitForFunction((code) => [...document.querySelectorAll('.tblHoSoCuaToi tbody tr')]
    .find((tr) => tr.querySelector('.maHoSo')?.textContent === code), {}, due.maHoSo);
  assert.match(await row.asElement().evaluate((tr) => tr.textContent), /Yêu cầu thực hiện nghĩa vụ tài chính/);
  await clickText(page, `tr[data-row-key="${due.maHoSo}"] button`, 'Thanh toán', { exact: true });
  await page.waitForSelector('.btnThanhToan');
  assert.equal(await page.$eval('.soTien', (el) => el.textContent), '64.000 đ');
  await Promise.all([page.waitForNavigation(), click(page, '.btnThanhToan')]);
  assert.equal(new URL(page.url()).host, 'dichvucong.gov.vn');
  assert.match(await page.$eval('h1', (el) => el.textContent), /Nền tảng thanh toán trực tuyến DVCQG/);
  await Promise.all([page.waitForNavigation(), click(page, '#btnXacNhan')]);
  const back = new URL(page.url());
  assert.equal(back.pathname, '/portaldvc/thanh-toan/xac-nhan');
  assert.equal(back.searchParams.get('responseCode'), '00');
  await page.waitForFunction(() => document.querySelector('.ant-result-title')?.textContent === 'Thanh toán thành công');
  assert.equal(portal.state.getDossier(due.maHoSo).trangThaiHoSoId, '4');
}

/** The national replica's home renders with its header and search. */
export async function nationalJourney(page) {
  await page.goto('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', { waitUntil: 'domcontentloaded' });
  assert.equal(await page.$eval('.header .logo', (el) => el.textContent), 'Cổng Dịch vụ công Quốc gia');
  assert.ok(await page.$('form.search input[name="key"]'));
  await page.goto('https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html', { waitUntil: 'domcontentloaded' });
  assert.match(await page.$eval('#captchaText', (el) => el.textContent), /^[A-Z0-9]{5}$/);
}
