/**
 * Guide 5: using the assistant itself. Most of its UI is outside the page (toolbar popup, options page), which a
 * content-script overlay cannot point at, so those steps are text only; the in-page "Điền tự động" button is pointed at.
 */
import type { GuideInput } from '../schema';
import { ANY_PAGE, HOME_URL, ON_SUBMISSION } from './pages';

export const dungTroLy: GuideInput = {
  id: 'dung-tro-ly',
  title: { vi: 'Dùng Trợ lý Dịch vụ công', en: 'Using the assistant' },
  summary: {
    vi: 'Lưu hồ sơ cá nhân, điền tờ khai bằng một lần bấm, và tìm lại các mã hồ sơ đã lưu.',
    en: 'Save a profile, fill a form in one click, and find your saved dossier codes.',
  },
  procedures: ['*'],
  start: { url: HOME_URL, match: ANY_PAGE },
  steps: [
    {
      id: 'mo-tro-ly',
      title: { vi: 'Mở Trợ lý', en: 'Open the assistant' },
      body: {
        vi: 'Bấm biểu tượng Trợ lý Dịch vụ công Thanh Hóa trên thanh công cụ của trình duyệt, góc trên bên phải. Không thấy? Bấm biểu tượng mảnh ghép rồi bấm ghim cạnh tên Trợ lý.',
        en: 'Click the assistant’s icon on the browser toolbar, top right. Not there? Click the puzzle-piece icon and pin the assistant.',
      },
    },
    {
      id: 'luu-ho-so-ca-nhan',
      title: { vi: 'Lưu hồ sơ cá nhân', en: 'Save a profile' },
      body: {
        vi: 'Trong Trợ lý, mở phần hồ sơ cá nhân và nhập họ tên, ngày sinh, số căn cước, số điện thoại, địa chỉ. Thông tin chỉ lưu trên máy này, không gửi đi đâu. Có thể lưu nhiều người, ví dụ cả gia đình.',
        en: 'In the assistant, open the profiles section and enter name, date of birth, ID number, phone and address. It stays on this computer and is sent nowhere. You can save several people, e.g. your family.',
      },
    },
    {
      id: 'dien-to-khai',
      title: { vi: 'Điền tờ khai', en: 'Fill in a form' },
      body: {
        vi: 'Trên trang nộp hồ sơ trực tuyến, bấm “Điền tự động” và chọn người cần điền. Trợ lý điền các ô phù hợp và cho biết ô nào bạn cần tự điền.',
        en: 'On an online submission form, press “Điền tự động” (Autofill) and choose the person. The assistant fills the matching fields and tells you which ones to fill yourself.',
      },
      target: [{ extension: 'autofill-button' }],
      placement: 'left',
      completion: { type: 'click' },
      page: ON_SUBMISSION,
    },
    {
      id: 'kiem-tra-va-hoan-tac',
      title: { vi: 'Kiểm tra và hoàn tác', en: 'Check, and undo if needed' },
      body: {
        vi: 'Xem lại từng ô đã điền. Nếu có gì sai, dùng nút hoàn tác trong bảng kết quả của Trợ lý để trả các ô về như cũ.',
        en: 'Check every filled field. If something is wrong, use the undo button in the assistant’s result panel to put the fields back as they were.',
      },
    },
    {
      id: 'ma-ho-so-da-luu',
      title: { vi: 'Tìm mã hồ sơ đã lưu', en: 'Find your saved codes' },
      body: {
        vi: 'Nộp xong, Trợ lý tự lưu mã hồ sơ. Mở Trợ lý để xem danh sách mã; chọn một mã để mở trang tra cứu với mã đã điền sẵn, rồi bạn bấm “Tra cứu”.',
        en: 'After you submit, the assistant saves the dossier code. Open the assistant to see your codes; pick one to open the lookup page with the code filled in, then press “Tra cứu”.',
      },
    },
    {
      id: 'che-do-ho-tro',
      title: { vi: 'Hướng dẫn cho người hỗ trợ', en: 'For volunteers' },
      body: {
        vi: 'Trong Trợ lý có danh sách hướng dẫn từng bước. Người hỗ trợ có thể bật chữ to, tương phản cao và đưa mã QR của từng hướng dẫn để người dân mở đúng trang.',
        en: 'The assistant lists step-by-step guides. Volunteers can turn on large, high-contrast text and show each guide’s QR code so residents open the right page.',
      },
    },
  ],
};
