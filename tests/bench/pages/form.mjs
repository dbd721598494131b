// @ts-check
/**
 * A synthetic e-form with N labelled fields, to show how the fill's cost grows with the form: the same declaration
 * repeated (as a household form repeats one per member), each copy in three headed sections, with plain inputs and
 * native selects worded as Vietnamese portals word them.
 */

const PROVINCES = [
  'Thành phố Hà Nội', 'Thành phố Huế', 'Tỉnh Lai Châu', 'Tỉnh Điện Biên', 'Tỉnh Sơn La', 'Tỉnh Lạng Sơn', 'Tỉnh Quảng Ninh',
  'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh', 'Tỉnh Cao Bằng', 'Tỉnh Tuyên Quang', 'Tỉnh Lào Cai', 'Tỉnh Thái Nguyên',
  'Tỉnh Phú Thọ', 'Tỉnh Bắc Ninh', 'Tỉnh Hưng Yên', 'Thành phố Hải Phòng', 'Tỉnh Ninh Bình', 'Tỉnh Quảng Trị',
  'Thành phố Đà Nẵng', 'Tỉnh Quảng Ngãi', 'Tỉnh Gia Lai', 'Tỉnh Khánh Hòa', 'Tỉnh Lâm Đồng', 'Tỉnh Đắk Lắk',
  'Thành phố Hồ Chí Minh', 'Tỉnh Đồng Nai', 'Tỉnh Tây Ninh', 'Thành phố Cần Thơ', 'Tỉnh Vĩnh Long', 'Tỉnh Đồng Tháp',
  'Tỉnh Cà Mau', 'Tỉnh An Giang',
];
const COMMUNES = [
  'Phường Hạc Thành', 'Phường Quảng Phú', 'Phường Đông Quang', 'Phường Đông Sơn', 'Phường Đông Tiến', 'Phường Hàm Rồng',
  'Phường Nguyệt Viên', 'Phường Sầm Sơn', 'Phường Nam Sầm Sơn', 'Phường Bỉm Sơn', 'Phường Quang Trung', 'Phường Ngọc Sơn',
  'Phường Tân Dân', 'Phường Hải Lĩnh', 'Phường Tĩnh Gia', 'Phường Đào Duy Từ', 'Phường Hải Bình', 'Phường Trúc Lâm',
  'Phường Nghi Sơn', 'Xã Hoằng Hóa', 'Xã Hậu Lộc', 'Xã Nga Sơn', 'Xã Thọ Xuân', 'Xã Triệu Sơn',
];
const ETHNICITIES = ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'Mông', 'Dao', 'Gia Rai', 'Ê Đê', 'Ba Na', 'Sán Chay', 'Chăm', 'Khơ Mú'];
const NATIONALITIES = ['Việt Nam', 'Lào', 'Campuchia', 'Trung Quốc', 'Hàn Quốc', 'Nhật Bản', 'Khác'];

/** @typedef {{label: string, select?: string[], placeholder?: string}} FieldSpec */

/** One declaration: [section heading, fields]. 20 fields. @type {[string, FieldSpec[]][]} */
const DECLARATION = [
  [
    'Thông tin người yêu cầu',
    [
      { label: 'Họ, chữ đệm và tên' },
      { label: 'Ngày, tháng, năm sinh', placeholder: 'dd/mm/yyyy' },
      { label: 'Giới tính', select: ['Nam', 'Nữ'] },
      { label: 'Dân tộc', select: ETHNICITIES },
      { label: 'Quốc tịch', select: NATIONALITIES },
      { label: 'Nơi sinh' },
      { label: 'Số định danh cá nhân' },
      { label: 'Ngày cấp', placeholder: 'dd/mm/yyyy' },
      { label: 'Nơi cấp' },
      { label: 'Số điện thoại' },
      { label: 'Thư điện tử (email)' },
      { label: 'Nghề nghiệp' },
    ],
  ],
  [
    'Nơi thường trú',
    [
      { label: 'Tỉnh/thành phố', select: PROVINCES },
      { label: 'Xã/phường', select: COMMUNES },
      { label: 'Địa chỉ chi tiết (số nhà, đường phố, thôn/xóm)' },
    ],
  ],
  [
    'Thông tin về cha, mẹ',
    [
      { label: 'Họ và tên cha' },
      { label: 'Ngày, tháng, năm sinh của cha', placeholder: 'dd/mm/yyyy' },
      { label: 'Họ và tên mẹ' },
      { label: 'Ngày, tháng, năm sinh của mẹ', placeholder: 'dd/mm/yyyy' },
    ],
  ],
];

/** @param {string} text */
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** @param {FieldSpec} field @param {number} n */
function fieldHtml(field, n) {
  const id = `truong-${n}`;
  const control = field.select
    ? `<select id="${id}" name="${id}"><option value="">-- Chọn --</option>${field.select
        .map((option, i) => `<option value="${i + 1}">${escape(option)}</option>`)
        .join('')}</select>`
    : `<input id="${id}" name="${id}" type="text"${field.placeholder ? ` placeholder="${field.placeholder}"` : ''}>`;
  return `<div class="row"><label for="${id}">${escape(field.label)}</label>${control}</div>`;
}

/**
 * The form's page, with exactly `count` fields (the last declaration is cut short).
 * @param {number} count
 */
export function syntheticFormHtml(count) {
  /** @type {string[]} */
  const parts = [];
  let n = 0;
  for (let copy = 1; n < count; copy++) {
    for (const [heading, fields] of DECLARATION) {
      if (n >= count) break;
      parts.push(`<h3>${copy}. ${escape(heading)} (tờ khai số ${copy})</h3>`);
      for (const field of fields) {
        if (n >= count) break;
        parts.push(fieldHtml(field, n++));
      }
    }
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tờ khai (${count} trường)</title>
<style>body{font:14px sans-serif;margin:24px}.row{display:flex;gap:12px;margin:6px 0}label{width:320px}input,select{width:320px}</style>
</head><body><h1>Tờ khai thông tin (${count} trường)</h1><form id="to-khai">${parts.join('\n')}
<button type="button">Gửi hồ sơ</button></form></body></html>`;
}
