// Choice lists shared by the e-forms.

/** The 54 ethnic groups, labels as in /work/shared/data/ethnic-groups-religions.json `ethnicGroups.labels54`
 * (QĐ 121-TCTK/PPCĐ order, as on dichvucong.gov.vn forms). Values are the labels: match by label, never by code. */
export const ETHNIC_GROUPS: string[] = ["Kinh", "Tày", "Thái", "Hoa", "Khơ-me", "Mường", "Nùng", "H'Mông", "Dao", "Gia-rai", "Ngái", "Ê-đê", "Ba na", "Xơ-Đăng", "Sán Chay", "Cơ-ho", "Chăm", "Sán Dìu", "Hrê", "Mnông", "Ra-glai", "Xtiêng", "Bru-Vân Kiều", "Thổ", "Giáy", "Cơ-tu", "Giẻ Triêng", "Mạ", "Khơ-mú", "Co", "Tà-ôi", "Chơ-ro", "Kháng", "Xinh-mun", "Hà Nhì", "Chu ru", "Lào", "La Chí", "La Ha", "Phù Lá", "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn", "Cơ Lao", "Cống", "Bố Y", "Si La", "Pu Péo", "Brâu", "Ơ Đu", "Rơ măm"];

export const NATIONALITIES: string[] = [
  'Việt Nam', 'Lào', 'Campuchia', 'Trung Quốc', 'Hàn Quốc', 'Nhật Bản', 'Thái Lan', 'Hoa Kỳ', 'Pháp', 'Nga', 'Úc',
  'Đức', 'Anh', 'Không quốc tịch',
];

/** Pre-2025 provinces, as the LLTP e-form's "Tỉnh/Thành phố" select lists them (same names as the địa bàn API). */
export const PROVINCES_OLD: string[] = [
  'Thành phố Hà Nội', 'Tỉnh Hà Giang', 'Tỉnh Cao Bằng', 'Tỉnh Bắc Kạn', 'Tỉnh Tuyên Quang', 'Tỉnh Lào Cai', 'Tỉnh Điện Biên',
  'Tỉnh Lai Châu', 'Tỉnh Sơn La', 'Tỉnh Yên Bái', 'Tỉnh Hòa Bình', 'Tỉnh Thái Nguyên', 'Tỉnh Lạng Sơn', 'Tỉnh Quảng Ninh',
  'Tỉnh Bắc Giang', 'Tỉnh Phú Thọ', 'Tỉnh Vĩnh Phúc', 'Tỉnh Bắc Ninh', 'Tỉnh Hải Dương', 'Thành phố Hải Phòng', 'Tỉnh Hưng Yên',
  'Tỉnh Thái Bình', 'Tỉnh Hà Nam', 'Tỉnh Nam Định', 'Tỉnh Ninh Bình', 'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An', 'Tỉnh Hà Tĩnh',
  'Tỉnh Quảng Bình', 'Tỉnh Quảng Trị', 'Thành phố Huế', 'Thành phố Đà Nẵng', 'Tỉnh Quảng Nam', 'Tỉnh Quảng Ngãi',
  'Tỉnh Bình Định', 'Tỉnh Phú Yên', 'Tỉnh Khánh Hòa', 'Tỉnh Ninh Thuận', 'Tỉnh Bình Thuận', 'Tỉnh Kon Tum', 'Tỉnh Gia Lai',
  'Tỉnh Đắk Lắk', 'Tỉnh Đắk Nông', 'Tỉnh Lâm Đồng', 'Tỉnh Bình Phước', 'Tỉnh Tây Ninh', 'Tỉnh Bình Dương', 'Tỉnh Đồng Nai',
  'Tỉnh Bà Rịa - Vũng Tàu', 'Thành phố Hồ Chí Minh', 'Tỉnh Long An', 'Tỉnh Tiền Giang', 'Tỉnh Bến Tre', 'Tỉnh Trà Vinh',
  'Tỉnh Vĩnh Long', 'Tỉnh Đồng Tháp', 'Tỉnh An Giang', 'Tỉnh Kiên Giang', 'Thành phố Cần Thơ', 'Tỉnh Hậu Giang',
  'Tỉnh Sóc Trăng', 'Tỉnh Bạc Liêu', 'Tỉnh Cà Mau',
];

export const ID_ISSUERS: string[] = [
  'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
  'Bộ Công an',
  'Công an tỉnh Thanh Hóa',
];

/** Form.io select values from plain labels. */
export function values(labels: string[]): { label: string; value: string }[] {
  return labels.map((label) => ({ label, value: label }));
}
