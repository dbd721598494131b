import { Result } from 'antd';
import { Link } from '../lib/router';

export function NotFoundPage() {
  return (
    <Result status="404" title="404" subTitle="Trang bạn tìm không tồn tại." extra={<Link to="/portaldvc/home">Về trang chủ</Link>} />
  );
}
