// /portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi: dossiers with a fee, paid or due.
import { Button, Spin, Table, Tag } from 'antd';
import { useEffect } from 'react';
import { formatDate, formatMoney } from '../lib/format';
import { goToSignIn } from '../lib/requireSignIn';
import { navigate } from '../lib/router';
import { useAccount } from '../lib/session';
import { useApi } from '../lib/useApi';
import type { Dossier } from '../lib/types';

export function MyFeesPage() {
  const account = useAccount();
  const { result, loading } = useApi<Dossier[]>(account ? '/api/v1/hosos/CuaToi' : null);
  useEffect(() => {
    if (account === null) goToSignIn();
  }, [account]);
  if (!account) return <Spin className="page-spin" />;
  const rows = (result?.data ?? []).filter((d) => d.soTien > 0);
  return (
    <div className="page">
      <h1 className="page-title">Thanh toán phí, lệ phí</h1>
      <Table<Dossier>
        rowKey="maHoSo"
        loading={loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: 'Không có thông tin dữ liệu!' }}
        columns={[
          { title: 'Mã hồ sơ', dataIndex: 'maHoSo', width: 230 },
          { title: 'Tên thủ tục', dataIndex: 'tenTTHC' },
          { title: 'Ngày nộp', dataIndex: 'ngayNopHoSo', width: 110, render: (v: string) => formatDate(v) },
          { title: 'Phí/lệ phí', dataIndex: 'soTien', width: 130, render: (v: number) => formatMoney(v) },
          {
            title: 'Tình trạng thanh toán',
            key: 'paid',
            width: 190,
            render: (_v, d) =>
              d.daThanhToan ? <Tag color="green">Đã thanh toán</Tag> : d.trangThaiHoSoId === '6' ? <Tag color="orange">Chờ thanh toán</Tag> : <Tag>Chưa đến hạn</Tag>,
          },
          {
            title: '',
            key: 'pay',
            width: 120,
            render: (_v, d) =>
              d.trangThaiHoSoId === '6' ? (
                <Button type="primary" size="small" onClick={() => navigate(`/portaldvc/thanh-toan?maHoSo=${encodeURIComponent(d.maHoSo)}`)}>
                  Thanh toán
                </Button>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
