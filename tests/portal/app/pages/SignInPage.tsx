// "Đăng nhập": offers VNeID and the national SSO; both are full page loads to the SSO hosts with `state` = base64 of
// the return URL (FACTS §4).
import { Button, Card } from 'antd';
import { useLocation } from '../lib/router';
import { nationalSsoUrl, vneidUrl } from '../lib/session';

export function SignInPage() {
  const { search } = useLocation();
  const requested = search.get('returnUrl');
  let returnUrl = `${window.location.origin}/portaldvc/home`;
  if (requested) {
    try {
      const parsed = new URL(requested, window.location.origin);
      if (parsed.origin === window.location.origin && !parsed.pathname.startsWith('/portaldvc/dang-nhap')) returnUrl = parsed.href;
    } catch {
      /* keep home */
    }
  }
  return (
    <div className="page sign-in-page">
      <Card title="Đăng nhập" className="sign-in-card">
        <p>Vui lòng chọn phương thức đăng nhập để sử dụng dịch vụ công trực tuyến:</p>
        <Button type="primary" size="large" block className="btnVNeID" onClick={() => window.location.assign(vneidUrl(returnUrl))}>
          Đăng nhập bằng tài khoản định danh điện tử (VNeID)
        </Button>
        <Button size="large" block className="btnDVCQG" onClick={() => window.location.assign(nationalSsoUrl(returnUrl))}>
          Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia
        </Button>
      </Card>
    </div>
  );
}
