/**
 * The drivers against the real antd 5.29 (React 18.3) the demo portal uses, rendered in happy-dom: the proof is the
 * antd Form's own state (what a submit would send), not what the DOM shows.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectControls, fillPlan, planFill, undoFill } from '../../../utils/autofill';
import { makeProfile } from './fixtures/profile';
import { loadAntd, type FormInstance, type Libraries } from './fixtures/real-antd';

let libs: Libraries;
let unmount: (() => void) | undefined;

beforeAll(async () => {
  libs = await loadAntd();
}, 60000);

afterEach(() => {
  unmount?.();
  document.body.innerHTML = '';
});

/** Options as the portal's AntdSelect gives them: value = code, label = name, filtered by label substring. */
const options = (labels: readonly string[]): { value: string; label: string }[] =>
  labels.map((label, i) => ({ value: `38.${i}`, label }));
const byLabel = (input: string, option?: { label: string }): boolean =>
  (option?.label ?? '').toLowerCase().includes(input.toLowerCase());

const PROVINCES = [
  'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng', 'Điện Biên', 'Đắk Lắk', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Nội',
  'Hà Tĩnh', 'Hải Phòng', 'Hưng Yên', 'Khánh Hòa', 'Lai Châu', 'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Nghệ An', 'Ninh Bình',
  'Phú Thọ', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh', 'Thái Nguyên', 'Thanh Hoá', 'Tuyên Quang', 'Vĩnh Long',
];
const COMMUNES = ['Phường Hạc Thành', 'Xã Hoằng Hóa', 'Xã Hoằng Tiến'];

/** The contact block of the submission form: phone, a province → commune cascade loading late, the street. */
async function mountContactForm(): Promise<FormInstance> {
  const { React, antd } = libs;
  const h = React.createElement;
  let formRef: FormInstance | undefined;
  function ContactForm(): unknown {
    const [form] = antd.Form.useForm();
    formRef = form;
    const province = antd.Form.useWatch('tinhThanhNguoiUyQuyen', form);
    const [communes, setCommunes] = React.useState<string[]>([]);
    React.useEffect(() => {
      if (!province) return undefined;
      const timer = setTimeout(() => setCommunes(COMMUNES), 200); // the portal fetches communes per province
      return () => clearTimeout(timer);
    }, [province]);
    return h(antd.Form, { form, name: 'NopHoSoTrucTuyen', layout: 'vertical' },
      h('div', { className: 'title-section' }, 'Thông tin người liên hệ'),
      h(antd.Form.Item, { name: 'soDienThoaiNguoiUyQuyen', label: 'Số điện thoại:' }, h(antd.Input)),
      h(antd.Form.Item, { name: 'tinhThanhNguoiUyQuyen', label: 'Tỉnh/thành:' }, h(antd.Select, {
        showSearch: true, allowClear: true, options: options(PROVINCES), filterOption: byLabel,
        onChange: () => form.setFieldValue('xaPhuongNguoiUyQuyen', undefined),
      })),
      h(antd.Form.Item, { name: 'xaPhuongNguoiUyQuyen', label: 'Xã/phường:' }, h(antd.Select, {
        showSearch: true, allowClear: true, disabled: !province, options: options(communes), filterOption: byLabel,
      })),
      h(antd.Form.Item, { name: 'diaChiNguoiUyQuyen', label: 'Địa chỉ chi tiết:' }, h(antd.Input.TextArea, { rows: 1 })),
    );
  }
  unmount = (await libs.render(h(ContactForm))).unmount;
  if (!formRef) throw new Error('form not rendered');
  return formRef;
}

describe('real antd 5: the contact block of the submission form', () => {
  it('fills Input, TextArea and a Select cascade so that the antd Form holds the values', async () => {
    const form = await mountContactForm();
    const plan = planFill(collectControls(document), makeProfile());
    expect(plan.entries.map((e) => [e.control.kind, e.action])).toEqual([
      ['text', 'fill'], ['antd-select', 'fill'], ['antd-select', 'fill'], ['textarea', 'fill'],
    ]);
    const report = await fillPlan(plan, { timeoutMs: 3000 });
    expect(report.failed).toEqual([]);
    // "Thanh Hoá" (old tone placement) is 28th of 30 in a virtual list: found by scrolling, matched by fold.
    expect(form.getFieldsValue()).toEqual({
      soDienThoaiNguoiUyQuyen: '0912345678',
      tinhThanhNguoiUyQuyen: '38.27',
      xaPhuongNguoiUyQuyen: '38.1',
      diaChiNguoiUyQuyen: 'Thôn 3',
    });
    // The 200 ms commune fetch counts as the portal's time.
    expect(report.timings.waitMs).toBeGreaterThanOrEqual(150);
  }, 30000);

  it('undo clears the selects and the text again', async () => {
    const form = await mountContactForm();
    const report = await fillPlan(planFill(collectControls(document), makeProfile()), { timeoutMs: 3000 });
    const undo = await undoFill(report, { timeoutMs: 3000 });
    expect(undo.failed).toEqual([]);
    const values = form.getFieldsValue();
    expect(values.tinhThanhNguoiUyQuyen ?? null).toBeNull();
    expect(values.xaPhuongNguoiUyQuyen ?? null).toBeNull();
    expect(values.soDienThoaiNguoiUyQuyen).toBe('');
    expect(values.diaChiNguoiUyQuyen).toBe('');
  }, 30000);
});

describe('real antd 5: DatePicker and Radio.Group', () => {
  it('types dates in the picker\'s format (falling back to ISO) and clicks the radio', async () => {
    const { React, antd } = libs;
    const h = React.createElement;
    let formRef: FormInstance | undefined;
    function Dates(): unknown {
      const [form] = antd.Form.useForm();
      formRef = form;
      return h(antd.Form, { form, layout: 'vertical' },
        h(antd.Form.Item, { name: 'ngaySinh', label: 'Ngày sinh' }, h(antd.DatePicker, { format: 'DD/MM/YYYY' })),
        h(antd.Form.Item, { name: 'ngayCap', label: 'Ngày cấp' }, h(antd.DatePicker)),
        h(antd.Form.Item, { name: 'gioiTinh', label: 'Giới tính' },
          h(antd.Radio.Group, { options: [{ label: 'Nam', value: 1 }, { label: 'Nữ', value: 2 }] })),
      );
    }
    unmount = (await libs.render(h(Dates))).unmount;
    const report = await fillPlan(planFill(collectControls(document), makeProfile()), { timeoutMs: 2000 });
    expect(report.failed).toEqual([]);
    const values = formRef?.getFieldsValue() ?? {};
    const iso = (v: unknown): string => (v as { format(f: string): string }).format('YYYY-MM-DD');
    expect(iso(values.ngaySinh)).toBe('1990-05-07');
    // No format given: antd's default is YYYY-MM-DD, which rejects 10/04/2021; the ISO spelling is then taken.
    expect(iso(values.ngayCap)).toBe('2021-04-10');
    expect(values.gioiTinh).toBe(2);
  }, 30000);
});
