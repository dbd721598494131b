/**
 * Guide 2: finding a procedure and submitting a dossier online.
 * Sources: FACTS §3 (catalogue, procedure detail, submission routes), §5 (submission form: labels with their colons,
 * "Người nộp là chủ hồ sơ", address cascade, phone rules, "Thành phần hồ sơ", "Lưu hồ sơ" / "Gửi hồ sơ", success modal
 * "Đăng ký hồ sơ thành công" with "Mã hồ sơ đăng ký"). The extension never clicks "Gửi hồ sơ": the guide only points.
 */
import type { GuideInput } from '../schema';
import {
  ANY_PORTAL_PAGE, CATALOGUE_SEARCHED, CATALOGUE_URL, ON_CATALOGUE, ON_PROCEDURE, ON_SUBMISSION, PROCEDURE_PATTERN,
} from './pages';

export const nopHoSo: GuideInput = {
  id: 'nop-ho-so',
  title: { vi: 'Tìm thủ tục và nộp hồ sơ trực tuyến', en: 'Find a procedure and submit a dossier online' },
  summary: {
    vi: 'Tìm thủ tục, mở trang nộp trực tuyến, điền tờ khai (có thể dùng “Điền tự động” của Trợ lý), đính kèm giấy tờ, rồi tự bấm “Gửi hồ sơ”.',
    en: 'Find the procedure, open its online form, fill it in (the assistant’s “Điền tự động” can help), attach documents, then press “Gửi hồ sơ” (Submit) yourself.',
  },
  procedures: ['*'],
  start: { url: CATALOGUE_URL, match: ANY_PORTAL_PAGE },
  steps: [
    {
      id: 'tim-thu-tuc',
      title: { vi: 'Tìm thủ tục', en: 'Search for the procedure' },
      body: {
        vi: 'Gõ vài chữ trong tên thủ tục, ví dụ “khai sinh”, rồi bấm tìm kiếm hoặc phím Enter. Gõ có dấu để kết quả đúng hơn.',
        en: 'Type a few words of the procedure’s name, e.g. “khai sinh” (birth registration), then search or press Enter. Type with Vietnamese accents for better results.',
      },
      target: [
        { css: 'input[name="TuKhoa"]' },
        { role: 'searchbox', name: 'Tìm kiếm' },
        { css: '.ant-input-search input' },
        { css: 'input[type="search"]' },
      ],
      placement: 'bottom',
      // The catalogue puts the keyword in its address (FACTS §3: TuKhoa), so a search moves the tour on by itself.
      completion: { type: 'url', pattern: CATALOGUE_SEARCHED },
      page: ON_CATALOGUE,
    },
    {
      id: 'mo-thu-tuc',
      title: { vi: 'Mở thủ tục cần làm', en: 'Open the procedure you need' },
      body: {
        vi: 'Trong danh sách kết quả, bấm vào tên thủ tục để xem chi tiết: giấy tờ cần chuẩn bị, phí, lệ phí và thời hạn giải quyết.',
        en: 'In the results, click the procedure’s name to see its details: documents to prepare, fees and processing time.',
      },
      completion: { type: 'url', pattern: PROCEDURE_PATTERN },
      page: ON_CATALOGUE,
    },
    {
      id: 'bam-nop-truc-tuyen',
      title: { vi: 'Bấm “Nộp trực tuyến”', en: 'Press “Nộp trực tuyến” (Submit online)' },
      body: {
        vi: 'Nếu chưa đăng nhập, Cổng sẽ đưa bạn đi đăng nhập bằng VNeID; xong bạn được đưa về và hướng dẫn tiếp tục. Thủ tục không có nút này thì chưa nộp trực tuyến được.',
        en: 'If you are not signed in, the portal sends you to sign in with VNeID; afterwards you come back and the guide continues. A procedure without this button cannot be submitted online yet.',
      },
      target: [{ role: 'button', name: 'Nộp trực tuyến' }, { role: 'link', name: 'Nộp trực tuyến' }, { text: 'Nộp trực tuyến' }],
      // The press itself: where the portal goes next (the form, a unit chooser, or the sign-in page, which it may reach
      // through the form's address too fast to see) is the next step's business.
      completion: { type: 'click' },
      page: ON_PROCEDURE,
    },
    {
      id: 'dang-nhap-neu-can',
      title: { vi: 'Đăng nhập nếu Cổng yêu cầu', en: 'Sign in if the portal asks' },
      body: {
        vi: 'Nếu Cổng hỏi cơ quan thực hiện, chọn cơ quan rồi bấm “Tiếp tục”. Cổng chỉ cho nộp hồ sơ khi đã đăng nhập: nếu được đưa tới trang đăng nhập, chọn “Đăng nhập bằng tài khoản định danh điện tử (VNeID)”. Đăng nhập xong bạn được đưa về trang nộp hồ sơ và hướng dẫn tự đi tiếp.',
        en: 'If the portal asks for the agency, choose it and press “Tiếp tục” (Continue). The portal only takes dossiers from signed-in users: if you are sent to the sign-in page, choose VNeID. After signing in you come back to the form and the guide moves on by itself.',
      },
      // No target and no page: it is read on whichever page the portal shows (unit chooser, sign-in page). It is done
      // when the form itself shows, not when its address does: without a session the portal passes through the form's
      // address on its way to the sign-in page, and the tour must not run ahead of the person.
      completion: {
        type: 'appear',
        locators: [{ role: 'button', name: 'Gửi hồ sơ' }, { role: 'button', name: 'Lưu hồ sơ' }, { css: 'form#NopHoSoTrucTuyen' }],
      },
    },
    {
      id: 'dien-tu-dong',
      title: { vi: 'Điền tự động từ hồ sơ đã lưu', en: 'Fill in from your saved profile' },
      body: {
        vi: 'Bấm “Điền tự động” của Trợ lý để điền các ô từ hồ sơ cá nhân đã lưu trên máy này, rồi xem lại từng ô. Chưa lưu hồ sơ cá nhân? Bỏ qua bước này và tự điền.',
        en: 'Press the assistant’s “Điền tự động” (Autofill) to fill the fields from the profile saved on this computer, then check every field. No saved profile? Skip this step and fill in by hand.',
      },
      target: [{ extension: 'autofill-button' }],
      placement: 'left',
      completion: { type: 'click' },
      page: ON_SUBMISSION,
    },
    {
      id: 'nguoi-nop-la-chu-ho-so',
      title: { vi: 'Ai là chủ hồ sơ?', en: 'Who owns the dossier?' },
      body: {
        vi: 'Ô “Người nộp là chủ hồ sơ” được đánh dấu sẵn. Nộp thay người khác thì bỏ dấu trước rồi mới điền thông tin chủ hồ sơ, vì bỏ dấu sẽ xóa các ô đó.',
        en: 'The “Người nộp là chủ hồ sơ” (submitter is the owner) box is ticked. When submitting for someone else, untick it first and then fill in the owner’s details, because unticking clears those fields.',
      },
      // FACTS §5: the box is a bare native checkbox with no id, name or label, inside the section header "Thông tin chủ
      // hồ sơ (Người nộp là chủ hồ sơ ☑)"; that header's text is more than the section name, so the header is found by
      // the box it holds. The named checkbox and the plain heading stay first, for a portal that labels it one day.
      target: [
        { role: 'checkbox', name: 'Người nộp là chủ hồ sơ' },
        { role: 'heading', name: 'Thông tin chủ hồ sơ' },
        { text: 'Thông tin chủ hồ sơ' },
        { css: ':is(h2, h3, h4, h5, .ant-card-head-title):has(input[type="checkbox"])' },
      ],
      page: ON_SUBMISSION,
    },
    {
      id: 'so-dien-thoai',
      title: { vi: 'Kiểm tra số điện thoại', en: 'Check the phone number' },
      body: {
        vi: 'Số di động 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678), không có dấu cách hay dấu +. Cơ quan giải quyết sẽ liên hệ qua số này.',
        en: 'A 10-digit mobile number starting with 0 (e.g. 0912345678), with no spaces or “+”. The agency will contact you on this number.',
      },
      target: [{ label: 'Số điện thoại:' }, { css: '#NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen' }],
      completion: { type: 'valid' },
      page: ON_SUBMISSION,
    },
    {
      id: 'dia-chi',
      title: { vi: 'Chọn địa chỉ theo thứ tự', en: 'Choose the address in order' },
      body: {
        vi: 'Chọn Tỉnh/thành trước, rồi Xã/phường (và Quận/huyện nếu trang còn hỏi). Đổi Tỉnh/thành sẽ xóa các ô bên dưới. Sau đó nhập số nhà, thôn, xóm vào “Địa chỉ chi tiết”.',
        en: 'Choose the province first, then the commune (and the district if the page still asks). Changing the province clears the fields below it. Then type the house number and hamlet into “Địa chỉ chi tiết”.',
      },
      target: [{ label: 'Tỉnh/thành:' }, { label: 'Địa chỉ chi tiết:' }],
      page: ON_SUBMISSION,
    },
    {
      id: 'thanh-phan-ho-so',
      title: { vi: 'Đính kèm giấy tờ', en: 'Attach the documents' },
      body: {
        vi: 'Ở mục Thành phần hồ sơ, đính kèm tệp (ảnh chụp rõ nét hoặc PDF) cho từng giấy tờ. Giấy tờ không bắt buộc mà bạn không có thì xóa dòng đó. Có tờ khai điện tử thì điền xong bấm “Lưu vào thành phần hồ sơ”.',
        en: 'Under “Thành phần hồ sơ”, attach a file (a sharp photo or a PDF) for each document. Delete the rows of optional documents you do not have. If there is an e-form, fill it in and press “Lưu vào thành phần hồ sơ”.',
      },
      target: [{ role: 'heading', name: 'Thành phần hồ sơ' }, { text: 'Thành phần hồ sơ' }],
      placement: 'bottom',
      page: ON_SUBMISSION,
    },
    {
      id: 'gui-ho-so',
      title: { vi: 'Kiểm tra rồi tự bấm “Gửi hồ sơ”', en: 'Check, then press “Gửi hồ sơ” yourself' },
      body: {
        vi: 'Đọc lại toàn bộ thông tin. Khi chắc chắn, bạn tự bấm “Gửi hồ sơ”: Trợ lý không bao giờ bấm nút này thay bạn. Muốn làm tiếp sau thì bấm “Lưu hồ sơ”. Cổng báo thiếu thông tin thì sửa các ô tô đỏ rồi gửi lại.',
        en: 'Read everything again. When you are sure, press “Gửi hồ sơ” (Submit) yourself: the assistant never presses it for you. To finish later, press “Lưu hồ sơ” (Save draft). If the portal reports missing information, fix the fields marked red and submit again.',
      },
      target: [{ role: 'button', name: 'Gửi hồ sơ' }, { text: 'Gửi hồ sơ' }],
      placement: 'top',
      completion: {
        type: 'appear',
        locators: [{ role: 'dialog', name: 'Đăng ký hồ sơ thành công' }, { text: 'Đăng ký hồ sơ thành công' }],
      },
      page: ON_SUBMISSION,
    },
    {
      id: 'ma-ho-so',
      title: { vi: 'Ghi lại mã hồ sơ', en: 'Note the dossier code' },
      body: {
        vi: 'Mã hồ sơ nằm ở dòng “Mã hồ sơ đăng ký”, ví dụ 000.00.06.H56-231027-0361. Trợ lý tự lưu mã này; bấm biểu tượng Trợ lý trên thanh công cụ để xem lại và tra cứu tình trạng.',
        en: 'The code is on the “Mã hồ sơ đăng ký” line, e.g. 000.00.06.H56-231027-0361. The assistant saves it; open the assistant from the toolbar to see it again and check its status.',
      },
      target: [{ role: 'dialog', name: 'Đăng ký hồ sơ thành công' }, { text: 'Đăng ký hồ sơ thành công' }],
      page: ON_SUBMISSION,
    },
  ],
};
