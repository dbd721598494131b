// "Tờ khai điện tử": the procedure's Form.io e-form (collapsible with "Ẩn/ hiện tờ khai") and its buttons "Lưu vào
// thành phần hồ sơ", "Tải tờ khai", "In tờ khai" (FACTS §5). Form.io markup is left as formiojs renders it.
import './formioSetup';
import { Form as FormioForm } from '@formio/react';
import { Button, Dropdown, Modal, Space } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { E_FORMS, FORMIO_OPTIONS, type EFormKind } from '../eforms';
import { toast } from '../lib/toast';
import { setEForm } from './demoHooks';

/** The subset of the formiojs Webform API this page uses. */
export interface FormioInstance {
  submission: { data: Record<string, unknown> };
  submit(): Promise<unknown>;
  checkValidity(data?: unknown, dirty?: boolean, row?: unknown, silent?: boolean): boolean;
  everyComponent(fn: (component: { key: string; errors?: { message: string }[]; error?: { message: string } | null }) => void): void;
}

interface Props {
  kind: EFormKind;
  initialData: Record<string, unknown>;
  saved: boolean;
  onSaved: (data: Record<string, unknown>) => void;
  onModified: (data: Record<string, unknown>) => void;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function toXml(data: Record<string, unknown>): string {
  const escape = (v: unknown) => String(v ?? '').replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
  const body = Object.entries(data).map(([k, v]) => `  <${k}>${escape(typeof v === 'object' ? JSON.stringify(v) : v)}</${k}>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ToKhai>\n${body.join('\n')}\n</ToKhai>\n`;
}

export function EFormSection({ kind, initialData, saved, onSaved, onModified }: Props) {
  const [open, setOpen] = useState(true);
  const [instance, setInstance] = useState<FormioInstance | null>(null);
  const form = E_FORMS[kind];
  // Stable identities: @formio/react re-applies `submission` whenever its identity changes.
  const submission = useMemo(() => ({ data: initialData }), [initialData]);
  const schema = useMemo(() => form.schema, [form]);
  // @formio/react binds its event handlers once, at the first render: route them through a ref to the latest props.
  const latest = useRef(onModified);
  latest.current = onModified;

  const save = async () => {
    if (!instance) return;
    try {
      await instance.submit();
    } catch {
      toast.error('Vui lòng nhập đầy đủ thông tin các trường được đánh dấu *');
      return;
    }
    onSaved({ ...instance.submission.data });
    Modal.success({
      title: 'Thông báo',
      content: 'Thêm THÀNH CÔNG tờ khai điện tử. Công dân KHÔNG CẦN đính kèm thêm tờ khai giấy, không cần ký số vào tờ khai điện tử này.',
      okText: 'Đóng',
    });
  };

  const exportAs = (format: string) => {
    const data = instance?.submission.data ?? {};
    if (format === 'json') download('to-khai.json', 'application/json', JSON.stringify(data, null, 2));
    else if (format === 'xml') download('to-khai.xml', 'application/xml', toXml(data));
    else toast.info('Bản mô phỏng chỉ hỗ trợ tải tờ khai dạng JSON hoặc XML');
  };

  return (
    <section className="form-section to-khai-dien-tu" id="toKhaiDienTu">
      <div className="section-header to-khai-header">
        <h3>Tờ khai điện tử: {form.title}</h3>
        <Button type="link" className="btnAnHienToKhai" onClick={() => setOpen((v) => !v)}>
          Ẩn/ hiện tờ khai
        </Button>
      </div>
      <div className="to-khai-body" style={{ display: open ? 'block' : 'none' }}>
        <FormioForm
          form={schema}
          submission={submission}
          options={FORMIO_OPTIONS}
          formReady={(formio: FormioInstance) => {
            setInstance(formio);
            setEForm(formio);
          }}
          onChange={(value: { data: Record<string, unknown> }, _flags: unknown, modified: boolean) => {
            if (modified) latest.current(value.data);
          }}
        />
      </div>
      <Space wrap className="to-khai-actions">
        <Button type="primary" className="btnLuuToKhai" onClick={() => void save()}>
          Lưu vào thành phần hồ sơ
        </Button>
        <Dropdown
          menu={{
            items: ['PDF', 'DOCX', 'XML', 'JSON'].map((f) => ({ key: f.toLowerCase(), label: f })),
            onClick: ({ key }) => exportAs(key),
          }}
        >
          <Button className="btnTaiToKhai">Tải tờ khai</Button>
        </Dropdown>
        <Button className="btnInToKhai" onClick={() => window.print()}>
          In tờ khai
        </Button>
        <span className={saved ? 'to-khai-status saved' : 'to-khai-status'}>
          {saved ? 'Đã lưu tờ khai vào thành phần hồ sơ' : 'Tờ khai chưa được lưu vào thành phần hồ sơ'}
        </span>
      </Space>
    </section>
  );
}
