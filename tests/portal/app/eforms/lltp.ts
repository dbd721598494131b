// "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp" with the data keys of FACTS §6 (LLTP e-form data [V]); labels follow
// the paper form (Mẫu số 03/2013/TT-LLTP).
import { date, day, email, number, panel, phone, radio, row, select, text, textarea, type Component } from './components';
import { ETHNIC_GROUPS, ID_ISSUERS, NATIONALITIES, PROVINCES_OLD, values } from './options';

const req = { required: true };
const uyQuyen = { conditional: { show: true, when: 'LoaiToKhai', eq: 'UyQuyen' } };

export const LLTP_FORM: { display: 'form'; components: Component[] } = {
  display: 'form',
  components: [
    panel('pnlNguoiYeuCau', 'Thông tin người yêu cầu cấp Phiếu', [
      row('rowLoai',
        radio('LoaiToKhai', 'Người yêu cầu', [
          { label: 'Tự khai cho bản thân', value: 'BanThan' },
          { label: 'Ủy quyền yêu cầu cấp Phiếu', value: 'UyQuyen' },
        ], { required: true, extra: { defaultValue: 'BanThan' } })),
      row('rowNyc1', text('nycHoVaTen', 'Họ và tên người được ủy quyền', { required: true, extra: uyQuyen }),
        text('nycSoGiayTo', 'Số CMND/CCCD người được ủy quyền', { required: true, extra: uyQuyen })),
      row('rowNyc2', phone('nycSoDienThoai', 'Số điện thoại người được ủy quyền', { extra: uyQuyen }),
        email('nycEmail', 'Email người được ủy quyền', { extra: uyQuyen })),
    ]),
    panel('pnlNhanThan', 'Thông tin người được cấp Phiếu lý lịch tư pháp', [
      row('row1', text('HoVaTen', 'Họ và tên', req), text('TenGoiKhac', 'Tên gọi khác')),
      row('row2', date('NgaySinh', 'Ngày, tháng, năm sinh', req),
        radio('GioiTinh', 'Giới tính', values(['Nam', 'Nữ']), req)),
      row('row3', select('QuocTich', 'Quốc tịch', values(NATIONALITIES), { required: true, extra: { defaultValue: 'Việt Nam' } }),
        select('DanToc', 'Dân tộc', values(ETHNIC_GROUPS), req)),
      row('row4', select('GiayToTuyThan', 'Loại giấy tờ tùy thân', values(['Căn cước công dân', 'Thẻ căn cước', 'Chứng minh nhân dân', 'Hộ chiếu']),
        { required: true, extra: { defaultValue: 'Căn cước công dân' } }), text('SoGiayTo', 'Số CMND/CCCD', req)),
      row('row5', date('NgayCapGiayTo', 'Ngày cấp', req), select('NoiCapGiayTo', 'Nơi cấp', values(ID_ISSUERS), req)),
      textarea('NoiSinh', 'Nơi sinh', req),
    ]),
    panel('pnlCuTru', 'Nơi cư trú', [
      row('row6', select('NoiThuongTruTinhThanh', 'Nơi thường trú - Tỉnh/Thành phố', values(PROVINCES_OLD), req),
        text('NoiThuongTruQuanHuyen', 'Quận/Huyện', req), text('NoiThuongTruXaPhuong', 'Xã/Phường', req)),
      text('NoiThuongTru', 'Nơi thường trú', { required: true, extra: { placeholder: 'Số nhà, đường phố, thôn, xóm' } }),
      row('row7', select('DiaChiTamTruTinhThanh', 'Nơi tạm trú - Tỉnh/Thành phố', values(PROVINCES_OLD)),
        text('DiaChiTamTruQuanHuyen', 'Quận/Huyện'), text('DiaChiTamTruXaPhuong', 'Xã/Phường')),
      text('DiaChiTamTru', 'Nơi tạm trú'),
    ]),
    panel('pnlGiaDinh', 'Thông tin về cha, mẹ, vợ/chồng', [
      row('row8', text('HoVaTenCha', 'Họ và tên cha', req), day('NgaySinhCha', 'Ngày, tháng, năm sinh của cha')),
      row('row9', text('HoVaTenMe', 'Họ và tên mẹ', req), day('NgaySinhMe', 'Ngày, tháng, năm sinh của mẹ')),
      row('row10', text('HoVaTenVoChong', 'Họ và tên vợ/chồng'), day('NgaySinhVoChong', 'Ngày, tháng, năm sinh của vợ/chồng')),
    ]),
    panel('pnlYeuCau', 'Nội dung yêu cầu', [
      row('row11', phone('SoDienThoai', 'Số điện thoại', req), email('Email', 'Email')),
      textarea('MucDichCapPhieu', 'Mục đích yêu cầu cấp Phiếu lý lịch tư pháp', req),
      row('row12',
        radio('LoaiPhieuYeuCau', 'Loại Phiếu lý lịch tư pháp yêu cầu cấp', values(['Phiếu số 1', 'Phiếu số 2']), req),
        number('SoLuongCapThem', 'Số lượng Phiếu yêu cầu cấp thêm', { extra: { defaultValue: 0 } })),
    ]),
  ],
};
