// The Payment Platform hand-off: `data` carries the order, `secureCode` an HMAC over it, as the real return URL
// /portaldvc/thanh-toan/xac-nhan?data=…&responseCode=…&secureCode=… suggests (FACTS §10; the meaning of codes is [U]).
import { createHmac } from 'node:crypto';

// Not a secret: a fixed demo key so links stay valid across restarts.
const DEMO_KEY = 'demo-payment-platform';

const sign = (data) => createHmac('sha256', DEMO_KEY).update(data).digest('hex');

/** URL of the fake national payment page for a dossier awaiting payment. */
export function paymentRequestUrl(dossier, returnOrigin) {
  const origin = /^https?:\/\/[^/]+$/.test(returnOrigin) ? returnOrigin : 'https://dichvucong.thanhhoa.gov.vn';
  const data = Buffer.from(JSON.stringify({
    maHoSo: dossier.maHoSo, soTien: dossier.soTien, noiDung: `Thanh toán phí, lệ phí hồ sơ ${dossier.maHoSo}`,
    tenTTHC: dossier.tenTTHC, nguoiNop: dossier.chuHoSo, maGiaoDich: `DVC${Date.now()}`,
  })).toString('base64url');
  const returnUrl = `${origin}/portaldvc/thanh-toan/xac-nhan`;
  return `https://dichvucong.gov.vn/p/thanhtoan/thanh-toan.html?data=${data}&returnUrl=${encodeURIComponent(returnUrl)}`;
}

/** Return URL the payment page sends the citizen back to. */
export function paymentReturnUrl(returnUrl, data, responseCode) {
  const target = /^https?:\/\/[^/]+\/portaldvc\/thanh-toan\/xac-nhan$/.test(returnUrl)
    ? returnUrl : 'https://dichvucong.thanhhoa.gov.vn/portaldvc/thanh-toan/xac-nhan';
  return `${target}?data=${encodeURIComponent(data)}&responseCode=${responseCode}&secureCode=${sign(`${data}|${responseCode}`)}`;
}

/** @returns {{ok: true, maHoSo: string, order: any} | {ok: false, message: string}} */
export function verifyPayment(data, responseCode, secureCode) {
  if (sign(`${data}|${responseCode}`) !== secureCode) return { ok: false, message: 'Chữ ký dữ liệu thanh toán không hợp lệ' };
  let order;
  try {
    order = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, message: 'Dữ liệu thanh toán không hợp lệ' };
  }
  if (responseCode !== '00') return { ok: false, message: 'Giao dịch không thành công' };
  return { ok: true, maHoSo: String(order.maHoSo), order };
}

export function decodeOrder(data) {
  try {
    return JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
