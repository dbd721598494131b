/**
 * Guide 1: signing in with VNeID (level 1 or 2) or a national-portal account.
 * Sources: FACTS §4 (VNeID SSO at sso.dancuquocgia.gov.vn, national SSO at xacthuc.dichvucong.gov.vn; the portal's own
 * sign-in DOM is not known, hence several locators per target) and §15 (VNeID levels; whose account submits).
 * The sign-in choice is named first by the wording of the demo portal's sign-in page ("Đăng nhập bằng tài khoản định
 * danh điện tử (VNeID)"), then by shorter wordings and the SSO link. Being signed in is recognised by "Đăng xuất", the
 * one sign that does not depend on the person's name.
 *
 * Lists are written out in each step (no shared constants or spreads: see pages.ts on keeping guide data tree-shakable).
 */
import type { GuideInput } from '../schema';
import { ANY_PAGE, HOME_URL, ON_PORTAL } from './pages';

export const dangNhap: GuideInput = {
  id: 'dang-nhap',
  title: { vi: 'Đăng nhập Cổng Dịch vụ công', en: 'Sign in to the public-service portal' },
  summary: {
    vi: 'Đăng nhập bằng tài khoản định danh điện tử VNeID (mức 1 hoặc mức 2) hoặc tài khoản Cổng Dịch vụ công quốc gia.',
    en: 'Sign in with a VNeID electronic identity account (level 1 or 2) or a National Public Service Portal account.',
  },
  procedures: ['*'],
  start: { url: HOME_URL, match: ANY_PAGE },
  steps: [
    {
      id: 'chuan-bi-tai-khoan',
      title: { vi: 'Chuẩn bị tài khoản', en: 'Have your account ready' },
      body: {
        vi: 'Bạn cần tài khoản định danh điện tử VNeID hoặc tài khoản Cổng Dịch vụ công quốc gia. VNeID mức 2 dùng được đầy đủ dịch vụ; mức 1 chỉ có thông tin nhân thân nên có thủ tục chưa dùng được. Hãy đăng nhập bằng tài khoản của chính người đứng tên hồ sơ: ai đăng nhập thì người đó là người nộp.',
        en: 'You need a VNeID electronic identity account or a National Public Service Portal account. VNeID level 2 unlocks every service; level 1 holds identity details only, so some procedures may not be available. Sign in with the account of the person the dossier is for: whoever signs in becomes the submitter.',
      },
    },
    {
      id: 'bam-dang-nhap',
      title: { vi: 'Bấm “Đăng nhập”', en: 'Press “Đăng nhập” (Sign in)' },
      body: {
        vi: 'Nút Đăng nhập ở phía trên trang. Bấm vào đó để chọn cách đăng nhập. Nếu bạn đã đăng nhập rồi, hướng dẫn tự chuyển sang bước cuối.',
        en: 'The sign-in button is at the top of the page. Press it to choose how to sign in. If you are already signed in, the guide moves on to its last step by itself.',
      },
      target: [{ role: 'button', name: 'Đăng nhập' }, { role: 'link', name: 'Đăng nhập' }, { text: 'Đăng nhập' }],
      placement: 'bottom',
      // Done when the sign-in choices show, or at once when the person is already signed in (nothing to press then).
      completion: {
        type: 'appear',
        locators: [
          { role: 'button', name: 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)' },
          { role: 'link', name: 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)' },
          { role: 'button', name: 'Đăng nhập bằng tài khoản định danh điện tử' },
          { role: 'link', name: 'Đăng nhập bằng tài khoản định danh điện tử' },
          { css: 'a[href*="sso.dancuquocgia.gov.vn"]' },
          { role: 'button', name: 'Đăng xuất' },
          { role: 'link', name: 'Đăng xuất' },
        ],
      },
      page: ON_PORTAL,
    },
    {
      id: 'chon-vneid',
      title: { vi: 'Chọn cách đăng nhập', en: 'Choose how to sign in' },
      body: {
        vi: 'Chọn VNeID nếu bạn có tài khoản định danh điện tử: nhập số định danh cá nhân và mật khẩu, hoặc quét mã QR bằng ứng dụng VNeID trên điện thoại. Dùng tài khoản Cổng Dịch vụ công quốc gia thì chọn lựa chọn đó. Đăng nhập xong bạn được đưa về đây và hướng dẫn tiếp tục.',
        en: 'Choose VNeID if you have an electronic identity account: enter your personal ID number and password, or scan the QR code with the VNeID app. For a National Public Service Portal account, choose that option instead. After signing in you come back here and the guide continues.',
      },
      target: [
        { role: 'button', name: 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)' },
        { role: 'link', name: 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)' },
        { role: 'button', name: 'Đăng nhập bằng tài khoản định danh điện tử' },
        { role: 'link', name: 'Đăng nhập bằng tài khoản định danh điện tử' },
        { role: 'button', name: 'VNeID' },
        { role: 'link', name: 'VNeID' },
        { text: 'Đăng nhập bằng VNeID' },
        { text: 'Tài khoản định danh điện tử' },
        { text: 'VNeID' },
        { css: 'a[href*="sso.dancuquocgia.gov.vn"]' },
      ],
      // The choice is a full page load to the SSO host, where the extension does not run; the tour waits across the
      // round trip and moves on once the portal shows the person signed in, whichever account they chose.
      completion: {
        type: 'appear',
        locators: [{ role: 'button', name: 'Đăng xuất' }, { role: 'link', name: 'Đăng xuất' }, { text: 'Đăng xuất' }],
      },
      page: ON_PORTAL,
    },
    {
      id: 'da-dang-nhap',
      title: { vi: 'Đã đăng nhập', en: 'Signed in' },
      body: {
        vi: 'Khi đăng nhập xong, tên của bạn hiện ở phía trên trang thay cho nút Đăng nhập. Dùng máy chung thì nhớ đăng xuất khi làm xong. Nếu Cổng báo “Hết phiên đăng nhập”, hãy đăng nhập lại.',
        en: 'Once signed in, your name shows at the top of the page instead of the sign-in button. On a shared computer, sign out when you are done. If the portal says the session has expired, sign in again.',
      },
    },
  ],
};
