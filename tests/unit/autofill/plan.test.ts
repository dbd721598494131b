/** Planning: what goes where, in which format, and what is left alone with which reason. */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectControls, planFill } from '../../../utils/autofill';
import type { PlanEntry, PlanOptions } from '../../../utils/autofill';
import type { Profile } from '../../../utils/profile/schema';
import { antdDate, formioChoices, formioDateTime, formioDay, formioPanel, formioText, mount } from './fixtures/markup';
import { makeProfile } from './fixtures/profile';

function plan(html: string, profile: Profile = makeProfile(), opts: PlanOptions = {}): PlanEntry[] {
  mount(html);
  return planFill(collectControls(document), profile, opts).entries;
}

const only = (entries: PlanEntry[]): PlanEntry => {
  expect(entries).toHaveLength(1);
  return entries[0] as PlanEntry;
};

const input = (label: string, attrs = ''): string => `<label for="f">${label}</label><input id="f" ${attrs}>`;

describe('dates are written the way each field shows them', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('dd/mm/yyyy in a text field that says nothing', () => {
    expect(only(plan(input('Ngày sinh:'))).value?.text).toBe('07/05/1990');
  });

  it('the format a placeholder announces', () => {
    expect(only(plan(input('Ngày sinh', 'placeholder="yyyy-mm-dd"'))).value?.text).toBe('1990-05-07');
    expect(only(plan(input('Ngày sinh', 'placeholder="Ngày/tháng/năm"'))).value?.text).toBe('07/05/1990');
    expect(only(plan(input('Ngày sinh', 'placeholder="d/m/yyyy"'))).value?.text).toBe('7/5/1990');
  });

  it('ISO for type=date', () => {
    const e = only(plan(input('Ngày sinh', 'type="date"')));
    expect(e.control.kind).toBe('date-input');
    expect(e.value?.text).toBe('1990-05-07');
    expect(e.display).toBe('07/05/1990');
  });

  it('the year alone for "Năm sinh" and for a four-character field', () => {
    expect(only(plan(input('Năm sinh:'))).value?.text).toBe('1990');
    expect(only(plan(input('Ngày sinh', 'maxlength="4"'))).value?.text).toBe('1990');
  });

  it('antd DatePicker: dd/mm/yyyy first, ISO (antd\'s default) as the fallback', () => {
    const e = only(plan(antdDate('NgaySinh', 'Ngày sinh')));
    expect(e.control.kind).toBe('antd-date');
    expect(e.value?.text).toBe('07/05/1990');
    expect(e.value?.alternatives).toEqual(['1990-05-07']);
  });

  it('Form.io datetime: the visible input, in the format its placeholder shows', () => {
    const e = only(plan(formioDateTime('NgayCapGiayTo', 'Ngày cấp', 'dd-mm-yyyy')));
    expect(e.control.kind).toBe('formio-date');
    expect(e.value?.text).toBe('10-04-2021');
    expect(e.value?.alternatives).toBeUndefined();
  });

  it('Form.io day: one number per part, the month as a number to pick among 1-12', () => {
    const entries = plan(formioDay('NgaySinhCha', 'Ngày sinh của cha'));
    expect(entries.map((e) => [e.control.part, e.classification.subject, e.value?.text])).toEqual([
      ['month', 'father', '1'],
      ['day', 'father', '2'],
      ['year', 'father', '1960'],
    ]);
    expect(entries[0]?.value?.option?.mode).toBe('number');
  });

  it('split day / month / year selects read "Ngày sinh" from the text before them', () => {
    const options = (n: number, from = 1): string =>
      Array.from({ length: n }, (_, i) => `<option>${String(i + from).padStart(2, '0')}</option>`).join('');
    const entries = plan(`<div><span>Ngày sinh</span>
      <select name="ngay" aria-label="Ngày"><option value="">Ngày</option>${options(31)}</select>
      <select name="thang" aria-label="Tháng"><option value="">Tháng</option>${options(12)}</select>
      <select name="nam" aria-label="Năm"><option value="">Năm</option>${options(80, 1950)}</select></div>`);
    expect(entries.map((e) => [e.classification.fieldType, e.classification.datePart, e.value?.text])).toEqual([
      ['birthDate', 'day', '7'],
      ['birthDate', 'month', '5'],
      ['birthDate', 'year', '1990'],
    ]);
  });
});

describe('values shaped for the portal', () => {
  it('phones as digits only, 0xxxxxxxxx (the portal rejects + and spaces)', () => {
    expect(only(plan(input('Số điện thoại:'))).value?.text).toBe('0912345678');
  });

  it('gender as "Nam"/"Nữ", chosen by folded option text', () => {
    const e = only(plan('<label for="g">Giới tính</label><select id="g"><option value="">--Chọn--</option><option value="1">NAM</option><option value="2">NỮ</option></select>'));
    expect(e.value?.text).toBe('Nữ');
    expect(e.value?.option?.labels).toContain('Nữ');
  });

  it('ID type from the ID number: 12 digits is a căn cước', () => {
    const e = only(plan('<label for="t">Loại giấy tờ</label><select id="t"><option value="">Chọn</option><option>CMND</option><option>Thẻ căn cước</option><option>Hộ chiếu</option></select>'));
    expect(e.value?.text).toBe('Căn cước công dân');
  });

  it('a whole address in one field: street, commune, province', () => {
    expect(only(plan(input('Nơi thường trú:'))).value?.text).toBe('Số 12 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa');
  });

  it('"tạm trú" only when the current address is not the permanent one', () => {
    expect(only(plan(input('Địa chỉ tạm trú:'))).value?.text).toBe('Thôn 3, Xã Hoằng Hóa, Tỉnh Thanh Hóa');
    const sameHome = makeProfile();
    sameHome.currentAddress = { ...sameHome.permanentAddress };
    const e = only(plan(input('Địa chỉ tạm trú:'), sameHome));
    expect(e.action).toBe('skip');
    expect(e.code).toBe('no-data');
  });
});

describe('what is left alone, and why', () => {
  it('a value already there that matches: kept, nothing to say', () => {
    const e = only(plan(input('Họ và tên', 'value="LÊ THỊ HOA"')));
    expect(e.action).toBe('skip');
    expect(e.code).toBe('same');
    expect(e.differs).toBe(false);
  });

  it('a value already there that differs: kept and flagged', () => {
    const e = only(plan(input('Ngày sinh', 'value="08/05/1990"')));
    expect(e.action).toBe('skip');
    expect(e.code).toBe('differs');
    expect(e.differs).toBe(true);
    expect(e.existing).toBe('08/05/1990');
    expect(e.reason).toBe('Đã có giá trị khác từ Cổng (giữ nguyên): hồ sơ ghi "07/05/1990"');
  });

  it('a differing value is replaced only when the user asks for that field', () => {
    mount(input('Ngày sinh', 'value="08/05/1990"'));
    const controls = collectControls(document);
    const asked = planFill(controls, makeProfile(), { overwrite: new Set([controls[0]?.element as Element]) });
    expect(asked.entries[0]?.action).toBe('fill');
    expect(asked.entries[0]?.differs).toBe(true);
  });

  it('another person\'s section', () => {
    const e = only(plan(`<h4>Thông tin người được khai sinh</h4>${input('Họ, chữ đệm, tên:')}`));
    expect(e.code).toBe('other-person');
    expect(e.reason).toBe('Thuộc người khác (người được khai sinh)');
  });

  it('says whose a birth-registration field is from its key prefix', () => {
    const entries = plan(`${formioText('nksHoTen', 'Họ, chữ đệm, tên')}${formioText('meHoTen', 'Họ, chữ đệm, tên')}`);
    expect(entries.map((e) => e.reason)).toEqual([
      'Thuộc người khác (người được khai sinh)',
      'Thuộc người khác (mẹ của người được khai sinh)',
    ]);
  });

  it('reads labels as a sighted person does (screen-reader hints left out)', () => {
    const e = only(plan(formioText('SoDienThoai', 'Số điện thoại <span class="sr-only">, numeric only,</span>')));
    expect(e.evidence.label).toBe('Số điện thoại');
  });

  it('on a birth registration, "Thông tin người mẹ" is the child\'s mother, not the profile\'s', () => {
    const entries = plan(`${formioText('nksHoTen', 'Họ, chữ đệm, tên')}<h4>Thông tin người mẹ</h4>${input('Họ, chữ đệm, tên:')}`);
    expect(entries.map((e) => e.code)).toEqual(['other-person', 'other-person']);
  });

  it('the profile has no data', () => {
    const e = only(plan(input('Tôn giáo'), makeProfile({ religion: undefined })));
    expect(e.code).toBe('no-data');
    expect(e.reason).toBe('Hồ sơ chưa có dữ liệu này');
  });

  it('a relative\'s detail the profile does not keep', () => {
    const e = only(plan(input('Dân tộc của cha')));
    expect(e.classification.subject).toBe('father');
    expect(e.code).toBe('no-data');
  });

  it('an unrecognised field', () => {
    const e = only(plan(input('Số lượng bản sao')));
    expect(e.action).toBe('skip');
  });

  it('a field whose label and key disagree is unsure', () => {
    const e = only(plan('<input name="email" placeholder="Số điện thoại">'));
    expect(e.code).toBe('unsure');
  });
});

describe('the LLTP e-form as the demo portal builds it', () => {
  const provinces = ['Tỉnh Nghệ An', 'Tỉnh Thanh Hóa'];

  it('fills both addresses part by part: old units beside a district field, the street in "Nơi tạm trú"', () => {
    const entries = plan(formioPanel('Nơi cư trú', [
      formioChoices('NoiThuongTruTinhThanh', 'Nơi thường trú - Tỉnh/Thành phố', provinces),
      formioText('NoiThuongTruQuanHuyen', 'Quận/Huyện'),
      formioText('NoiThuongTruXaPhuong', 'Xã/Phường'),
      formioText('NoiThuongTru', 'Nơi thường trú', 'textfield', 'Số nhà, đường phố, thôn, xóm'),
      formioChoices('DiaChiTamTruTinhThanh', 'Nơi tạm trú - Tỉnh/Thành phố', provinces),
      formioText('DiaChiTamTruQuanHuyen', 'Quận/Huyện'),
      formioText('DiaChiTamTruXaPhuong', 'Xã/Phường'),
      formioText('DiaChiTamTru', 'Nơi tạm trú'),
    ].join('')));
    expect(entries.map((e) => [e.classification.fieldType, e.classification.addressKind, e.value?.text])).toEqual([
      ['province', 'permanent', 'Tỉnh Thanh Hóa'],
      ['district', 'permanent', 'Thành phố Thanh Hóa'],
      ['commune', 'permanent', 'Phường Điện Biên'],
      ['street', 'permanent', 'Số 12 Lê Lợi'],
      ['province', 'temporary', 'Tỉnh Thanh Hóa'],
      ['district', 'temporary', 'Huyện Hoằng Hóa'],
      ['commune', 'temporary', 'Xã Hoằng Đạo'],
      ['street', 'temporary', 'Thôn 3'],
    ]);
  });

  it('"người được cấp Phiếu" is the profile; "người được ủy quyền" is someone else', () => {
    const entries = plan([
      formioPanel('Thông tin người yêu cầu cấp Phiếu', formioText('nycHoVaTen', 'Họ và tên người được ủy quyền')),
      formioPanel('Thông tin người được cấp Phiếu lý lịch tư pháp', formioText('HoVaTen', 'Họ và tên')),
      formioPanel('Thông tin về cha, mẹ, vợ/chồng', formioText('HoVaTenMe', 'Họ và tên mẹ')),
    ].join(''));
    expect(entries.map((e) => [e.classification.subject, e.action, e.value?.text])).toEqual([
      ['unknown', 'skip', undefined],
      ['self', 'fill', 'Lê Thị Hoa'],
      ['mother', 'fill', 'Trần Thị Lan'],
    ]);
  });
});
