// The address cascade of one person (contact or owner): Tỉnh/thành -> Quận/huyện -> Xã/phường, or Tỉnh/thành ->
// Xã/phường in the two-level layout. Changing a level resets the levels below; clearing one does not (FACTS §5).
import { Col, Form, Input, Row, type FormInstance } from 'antd';
import { AntdSelect } from './AntdSelect';
import { required, when } from './rules';
import { useDiaBan, type AddressLayout } from './useDiaBan';

interface Props {
  form: FormInstance;
  suffix: 'NguoiUyQuyen' | 'ChuHoSo';
  layout: AddressLayout;
  active: boolean;
}

export function AddressFields({ form, suffix, layout, active }: Props) {
  const twoLevel = layout === 'two-level';
  const names = { tinh: `tinhThanh${suffix}`, huyen: `quanHuyen${suffix}`, xa: `xaPhuong${suffix}`, chiTiet: `diaChi${suffix}` };
  const tinh = Form.useWatch(names.tinh, form) as string | undefined;
  const huyen = Form.useWatch(names.huyen, form) as string | undefined;
  const provinces = useDiaBan('Tinh', undefined, layout, true);
  const districts = useDiaBan('Huyen', tinh, layout, !twoLevel && Boolean(tinh));
  const communes = useDiaBan('Xa', twoLevel ? tinh : huyen, layout, Boolean(twoLevel ? tinh : huyen));
  const rules = when(active, required);
  const span = twoLevel ? 12 : 8;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={span}>
          <Form.Item name={names.tinh} label="Tỉnh/thành:" rules={rules} hidden={!active}>
            <AntdSelect
              options={provinces.options}
              loading={provinces.loading}
              onChange={(value) => {
                if (value) form.setFieldsValue({ [names.huyen]: undefined, [names.xa]: undefined });
              }}
            />
          </Form.Item>
        </Col>
        {!twoLevel && (
          <Col xs={24} md={span}>
            <Form.Item name={names.huyen} label="Quận/huyện:" rules={rules} hidden={!active}>
              <AntdSelect
                options={districts.options}
                loading={districts.loading}
                disabled={!tinh}
                onChange={(value) => {
                  if (value) form.setFieldsValue({ [names.xa]: undefined });
                }}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={span}>
          <Form.Item name={names.xa} label="Xã/phường:" rules={rules} hidden={!active}>
            <AntdSelect options={communes.options} loading={communes.loading} disabled={twoLevel ? !tinh : !huyen} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={names.chiTiet} label="Địa chỉ chi tiết:" rules={rules} hidden={!active}>
        <Input.TextArea rows={1} autoSize />
      </Form.Item>
    </>
  );
}
