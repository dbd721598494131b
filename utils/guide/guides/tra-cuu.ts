/**
 * Guide 3: looking up a dossier's progress with its code and the owner's ID number.
 * Sources: FACTS §7 (the lookup page: placeholders, button, result blocks, messages), §8 (status labels), §9 (code
 * format and where it is printed).
 */
import type { GuideInput } from '../schema';
import { LOOKUP_URL, ON_LOOKUP } from './pages';

export const traCuu: GuideInput = {
  id: 'tra-cuu',
  title: { vi: 'Tra cứu tiến độ hồ sơ', en: 'Check a dossier’s progress' },
  summary: {
    vi: 'Xem hồ sơ đang ở bước nào bằng mã hồ sơ và số giấy tờ của chủ hồ sơ, và biết tìm hai thông tin đó ở đâu.',
    en: 'See where a dossier stands using its code and the owner’s ID number, and learn where to find both.',
  },
  procedures: ['*'],
  start: { url: LOOKUP_URL, match: LOOKUP_URL },
  steps: [
    {
      id: 'trang-tra-cuu',
      title: { vi: 'Trang tra cứu', en: 'The lookup page' },
      body: {
        vi: 'Bạn cần hai thông tin: mã hồ sơ và số giấy tờ của chủ hồ sơ (hoặc của người được ủy quyền). Không cần đăng nhập.',
        en: 'You need two things: the dossier code and the ID number of the dossier’s owner (or of the authorised contact). No sign-in needed.',
      },
      target: [{ role: 'heading', name: 'Tra cứu tiến độ hồ sơ' }, { text: 'Tra cứu tiến độ hồ sơ' }],
      page: ON_LOOKUP,
    },
    {
      id: 'nhap-ma-ho-so',
      title: { vi: 'Nhập mã hồ sơ', en: 'Enter the dossier code' },
      body: {
        vi: 'Mã hồ sơ có dạng 000.00.06.H56-231027-0361. Tìm ở dòng “Mã hồ sơ” trên Phiếu tiếp nhận hồ sơ (có mã vạch), trong thông báo “Đăng ký hồ sơ thành công”, tin nhắn Zalo của Cổng, hoặc trong danh sách mã đã lưu của Trợ lý.',
        en: 'A dossier code looks like 000.00.06.H56-231027-0361. Find it on the “Mã hồ sơ” line of the intake receipt (with a barcode), in the “submitted successfully” notice, in the portal’s Zalo message, or among the codes the assistant saved.',
      },
      target: [
        { role: 'textbox', name: 'Nhập mã hồ sơ' },
        { css: 'input[placeholder="Nhập mã hồ sơ"]' },
        { css: '#MHS' },
      ],
      placement: 'bottom',
      completion: { type: 'valid' },
      page: ON_LOOKUP,
    },
    {
      id: 'nhap-so-giay-to',
      title: { vi: 'Nhập số giấy tờ', en: 'Enter the ID number' },
      body: {
        vi: 'Số căn cước công dân 12 chữ số (hoặc CMND, hộ chiếu, mã số thuế) của chủ hồ sơ, hoặc của người được ủy quyền nộp. Số này in trên thẻ căn cước và trên Phiếu tiếp nhận hồ sơ.',
        en: 'The 12-digit citizen ID number (or old ID card, passport or tax code) of the dossier’s owner, or of the person authorised to submit it. It is printed on the ID card and on the intake receipt.',
      },
      target: [
        { role: 'textbox', name: 'Nhập số CC/HC/MST' },
        { css: 'input[placeholder="Nhập số CC/HC/MST"]' },
        { css: '#SGT' },
      ],
      placement: 'bottom',
      completion: { type: 'valid' },
      page: ON_LOOKUP,
    },
    {
      id: 'bam-tra-cuu',
      title: { vi: 'Bấm “Tra cứu”', en: 'Press “Tra cứu” (Look up)' },
      body: {
        vi: 'Nếu Cổng báo “Mã hồ sơ không hợp lệ!” hoặc “Vui lòng nhập đúng số định danh…”, hãy kiểm tra lại từng chữ số rồi bấm lại.',
        en: 'If the portal says the code is invalid or asks for the correct ID number, check every digit and press again.',
      },
      target: [{ role: 'button', name: 'Tra cứu' }, { css: '.btnTimKiemHoSo' }],
      completion: {
        type: 'appear',
        locators: [{ css: '.contentTraCuu .thongTinHoSo' }, { text: 'Thông tin hồ sơ' }, { text: 'Không có thông tin dữ liệu!' }],
      },
      page: ON_LOOKUP,
    },
    {
      id: 'doc-ket-qua',
      title: { vi: 'Đọc tình trạng hồ sơ', en: 'Read the dossier’s status' },
      body: {
        vi: 'Xem dòng “Tình trạng” và “Ngày hẹn trả”. “Yêu cầu bổ sung giấy tờ” hoặc “Yêu cầu thực hiện nghĩa vụ tài chính” nghĩa là bạn cần làm thêm: bổ sung giấy tờ, hoặc nộp phí, lệ phí.',
        en: 'Read the “Tình trạng” (status) and “Ngày hẹn trả” (due date) rows. “Yêu cầu bổ sung giấy tờ” or “Yêu cầu thực hiện nghĩa vụ tài chính” means you must act: add documents, or pay the fees.',
      },
      target: [{ css: '.contentTraCuu .thongTinHoSo' }, { text: 'Thông tin hồ sơ' }],
      placement: 'top',
      page: ON_LOOKUP,
    },
    {
      id: 'qua-trinh-xu-ly',
      title: { vi: 'Quá trình xử lý', en: 'Processing history' },
      body: {
        vi: 'Bảng “Tình trạng xử lý hồ sơ” cho biết ai đã xử lý hồ sơ và khi nào. Trợ lý lưu mã hồ sơ để lần sau bạn tra cứu chỉ với một lần bấm.',
        en: 'The processing table shows who handled the dossier and when. The assistant keeps the code so that next time a lookup takes one click.',
      },
      target: [{ css: '.contentTraCuu .tinhTrangHoSo' }, { text: 'Tình trạng xử lý hồ sơ' }],
      placement: 'top',
      page: ON_LOOKUP,
    },
  ],
};
