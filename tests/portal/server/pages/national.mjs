// A small replica of https://dichvucong.gov.vn (FACTS §3 national routes): home, dossier lookup with a "Mã bảo mật"
// captcha text, an e-form page in the older table layout (labels in <td>, no for=), and the Payment Platform page.
import { createHmac, randomInt } from 'node:crypto';
import { PROCEDURES } from '../data/procedures.mjs';
import { statusLabel } from '../data/statuses.mjs';
import { escapeHtml, readFields, redirect, sendHtml } from '../http/respond.mjs';
import { decodeOrder, paymentReturnUrl } from '../routes/payment-codes.mjs';

const STYLE = `
  body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#f5f5f5}
  .header{background:#ae1f24;color:#fff;padding:10px 24px;display:flex;align-items:center;justify-content:space-between}
  .header .logo{font-size:22px;font-weight:bold;text-transform:uppercase}
  .header a{color:#fff;margin-left:16px;text-decoration:none}
  .menu{background:#8c171b;padding:8px 24px}.menu a{color:#fff;margin-right:20px;text-decoration:none}
  .container{max-width:1000px;margin:24px auto;background:#fff;padding:24px;border:1px solid #ddd}
  h1,h2{color:#ae1f24}
  .search{display:flex;gap:8px}.search input{flex:1;padding:10px;border:1px solid #bbb}
  button,.btn{background:#ae1f24;color:#fff;border:0;padding:9px 18px;cursor:pointer;text-decoration:none;display:inline-block}
  table.form{width:100%;border-collapse:collapse}table.form td{padding:6px;border:1px solid #e2e2e2;vertical-align:top}
  table.form td.lbl{width:32%;background:#fafafa}table.form input,table.form select,table.form textarea{width:95%;padding:6px}
  .captcha{font-family:monospace;font-size:22px;letter-spacing:6px;background:repeating-linear-gradient(45deg,#ddd,#ddd 4px,#f6f6f6 4px,#f6f6f6 8px);padding:4px 12px;font-style:italic;user-select:none}
  .result td,.result th{border:1px solid #ccc;padding:6px}.result{border-collapse:collapse;width:100%}
  .bank{display:flex;gap:8px;align-items:center;border:1px solid #ddd;padding:10px;margin:6px 0;cursor:pointer}
  .error{color:#c00}.ok{color:#0a7a2f}`;

function layout(title, body) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head><body>
<div class="header"><span class="logo">Cổng Dịch vụ công Quốc gia</span><span>
<a href="/p/home/dvc-trang-chu.html">Trang chủ</a>
<a href="https://xacthuc.dichvucong.gov.vn/oauth2/authorize?response_type=code&client_id=dvcqg-portal&redirect_uri=${encodeURIComponent('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html')}&scope=openid&acr_values=LoA1&state=${Buffer.from('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html').toString('base64')}">Đăng nhập</a></span></div>
<div class="menu"><a href="/p/home/dvc-thu-tuc-hanh-chinh.html">Thủ tục hành chính</a><a href="/p/home/dvc-tra-cuu-ho-so.html">Tra cứu hồ sơ</a>
<a href="/p/nophoso/to-khai.html">Nộp hồ sơ trực tuyến</a><a href="/p/home/dvc-cau-hoi-pho-bien.html">Hỏi đáp</a></div>
<div class="container">${body}</div></body></html>`;
}

function home() {
  const items = PROCEDURES.map((p) => `<li><a href="/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${encodeURIComponent(p.maTTHC)}">${escapeHtml(p.ten)}</a></li>`).join('');
  return layout('Cổng Dịch vụ công Quốc gia', `<h1>Cổng Dịch vụ công Quốc gia</h1>
<p>Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi.</p>
<form class="search" action="/p/home/dvc-tim-kiem-thu-tuc.html" method="get"><input name="key" placeholder="Nhập từ khóa tìm kiếm thủ tục hành chính"><button type="submit">Tìm kiếm</button></form>
<h2>Dịch vụ công nổi bật</h2><ul>${items}</ul>
<p><a class="btn" href="/p/home/dvc-tra-cuu-ho-so.html">Tra cứu hồ sơ</a> <a class="btn" href="/p/nophoso/to-khai.html">Nộp tờ khai trực tuyến</a></p>`);
}

function search(key) {
  const needle = key.toLowerCase();
  const hits = PROCEDURES.filter((p) => p.ten.toLowerCase().includes(needle));
  return layout('Tìm kiếm thủ tục', `<h1>Kết quả tìm kiếm: “${escapeHtml(key)}”</h1><ul>${hits.map((p) =>
    `<li><a href="/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${encodeURIComponent(p.maTTHC)}">${escapeHtml(p.ten)}</a> (${escapeHtml(p.maTTHC)})</li>`).join('') || '<li>Không tìm thấy thủ tục phù hợp.</li>'}</ul>`);
}

function detail(code) {
  const p = PROCEDURES.find((item) => item.maTTHC === code);
  if (!p) return layout('Không tìm thấy', '<p>Không tìm thấy thủ tục.</p>');
  return layout(p.ten, `<h1>${escapeHtml(p.ten)}</h1><p>Mã thủ tục: ${escapeHtml(p.maTTHC)}</p><p>Cơ quan thực hiện: ${escapeHtml(p.coQuanThucHien)}</p>
<ol>${p.trinhTu.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`);
}

const CAPTCHA_KEY = 'demo-national-captcha';
const captchaSig = (text) => createHmac('sha256', CAPTCHA_KEY).update(text).digest('hex').slice(0, 16);

function lookup(state, params) {
  const text = Array.from({ length: 5 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[randomInt(32)]).join('');
  let result = '';
  if (params.has('ma_ho_so')) {
    const code = (params.get('ma_ho_so') ?? '').trim();
    const typed = (params.get('ma_bao_mat') ?? '').trim().toUpperCase();
    const dossier = state.getDossier(code);
    if (captchaSig(typed) !== params.get('sig')) result = '<p class="error" id="ketQua">Mã bảo mật không đúng.</p>';
    else if (!dossier) result = '<p class="error" id="ketQua">Không tìm thấy hồ sơ.</p>';
    else {
      result = `<table class="result" id="ketQua"><tr><th>Mã hồ sơ</th><th>Tên thủ tục</th><th>Cơ quan</th><th>Trạng thái</th></tr>
<tr><td>${escapeHtml(dossier.maHoSo)}</td><td>${escapeHtml(dossier.tenTTHC)}</td><td>${escapeHtml(dossier.tenDonVi)}</td><td>${escapeHtml(statusLabel(dossier.trangThaiHoSoId))}</td></tr></table>`;
    }
  }
  return layout('Tra cứu hồ sơ', `<h1>Tra cứu hồ sơ</h1>
<form method="get" action="/p/home/dvc-tra-cuu-ho-so.html"><table class="form">
<tr><td class="lbl">Mã hồ sơ</td><td><input name="ma_ho_so" value="${escapeHtml(params.get('ma_ho_so') ?? '')}"></td></tr>
<tr><td class="lbl">Mã bảo mật</td><td><span class="captcha" id="captchaText">${text}</span><br><input name="ma_bao_mat" autocomplete="off"><input type="hidden" name="sig" value="${captchaSig(text)}"></td></tr>
</table><p><button type="submit">Tra cứu</button></p></form>${result}`);
}

function eForm() {
  const row = (label, input) => `<tr><td class="lbl">${label}</td><td>${input}</td></tr>`;
  return layout('Tờ khai trực tuyến', `<h1>Tờ khai đề nghị cấp bản sao trích lục hộ tịch</h1>
<form id="toKhai" method="get" action="/p/nophoso/to-khai.html"><table class="form">
${row('Họ và tên <span class="error">*</span>', '<input type="text" name="hoTen">')}
${row('Ngày sinh', '<input type="text" name="ngaySinh" placeholder="dd/mm/yyyy">')}
${row('Giới tính', '<select name="gioiTinh"><option value="">-- Chọn --</option><option value="1">Nam</option><option value="2">Nữ</option></select>')}
${row('Số CMND/CCCD <span class="error">*</span>', '<input type="text" name="soGiayTo">')}
${row('Số điện thoại', '<input type="text" name="soDienThoai">')}
${row('Email', '<input type="text" name="email">')}
${row('Địa chỉ', '<textarea name="diaChi" rows="2"></textarea>')}
${row('Nội dung yêu cầu', '<textarea name="noiDung" rows="3"></textarea>')}
</table><p><button type="submit" name="gui" value="1">Gửi tờ khai</button></p></form>
<p id="thongBao"></p>
<script>
const form = document.getElementById('toKhai');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = ['hoTen', 'soGiayTo'].filter((n) => !form.elements[n].value.trim());
  document.getElementById('thongBao').textContent = missing.length
    ? 'Vui lòng nhập đầy đủ các trường bắt buộc.' : 'Đã ghi nhận tờ khai (trang mô phỏng, không gửi dữ liệu).';
});
</script>`);
}

function payment(params) {
  const order = decodeOrder(params.get('data') ?? '');
  if (!order) return layout('Nền tảng thanh toán trực tuyến DVCQG', '<p class="error">Dữ liệu thanh toán không hợp lệ.</p>');
  const banks = ['Ngân hàng TMCP Công thương Việt Nam (VietinBank)', 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)',
    'Ngân hàng Nông nghiệp và Phát triển Nông thôn (Agribank)', 'Ví điện tử VNPT Money'];
  return layout('Nền tảng thanh toán trực tuyến DVCQG', `<h1>Nền tảng thanh toán trực tuyến DVCQG</h1>
<table class="form"><tr><td class="lbl">Mã hồ sơ</td><td id="maHoSo">${escapeHtml(order.maHoSo)}</td></tr>
<tr><td class="lbl">Nội dung</td><td>${escapeHtml(order.noiDung)}</td></tr>
<tr><td class="lbl">Người nộp</td><td>${escapeHtml(order.nguoiNop)}</td></tr>
<tr><td class="lbl">Số tiền</td><td id="soTien"><b>${Number(order.soTien).toLocaleString('vi-VN')} đ</b></td></tr></table>
<form method="post" action="/p/thanhtoan/xac-nhan"><h2>Chọn ngân hàng / trung gian thanh toán</h2>
${banks.map((b, i) => `<label class="bank"><input type="radio" name="bank" value="${i}"${i === 0 ? ' checked' : ''}> ${escapeHtml(b)}</label>`).join('')}
<input type="hidden" name="data" value="${escapeHtml(params.get('data'))}"><input type="hidden" name="returnUrl" value="${escapeHtml(params.get('returnUrl') ?? '')}">
<p><button type="submit" name="action" value="pay" id="btnXacNhan">Xác nhận thanh toán</button>
<button type="submit" name="action" value="cancel" style="background:#777">Hủy giao dịch</button></p></form>`);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {import('../state.mjs').PortalState} state
 */
export async function handleNational(req, res, url, state) {
  const p = url.pathname;
  if (p === '/' || p === '/p/home' || p === '/p/home/') return redirect(res, '/p/home/dvc-trang-chu.html');
  if (p === '/p/home/dvc-trang-chu.html') return sendHtml(res, 200, home());
  if (p === '/p/home/dvc-tim-kiem-thu-tuc.html') return sendHtml(res, 200, search(url.searchParams.get('key') ?? ''));
  if (p === '/p/home/dvc-thu-tuc-hanh-chinh.html') return sendHtml(res, 200, search(''));
  if (p === '/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html') return sendHtml(res, 200, detail(url.searchParams.get('ma_thu_tuc') ?? ''));
  if (p === '/p/home/dvc-tra-cuu-ho-so.html') return sendHtml(res, 200, lookup(state, url.searchParams));
  if (p === '/p/nophoso/to-khai.html') return sendHtml(res, 200, eForm());
  if (p === '/p/thanhtoan/thanh-toan.html') return sendHtml(res, 200, payment(url.searchParams));
  if (p === '/p/thanhtoan/xac-nhan' && req.method === 'POST') {
    const fields = await readFields(req);
    const code = fields.action === 'pay' ? '00' : '24';
    return redirect(res, paymentReturnUrl(String(fields.returnUrl ?? ''), String(fields.data ?? ''), code));
  }
  return sendHtml(res, 404, layout('Không tìm thấy trang', '<p>Không tìm thấy trang.</p>'));
}
