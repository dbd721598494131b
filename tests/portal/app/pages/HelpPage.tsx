import { Collapse } from 'antd';

const STEPS = [
  {
    key: '1',
    label: 'Đăng nhập Cổng Dịch vụ công',
    children: 'Bấm "Đăng nhập", chọn "Đăng nhập bằng tài khoản định danh điện tử (VNeID)" và nhập số định danh cá nhân, mật khẩu.',
  },
  {
    key: '2',
    label: 'Tìm thủ tục và nộp hồ sơ trực tuyến',
    children: 'Vào "Thủ tục hành chính", tìm tên thủ tục, mở chi tiết và bấm "Nộp trực tuyến". Điền thông tin, kê khai tờ khai điện tử, đính kèm thành phần hồ sơ rồi bấm "Gửi hồ sơ".',
  },
  {
    key: '3',
    label: 'Tra cứu tiến độ hồ sơ',
    children: 'Vào "Tra cứu hồ sơ", nhập mã hồ sơ và số định danh của chủ hồ sơ, bấm "Tra cứu".',
  },
  {
    key: '4',
    label: 'Thanh toán phí, lệ phí trực tuyến',
    children: 'Khi hồ sơ ở trạng thái "Yêu cầu thực hiện nghĩa vụ tài chính", vào "Dịch vụ công của tôi" và bấm "Thanh toán".',
  },
];

export function HelpPage() {
  return (
    <div className="page">
      <h1 className="page-title">Hướng dẫn sử dụng</h1>
      <Collapse items={STEPS} defaultActiveKey={['1']} />
    </div>
  );
}
