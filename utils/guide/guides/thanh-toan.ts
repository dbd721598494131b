/**
 * Guide 4: paying fees online. The extension only points: it never automates payment nor reads, stores or alters the
 * Payment Platform's `data` / `secureCode` (FACTS §10).
 * Sources: FACTS §3 and §10 (my fees, /thanh-toan?maHoSo=…, the DVCQG Payment Platform, return to
 * /thanh-toan/xac-nhan, e-receipts), §8 (status 6 "Yêu cầu thực hiện nghĩa vụ tài chính").
 */
import type { GuideInput } from '../schema';
import { ANY_PORTAL_PAGE, MY_FEES_URL, ON_MY_FEES, ON_PAYMENT, ON_RECEIPTS, PAYMENT_ANY, PAYMENT_RETURN_URL } from './pages';

export const thanhToan: GuideInput = {
  id: 'thanh-toan',
  title: { vi: 'Thanh toán phí, lệ phí trực tuyến', en: 'Pay fees online' },
  summary: {
    vi: 'Nộp phí, lệ phí của hồ sơ qua Nền tảng thanh toán của Cổng Dịch vụ công quốc gia, rồi xem biên lai điện tử.',
    en: 'Pay a dossier’s fees through the National Public Service Portal’s payment platform, then find the e-receipt.',
  },
  procedures: ['*'],
  start: { url: MY_FEES_URL, match: ANY_PORTAL_PAGE },
  steps: [
    {
      id: 'khi-nao-nop-phi',
      title: { vi: 'Khi nào cần nộp phí', en: 'When fees are due' },
      body: {
        vi: 'Khi tình trạng hồ sơ là “Yêu cầu thực hiện nghĩa vụ tài chính”, bạn cần nộp phí, lệ phí. Cần đăng nhập trước. Trợ lý chỉ hướng dẫn, không bao giờ tự thanh toán hay đọc thông tin thanh toán của bạn.',
        en: 'When a dossier’s status is “Yêu cầu thực hiện nghĩa vụ tài chính” (payment requested), its fees are due. Sign in first. The assistant only guides: it never pays for you or reads your payment details.',
      },
    },
    {
      id: 'danh-sach-phi',
      title: { vi: 'Các khoản cần nộp', en: 'What you owe' },
      body: {
        vi: 'Đây là các khoản phí, lệ phí của hồ sơ của bạn. Tìm dòng có mã hồ sơ cần nộp.',
        en: 'These are the fees of your dossiers. Find the row with the dossier code you want to pay for.',
      },
      target: [{ role: 'table', name: 'Thanh toán phí, lệ phí' }, { css: '.ant-table' }, { css: 'table' }],
      placement: 'top',
      page: ON_MY_FEES,
    },
    {
      id: 'chon-thanh-toan',
      title: { vi: 'Bấm “Thanh toán”', en: 'Press “Thanh toán” (Pay)' },
      body: {
        vi: 'Bấm “Thanh toán” ở dòng của hồ sơ đó.',
        en: 'Press “Thanh toán” on that dossier’s row.',
      },
      target: [{ role: 'button', name: 'Thanh toán' }, { role: 'link', name: 'Thanh toán' }, { text: 'Thanh toán' }],
      completion: { type: 'url', pattern: PAYMENT_ANY },
      page: ON_MY_FEES,
    },
    {
      id: 'sang-nen-tang-thanh-toan',
      title: { vi: 'Kiểm tra rồi thanh toán', en: 'Check, then pay' },
      body: {
        vi: 'Kiểm tra mã hồ sơ và số tiền. Bấm “Thanh toán” để sang Nền tảng thanh toán của Cổng Dịch vụ công quốc gia, chọn ngân hàng hoặc ví điện tử và làm theo hướng dẫn ở đó. Xong bạn được đưa về Cổng tỉnh.',
        en: 'Check the dossier code and the amount. Press “Thanh toán” to go to the national payment platform, choose a bank or e-wallet and follow its instructions. Afterwards you are sent back to the provincial portal.',
      },
      target: [{ role: 'button', name: 'Thanh toán' }, { text: 'Thanh toán' }],
      // The press itself. Waiting here for the return page instead would leave this step, tied to the portal's payment
      // page, showing "Mở trang …" on the Payment Platform whenever that platform sits on an official origin (its host
      // is not known, FACTS §10): an invitation to walk away from a payment in progress.
      completion: { type: 'click' },
      page: ON_PAYMENT,
    },
    {
      id: 'tren-nen-tang-thanh-toan',
      title: { vi: 'Thanh toán trên Nền tảng thanh toán', en: 'Pay on the payment platform' },
      body: {
        vi: 'Chọn ngân hàng hoặc ví điện tử rồi làm theo hướng dẫn của Nền tảng thanh toán. Trợ lý không đọc, không lưu thông tin thanh toán. Thanh toán xong (hoặc hủy giao dịch), bạn được đưa về Cổng tỉnh và hướng dẫn tự đi tiếp.',
        en: 'Choose a bank or e-wallet and follow the payment platform’s instructions. The assistant neither reads nor stores payment details. Once you have paid (or cancelled), you are sent back to the provincial portal and the guide moves on by itself.',
      },
      // No target and no page: read wherever the platform is, done when the portal's return page loads.
      completion: { type: 'url', pattern: PAYMENT_RETURN_URL },
    },
    {
      id: 'ket-qua-thanh-toan',
      title: { vi: 'Kết quả thanh toán', en: 'Payment result' },
      body: {
        vi: 'Trang này cho biết giao dịch đã thành công hay chưa. Chụp màn hình hoặc ghi lại kết quả. Tình trạng hồ sơ đổi khi cơ quan giải quyết xác nhận đã nhận tiền.',
        en: 'This page says whether the payment went through. Take a screenshot or note the result. The dossier’s status changes once the agency confirms the payment.',
      },
    },
    {
      id: 'bien-lai-dien-tu',
      title: { vi: 'Biên lai điện tử', en: 'The e-receipt' },
      body: {
        vi: 'Biên lai điện tử của khoản đã nộp xem và tải ở trang Tra cứu biên lai điện tử.',
        en: 'The e-receipt for the payment can be viewed and downloaded on the e-receipt lookup page.',
      },
      page: ON_RECEIPTS,
    },
  ],
};
