// /portaldvc/thanh-toan/xac-nhan?data=…&responseCode=…&secureCode=…: confirms the payment with the API, which moves
// the dossier on from status 6.
import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import { formatMoney } from '../lib/format';
import { navigate, useLocation } from '../lib/router';
import type { Dossier } from '../lib/types';

export function PaymentReturnPage() {
  const { search } = useLocation();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string; dossier?: Dossier } | null>(null);
  useEffect(() => {
    void api<Dossier>('/api/v1/thanhtoans/XacNhan', {
      body: { data: search.get('data') ?? '', responseCode: search.get('responseCode') ?? '', secureCode: search.get('secureCode') ?? '' },
    }).then((r) => setOutcome({ ok: r.succeeded, message: r.message, dossier: r.data }));
    // Confirm once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (!outcome) return <Spin className="page-spin" />;
  const back = (
    <Button type="primary" onClick={() => navigate('/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi')}>
      Quản lý hồ sơ cá nhân
    </Button>
  );
  return outcome.ok && outcome.dossier ? (
    <Result
      status="success"
      title="Thanh toán thành công"
      subTitle={`Hồ sơ ${outcome.dossier.maHoSo} đã được thanh toán ${formatMoney(outcome.dossier.soTien)}.`}
      extra={back}
    />
  ) : (
    <Result status="error" title="Thanh toán không thành công" subTitle={outcome.message} extra={back} />
  );
}
