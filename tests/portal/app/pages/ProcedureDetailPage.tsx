// /portaldvc/chi-tiet-thu-tuc/:id: trình tự, thành phần, phí, cơ quan, and "Nộp trực tuyến" (choose the unit first
// when several units perform the procedure).
import { Button, Descriptions, Modal, Radio, Spin, Table, Tag } from 'antd';
import { useState } from 'react';
import { navigate } from '../lib/router';
import { formatMoney } from '../lib/format';
import { useApi } from '../lib/useApi';
import type { Procedure } from '../lib/types';

function submitUrl(p: Procedure, donVi: string): string {
  const query = new URLSearchParams({ maTTHC: p.maTTHC, donVi, truongHopId: p.truongHops[0]?.id ?? '' });
  return `/portaldvc/nop-ho-so-truc-tuyen?${query.toString()}`;
}

export function ProcedureDetailPage(props: { id: string }) {
  const { result, loading } = useApi<Procedure>(`/api/v1/thutucs/${encodeURIComponent(props.id)}`);
  const [choosing, setChoosing] = useState(false);
  const [unit, setUnit] = useState<string>('');
  if (loading) return <Spin className="page-spin" />;
  const p = result?.data;
  if (!p) return <div className="page">Không có thông tin dữ liệu!</div>;
  const start = () => {
    if (p.donVis.length === 1) navigate(submitUrl(p, p.donVis[0]?.id ?? ''));
    else setChoosing(true);
  };
  return (
    <div className="page procedure-detail">
      <h1 className="page-title">{p.tenTTHC}</h1>
      <Descriptions bordered column={1} size="small" labelStyle={{ width: 240 }}>
        <Descriptions.Item label="Mã thủ tục">{p.maTTHC}</Descriptions.Item>
        <Descriptions.Item label="Mức độ">
          <Tag color="gold">{p.nopTrucTuyen ? p.mucDo : 'Cung cấp thông tin'}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Lĩnh vực">{p.linhVuc}</Descriptions.Item>
        <Descriptions.Item label="Cấp thực hiện">{p.capThucHien}</Descriptions.Item>
        <Descriptions.Item label="Cơ quan thực hiện">{p.coQuanThucHien}</Descriptions.Item>
        <Descriptions.Item label="Đối tượng thực hiện">{p.doiTuongThucHien}</Descriptions.Item>
        <Descriptions.Item label="Thời hạn giải quyết">{p.thoiHanGiaiQuyet}</Descriptions.Item>
        <Descriptions.Item label="Phí, lệ phí">
          {p.phi.length === 0 ? 'Không' : p.phi.map((f) => <div key={f.moTa}>{f.moTa}: {formatMoney(f.soTien)}</div>)}
        </Descriptions.Item>
        <Descriptions.Item label="Căn cứ pháp lý">
          {p.canCuPhapLy.map((c) => <div key={c}>{c}</div>)}
        </Descriptions.Item>
      </Descriptions>
      <h2 className="section-title">Trình tự thực hiện</h2>
      <ol className="trinh-tu">{p.trinhTu.map((step) => <li key={step}>{step}</li>)}</ol>
      <h2 className="section-title">Thành phần hồ sơ</h2>
      <Table
        rowKey="ten"
        size="small"
        pagination={false}
        dataSource={p.thanhPhanHoSos}
        locale={{ emptyText: 'Không có thông tin dữ liệu!' }}
        columns={[
          { title: 'STT', key: 'stt', width: 60, render: (_v, _r, i) => i + 1 },
          { title: 'Tên giấy tờ', dataIndex: 'ten' },
          { title: 'Số lượng', dataIndex: 'soBan', width: 140 },
          { title: 'Bắt buộc', key: 'bb', width: 90, render: (_v, r) => (r.batBuoc ? 'Có' : 'Không') },
        ]}
      />
      <div className="detail-actions">
        {p.nopTrucTuyen ? (
          <Button type="primary" size="large" className="btnNopTrucTuyen" onClick={start}>
            Nộp trực tuyến
          </Button>
        ) : (
          <p className="muted">Thủ tục này chưa hỗ trợ nộp hồ sơ trực tuyến trên Cổng Dịch vụ công tỉnh.</p>
        )}
      </div>
      <Modal
        open={choosing}
        title="Chọn cơ quan thực hiện"
        okText="Tiếp tục"
        cancelText="Đóng"
        okButtonProps={{ disabled: !unit }}
        onCancel={() => setChoosing(false)}
        onOk={() => navigate(submitUrl(p, unit))}
      >
        <Radio.Group value={unit} onChange={(e) => setUnit(String(e.target.value))} className="unit-choice">
          {p.donVis.map((d) => (
            <Radio key={d.id} value={d.id}>{d.ten}</Radio>
          ))}
        </Radio.Group>
      </Modal>
    </div>
  );
}
