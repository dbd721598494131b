// /portaldvc/thanh-toan?maHoSo=…: the fee of a dossier and "Thanh toán", which hands over to the national Payment
// Platform (a replica page on dichvucong.gov.vn) that returns to /portaldvc/thanh-toan/xac-nhan (FACTS §10).
import { Button, Descriptions, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import { STATUS_LABELS, formatMoney } from '../lib/format';
import { goToSignIn } from '../lib/requireSignIn';
import { useLocation } from '../lib/router';
import { useAccount } from '../lib/session';
import { toast } from '../lib/toast';
import { useApi } from '../lib/useApi';
import type { Dossier } from '../lib/types';

export function PaymentPage() {
  const account = useAccount();
  const { search } = useLocation();
  const code = search.get('maHoSo') ?? '';
  const { result, loading } = useApi<Dossier>(account ? `/api/v1/hosos/ChiTiet?maHoSo=${encodeURIComponent(code)}` : null);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (account === null) goToSignIn();
  }, [account]);
  if (!account || loading) return <Spin className="page-spin" />;
  const d = result?.data;
  if (!d) return <div className="page">Không có thông tin dữ liệu!</div>;
  const pay = async () => {
    setSending(true);
    const response = await api<string>('/api/v1/thanhtoans/TaoYeuCau', { body: { maHoSo: d.maHoSo, returnOrigin: window.location.origin } });
    if (response.succeeded) window.location.assign(response.data);
    else {
      toast.error(response.message);
      setSending(false);
    }
  };
  return (
    <div className="page payment-page">
      <h1 className="page-title">Thanh toán trực tuyến</h1>
      <Descriptions bordered column={1} size="small" labelStyle={{ width: 220 }}>
        <Descriptions.Item label="Mã hồ sơ">{d.maHoSo}</Descriptions.Item>
        <Descriptions.Item label="Tên thủ tục">{d.tenTTHC}</Descriptions.Item>
        <Descriptions.Item label="Chủ hồ sơ">{d.chuHoSo}</Descriptions.Item>
        <Descriptions.Item label="Phí/lệ phí"><span className="soTien">{formatMoney(d.soTien)}</span></Descriptions.Item>
        <Descriptions.Item label="Trạng thái">{STATUS_LABELS[d.trangThaiHoSoId]}</Descriptions.Item>
      </Descriptions>
      <div className="detail-actions">
        {d.trangThaiHoSoId === '6' ? (
          <Button type="primary" size="large" loading={sending} onClick={() => void pay()} className="btnThanhToan">
            Thanh toán
          </Button>
        ) : (
          <p className="muted">{d.daThanhToan ? 'Hồ sơ đã được thanh toán.' : 'Hồ sơ chưa có yêu cầu thanh toán.'}</p>
        )}
      </div>
    </div>
  );
}
