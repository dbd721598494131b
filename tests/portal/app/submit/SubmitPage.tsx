// /portaldvc/nop-ho-so-truc-tuyen?maTTHC=…&donVi=…&truongHopId=… (FACTS §5). Needs a session; shows a spinner until the
// procedure and the account's CSDL dân cư record are loaded, then the NopHoSoTrucTuyen form.
import { Button, Form, Spin, Tag } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { eFormPrefill, type CsdlDanCu } from '../eforms';
import { api } from '../lib/api';
import { goToSignIn } from '../lib/requireSignIn';
import { useLocation } from '../lib/router';
import { useAccount, type Account } from '../lib/session';
import type { SubmitProcedure } from '../lib/types';
import { AttachmentsSection } from './AttachmentsSection';
import { rowsFor, type AttachmentRow } from './attachments';
import { setAntdForm, setEForm } from './demoHooks';
import { EFormSection } from './EFormSection';
import { copyEFormToForm } from './eformCopy';
import { ContactSection, HiddenFields, MoreInfoSection, OwnerSection, OwnerTypeSection } from './PeopleSections';
import { clearOwner, copyContactToOwner, initialValues } from './prefill';
import { ResultSection } from './ResultSection';
import { saveDraft, submitDossier } from './send';
import { StepBar, type Step } from './StepBar';
import { SuccessModal } from './SuccessModal';

/** JSON with sorted keys, to compare Form.io data regardless of key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function SubmitPage() {
  const account = useAccount();
  const { search } = useLocation();
  const query = ['maTTHC', 'donVi', 'truongHopId'].map((k) => `${k}=${encodeURIComponent(search.get(k) ?? '')}`).join('&');
  const [procedure, setProcedure] = useState<SubmitProcedure | null | undefined>(undefined);
  const [csdl, setCsdl] = useState<CsdlDanCu | null | undefined>(undefined);

  useEffect(() => {
    if (account === null) goToSignIn();
    if (!account) return;
    void api<SubmitProcedure>(`/api/v1/thutucs/NopTrucTuyen?${query}`).then((r) => setProcedure(r.succeeded ? r.data : null));
    void api<CsdlDanCu | null>('/api/v1/users/CSDLDanCu').then((r) => {
      const data = r.succeeded ? r.data : null;
      (window as unknown as { objDataCSDLDanCu: unknown }).objDataCSDLDanCu = data;
      setCsdl(data);
    });
  }, [account, query]);

  if (!account || procedure === undefined || csdl === undefined) {
    return (
      <div className="page nop-ho-so-loading">
        <Spin size="large" tip="Đang tải dữ liệu...">
          <div style={{ minHeight: 240 }} />
        </Spin>
      </div>
    );
  }
  if (procedure === null) return <div className="page">Không tìm thấy thông tin thủ tục. Vui lòng chọn lại dịch vụ công.</div>;
  return <SubmitForm procedure={procedure} account={account} csdl={csdl} />;
}

function SubmitForm({ procedure, account, csdl }: { procedure: SubmitProcedure; account: Account; csdl: CsdlDanCu | null }) {
  const [form] = Form.useForm();
  const layout = procedure.capDiaBan === 2 ? 'two-level' : 'three-level';
  const active = !procedure.anThongTinLienHeNopTrucTuyen;
  const initial = useMemo(() => initialValues(procedure, account, csdl, layout), [procedure, account, csdl, layout]);
  const eFormInitial = useMemo(() => (procedure.eForm ? eFormPrefill(procedure.eForm, csdl) : {}), [procedure, csdl]);
  const [checked, setChecked] = useState(true);
  const [ownerIdLocked, setOwnerIdLocked] = useState(Boolean(initial.soGiayToChuHoSo));
  const [eFormSaved, setEFormSaved] = useState(false);
  const [rows, setRows] = useState<AttachmentRow[]>(() => rowsFor(procedure.thanhPhanHoSos));
  const [sending, setSending] = useState(false);
  const [success, setSuccess] = useState<{ code: string; ownerName: string } | null>(null);
  const [guide, setGuide] = useState(false);
  // Form.io emits its change events debounced, so one can land after "Lưu vào thành phần hồ sơ" with the data just
  // saved: only a real difference from the saved data means the declaration was edited.
  const savedData = useRef('');

  useEffect(() => {
    setAntdForm(form);
    (window as unknown as { objDataNopHoSo: unknown }).objDataNopHoSo = { maTTHC: procedure.maTTHC, donVi: procedure.donVi };
    return () => {
      setAntdForm(null);
      setEForm(null);
    };
  }, [form, procedure]);

  const toggleOwner = (value: boolean) => {
    setChecked(value);
    form.setFieldsValue({ uyQuyen: value });
    if (value) setOwnerIdLocked(copyContactToOwner(form));
    else {
      clearOwner(form);
      setOwnerIdLocked(false);
    }
  };

  const steps: Step[] = [
    { description: 'Chọn dịch vụ công', target: 'nopHoSoHeading' },
    ...(active ? [{ description: 'Nhập thông tin hồ sơ', target: 'nhapThongTinHoSo' }] : []),
    ...(procedure.eForm ? [{ description: 'Biểu mẫu điện tử', target: 'toKhaiDienTu' }] : []),
    { description: 'Thành phần hồ sơ', target: 'thanhPhanHoSo' },
    { description: 'Đăng ký nhận kết quả', target: 'dangKyNhanKetQua' },
  ];

  const send = async () => {
    setSending(true);
    const result = await submitDossier({ form, procedure, rows, eFormSaved, ownerIsSubmitter: checked });
    setSending(false);
    if (result) setSuccess(result);
  };

  return (
    <div className="page nop-ho-so">
      <div className="nop-ho-so-heading" id="nopHoSoHeading">
        <Tag color="gold" className="muc-do">{procedure.mucDo}</Tag>
        <b className="ten-thu-tuc">{`${procedure.tenTTHC} - ${procedure.donVi.ten}`}</b>
        <Button type="link" onClick={() => setGuide((v) => !v)}>{guide ? 'Đóng hướng dẫn' : 'Xem hướng dẫn'}</Button>
      </div>
      {guide && (
        <div className="video-huong-dan">
          Hướng dẫn: nhập thông tin hồ sơ, kê khai tờ khai điện tử (nếu có), đính kèm thành phần hồ sơ rồi bấm "Gửi hồ sơ".
        </div>
      )}
      <StepBar steps={steps} onLastStep={() => form.setFieldsValue({ hinhThucTra: '1' })} />
      <Form form={form} name="NopHoSoTrucTuyen" layout="vertical" initialValues={initial} scrollToFirstError>
        <div id="nhapThongTinHoSo" className="nhap-thong-tin-ho-so">
          <OwnerTypeSection active={active} />
          <ContactSection form={form} layout={layout} active={active} idLocked={Boolean(initial.soGiayToNguoiUyQuyen)} />
          <OwnerSection form={form} layout={layout} active={active} checked={checked} onToggle={toggleOwner} idLocked={ownerIdLocked} />
          <MoreInfoSection active={active} unitName={procedure.donVi.ten} />
        </div>
        <HiddenFields />
      </Form>
      {procedure.eForm && (
        <EFormSection
          kind={procedure.eForm}
          initialData={eFormInitial}
          saved={eFormSaved}
          onSaved={(data) => {
            savedData.current = stableJson(data);
            copyEFormToForm(form, data, checked);
            form.setFieldsValue({ eFormData: JSON.stringify(data), eFormDataValid: 'true' });
            setEFormSaved(true);
          }}
          onModified={(data) => {
            if (data.LoaiToKhai === 'UyQuyen' && checked) toggleOwner(false);
            if (eFormSaved && stableJson(data) !== savedData.current) {
              setEFormSaved(false);
              form.setFieldsValue({ eFormDataValid: '' });
            }
          }}
        />
      )}
      <AttachmentsSection rows={rows} eFormSaved={eFormSaved} onChange={setRows} />
      <ResultSection form={form} />
      <div className="nop-ho-so-actions">
        <Button size="large" className="btnLuuHoSo" onClick={() => void saveDraft(form)}>
          Lưu hồ sơ
        </Button>
        <Button type="primary" size="large" className="btnGuiHoSo" loading={sending} onClick={() => void send()}>
          Gửi hồ sơ
        </Button>
      </div>
      {success && (
        <SuccessModal code={success.code} ownerName={success.ownerName} procedureName={procedure.tenTTHC} unitName={procedure.donVi.ten} />
      )}
    </div>
  );
}
