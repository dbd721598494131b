/**
 * Labels of the 54 ethnic groups and the QCVN 109 religions. Store and match the label (folded), never a code: two
 * incompatible code schemes exist for ethnic groups, so the code is read from the live form.
 *
 * Copied from the project reference shared/data/ethnic-groups-religions.json, whose sources are: QĐ 121-TCTK/PPCĐ
 * (1979) ordering as used in a dichvucong.gov.vn form definition and cucthongke.danang.gov.vn; QĐ 1019/QĐ-TCTK (2008)
 * and QCVN 109:2017/BTTTT Phụ lục E (qcvn109.gov.vn); religions from QCVN 109:2017/BTTTT Phụ lục G (plus Mặc Môn per
 * 132/QĐ-TGCP/2014). Not checked against the Thanh Hóa portal's own lists.
 */

export const ETHNIC_GROUPS: readonly string[] = [
  'Kinh', 'Tày', 'Thái', 'Hoa', 'Khơ-me', 'Mường', 'Nùng', "H'Mông", 'Dao', 'Gia-rai', 'Ngái', 'Ê-đê', 'Ba na',
  'Xơ-Đăng', 'Sán Chay', 'Cơ-ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Mnông', 'Ra-glai', 'Xtiêng', 'Bru-Vân Kiều', 'Thổ',
  'Giáy', 'Cơ-tu', 'Giẻ Triêng', 'Mạ', 'Khơ-mú', 'Co', 'Tà-ôi', 'Chơ-ro', 'Kháng', 'Xinh-mun', 'Hà Nhì', 'Chu ru',
  'Lào', 'La Chí', 'La Ha', 'Phù Lá', 'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Cơ Lao', 'Cống', 'Bố Y',
  'Si La', 'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ măm',
];

/** Options some forms add to the 54 groups. */
export const ETHNIC_SPECIAL_OPTIONS: readonly string[] = ['Người nước ngoài', 'Không rõ'];

/** Other spellings of the same group seen in official lists (matched by the fold anyway; kept for display). */
export const ETHNIC_LABEL_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Kinh': ['Kinh (Việt)'],
  'Khơ-me': ['Khơ me'],
  'Hoa': ['Hoa (Hán)'],
  "H'Mông": ["H'mông (Mèo)"],
  'Ba na': ['Ba-na'],
  'Cơ-ho': ['Cơ Ho'],
  'Xơ-Đăng': ['Xơ Đăng'],
  'Ra-glai': ['Ra Glai'],
};

export const RELIGIONS: readonly string[] = [
  'Phật giáo', 'Công giáo', 'Phật giáo Hoà Hảo', 'Hồi giáo', 'Cao Đài', 'Minh sư đạo', 'Minh Lý đạo', 'Tin Lành',
  'Tịnh độ cư sĩ Phật hội Việt Nam', 'Đạo Tứ ấn hiếu nghĩa', 'Bửu sơn Kỳ hương', "Đạo Ba Ha'i", 'Bà La Môn',
  'Mặc Môn',
];

/** "No religion", offered by most forms. */
export const RELIGION_EXTRA_OPTIONS: readonly string[] = ['Không'];
