import { Table, Tag } from 'antd';
import { Link } from '../lib/router';
import { useApi } from '../lib/useApi';
import type { Procedure } from '../lib/types';
import { formatMoney } from '../lib/format';

export function OnlineServicesPage() {
  const { result, loading } = useApi<Procedure[]>('/api/v1/thutucs');
  const online = (result?.data ?? []).filter((p) => p.nopTrucTuyen);
  return (
    <div className="page">
      <h1 className="page-title">Dịch vụ công trực tuyến</h1>
      <Table<Procedure>
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={online}
        locale={{ emptyText: 'Không có thông tin dữ liệu!' }}
        columns={[
          { title: 'STT', key: 'stt', width: 60, render: (_v, _r, i) => i + 1 },
          { title: 'Tên dịch vụ công', key: 'ten', render: (_v, p) => <Link to={`/portaldvc/chi-tiet-thu-tuc/${p.id}`}>{p.tenTTHC}</Link> },
          { title: 'Cơ quan thực hiện', dataIndex: 'coQuanThucHien', width: 240 },
          { title: 'Mức độ', key: 'mucDo', width: 120, render: (_v, p) => <Tag color="gold">{p.mucDo}</Tag> },
          { title: 'Phí, lệ phí', key: 'phi', width: 130, render: (_v, p) => (p.tongPhi ? formatMoney(p.tongPhi) : 'Không') },
        ]}
      />
    </div>
  );
}
