// /portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi: the signed-in user's dossiers. Without a session it goes straight
// to VNeID (FACTS §3). Query MaHoSo + showDetail=1 opens one dossier's detail.
import { Button, Descriptions, Modal, Space, Spin, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { STATUS_LABELS, formatDate, formatDateTime, formatMoney } from '../lib/format';
import { goToVneid } from '../lib/requireSignIn';
import { navigate, useLocation } from '../lib/router';
import { useAccount } from '../lib/session';
import { useApi } from '../lib/useApi';
import type { Dossier } from '../lib/types';

export function MyDossiersPage() {
  const account = useAccount();
  const { search } = useLocation();
  const { result, loading } = useApi<Dossier[]>(account ? '/api/v1/hosos/CuaToi' : null);
  const [detail, setDetail] = useState<Dossier | null>(null);
  useEffect(() => {
    if (account === null) goToVneid();
  }, [account]);
  useEffect(() => {
    const code = search.get('MaHoSo');
    if (code && search.get('showDetail') && result?.data) setDetail(result.data.find((d) => d.maHoSo === code) ?? null);
  }, [search, result]);
  if (!account) return <Spin className="page-spin" />;
  return (
    <div className="page">
      <h1 className="page-title">Dịch vụ công của tôi</h1>
      <Table<Dossier>
        rowKey="maHoSo"
        className="tblHoSoCuaToi"
        loading={loading}
        dataSource={result?.data ?? []}
        pagination={false}
        locale={{ emptyText: 'Không có thông tin dữ liệu!' }}
        columns={[
          { title: 'STT', key: 'stt', width: 60, render: (_v, _r, i) => i + 1 },
          { title: 'Mã hồ sơ', dataIndex: 'maHoSo', width: 230, render: (v: string) => <span className="maHoSo">{v}</span> },
          { title: 'Tên thủ tục', dataIndex: 'tenTTHC' },
          { title: 'Ngày nộp', dataIndex: 'ngayNopHoSo', width: 110, render: (v: string) => formatDate(v) },
          { title: 'Ngày hẹn trả', dataIndex: 'ngayHenTra', width: 120, render: (v: string) => formatDate(v) },
          {
            title: 'Trạng thái',
            dataIndex: 'trangThaiHoSoId',
            width: 200,
            render: (v: string) => <Tag color={v === '6' || v === '5' ? 'orange' : 'blue'}>{STATUS_LABELS[v]}</Tag>,
          },
          {
            title: 'Thao tác',
            key: 'actions',
            width: 260,
            render: (_v, d) => (
              <Space wrap>
                <Button size="small" onClick={() => setDetail(d)}>Xem</Button>
                <Button size="small" onClick={() => navigate(`/portaldvc/phieu-tiep-nhan?maHoSo=${encodeURIComponent(d.maHoSo)}`)}>
                  Phiếu tiếp nhận
                </Button>
                {d.trangThaiHoSoId === '6' && (
                  <Button size="small" type="primary" onClick={() => navigate(`/portaldvc/thanh-toan?maHoSo=${encodeURIComponent(d.maHoSo)}`)}>
                    Thanh toán
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={detail !== null} title="Thông tin hồ sơ" footer={null} width={760} onCancel={() => setDetail(null)}>
        {detail && (
          <Descriptions bordered column={1} size="small">
            <Descriptions.Item label="Mã hồ sơ">{detail.maHoSo}</Descriptions.Item>
            <Descriptions.Item label="Tên thủ tục">{detail.tenTTHC}</Descriptions.Item>
            <Descriptions.Item label="Cơ quan tiếp nhận">{detail.tenDonVi}</Descriptions.Item>
            <Descriptions.Item label="Chủ hồ sơ">{detail.chuHoSo}</Descriptions.Item>
            <Descriptions.Item label="Địa chỉ">{detail.diaChiChuHoSo}</Descriptions.Item>
            <Descriptions.Item label="Ngày nộp">{formatDateTime(detail.ngayNopHoSo)}</Descriptions.Item>
            <Descriptions.Item label="Ngày hẹn trả">{formatDate(detail.ngayHenTra)}</Descriptions.Item>
            <Descriptions.Item label="Phí, lệ phí">{detail.soTien ? formatMoney(detail.soTien) : 'Không'}</Descriptions.Item>
            <Descriptions.Item label="Trạng thái">{STATUS_LABELS[detail.trangThaiHoSoId]}</Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
    </div>
  );
}
