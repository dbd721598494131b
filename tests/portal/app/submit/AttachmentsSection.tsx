// "Thành phần hồ sơ": an antd Table of required documents, one file input per row ("Chọn tệp"), "Xoá" and
// "Thêm thành phần". The e-form row is satisfied by "Lưu vào thành phần hồ sơ".
import { Button, Input, Table, Tag } from 'antd';
import { api } from '../lib/api';
import { toast } from '../lib/toast';
import type { AttachmentRow, UploadedFile } from './attachments';

interface Props {
  rows: AttachmentRow[];
  eFormSaved: boolean;
  onChange: (rows: AttachmentRow[]) => void;
}

export function AttachmentsSection({ rows, eFormSaved, onChange }: Props) {
  const update = (key: string, patch: Partial<AttachmentRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const upload = async (row: AttachmentRow, list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files: UploadedFile[] = [];
    for (const file of Array.from(list)) {
      const result = await api<UploadedFile>(`/api/v1/upload?name=${encodeURIComponent(file.name)}`, { method: 'POST', raw: file });
      if (result.succeeded) files.push(result.data);
      else toast.error(`Không tải lên được tệp ${file.name}`);
    }
    update(row.key, { files: [...row.files, ...files] });
  };

  return (
    <section className="form-section thanh-phan-ho-so" id="thanhPhanHoSo">
      <h3 className="section-header">Thành phần hồ sơ</h3>
      <p className="instruction">
        Ông/bà vui lòng đính kèm đầy đủ các thành phần hồ sơ (định dạng PDF, JPG, PNG, DOC, DOCX; dung lượng tối đa 10MB mỗi tệp) trước khi ấn nút Gửi hồ sơ
      </p>
      <Table<AttachmentRow>
        rowKey="key"
        className="tblThanhPhanHoSo"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: 'Không có thông tin dữ liệu!' }}
        columns={[
          { title: 'STT', key: 'stt', width: 50, render: (_v, _r, i) => i + 1 },
          {
            title: 'Tên giấy tờ',
            key: 'ten',
            render: (_v, r) =>
              r.index < 0 ? (
                <Input placeholder="Nhập tên giấy tờ" value={r.ten} onChange={(e) => update(r.key, { ten: e.target.value })} />
              ) : (
                <span className="ten-giay-to">
                  {r.ten}
                  {r.batBuoc && <span className="required-star"> *</span>}
                </span>
              ),
          },
          { title: 'Số lượng', dataIndex: 'soBan', width: 110 },
          {
            title: 'Tệp đính kèm',
            key: 'files',
            width: 300,
            render: (_v, r) => (
              <div className="tep-dinh-kem">
                {r.eForm && (eFormSaved ? <Tag color="green">Tờ khai điện tử</Tag> : <Tag>Chưa lưu tờ khai điện tử</Tag>)}
                {r.files.map((f, i) => (
                  <div key={`${f.path}-${i}`} className="uploaded-file">
                    <span className="file-name">{f.name}</span>{' '}
                    <Button
                      type="link"
                      size="small"
                      onClick={() => update(r.key, { files: r.files.filter((_f, j) => j !== i) })}
                    >
                      Xoá tệp
                    </Button>
                  </div>
                ))}
                <label className="ant-btn ant-btn-default ant-btn-sm btn-chon-tep">
                  Chọn tệp
                  <input
                    type="file"
                    className="file-input"
                    multiple
                    hidden
                    onChange={(e) => {
                      void upload(r, e.currentTarget.files);
                      e.currentTarget.value = '';
                    }}
                  />
                </label>
              </div>
            ),
          },
          {
            title: 'Thao tác',
            key: 'actions',
            width: 90,
            render: (_v, r) => (
              <Button danger size="small" className="btnXoaThanhPhan" onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
                Xoá
              </Button>
            ),
          },
        ]}
      />
      <Button
        className="btnThemThanhPhan"
        onClick={() =>
          onChange([...rows, { key: `them-${Date.now()}`, index: -1, ten: '', batBuoc: false, soBan: '01 bản', eForm: false, files: [] }])
        }
      >
        Thêm thành phần
      </Button>
    </section>
  );
}
