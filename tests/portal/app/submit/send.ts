// "Gửi hồ sơ" and "Lưu hồ sơ". Checks run in the portal's order: antd rules, the saved e-form, the attachments; then
// POST /api/v1/hosos/NopHoSoTrucTuyen -> {succeeded: true, data: "<mã hồ sơ>"} (FACTS §5).
import type { FormInstance } from 'antd';
import { api } from '../lib/api';
import { toast } from '../lib/toast';
import type { SubmitProcedure } from '../lib/types';
import { attachmentProblem, serialise, type AttachmentRow } from './attachments';
import { CONTACT_TO_OWNER } from './prefill';

interface Input {
  form: FormInstance;
  procedure: SubmitProcedure;
  rows: AttachmentRow[];
  eFormSaved: boolean;
  ownerIsSubmitter: boolean;
}

export async function submitDossier({ form, procedure, rows, eFormSaved, ownerIsSubmitter }: Input) {
  try {
    await form.validateFields();
  } catch {
    return null;
  }
  if (procedure.eForm && !eFormSaved) {
    toast.error('Vui lòng điền các trường thông tin còn thiếu trong tờ khai');
    document.getElementById('toKhaiDienTu')?.scrollIntoView({ block: 'start' });
    return null;
  }
  const problem = attachmentProblem(rows, eFormSaved);
  if (problem) {
    toast.warning(problem);
    return null;
  }
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  const payload: Record<string, unknown> = {
    ...values,
    // The checkbox means "the submitter is the owner"; the API's flag means "filed by a representative".
    uyQuyen: !ownerIsSubmitter,
    thanhPhanHoSos: serialise(rows, eFormSaved),
    eFormData: typeof values.eFormData === 'string' && values.eFormData ? JSON.parse(values.eFormData) : null,
    ngaySinhChuHoSo: String(values.ngaySinhChuHoSo ?? '').slice(0, 4),
  };
  if (ownerIsSubmitter) for (const [contact] of CONTACT_TO_OWNER) delete payload[contact];
  const result = await api<string>('/api/v1/hosos/NopHoSoTrucTuyen', { body: payload });
  if (!result.succeeded) {
    if (result.status !== 401) toast.error(result.message || 'Gửi hồ sơ không thành công');
    return null;
  }
  return { code: result.data, ownerName: String(values.chuHoSo ?? '') };
}

export async function saveDraft(form: FormInstance) {
  const result = await api<boolean>('/api/v1/hosos/LuuNhap', { body: form.getFieldsValue(true) });
  if (result.succeeded) toast.success('Lưu hồ sơ thành công');
  else if (result.status !== 401) toast.error(result.message || 'Lưu hồ sơ không thành công');
}
