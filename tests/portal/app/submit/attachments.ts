// Rows of "Thành phần hồ sơ" and the checks "Gửi hồ sơ" runs on them, with the portal's warnings (FACTS §5).
import type { ThanhPhan } from '../lib/types';

export interface UploadedFile {
  name: string;
  size: number;
  path: string;
}

export interface AttachmentRow {
  key: string;
  /** index into the procedure's list; -1 for rows added with "Thêm thành phần" */
  index: number;
  ten: string;
  batBuoc: boolean;
  soBan: string;
  eForm: boolean;
  files: UploadedFile[];
}

export function rowsFor(list: ThanhPhan[]): AttachmentRow[] {
  return list.map((tp, index) => ({
    key: `tp-${index}`,
    index,
    ten: tp.ten,
    batBuoc: tp.batBuoc,
    soBan: tp.soBan,
    eForm: Boolean(tp.eForm),
    files: [],
  }));
}

/** The first failing check's warning, or '' when the attachments are complete. */
export function attachmentProblem(rows: AttachmentRow[], eFormSaved: boolean): string {
  if (rows.length === 0) return 'Vui lòng thêm ít nhất một thành phần hồ sơ';
  if (rows.some((r) => r.ten.trim() === '')) return 'Có thành phần hồ sơ chưa chọn nội dung/ tên giấy tờ';
  const incomplete = rows.some((r) => (r.eForm ? !eFormSaved && r.files.length === 0 : r.files.length === 0));
  if (incomplete) {
    return 'Vui lòng đính kèm đầy đủ thành phần hồ sơ (trường hợp có thành phần hồ sơ không bắt buộc phải nộp, đề nghị Ông/bà chọn thao tác Xoá thành phần hồ sơ đó)';
  }
  return '';
}

/** What is sent as thanhPhanHoSos. */
export function serialise(rows: AttachmentRow[], eFormSaved: boolean) {
  return rows.map((r) => ({ index: r.index, ten: r.ten, batBuoc: r.batBuoc, laToKhaiDienTu: r.eForm && eFormSaved, files: r.files }));
}
