import { Card, Col, Input, Row, Tag } from 'antd';
import { Link, navigate } from '../lib/router';
import { useApi } from '../lib/useApi';
import type { Procedure } from '../lib/types';

export function HomePage() {
  const { result } = useApi<Procedure[]>('/api/v1/thutucs');
  const featured = (result?.data ?? []).filter((p) => p.nopTrucTuyen);
  return (
    <div className="page home-page">
      <section className="home-search">
        <h1>Cổng Dịch vụ công tỉnh Thanh Hóa</h1>
        <p>Tra cứu thủ tục hành chính, nộp hồ sơ trực tuyến và theo dõi tiến độ giải quyết hồ sơ</p>
        <Input.Search
          id="home-search"
          size="large"
          placeholder="Nhập tên thủ tục hành chính cần tìm"
          enterButton="Tìm kiếm"
          onSearch={(value) => navigate(`/portaldvc/danh-muc-tthc?TuKhoa=${encodeURIComponent(value.trim())}`)}
        />
      </section>
      <Row gutter={16} className="home-links">
        {[
          ['/portaldvc/tra-cuu', 'Tra cứu hồ sơ'],
          ['/portaldvc/dvc-truc-tuyen', 'Dịch vụ công trực tuyến'],
          ['/portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi', 'Thanh toán trực tuyến'],
          ['/portaldvc/huong-dan-su-dung', 'Hướng dẫn sử dụng'],
          ['/portaldvc/tin-tuc', 'Tin tức'],
        ].map(([to, label]) => (
          <Col key={to} xs={12} md={4}>
            <Link to={to ?? ''} className="home-link">{label}</Link>
          </Col>
        ))}
      </Row>
      <h2 className="section-title">Dịch vụ công nổi bật</h2>
      <Row gutter={[16, 16]}>
        {featured.map((p) => (
          <Col key={p.id} xs={24} md={12}>
            <Card size="small" className="featured-procedure">
              <Tag color="gold">{p.mucDo}</Tag>
              <Link to={`/portaldvc/chi-tiet-thu-tuc/${p.id}`}>{p.tenTTHC}</Link>
              <div className="muted">{p.coQuanThucHien}</div>
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
