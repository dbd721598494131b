// @ts-check
/**
 * A news article of about a million characters of Vietnamese prose for the dossier-code scan: a few real-format codes
 * and many near-misses the scanner must reject (impossible or future dates, zero or short sequences, codes glued to
 * other tokens, phone numbers, decision numbers, procedure codes, account numbers, plain dates). Deterministic.
 */

/** Codes the capture part should offer to save, each in its own paragraph. */
export const REAL_CODES = [
  '000.00.06.H56-231027-0361',
  '000.00.22.H56-241121-0007',
  'H56.14-250312-0042',
  '000.00.31.H56-250930-1234',
  '000.20.38.H56-250605-0088',
  '000.00.01.H29-240115-0001',
];

const NEAR_MISSES = [
  'mã 000.00.06.H56-231332-0361 (tháng 13)',
  'mã 000.00.06.H56-230230-0125',
  'mã 000.00.06.H56-301027-0361',
  'mã 000.00.06.H56-231027-0000',
  'mã 000.00.06.H56-231027-036',
  'mã 000.00.06.H56-23102-0361',
  'văn bản 000.00.06.H56-231027-0361/QĐ-UBND',
  'ký hiệu ABC000.00.06.H56-231027-0361',
  'mã 000.00.06.H56-231027-0361-2',
  'số tài khoản 3712-231027-0361',
  'số tham chiếu 1234-567890-1234',
  'thủ tục 1.001193.000.00.00.H56',
  'thủ tục 2.000986.000.00.00.H56',
  'Quyết định số 1234/QĐ-UBND ngày 12/10/2023',
  'Nghị định số 45/2024/NĐ-CP',
  'đường dây nóng 0237.3852.123',
  'số điện thoại 0912 345 678',
  'số +84 912 345 678',
  'tổng đài 1900.0000',
  'căn cước 038090012345',
  'ngày 27/10/2023',
  'ngày 2023-10-27',
];

const SENTENCES = [
  'Ủy ban nhân dân tỉnh Thanh Hóa tiếp tục đẩy mạnh cải cách thủ tục hành chính, lấy người dân và doanh nghiệp làm trung tâm phục vụ.',
  'Trong tháng qua, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận hàng nghìn hồ sơ trực tuyến toàn trình.',
  'Người dân có thể tra cứu tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công bằng mã hồ sơ và số giấy tờ tùy thân.',
  'Các tổ công nghệ số cộng đồng ở xã, phường hướng dẫn người cao tuổi đăng nhập bằng tài khoản định danh điện tử VNeID.',
  'Việc thanh toán phí, lệ phí trực tuyến giúp giảm thời gian đi lại và chi phí cho người dân.',
  'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên chín mươi tám phần trăm, cao hơn cùng kỳ năm trước.',
  'Sau khi sắp xếp đơn vị hành chính, nhiều xã, phường mới đã ổn định bộ phận một cửa và niêm yết thủ tục đầy đủ.',
  'Cán bộ tiếp nhận kiểm tra thành phần hồ sơ, hướng dẫn bổ sung giấy tờ còn thiếu ngay trong ngày.',
  'Kết quả giải quyết được trả qua dịch vụ bưu chính công ích hoặc trực tiếp tại bộ phận một cửa.',
  'Sở Tư pháp khuyến khích công dân nộp hồ sơ cấp Phiếu lý lịch tư pháp qua mạng để được giảm lệ phí.',
  'Ứng dụng chữ ký số và bản sao điện tử giúp hồ sơ được luân chuyển nhanh giữa các cơ quan.',
  'Những phản ánh, kiến nghị của người dân được tiếp nhận và trả lời công khai trên cổng thông tin.',
];

/** Small seeded generator, so every run scans the same text. @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The article's page, with at least `chars` characters of text.
 * @param {number} [chars]
 */
export function articleHtml(chars = 1_000_000) {
  const next = random(56);
  /** @param {readonly string[]} list */
  const pick = (list) => /** @type {string} */ (list[Math.floor(next() * list.length)]);
  /** @type {string[]} */
  const paragraphs = [];
  let length = 0;
  let section = 0;
  while (length < chars) {
    if (paragraphs.length % 40 === 0) paragraphs.push(`<h2>Phần ${++section}. Kết quả cải cách hành chính</h2>`);
    /** @type {string[]} */
    const words = [];
    for (let i = 0; i < 5; i++) words.push(pick(SENTENCES));
    // About one paragraph in three carries a near-miss; the real codes are spread through the whole article.
    if (paragraphs.length % 3 === 1) words.splice(2, 0, `Theo thông báo, ${pick(NEAR_MISSES)} được nêu trong văn bản.`);
    const real = REAL_CODES[Math.floor(paragraphs.length / 280)];
    if (paragraphs.length % 280 === 140 && real) words.push(`Hồ sơ của ông Nguyễn Văn An có mã số ${real}, đã được tiếp nhận.`);
    const text = words.join(' ');
    length += text.length;
    paragraphs.push(`<p>${text}</p>`);
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin bài: cải cách hành chính</title></head>
<body><article><h1>Thanh Hóa: một năm cải cách thủ tục hành chính</h1>${paragraphs.join('\n')}</article></body></html>`;
}
