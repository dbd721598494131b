// Portal header: name, main menu and the sign-in state (the signed-in user's name + "Đăng xuất").
import { Button, Dropdown } from 'antd';
import { Link, navigate } from '../lib/router';
import { clearSession, useAccount } from '../lib/session';

const MENU = [
  { to: '/portaldvc/home', label: 'Trang chủ' },
  { to: '/portaldvc/danh-muc-tthc', label: 'Thủ tục hành chính' },
  { to: '/portaldvc/dvc-truc-tuyen', label: 'Dịch vụ công trực tuyến' },
  { to: '/portaldvc/tra-cuu', label: 'Tra cứu hồ sơ' },
  { to: '/portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi', label: 'Thanh toán trực tuyến' },
  { to: '/portaldvc/huong-dan-su-dung', label: 'Hướng dẫn' },
];

export function Header(props: { pathname: string }) {
  const account = useAccount();
  const signIn = () => navigate(`/portaldvc/dang-nhap?returnUrl=${encodeURIComponent(window.location.href)}`);
  return (
    <header className="portal-header">
      <div className="portal-banner">
        <Link to="/portaldvc/home" className="portal-brand">
          <span className="portal-emblem" aria-hidden="true">★</span>
          <span>
            <span className="portal-brand-top">Cổng dịch vụ công tỉnh Thanh Hóa</span>
            <span className="portal-brand-name">Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thanh Hóa</span>
          </span>
        </Link>
        <div className="portal-user">
          {account ? (
            <Dropdown
              menu={{
                items: [
                  { key: 'mine', label: 'Dịch vụ công của tôi', onClick: () => navigate('/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi') },
                  { key: 'fees', label: 'Thanh toán phí, lệ phí', onClick: () => navigate('/portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi') },
                ],
              }}
            >
              <span className="portal-user-name" id="tenNguoiDung">{account.fullName}</span>
            </Dropdown>
          ) : null}
          {account ? (
            <Button
              className="btnDangXuat"
              onClick={() => {
                clearSession();
                navigate('/portaldvc/home');
              }}
            >
              Đăng xuất
            </Button>
          ) : account === null ? (
            <Button type="primary" className="btnDangNhap" onClick={signIn}>
              Đăng nhập
            </Button>
          ) : null}
        </div>
      </div>
      <nav className="portal-menu">
        {MENU.map((item) => (
          <Link key={item.to} to={item.to} className={props.pathname.startsWith(item.to) ? 'active' : undefined}>
            {item.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
