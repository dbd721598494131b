// "Phiếu tiếp nhận hồ sơ" (FACTS §9): header, "Mã hồ sơ: <code>" over a Code 39 barcode, a QR code of the lookup URL
// {origin}/portaldvc/tra-cuu?SGT=<số giấy tờ>&MHS=<mã hồ sơ>, owner, procedure, dates and the date line.
import { Button, Spin } from 'antd';
import { useEffect } from 'react';
import { dateLine, formatDate, formatDateTime } from '../lib/format';
import { goToSignIn } from '../lib/requireSignIn';
import { Link, useLocation } from '../lib/router';
import { useAccount } from '../lib/session';
import { useApi } from '../lib/useApi';
import type { Dossier } from '../lib/types';
import { Code39 } from './Code39';
import { QrImage } from './QrImage';

const LOOKUP_ORIGIN = 'https://dichvucong.thanhhoa.gov.vn';

export function ReceiptPage() {
  const account = useAccount();
  const { search } = useLocation();
  const code = search.get('maHoSo') ?? '';
  const { result, loading } = useApi<Dossier>(account ? `/api/v1/hosos/ChiTiet?maHoSo=${encodeURIComponent(code)}` : null);
  useEffect(() => {
    if (account === null) goToSignIn();
  }, [account]);
  if (!account || loading) return <Spin className="page-spin" />;
  const d = result?.data;
  if (!d) return <div className="page">Không có thông tin dữ liệu!</div>;
  const lookupUrl = `${LOOKUP_ORIGIN}/portaldvc/tra-cuu?SGT=${encodeURIComponent(d.soGiayToChuHoSo)}&MHS=${encodeURIComponent(d.maHoSo)}`;
  const time = /T(\d{2}):(\d{2})/.exec(d.ngayTiepNhan);
  return (
    <div className="receipt-page">
      <div className="receipt-actions no-print">
        <Link to="/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi">« Dịch vụ công của tôi</Link>
        <Button onClick={() => window.print()}>In phiếu</Button>
      </div>
      <div className="receipt-sheet" id="phieuTiepNhan">
        <table className="receipt-header">
          <tbody>
            <tr>
              <td>
                <div>TỈNH THANH HÓA</div>
                <div className="bold">TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG</div>
              </td>
              <td>
                <div className="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
                <div className="bold underline">Độc lập - Tự do - Hạnh phúc</div>
              </td>
            </tr>
          </tbody>
        </table>
        <div className="receipt-code">
          <div className="maHoSo">Mã hồ sơ: {d.maHoSo}</div>
          <Code39 value={d.maHoSo} />
        </div>
        <h2 className="receipt-title">PHIẾU TIẾP NHẬN HỒ SƠ</h2>
        <div className="receipt-body">
          <p>Cơ quan tiếp nhận: <b>{d.tenDonVi}</b></p>
          <p>Tiếp nhận hồ sơ của: <b className="chuHoSo">{d.chuHoSo}</b></p>
          <p>Số giấy tờ: {d.soGiayToChuHoSo}</p>
          <p>Địa chỉ: {d.diaChiChuHoSo}</p>
          <p>Nội dung yêu cầu giải quyết: <b>{d.tenTTHC}</b></p>
          <p>Hình thức nộp: Trực tuyến</p>
          <p>
            Thời gian nhận hồ sơ: {time ? `${time[1]} giờ ${time[2]} phút, ` : ''}ngày {formatDate(d.ngayTiepNhan)}
          </p>
          <p>Thời gian trả kết quả giải quyết hồ sơ: ngày {formatDate(d.ngayHenTra)}</p>
          <p className="muted">Ngày giờ nộp: {formatDateTime(d.ngayNopHoSo)}</p>
        </div>
        <div className="receipt-footer">
          <div className="receipt-qr">
            <QrImage text={lookupUrl} />
            <div className="qr-caption">Quét mã QR để tra cứu tiến độ giải quyết hồ sơ</div>
            <a className="lookup-link" href={lookupUrl}>{lookupUrl}</a>
          </div>
          <div className="receipt-sign">
            <div className="date-line">{dateLine(d.ngayTiepNhan)}</div>
            <div className="bold">NGƯỜI TIẾP NHẬN</div>
            <div className="muted">(Hệ thống tự động tiếp nhận)</div>
          </div>
        </div>
      </div>
    </div>
  );
}
