// The "Nhập thông tin hồ sơ" block: Loại chủ hồ sơ, Thông tin người liên hệ, Thông tin chủ hồ sơ (with the native
// "Người nộp là chủ hồ sơ" checkbox) and Thông tin thêm. Exact labels from FACTS §5, trailing colons included.
import { Col, Form, Input, Radio, Row, type FormInstance } from 'antd';
import { AddressFields } from './AddressFields';
import { emailRules, idHint, phoneRules, required, when } from './rules';
import type { AddressLayout } from './useDiaBan';

export const OWNER_TYPES = ['Công dân', 'Doanh nghiệp', 'Cơ quan nhà nước', 'Tổ chức', 'Khác'];

interface Common {
  form: FormInstance;
  layout: AddressLayout;
  active: boolean;
}

export function OwnerTypeSection({ active }: { active: boolean }) {
  return (
    <section className="form-section" hidden={!active}>
      <h3 className="section-header">Loại chủ hồ sơ</h3>
      <Form.Item name="loaiDoiTuong" hidden={!active}>
        <Radio.Group options={OWNER_TYPES.map((t) => ({ label: t, value: t }))} />
      </Form.Item>
    </section>
  );
}

export function ContactSection({ form, layout, active, idLocked }: Common & { idLocked: boolean }) {
  return (
    <section className="form-section" hidden={!active}>
      <h3 className="section-header">Thông tin người liên hệ</h3>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="nguoiUyQuyen" label="Họ và tên:" rules={when(active, required)} hidden={!active}>
            <Input disabled />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="soGiayToNguoiUyQuyen" label="CCCD/CMND/MĐD:" rules={when(active, required)} hidden={!active}>
            <Input disabled={idLocked} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="soDienThoaiNguoiUyQuyen" label="Số điện thoại:" rules={when(active, phoneRules)} hidden={!active}>
            <Input maxLength={13} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="emailNguoiUyQuyen" label="Email:" rules={when(active, emailRules)} hidden={!active}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <AddressFields form={form} suffix="NguoiUyQuyen" layout={layout} active={active} />
    </section>
  );
}

interface OwnerProps extends Common {
  checked: boolean;
  onToggle: (checked: boolean) => void;
  idLocked: boolean;
}

export function OwnerSection({ form, layout, active, checked, onToggle, idLocked }: OwnerProps) {
  const ownerType = Form.useWatch('loaiDoiTuong', form) as string | undefined;
  return (
    <section className="form-section" hidden={!active}>
      <h3 className="section-header">
        Thông tin chủ hồ sơ{' '}
        <span className="owner-toggle">
          (Người nộp là chủ hồ sơ <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />)
        </span>
      </h3>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="chuHoSo" label="Tên/Doanh nghiệp/Tổ chức:" rules={when(active, required)} hidden={!active}>
            <Input disabled={checked} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="soGiayToChuHoSo" label="Số giấy tờ (CCCD/CMND/MST/MĐD):" rules={when(active, required)} hidden={!active}>
            <Input disabled={checked && idLocked} placeholder={idHint(ownerType)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="soDienThoaiChuHoSo" label="Số điện thoại:" rules={when(active, phoneRules)} hidden={!active}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="emailChuHoSo" label="Email:" rules={when(active, emailRules)} hidden={!active}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <AddressFields form={form} suffix="ChuHoSo" layout={layout} active={active} />
    </section>
  );
}

export function MoreInfoSection({ active, unitName }: { active: boolean; unitName: string }) {
  return (
    <section className="form-section" hidden={!active}>
      <h3 className="section-header">Thông tin thêm</h3>
      <p className="co-quan-tiep-nhan">
        Cơ quan tiếp nhận hồ sơ: <b>{unitName}</b>
      </p>
      <Form.Item name="trichYeuHoSo" label="Tóm tắt nội dung hồ sơ" rules={when(active, required)} hidden={!active}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </section>
  );
}

/** Hidden fields the page keeps in the form (FACTS §5 "Hidden fields"): present in the DOM as .ant-form-item-hidden. */
export const HIDDEN_FIELDS = [
  'hinhThucTra', 'thanhPhanHoSos', 'eFormData', 'eFormDataValid', 'maTTHC', 'tenTTHC', 'donViId', 'maTruongHop',
  'dangKyNhanHoSoQuaBCCIData', 'bcci_tenTinhThanh', 'bcci_tenQuanHuyen', 'bcci_tenXaPhuong', 'ngaySinhChuHoSo', 'mucDo',
  'uyQuyen', 'laHoSoChungThuc', 'removeFiles', 'currentSelectedMaKetQuaTPTT',
];

export function HiddenFields() {
  return (
    <>
      {HIDDEN_FIELDS.map((name) => (
        <Form.Item key={name} name={name} hidden>
          <Input />
        </Form.Item>
      ))}
    </>
  );
}
