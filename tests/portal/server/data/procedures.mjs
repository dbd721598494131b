// The procedure catalogue. Names and agencies are realistic; procedure codes follow the national format
// `<n>.<6 digits>.000.00.00.H56` (FACTS §9) but are not claimed to be the live ones. `donVi` ids are the agency
// identifiers (QCVN 102:2016) that prefix each unit's dossier codes.

/**
 * @typedef {{id: string, ten: string}} DonVi
 * @typedef {{ten: string, batBuoc: boolean, soBan: string, eForm?: boolean}} ThanhPhan
 * @typedef {{id: string, maTTHC: string, ten: string, linhVuc: string, capThucHien: string, mucDo: string,
 *   coQuanThucHien: string, donVis: DonVi[], truongHops: {id: string, ten: string}[], phi: {moTa: string, soTien: number}[],
 *   thoiHanNgay: number, eForm: 'lltp' | 'khai-sinh' | null, capDiaBan: 2 | 3, anThongTinLienHe: boolean,
 *   thanhPhans: ThanhPhan[], trinhTu: string[], doiTuong: string, canCu: string[], nopTrucTuyen: boolean}} Procedure
 */

const COMMUNE_UNITS = [
  { id: '000.17.22.H56', ten: 'UBND phường Hạc Thành' },
  { id: '000.18.22.H56', ten: 'UBND phường Hàm Rồng' },
  { id: '000.21.31.H56', ten: 'UBND xã Hoằng Giang' },
];

/** @type {Procedure[]} */
export const PROCEDURES = [
  {
    id: 'lltp', maTTHC: '1.001193.000.00.00.H56',
    ten: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    linhVuc: 'Lý lịch tư pháp', capThucHien: 'Cấp Tỉnh', mucDo: 'Toàn trình',
    coQuanThucHien: 'Sở Tư pháp tỉnh Thanh Hóa',
    donVis: [{ id: 'H56.14', ten: 'Sở Tư pháp tỉnh Thanh Hóa' }],
    truongHops: [{ id: '6b1f3c2a-8d4e-4f70-9a15-2c7e9b0d4a11', ten: 'Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam' }],
    phi: [{ moTa: 'Phí cấp Phiếu lý lịch tư pháp', soTien: 200000 }],
    thoiHanNgay: 10, eForm: 'lltp', capDiaBan: 3, anThongTinLienHe: false,
    thanhPhans: [
      { ten: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)', batBuoc: true, soBan: '01 bản chính', eForm: true },
      { ten: 'Bản chụp Căn cước công dân/Thẻ căn cước hoặc Hộ chiếu của người được cấp Phiếu lý lịch tư pháp', batBuoc: true, soBan: '01 bản chụp' },
      { ten: 'Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)', batBuoc: false, soBan: '01 bản chụp' },
    ],
    trinhTu: [
      'Bước 1: Cá nhân đăng nhập Cổng Dịch vụ công, kê khai Tờ khai điện tử và đính kèm thành phần hồ sơ.',
      'Bước 2: Sở Tư pháp tiếp nhận, kiểm tra hồ sơ; yêu cầu bổ sung nếu hồ sơ chưa đầy đủ.',
      'Bước 3: Người yêu cầu nộp phí qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia.',
      'Bước 4: Sở Tư pháp tra cứu, xác minh thông tin và cấp Phiếu lý lịch tư pháp.',
      'Bước 5: Trả kết quả trực tiếp hoặc qua dịch vụ bưu chính công ích.',
    ],
    doiTuong: 'Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam',
    canCu: ['Luật Lý lịch tư pháp số 28/2009/QH12', 'Thông tư số 244/2016/TT-BTC của Bộ Tài chính'],
    nopTrucTuyen: true,
  },
  {
    id: 'khai-sinh', maTTHC: '1.000894.000.00.00.H56',
    ten: 'Đăng ký khai sinh',
    linhVuc: 'Hộ tịch', capThucHien: 'Cấp Xã', mucDo: 'Toàn trình',
    coQuanThucHien: 'Ủy ban nhân dân cấp xã',
    donVis: COMMUNE_UNITS,
    truongHops: [{ id: '0c9d7e21-4b3a-4e58-8f6d-71a2b5c3d9e0', ten: 'Đăng ký khai sinh đúng hạn' }],
    phi: [],
    thoiHanNgay: 1, eForm: 'khai-sinh', capDiaBan: 2, anThongTinLienHe: true,
    thanhPhans: [
      { ten: 'Tờ khai đăng ký khai sinh', batBuoc: true, soBan: '01 bản chính', eForm: true },
      { ten: 'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', batBuoc: true, soBan: '01 bản chụp' },
      { ten: 'Văn bản ủy quyền (trường hợp ủy quyền thực hiện thủ tục)', batBuoc: false, soBan: '01 bản chụp' },
    ],
    trinhTu: [
      'Bước 1: Người yêu cầu kê khai Tờ khai điện tử, đính kèm Giấy chứng sinh và nộp hồ sơ trực tuyến.',
      'Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.',
      'Bước 3: Chủ tịch UBND cấp xã ký Giấy khai sinh; trả kết quả cho người yêu cầu.',
    ],
    doiTuong: 'Công dân Việt Nam',
    canCu: ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định số 123/2015/NĐ-CP'],
    nopTrucTuyen: true,
  },
  {
    id: 'gplx', maTTHC: '1.002804.000.00.00.H56',
    ten: 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    linhVuc: 'Đường bộ', capThucHien: 'Cấp Tỉnh', mucDo: 'Một phần',
    coQuanThucHien: 'Công an tỉnh Thanh Hóa',
    donVis: [{ id: '000.00.06.H56', ten: 'Phòng Cảnh sát giao thông - Công an tỉnh Thanh Hóa' }],
    truongHops: [{ id: '9e2a41c7-0f3b-4d86-b5e2-3a7c1d8f6b52', ten: 'Cấp đổi giấy phép lái xe hết hạn sử dụng' }],
    phi: [{ moTa: 'Lệ phí cấp đổi giấy phép lái xe', soTien: 135000 }],
    thoiHanNgay: 5, eForm: null, capDiaBan: 3, anThongTinLienHe: false,
    thanhPhans: [
      { ten: 'Đơn đề nghị đổi giấy phép lái xe (theo mẫu)', batBuoc: true, soBan: '01 bản chính' },
      { ten: 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp', batBuoc: true, soBan: '01 bản chụp' },
    ],
    trinhTu: [
      'Bước 1: Cá nhân nộp hồ sơ trực tuyến và thanh toán lệ phí.',
      'Bước 2: Cơ quan tiếp nhận kiểm tra, đối chiếu hồ sơ.',
      'Bước 3: Trả giấy phép lái xe qua dịch vụ bưu chính công ích hoặc tại nơi tiếp nhận.',
    ],
    doiTuong: 'Công dân Việt Nam',
    canCu: ['Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15', 'Thông tư số 35/2024/TT-BGTVT'],
    nopTrucTuyen: true,
  },
  {
    id: 'trich-luc', maTTHC: '2.000635.000.00.00.H56',
    ten: 'Cấp bản sao Trích lục hộ tịch',
    linhVuc: 'Hộ tịch', capThucHien: 'Cấp Xã', mucDo: 'Toàn trình',
    coQuanThucHien: 'Ủy ban nhân dân cấp xã',
    donVis: COMMUNE_UNITS,
    truongHops: [{ id: '4d8c2b19-7e6f-4a03-9c51-e0b7a2d4f836', ten: 'Cấp bản sao trích lục khai sinh' }],
    phi: [{ moTa: 'Phí cấp bản sao trích lục hộ tịch (08 bản)', soTien: 64000 }],
    thoiHanNgay: 1, eForm: null, capDiaBan: 2, anThongTinLienHe: false,
    thanhPhans: [
      { ten: 'Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)', batBuoc: true, soBan: '01 bản chính' },
    ],
    trinhTu: [
      'Bước 1: Người yêu cầu nộp hồ sơ trực tuyến.',
      'Bước 2: Công chức tư pháp - hộ tịch kiểm tra, trình Chủ tịch UBND cấp xã ký bản sao trích lục.',
      'Bước 3: Trả kết quả.',
    ],
    doiTuong: 'Cá nhân',
    canCu: ['Luật Hộ tịch số 60/2014/QH13', 'Thông tư số 281/2016/TT-BTC'],
    nopTrucTuyen: true,
  },
  {
    id: 'thuong-tru', maTTHC: '1.004194.000.00.00.H56',
    ten: 'Đăng ký thường trú',
    linhVuc: 'Đăng ký, quản lý cư trú', capThucHien: 'Cấp Xã', mucDo: 'Toàn trình',
    coQuanThucHien: 'Công an cấp xã',
    donVis: [], truongHops: [], phi: [{ moTa: 'Lệ phí đăng ký thường trú', soTien: 20000 }],
    thoiHanNgay: 7, eForm: null, capDiaBan: 2, anThongTinLienHe: false, thanhPhans: [],
    trinhTu: ['Thực hiện trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.'],
    doiTuong: 'Công dân Việt Nam', canCu: ['Luật Cư trú số 68/2020/QH14'],
    nopTrucTuyen: false,
  },
];

/** @param {string} maTTHC */
export function procedureByCode(maTTHC) {
  return PROCEDURES.find((p) => p.maTTHC === maTTHC);
}

/** @param {string} id */
export function procedureById(id) {
  return PROCEDURES.find((p) => p.id === id || p.maTTHC === id);
}

/** Total fee in đồng. */
export function feeOf(procedure) {
  return procedure.phi.reduce((sum, item) => sum + item.soTien, 0);
}
