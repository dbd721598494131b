// Receipt and lookup checks ("Phiếu tiếp nhận hồ sơ", /portaldvc/tra-cuu).
import assert from 'node:assert/strict';
import { click, clickText, typeInto, waitForToast } from './person.mjs';

/** Independent Code 39 table (binary form, 1 = wide) used to decode the rendered barcode back to text. */
const CODE39 = {
  '000110100': '0', '100100001': '1', '001100001': '2', '101100000': '3', '000110001': '4', '100110000': '5',
  '001110000': '6', '000100101': '7', '100100100': '8', '001100100': '9', '100001001': 'A', '001001001': 'B',
  '101001000': 'C', '000011001': 'D', '100011000': 'E', '001011000': 'F', '000001101': 'G', '100001100': 'H',
  '001001100': 'I', '000011100': 'J', '100000011': 'K', '001000011': 'L', '101000010': 'M', '000010011': 'N',
  '100010010': 'O', '001010010': 'P', '000000111': 'Q', '100000110': 'R', '001000110': 'S', '000010110': 'T',
  '110000001': 'U', '011000001': 'V', '111000000': 'W', '010010001': 'X', '110010000': 'Y', '011010000': 'Z',
  '010000101': '-', '110000100': '.', '011000100': ' ', '010010100': '*', '010101000': '$', '010100010': '/',
  '010001010': '+', '000101010': '%',
};

/** Reads bar positions from the receipt's SVG and decodes them (narrow = 1 unit, wide = 3 units). */
async function decodeBarcode(page) {
  const bars = await page.$$eval('svg.barcode-code39 rect[fill="#000"]', (rects) =>
    rects.map((r) => ({ x: Number(r.getAttribute('x')), w: Number(r.getAttribute('width')) })));
  const widths = [];
  for (let i = 0; i < bars.length; i += 1) {
    widths.push(bars[i].w);
    if (i + 1 < bars.length) widths.push(bars[i + 1].x - bars[i].x - bars[i].w);
  }
  let text = '';
  for (let i = 0; i < widths.length; i += 10) {
    const char = CODE39[widths.slice(i, i + 9).map((w) => (w > 1 ? '1' : '0')).join('')];
    assert.ok(char, `unknown Code 39 pattern at element ${i}`);
    text += char;
  }
  return text;
}

/** Opens the receipt from the success modal and checks its content. */
export async function checkReceipt(page, code, owner, soGiayTo, procedureName) {
  await clickText(page, '.nop-thanh-cong-modal button', 'Xem phiếu tiếp nhận', { exact: true });
  await page.waitForSelector('#phieuTiepNhan svg.barcode-code39');
  await page.waitForSelector('#phieuTiepNhan .qr-code svg');
  const text = await page.$eval('#phieuTiepNhan', (el) => el.innerText);
  for (const expected of ['TỈNH THANH HÓA', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', `Mã hồ sơ: ${code}`, owner, procedureName]) {
    assert.ok(text.includes(expected), `receipt shows ${expected}`);
  }
  assert.match(text, /Thanh Hóa, ngày \d{2} tháng \d{2} năm \d{4}/);
  assert.equal(await decodeBarcode(page), `*${code}*`);
  const lookupUrl = `https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?SGT=${soGiayTo}&MHS=${code}`;
  assert.equal(await page.$eval('#phieuTiepNhan .qr-code', (el) => el.getAttribute('data-qr-text')), lookupUrl);
  assert.equal(await page.$eval('#phieuTiepNhan a.lookup-link', (el) => el.textContent), lookupUrl);
  return lookupUrl;
}

/**
 * Types MHS/SGT (if given), clicks "Tra cứu" and waits for the outcome a person would see: the address bar carries the
 * searched values, the full-page spinner has faded out, and either the result block or a new toast is shown.
 */
export async function search(page, mhs, sgt) {
  if (mhs !== undefined) await typeInto(page, '#MHS', mhs);
  if (sgt !== undefined) await typeInto(page, '#SGT', sgt);
  const typed = await page.evaluate(() => ({ mhs: document.getElementById('MHS').value.trim(), sgt: document.getElementById('SGT').value.trim() }));
  const lastToast = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('.Toastify__toast')].map((t) => Number(t.id))));
  // React replaces the result block on every search: mark the current one so only a fresh block counts.
  await page.evaluate(() => document.querySelector('.contentTraCuu .thongTinHoSo')?.setAttribute('data-stale', '1'));
  await click(page, '.btnTimKiemHoSo');
  await page.waitForFunction((want, last) => {
    const params = new URL(location.href).searchParams;
    const mask = document.querySelector('.ant-spin-fullscreen');
    const settled = !mask || (!mask.classList.contains('ant-spin-fullscreen-show') && getComputedStyle(mask).visibility === 'hidden');
    const newToast = [...document.querySelectorAll('.Toastify__toast')].some((t) => Number(t.id) > last);
    const result = document.querySelector('.contentTraCuu .thongTinHoSo:not([data-stale])');
    return params.get('MHS') === want.mhs && params.get('SGT') === want.sgt && settled && (newToast || result);
  }, { timeout: 10_000 }, typed, lastToast);
}

/** The "THÔNG TIN HỒ SƠ" rows and the "TÌNH TRẠNG XỬ LÝ HỒ SƠ" table. */
export async function readResult(page) {
  return page.evaluate(() => ({
    info: Object.fromEntries([...document.querySelectorAll('.contentTraCuu .thongTinHoSo tr.row-data')]
      .map((tr) => [tr.querySelector('td.titleTable').textContent, tr.querySelector('td.dataTable').textContent])),
    history: [...document.querySelectorAll('.contentTraCuu .tinhTrangHoSo tbody tr')]
      .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
  }));
}

/** Right ID -> result; wrong ID and unknown code -> the real error toasts. */
export async function lookupChecks(page, lookupUrl, code, sgt, owner) {
  // The receipt link (a deep link) fills the inputs but sends nothing until "Tra cứu".
  await page.goto(lookupUrl, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction((c) => document.getElementById('MHS')?.value === c, {}, code);
  assert.equal(await page.$eval('h1.tra-cuu-title', (el) => el.textContent), 'TRA CỨU TIẾN ĐỘ HỒ SƠ');
  assert.equal(await page.$eval('#MHS', (el) => el.value), code);
  assert.equal(await page.$eval('#SGT', (el) => el.value), sgt);
  assert.equal(await page.$('.contentTraCuu .thongTinHoSo'), null, 'nothing is sent on load');
  await search(page);
  const result = await readResult(page);
  assert.equal(result.info['Chủ hồ sơ'], owner);
  assert.equal(result.info['Tình trạng'], 'Mới đăng ký');
  assert.match(result.info['Ngày tiếp nhận'], /^\d{2}\/\d{2}\/\d{4}$/);
  assert.equal(result.history.length, 1);
  assert.equal(result.history[0][3], 'Nộp hồ sơ trực tuyến');

  await search(page, code, '038000000000');
  await waitForToast(page, 'error', 'Vui lòng nhập đúng số định danh chủ hồ sơ/người ủy quyền!');
  assert.equal(await page.$eval('.contentTraCuu', (el) => el.textContent), 'Không có thông tin dữ liệu!');

  const [agency, date] = code.split('-');
  await search(page, `${agency}-${date}-9999`, sgt);
  await waitForToast(page, 'error', 'Mã hồ sơ không hợp lệ!');
}

/** Advances the status through the control API, searches again and checks the new status and history row. */
export async function advanceAndCheck(page, port, code, sgt) {
  const response = await fetch(`http://127.0.0.1:${port}/__demo__/dossiers/${encodeURIComponent(code)}/status`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: '4' }),
  });
  assert.equal(response.status, 200);
  await search(page, code, sgt);
  const result = await readResult(page);
  assert.equal(result.info['Tình trạng'], 'Đang xử lý');
  assert.equal(result.history.length, 2);
  assert.equal(result.history[1][3], 'Chuyển xử lý hồ sơ');
  assert.match(result.history[1][1], /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
}
