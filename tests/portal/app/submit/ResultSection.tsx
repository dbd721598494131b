// "Đăng ký nhận kết quả": how the result is delivered (hinhThucTra "0" in person, "1" by public postal service).
import { Form, Input, Radio, type FormInstance } from 'antd';

export function ResultSection({ form }: { form: FormInstance }) {
  const value = (Form.useWatch('hinhThucTra', form) as string | undefined) ?? '0';
  return (
    <section className="form-section" id="dangKyNhanKetQua">
      <h3 className="section-header">Đăng ký nhận kết quả</h3>
      <Radio.Group
        value={value}
        onChange={(e) => form.setFieldsValue({ hinhThucTra: String(e.target.value) })}
        options={[
          { value: '0', label: 'Nhận kết quả trực tiếp tại Bộ phận tiếp nhận và trả kết quả' },
          { value: '1', label: 'Nhận kết quả qua dịch vụ bưu chính công ích' },
        ]}
      />
      {value === '1' && (
        <div className="bcci">
          <label htmlFor="diaChiNhanKetQua">Địa chỉ nhận kết quả:</label>
          <Input.TextArea
            id="diaChiNhanKetQua"
            rows={2}
            onChange={(e) => form.setFieldsValue({ dangKyNhanHoSoQuaBCCIData: JSON.stringify({ diaChi: e.target.value }) })}
          />
        </div>
      )}
    </section>
  );
}
