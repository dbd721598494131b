// Realistic QR lines in the card's layout, with synthetic people (never real data).
export const AN_LINE =
  '038090012345|173456789|Nguyễn Văn An|15031990|Nam|Số 25 đường Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Tỉnh Thanh Hóa|10052021';
/** A woman born in the 2000s (4th digit 3), no old CMND, issued as a thẻ căn cước after the 2025 reform. */
export const HOA_LINE = '038301004321||Lê Thị Hoa|20072001|Nữ|Khu phố 2, Phường Hạc Thành, Tỉnh Thanh Hóa|12082025';
