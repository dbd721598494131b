// "Tờ khai đăng ký khai sinh" with the birth-registration interconnect keys of FACTS §6 (nks / me / cha / nyc prefixes).
import { date, day, email, number, panel, phone, radio, row, select, text, textarea, type Component } from './components';
import { ETHNIC_GROUPS, NATIONALITIES, values } from './options';

const req = { required: true };
const residence = values(['Thường trú', 'Tạm trú', 'Nơi ở hiện tại']);

function parent(prefix: 'me' | 'cha', required: boolean): Component[] {
  const r = { required };
  return [
    row(`${prefix}Row1`, text(`${prefix}HoTen`, 'Họ, chữ đệm, tên', r), day(`${prefix}NgaySinh`, 'Ngày, tháng, năm sinh', r)),
    row(`${prefix}Row2`,
      select(`${prefix}DanToc`, 'Dân tộc', values(ETHNIC_GROUPS), r),
      select(`${prefix}QuocTich`, 'Quốc tịch', values(NATIONALITIES), { required, extra: { defaultValue: required ? 'Việt Nam' : '' } })),
    row(`${prefix}Row3`, radio(`${prefix}LoaiCuTru`, 'Loại cư trú', residence, r), text(`${prefix}SoGiayToTuyThan`, 'Số giấy tờ tùy thân', r)),
    text(`${prefix}NoiCuTru`, 'Nơi cư trú', r),
  ];
}

export const KHAI_SINH_FORM: { display: 'form'; components: Component[] } = {
  display: 'form',
  components: [
    panel('pnlNks', 'Người được khai sinh', [
      row('nksRow1', text('nksHoTen', 'Họ, chữ đệm, tên', req), radio('nksGioiTinh', 'Giới tính', values(['Nam', 'Nữ']), req)),
      row('nksRow2', date('nksNgaySinh', 'Ngày, tháng, năm sinh', req), text('nksQueQuan', 'Quê quán')),
      textarea('nksNoiSinh', 'Nơi sinh', req),
      row('nksRow3', select('nksDanToc', 'Dân tộc', values(ETHNIC_GROUPS), req),
        select('nksQuocTich', 'Quốc tịch', values(NATIONALITIES), { required: true, extra: { defaultValue: 'Việt Nam' } })),
    ]),
    panel('pnlMe', 'Thông tin người mẹ', parent('me', true)),
    panel('pnlCha', 'Thông tin người cha', parent('cha', false)),
    panel('pnlNyc', 'Người yêu cầu', [
      row('nycRow1', text('nycHoTen', 'Họ, chữ đệm, tên người yêu cầu', req),
        select('nycQuanHe', 'Quan hệ với người được khai sinh', values(['Cha', 'Mẹ', 'Ông', 'Bà', 'Người thân thích khác']), req)),
      row('nycRow2',
        select('nycLoaiGiayToTuyThan', 'Loại giấy tờ tùy thân', values(['Căn cước công dân', 'Thẻ căn cước', 'Hộ chiếu']),
          { required: true, extra: { defaultValue: 'Căn cước công dân' } }),
        text('nycSoGiayToTuyThan', 'Số giấy tờ tùy thân', req)),
      row('nycRow3', date('nycNgayCapGiayToTuyThan', 'Ngày cấp'), text('nycNoiCapGiayToTuyThan', 'Nơi cấp')),
      row('nycRow4', phone('nycSoDienThoai', 'Số điện thoại', req), email('nycEmail', 'Email')),
    ]),
    panel('pnlDangKy', 'Thông tin đăng ký', [
      row('dkRow1', radio('loaiDangKy', 'Loại đăng ký', values(['Đúng hạn', 'Quá hạn', 'Đăng ký lại']), { required: true, extra: { defaultValue: 'Đúng hạn' } }),
        number('soLuongBanSao', 'Số lượng bản sao đề nghị cấp', { extra: { defaultValue: 1 } })),
    ]),
  ],
};
