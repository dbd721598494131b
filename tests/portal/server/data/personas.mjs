// Test personas the fake SSO signs in. Synthetic people: ID numbers follow the CCCD layout (FACTS §11: 038 = Thanh Hóa,
// digit 4 = century+sex, digits 5-6 = birth year) but belong to nobody. The e2e tests build matching profiles.

/**
 * @typedef {{maTinh: string, maHuyen: string, maXa: string, tenTinh: string, tenHuyen: string, tenXa: string}} OldAddress
 * @typedef {{maTinh: string, maXa: string, tenTinh: string, tenXa: string}} NewAddress
 * @typedef {{id: string, hoVaTen: string, ho: string, chuDem: string, ten: string, soDinhDanh: string, soCMND: string,
 *   ngaySinh: string, gioiTinh: 'Nam' | 'Nữ', danToc: string, tonGiao: string, quocTich: string, soDienThoai: string,
 *   email: string, diaChiChiTiet: string, thuongTruCu: OldAddress, thuongTruMoi: NewAddress, noiSinh: string,
 *   cha: {hoVaTen: string, namSinh: string}, me: {hoVaTen: string, namSinh: string}, mucDoDinhDanh: 1 | 2}} Persona
 */

/** @type {Persona[]} */
export const PERSONAS = [
  {
    id: 'an', hoVaTen: 'Nguyễn Văn An', ho: 'Nguyễn', chuDem: 'Văn', ten: 'An',
    soDinhDanh: '038090012345', soCMND: '173456789', ngaySinh: '1990-03-15', gioiTinh: 'Nam',
    danToc: 'Kinh', tonGiao: 'Không', quocTich: 'Việt Nam', soDienThoai: '0912345678', email: 'nguyenvanan90@example.com',
    diaChiChiTiet: 'Số 25 đường Lê Lợi',
    thuongTruCu: { maTinh: '38', maHuyen: '38.380', maXa: '38.380.14767', tenTinh: 'Tỉnh Thanh Hóa', tenHuyen: 'Thành phố Thanh Hóa', tenXa: 'Phường Điện Biên' },
    thuongTruMoi: { maTinh: '38', maXa: '38.14797', tenTinh: 'Tỉnh Thanh Hóa', tenXa: 'Phường Hạc Thành' },
    noiSinh: 'Thành phố Thanh Hóa, Tỉnh Thanh Hóa',
    cha: { hoVaTen: 'Nguyễn Văn Bình', namSinh: '1962' }, me: { hoVaTen: 'Lê Thị Cúc', namSinh: '1965' },
    mucDoDinhDanh: 2,
  },
  {
    id: 'hoa', hoVaTen: 'Lê Thị Hoa', ho: 'Lê', chuDem: 'Thị', ten: 'Hoa',
    soDinhDanh: '038195004321', soCMND: '174123456', ngaySinh: '1995-07-20', gioiTinh: 'Nữ',
    // The e-mail is the account placeholder "<SoDinhDanh>@dichvucong.gov.vn", which the form must leave blank (FACTS §5).
    danToc: 'Mường', tonGiao: 'Không', quocTich: 'Việt Nam', soDienThoai: '0387654321', email: '038195004321@dichvucong.gov.vn',
    diaChiChiTiet: 'Thôn Phú Quý',
    thuongTruCu: { maTinh: '38', maHuyen: '38.399', maXa: '38.399.15886', tenTinh: 'Tỉnh Thanh Hóa', tenHuyen: 'Huyện Hoằng Hóa', tenXa: 'Xã Hoằng Quỳ' },
    thuongTruMoi: { maTinh: '38', maXa: '38.15880', tenTinh: 'Tỉnh Thanh Hóa', tenXa: 'Xã Hoằng Giang' },
    noiSinh: 'Huyện Hoằng Hóa, Tỉnh Thanh Hóa',
    cha: { hoVaTen: 'Lê Văn Dũng', namSinh: '1968' }, me: { hoVaTen: 'Phạm Thị Lan', namSinh: '1970' },
    mucDoDinhDanh: 2,
  },
  {
    id: 'cuong', hoVaTen: 'Trần Minh Cường', ho: 'Trần', chuDem: 'Minh', ten: 'Cường',
    soDinhDanh: '038200001234', soCMND: '', ngaySinh: '2000-11-02', gioiTinh: 'Nam',
    danToc: 'Kinh', tonGiao: 'Công giáo', quocTich: 'Việt Nam', soDienThoai: '0978123456', email: 'tranminhcuong@example.com',
    diaChiChiTiet: 'Số 8 đường Hồ Xuân Hương',
    thuongTruCu: { maTinh: '38', maHuyen: '38.382', maXa: '38.382.14830', tenTinh: 'Tỉnh Thanh Hóa', tenHuyen: 'Thành phố Sầm Sơn', tenXa: 'Phường Trung Sơn' },
    thuongTruMoi: { maTinh: '38', maXa: '38.16531', tenTinh: 'Tỉnh Thanh Hóa', tenXa: 'Phường Sầm Sơn' },
    noiSinh: 'Thành phố Sầm Sơn, Tỉnh Thanh Hóa',
    cha: { hoVaTen: 'Trần Văn Hải', namSinh: '1972' }, me: { hoVaTen: 'Đỗ Thị Mai', namSinh: '1975' },
    // Level 1 VNeID account: the SSO page shows the "mức 1" note for this persona.
    mucDoDinhDanh: 1,
  },
];

/** @param {string} id */
export function personaById(id) {
  return PERSONAS.find((p) => p.id === id);
}

/** @param {string} soDinhDanh */
export function personaBySoDinhDanh(soDinhDanh) {
  return PERSONAS.find((p) => p.soDinhDanh === soDinhDanh);
}
