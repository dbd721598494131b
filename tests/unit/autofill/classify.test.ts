/**
 * Classification against real labels and keys: the Thanh Hóa portal's e-form keys (FACTS §6: LLTP, khai sinh),
 * paper-form wording (CT01, tờ khai khai sinh), VNPT iGate-style Angular Material, national-portal tables,
 * placeholder-only mobile forms, and fields that must never be filled.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectControls, planFill } from '../../../utils/autofill';
import type { AddressKind, DatePart, FieldType, Subject } from '../../../utils/autofill';
import { formioChoices, formioText, matField, mount, tableRow } from './fixtures/markup';
import { makeProfile } from './fixtures/profile';

interface Case {
  html: string;
  type: FieldType | null;
  subject?: Subject;
  address?: AddressKind;
  part?: DatePart;
  /** Recognised as something never to fill (search, captcha, login, dossier code…). */
  never?: boolean;
}

const plain = (label: string, attrs = ''): string => `<label for="f">${label}</label> <input id="f" type="text" ${attrs}>`;
const placeholder = (text: string, attrs = ''): string => `<input type="text" placeholder="${text}" ${attrs}>`;
const select = (label: string, options: string[]): string =>
  `<label for="f">${label}</label><select id="f"><option value="">-- Chọn --</option>${options.map((o, i) => `<option value="${i + 1}">${o}</option>`).join('')}</select>`;
const heading = (title: string, body: string): string => `<h4>${title}</h4><div class="row"><div class="col">${body}</div></div>`;
const table = (rows: string): string => `<table class="table-form"><tbody>${rows}</tbody></table>`;

const CASES: Record<string, Case> = {
  // LLTP e-form (Form.io), FACTS §6: the subject, their family, the requester (nyc).
  'LLTP HoVaTen': { html: formioText('HoVaTen', 'Họ và tên'), type: 'fullName', subject: 'self' },
  'LLTP NgaySinh': { html: formioText('NgaySinh', 'Ngày, tháng, năm sinh'), type: 'birthDate', subject: 'self' },
  'LLTP GioiTinh': { html: formioChoices('GioiTinh', 'Giới tính', ['Nam', 'Nữ']), type: 'gender', subject: 'self' },
  'LLTP QuocTich': { html: formioChoices('QuocTich', 'Quốc tịch', ['Việt Nam', 'Lào']), type: 'nationality' },
  'LLTP DanToc': { html: formioChoices('DanToc', 'Dân tộc', ['Kinh', 'Mường', 'Thái']), type: 'ethnicity' },
  'LLTP GiayToTuyThan': { html: formioChoices('GiayToTuyThan', 'Giấy tờ tùy thân', ['CCCD', 'CMND', 'Hộ chiếu']), type: 'idType' },
  'LLTP SoGiayTo': { html: formioText('SoGiayTo', 'Số giấy tờ'), type: 'idNumber', subject: 'self' },
  'LLTP NgayCapGiayTo': { html: formioText('NgayCapGiayTo', 'Ngày cấp'), type: 'idIssueDate' },
  'LLTP NoiCapGiayTo': { html: formioText('NoiCapGiayTo', 'Nơi cấp'), type: 'idIssuePlace' },
  'LLTP NoiSinh': { html: formioText('NoiSinh', 'Nơi sinh'), type: 'placeOfBirth' },
  'LLTP NoiThuongTru': { html: formioText('NoiThuongTru', 'Nơi thường trú'), type: 'address', address: 'permanent' },
  'LLTP NoiThuongTruTinhThanh': { html: formioChoices('NoiThuongTruTinhThanh', 'Tỉnh/Thành phố', ['Tỉnh Thanh Hóa']), type: 'province', address: 'permanent' },
  'LLTP NoiThuongTruQuanHuyen': { html: formioChoices('NoiThuongTruQuanHuyen', 'Quận/Huyện', ['Huyện Hoằng Hóa']), type: 'district', address: 'permanent' },
  'LLTP NoiThuongTruXaPhuong': { html: formioChoices('NoiThuongTruXaPhuong', 'Xã/Phường', ['Xã Hoằng Đạo']), type: 'commune', address: 'permanent' },
  'LLTP DiaChiTamTruTinhThanh': { html: formioChoices('DiaChiTamTruTinhThanh', 'Tỉnh/Thành phố', ['Tỉnh Thanh Hóa']), type: 'province', address: 'temporary' },
  'LLTP HoVaTenCha': { html: formioText('HoVaTenCha', 'Họ và tên cha'), type: 'fullName', subject: 'father' },
  'LLTP NgaySinhCha': { html: formioText('NgaySinhCha', 'Ngày sinh'), type: 'birthDate', subject: 'father' },
  'LLTP HoVaTenMe': { html: formioText('HoVaTenMe', 'Họ và tên mẹ'), type: 'fullName', subject: 'mother' },
  'LLTP NgaySinhMe': { html: formioText('NgaySinhMe', 'Ngày sinh'), type: 'birthDate', subject: 'mother' },
  'LLTP HoVaTenVoChong': { html: formioText('HoVaTenVoChong', 'Họ và tên vợ/chồng'), type: 'fullName', subject: 'spouse' },
  'LLTP NgaySinhVoChong': { html: formioText('NgaySinhVoChong', 'Ngày sinh'), type: 'birthDate', subject: 'spouse' },
  'LLTP SoDienThoai': { html: formioText('SoDienThoai', 'Số điện thoại'), type: 'phone', subject: 'self' },
  'LLTP Email': { html: formioText('Email', 'Email'), type: 'email', subject: 'self' },
  'LLTP nycHoVaTen': { html: formioText('nycHoVaTen', 'Họ và tên'), type: 'fullName', subject: 'self' },
  'LLTP nycNgaySinh': { html: formioText('nycNgaySinh', 'Ngày sinh'), type: 'birthDate', subject: 'self' },
  'LLTP nycSoGiayTo': { html: formioText('nycSoGiayTo', 'Số giấy tờ'), type: 'idNumber', subject: 'self' },
  'LLTP nycSoDienThoai': { html: formioText('nycSoDienThoai', 'Số điện thoại'), type: 'phone', subject: 'self' },
  'LLTP nycEmail, key only': { html: formioText('nycEmail', ''), type: 'email', subject: 'self' },
  'LLTP TenGoiKhac': { html: formioText('TenGoiKhac', 'Tên gọi khác'), type: null },
  'LLTP MucDichCapPhieu': { html: formioText('MucDichCapPhieu', 'Mục đích yêu cầu cấp phiếu'), type: null, never: true },
  'LLTP nycQuanHe': { html: formioText('nycQuanHe', 'Quan hệ với người được cấp phiếu'), type: null, never: true },

  // Birth / death registration interconnect keys (FACTS §6): the child, the child's parents, the deceased.
  'khai sinh nksHoTen': { html: formioText('nksHoTen', 'Họ, chữ đệm, tên'), type: 'fullName', subject: 'other' },
  'khai sinh nksNgaySinh': { html: formioText('nksNgaySinh', 'Ngày, tháng, năm sinh'), type: 'birthDate', subject: 'other' },
  'khai sinh nksGioiTinh': { html: formioChoices('nksGioiTinh', 'Giới tính', ['Nam', 'Nữ']), type: 'gender', subject: 'other' },
  'khai sinh nksDanToc': { html: formioChoices('nksDanToc', 'Dân tộc', ['Kinh', 'Mường']), type: 'ethnicity', subject: 'other' },
  'khai sinh meHoTen': { html: formioText('meHoTen', 'Họ, chữ đệm, tên người mẹ'), type: 'fullName', subject: 'other' },
  'khai sinh meNgaySinh': { html: formioText('meNgaySinh', 'Năm sinh'), type: 'birthDate', subject: 'other' },
  'khai sinh chaHoTen': { html: formioText('chaHoTen', 'Họ, chữ đệm, tên người cha'), type: 'fullName', subject: 'other' },
  'khai sinh meSoGiayToTuyThan': { html: formioText('meSoGiayToTuyThan', 'Số giấy tờ tùy thân'), type: 'idNumber', subject: 'other' },
  'khai sinh nycHoTen': { html: formioText('nycHoTen', 'Họ, chữ đệm, tên người yêu cầu'), type: 'fullName', subject: 'self' },
  'khai sinh nycSoGiayToTuyThan': { html: formioText('nycSoGiayToTuyThan', 'Số giấy tờ tùy thân'), type: 'idNumber', subject: 'self' },
  'khai sinh nycNgayCapGiayToTuyThan': { html: formioText('nycNgayCapGiayToTuyThan', 'Ngày cấp'), type: 'idIssueDate', subject: 'self' },
  'khai sinh nycNoiCapGiayToTuyThan': { html: formioText('nycNoiCapGiayToTuyThan', 'Nơi cấp'), type: 'idIssuePlace', subject: 'self' },
  'khai tử nktHoTen': { html: formioText('nktHoTen', 'Họ và tên người chết'), type: 'fullName', subject: 'other' },
  'giấy chứng sinh ngayCapGCS': { html: formioText('ngayCapGCS', 'Ngày cấp giấy chứng sinh'), type: null },

  // Paper-form wording, numbered (CT01) and the birth declaration.
  'CT01 1. Họ, chữ đệm và tên': { html: plain('1. Họ, chữ đệm và tên:'), type: 'fullName', subject: 'self' },
  'CT01 2. Ngày, tháng, năm sinh': { html: plain('2. Ngày, tháng, năm sinh:'), type: 'birthDate', subject: 'self' },
  'CT01 3. Giới tính': { html: select('3. Giới tính:', ['Nam', 'Nữ']), type: 'gender', subject: 'self' },
  'CT01 4. CCCD': { html: plain('4. CCCD:'), type: 'idNumber', subject: 'self' },
  'CT01 5. Số điện thoại liên hệ': { html: plain('5. Số điện thoại liên hệ:'), type: 'phone', subject: 'self' },
  'CT01 6. Email': { html: plain('6. Email:'), type: 'email' },
  'CT01 7. chủ hộ': { html: plain('7. Họ, chữ đệm và tên chủ hộ:'), type: 'fullName', subject: 'other' },
  'CT01 8. quan hệ với chủ hộ': { html: plain('8. Mối quan hệ với chủ hộ:'), type: null, never: true },
  'CT01 9. định danh của chủ hộ': { html: plain('9. Số định danh cá nhân của chủ hộ:'), type: 'idNumber', subject: 'other' },
  'paper Nơi cư trú': { html: plain('Nơi cư trú:'), type: 'address', address: 'current' },
  'paper Quê quán': { html: plain('Quê quán:'), type: 'hometown' },
  'paper Nghề nghiệp': { html: plain('Nghề nghiệp:'), type: 'occupation' },
  'paper Tôn giáo': { html: plain('Tôn giáo:'), type: 'religion' },
  'paper mother, not a birth page': { html: plain('Họ, chữ đệm, tên người mẹ:'), type: 'fullName', subject: 'mother' },
  'paper Năm sinh': { html: plain('Năm sinh:'), type: 'birthDate', subject: 'self', part: 'year' },
  'paper Họ, chữ đệm, tên người yêu cầu': { html: plain('Họ, chữ đệm, tên người yêu cầu:'), type: 'fullName', subject: 'self' },

  // VNPT iGate-style Angular Material.
  'iGate identityNumber': { html: matField('Số CMND/CCCD', '<input matinput formcontrolname="identityNumber" class="mat-mdc-input-element">'), type: 'idNumber' },
  'iGate fullname': { html: matField('Họ và tên', '<input matinput formcontrolname="fullname">'), type: 'fullName' },
  'iGate birthday': { html: matField('Ngày sinh', '<input matinput formcontrolname="birthday">'), type: 'birthDate' },
  'iGate phoneNumber': { html: matField('Số điện thoại', '<input matinput formcontrolname="phoneNumber">'), type: 'phone' },
  'iGate email': { html: matField('Email', '<input matinput type="email" formcontrolname="email">'), type: 'email' },
  'iGate gender mat-select': {
    html: matField('Giới tính', '<mat-select role="combobox" tabindex="0" formcontrolname="gender" aria-haspopup="listbox"><div class="mat-mdc-select-value"><span class="mat-mdc-select-placeholder">Chọn</span></div></mat-select>'),
    type: 'gender',
  },
  'iGate province mat-select': {
    html: matField('Tỉnh/Thành phố', '<mat-select role="combobox" tabindex="0" formcontrolname="province"><span class="mat-mdc-select-placeholder">Chọn</span></mat-select>'),
    type: 'province', address: 'unspecified',
  },
  'iGate address detail': { html: matField('Địa chỉ chi tiết', '<input matinput formcontrolname="address">'), type: 'street' },

  // National-portal table layouts: the label is the previous cell.
  'table txtHoTen': { html: table(tableRow('Họ và tên', '<input name="txtHoTen" type="text">')), type: 'fullName' },
  'table txtSoCMND': { html: table(tableRow('Số CMND/CCCD', '<input name="txtSoCMND" type="text">')), type: 'idNumber' },
  'table txtNgaySinh': { html: table(tableRow('Ngày sinh', '<input name="txtNgaySinh" type="text" placeholder="dd/mm/yyyy">')), type: 'birthDate' },
  'table txtDienThoai': { html: table(tableRow('Điện thoại di động', '<input name="txtDienThoai" type="text">')), type: 'phone' },
  'table txtDiaChi': { html: table(tableRow('Địa chỉ thường trú', '<input name="txtDiaChi" type="text">')), type: 'address', address: 'permanent' },
  'table ASP.NET id': { html: table(tableRow('Email', '<input id="ctl00_ContentPlaceHolder1_txtEmail" type="text">')), type: 'email' },
  'table captcha': { html: table(tableRow('Mã bảo mật', '<input name="txtMaBaoMat" type="text">')), type: null, never: true },

  // Placeholder-only mobile forms.
  'placeholder Nhập họ tên': { html: placeholder('Nhập họ tên'), type: 'fullName' },
  'placeholder Nhập số điện thoại': { html: placeholder('Nhập số điện thoại', 'inputmode="tel"'), type: 'phone' },
  'placeholder Nhập email': { html: placeholder('Nhập email'), type: 'email' },
  'placeholder Nhập số CCCD': { html: placeholder('Nhập số CCCD'), type: 'idNumber' },
  'placeholder Ngày sinh (dd/mm/yyyy)': { html: placeholder('Ngày sinh (dd/mm/yyyy)'), type: 'birthDate' },
  'placeholder Nhập địa chỉ': { html: placeholder('Nhập địa chỉ'), type: 'address', address: 'unspecified' },
  'type=tel without words': { html: '<input type="tel" name="field3">', type: 'phone' },

  // Sections decide whose data it is.
  'section người được khai sinh': { html: heading('Thông tin người được khai sinh', plain('Họ và tên')), type: 'fullName', subject: 'other' },
  'section chủ hộ': { html: heading('Thông tin chủ hộ', plain('Ngày sinh')), type: 'birthDate', subject: 'other' },
  'section người mẹ (not a birth page)': { html: heading('Thông tin người mẹ', plain('Họ và tên')), type: 'fullName', subject: 'mother' },
  'section người được ủy quyền': { html: heading('Người được ủy quyền', plain('Số điện thoại')), type: 'phone', subject: 'unknown' },
  'section người yêu cầu': { html: heading('Người yêu cầu', plain('Họ tên')), type: 'fullName', subject: 'self' },
  'section antd card': {
    html: '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">Thông tin vợ/chồng</div></div><div class="ant-card-body">' + plain('Họ và tên') + '</div></div>',
    type: 'fullName', subject: 'spouse',
  },
  'fieldset legend': { html: `<fieldset><legend>Thông tin cha</legend>${plain('Ngày sinh')}</fieldset>`, type: 'birthDate', subject: 'father' },

  // Never fill, or nothing to fill.
  'search box': { html: placeholder('Tìm kiếm thủ tục'), type: null, never: true },
  'login username': { html: '<input name="username" placeholder="Tên đăng nhập">', type: null, never: true },
  'captcha label': { html: plain('Mã xác nhận'), type: null, never: true },
  'lookup mã hồ sơ': { html: '<input id="MHS" placeholder="Nhập mã hồ sơ">', type: null, never: true },
  'Tên thủ tục': { html: plain('Tên thủ tục'), type: null, never: true },
  'Tóm tắt nội dung hồ sơ': { html: '<label for="NopHoSoTrucTuyen_trichYeuHoSo">Tóm tắt nội dung hồ sơ</label><textarea id="NopHoSoTrucTuyen_trichYeuHoSo"></textarea>', type: null, never: true },
  'landline': { html: plain('Điện thoại bàn'), type: null },
  'passport issue date': { html: plain('Ngày cấp hộ chiếu'), type: null },
  'marital status is not a province': { html: select('Tình trạng hôn nhân', ['Độc thân', 'Đã kết hôn']), type: null },
  'delivery method is not a commune': { html: select('Phương thức nhận kết quả', ['Trực tiếp', 'Bưu chính']), type: null },
  'birth date in words': { html: plain('Ngày sinh (ghi bằng chữ)'), type: null },
  'other ethnicity': { html: formioText('nksDanTocKhac', 'Dân tộc khác'), type: null },
};

describe('classification table', () => {
  const profile = makeProfile();
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('covers at least 80 real labels and keys', () => {
    expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(80);
  });

  it.each(Object.entries(CASES))('%s', (_name, c) => {
    mount(c.html);
    const controls = collectControls(document);
    expect(controls).toHaveLength(1);
    const [entry] = planFill(controls, profile).entries;
    const got = entry?.classification;
    expect(got?.fieldType ?? null).toBe(c.type);
    // A recognised type must also be certain enough to act on (no tie with another type).
    if (c.type) expect(got?.confidence).not.toBe('low');
    if (c.never !== undefined) expect(got?.never !== undefined).toBe(c.never);
    if (c.subject) expect(got?.subject).toBe(c.subject);
    if (c.address) expect(got?.addressKind).toBe(c.address);
    if (c.part) expect(got?.datePart).toBe(c.part);
  });
});

describe('fields that are never collected', () => {
  it.each([
    ['password', '<label for="p">Mật khẩu</label><input id="p" type="password">'],
    ['file', '<label for="f">Tệp đính kèm</label><input id="f" type="file">'],
    ['hidden', '<input type="hidden" name="hinhThucTra" value="0">'],
    ['disabled', '<label for="d">Họ và tên:</label><input id="d" disabled value="LÊ THỊ HOA">'],
    ['read-only', '<label for="r">Số giấy tờ</label><input id="r" readonly value="038190012345">'],
    ['captcha by name', '<input name="captchaCode" type="text">'],
    ['type=search', '<input type="search" placeholder="Tìm kiếm">'],
    ['display:none', '<div style="display:none"><label for="h">Email</label><input id="h"></div>'],
    ['hidden attribute', '<div hidden><input name="email"></div>'],
  ])('%s', (_name, html) => {
    mount(html);
    expect(collectControls(document)).toEqual([]);
  });
});
