// News articles. Article 3 is deliberately full of strings that look like dossier codes but are not (the `invalid`
// list of /work/shared/data/dossier-code-examples.json, constructed near-misses), plus a phone number, a resolution
// number, plain dates and a procedure code: the extension must save nothing from this page.
export interface Article {
  id: string;
  title: string;
  date: string;
  summary: string;
  paragraphs: string[];
}

export const NEAR_MISS_CODES = [
  '000.00.06.H56-231027-361',
  '000.00.06.H56231027-0361',
  '000.00.06.H56-2310270361',
  '000.00.06.H56_231027_0361',
  '000.00.06.H56 231027 0361',
  '000.00.06.H56-231027',
  '000.00.06.H56-20231027-0361',
  '000.00.06.H56-231327-0361',
  '000.00.06.H56-230230-0361',
  '000.00.06.H56-232710-0361',
  '000.00.06.H56-231027-0000',
  '000.00.6.H56-231027-0361',
  '00.00.06.H56-231027-0361',
  '000.00.06-H56-231027-0361',
  '000.00.06.56-231027-0361',
  '000.00.06.H5-231027-0361',
  '000.00.06.H56.-231027-0361',
  'H56.14-240823-001',
  '038123456789',
];

export const ARTICLES: Article[] = [
  {
    id: '1',
    title: 'Thanh Hóa đẩy mạnh hướng dẫn người dân tự nộp hồ sơ trực tuyến',
    date: '08/08/2025',
    summary: 'Thực hiện Công văn 12996/UBND-HCC, các xã, phường hướng dẫn người dân chủ động nộp hồ sơ và thanh toán trực tuyến.',
    paragraphs: [
      'Trung tâm Phục vụ hành chính công tỉnh đề nghị các Bộ phận Một cửa cấp xã bố trí cán bộ hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID để đăng nhập Cổng Dịch vụ công.',
      'Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố tiếp tục hỗ trợ người cao tuổi, người khuyết tật thực hiện thủ tục tại nhà.',
    ],
  },
  {
    id: '2',
    title: 'Hướng dẫn tra cứu tiến độ giải quyết hồ sơ bằng mã QR trên Phiếu tiếp nhận',
    date: '15/09/2025',
    summary: 'Người dân có thể quét mã QR in trên Phiếu tiếp nhận hồ sơ để xem tình trạng xử lý.',
    paragraphs: [
      'Mã QR trên Phiếu tiếp nhận dẫn tới trang Tra cứu hồ sơ của Cổng Dịch vụ công tỉnh, kèm sẵn mã hồ sơ và số giấy tờ của chủ hồ sơ.',
      'Người dân chỉ cần bấm nút "Tra cứu" để xem kết quả.',
    ],
  },
  {
    id: '3',
    title: 'Lưu ý khi nhập mã hồ sơ và số định danh để tra cứu',
    date: '02/10/2025',
    summary: 'Nhiều trường hợp nhập sai định dạng mã hồ sơ dẫn tới không tra cứu được kết quả.',
    paragraphs: [
      'Thực hiện Quyết định số 1686/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã, từ ngày 01/7/2025 tỉnh có 166 đơn vị hành chính cấp xã; các hồ sơ nộp trước ngày 30/6/2025 vẫn được tra cứu bình thường.',
      'Thủ tục Cấp Phiếu lý lịch tư pháp có mã 1.001193.000.00.00.H56; thủ tục Đăng ký khai sinh có mã 1.000894.000.00.00.H56. Đây là mã thủ tục, không phải mã hồ sơ.',
      'Mã hồ sơ gồm mã đơn vị, ngày nộp (6 chữ số) và số thứ tự (4 chữ số). Các cách ghi sau đây là SAI và sẽ không tra cứu được:',
      'Đường dây nóng hỗ trợ: 0237.3852.111 hoặc 0912 345 678 (giờ hành chính, từ thứ Hai đến thứ Sáu). Hạn chót tiếp nhận ý kiến: 31/12/2025.',
    ],
  },
];
