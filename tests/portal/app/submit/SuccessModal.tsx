// "Đăng ký hồ sơ thành công" with the exact texts of FACTS §5; the code line reads "Mã hồ sơ đăng ký: <mã hồ sơ>".
import { Button, Modal } from 'antd';
import { navigate } from '../lib/router';

interface Props {
  code: string;
  ownerName: string;
  procedureName: string;
  unitName: string;
}

export function SuccessModal({ code, ownerName, procedureName, unitName }: Props) {
  return (
    <Modal
      open
      closable={false}
      maskClosable={false}
      keyboard={false}
      width={680}
      className="nop-thanh-cong-modal"
      title="Đăng ký hồ sơ thành công"
      footer={[
        <Button key="receipt" onClick={() => navigate(`/portaldvc/phieu-tiep-nhan?maHoSo=${encodeURIComponent(code)}`)}>
          Xem phiếu tiếp nhận
        </Button>,
        <Button key="mine" type="primary" onClick={() => navigate('/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi')}>
          Quản lý hồ sơ cá nhân
        </Button>,
        <Button key="other" onClick={() => navigate('/portaldvc/dvc-truc-tuyen')}>
          Đăng ký hồ sơ khác
        </Button>,
        <Button key="home" onClick={() => navigate('/portaldvc/home')}>
          Về trang chủ
        </Button>,
      ]}
    >
      <p>
        Chúc mừng ông/bà {ownerName} đã đăng ký thành công dịch vụ {procedureName} cho {unitName}. Hồ sơ của ông/bà sẽ được phản hồi trong 08 giờ làm việc.
      </p>
      <p className="ma-ho-so-dang-ky">
        Mã hồ sơ đăng ký: <b>{code}</b>
      </p>
      <p className="zalo-notice">
        Ông/bà vui lòng quan tâm Zalo Offical Account "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa" để nhận thông báo về tình trạng giải quyết hồ sơ.
      </p>
    </Modal>
  );
}
