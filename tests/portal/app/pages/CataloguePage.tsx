// /portaldvc/danh-muc-tthc?TuKhoa=… (or MaThuTuc=…): procedure catalogue with search.
import { Input, Table, Tag } from 'antd';
import { Link, navigate, useLocation } from '../lib/router';
import { useApi } from '../lib/useApi';
import type { Procedure } from '../lib/types';

export function CataloguePage() {
  const { search } = useLocation();
  const keyword = search.get('TuKhoa') ?? '';
  const code = search.get('MaThuTuc') ?? '';
  const query = new URLSearchParams();
  if (keyword) query.set('TuKhoa', keyword);
  if (code) query.set('MaThuTuc', code);
  const { result, loading } = useApi<Procedure[]>(`/api/v1/thutucs?${query.toString()}`);
  return (
    <div className="page">
      <h1 className="page-title">Danh mục thủ tục hành chính</h1>
      <Input.Search
        id="TuKhoa"
        key={keyword}
        defaultValue={keyword}
        placeholder="Nhập từ khóa tìm kiếm"
        enterButton="Tìm kiếm"
        allowClear
        onSearch={(value) => navigate(`/portaldvc/danh-muc-tthc?TuKhoa=${encodeURIComponent(value.trim())}`)}
        style={{ maxWidth: 640, marginBottom: 16 }}
      />
      <Table<Procedure>
        rowKey="id"
        loading={loading}
        dataSource={result?.data ?? []}
        pagination={false}
        locale={{ emptyText: 'Không có thông tin dữ liệu!' }}
        columns={[
          { title: 'STT', key: 'stt', width: 60, render: (_v, _r, i) => i + 1 },
          { title: 'Mã thủ tục', dataIndex: 'maTTHC', width: 200 },
          {
            title: 'Tên thủ tục',
            key: 'ten',
            render: (_v, p) => <Link to={`/portaldvc/chi-tiet-thu-tuc/${p.id}`} className="tenThuTuc">{p.tenTTHC}</Link>,
          },
          { title: 'Cơ quan thực hiện', dataIndex: 'coQuanThucHien', width: 220 },
          { title: 'Lĩnh vực', dataIndex: 'linhVuc', width: 160 },
          {
            title: 'Mức độ',
            key: 'mucDo',
            width: 130,
            render: (_v, p) => (p.nopTrucTuyen ? <Tag color="gold">{p.mucDo}</Tag> : <Tag>Cung cấp thông tin</Tag>),
          },
        ]}
      />
    </div>
  );
}
