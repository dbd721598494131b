// /portaldvc/tra-cuu?MHS=…&SGT=… (FACTS §7). A deep link only fills the inputs: nothing is sent until "Tra cứu" is
// clicked, because each search needs a fresh reCAPTCHA v3 token (action "searchHoSo").
import { Button, Form, Input, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../lib/api';
import { STATUS_LABELS, formatDate, formatDateTime } from '../lib/format';
import { RECAPTCHA_SITE_KEY } from '../lib/recaptcha';
import { navigate, useLocation } from '../lib/router';
import { useAccount } from '../lib/session';
import { toast } from '../lib/toast';
import type { HistoryRow } from '../lib/types';

interface LookupResult {
  maHoSo: string;
  chuHoSo: string;
  diaChiChuHoSo: string;
  tenTTHC: string;
  trangThaiHoSoId: string;
  ngayTiepNhan: string;
  ngayHenTra: string;
}

interface Values {
  MHS?: string;
  SGT?: string;
  MaCaptCha?: string;
}

export function LookupPage() {
  const [form] = Form.useForm<Values>();
  const { search } = useLocation();
  const account = useAccount();
  const urlMhs = search.get('MHS') ?? '';
  const urlSgt = search.get('SGT') ?? '';
  const [loading, setLoading] = useState(false);
  const [searched, setSearched] = useState(false);
  const [result, setResult] = useState<LookupResult | null>(null);
  const [history, setHistory] = useState<HistoryRow[]>([]);
  const pendingToken = useRef<string | null>(null);

  useEffect(() => {
    form.setFieldsValue({ MHS: urlMhs, SGT: urlSgt || form.getFieldValue('SGT') });
  }, [urlMhs, urlSgt, form]);

  useEffect(() => {
    if (account && !form.getFieldValue('SGT')) form.setFieldsValue({ SGT: account.soDinhDanh });
  }, [account, form]);

  const runSearch = async (mhs: string, sgt: string, token: string) => {
    setLoading(true);
    setResult(null);
    setHistory([]);
    const response = await api<LookupResult | null>('/api/v1/hosos/SearchHoSoTraCuu', {
      body: { MaHoSo: mhs, SoDinhDanh: sgt, MaCaptCha: token },
    });
    if (response.status >= 500 || response.status === 0) {
      toast.error('Hệ thống đang bận, vui lòng thử lại sau!');
    } else if (!response.succeeded || !response.data) {
      toast.error(response.message || 'Không có thông tin dữ liệu!');
    } else {
      const rows = await api<HistoryRow[]>(
        `/api/v1/quatrinhxulyhosos?${new URLSearchParams({ MaHoSo: mhs, SoDinhDanh: sgt }).toString()}`,
      );
      setResult(response.data);
      setHistory(rows.succeeded ? rows.data : []);
    }
    setSearched(true);
    setLoading(false);
  };

  // A URL rewrite made by "Tra cứu" triggers the call once the new MHS/SGT are in the address bar.
  useEffect(() => {
    const token = pendingToken.current;
    if (!token) return;
    pendingToken.current = null;
    void runSearch(urlMhs, urlSgt, token);
  }, [urlMhs, urlSgt]);

  const onSearch = async () => {
    const mhs = String(form.getFieldValue('MHS') ?? '').trim();
    const sgt = String(form.getFieldValue('SGT') ?? '').trim();
    if (!mhs && !sgt) toast.info('Vui lòng nhập số định danh chủ hồ sơ và mã hồ sơ');
    else if (!mhs) toast.info('Vui lòng nhập mã hồ sơ');
    else if (!sgt) toast.info('Vui lòng nhập số định danh chủ hồ sơ hoặc người được ủy quyền');
    if (!window.grecaptcha) {
      toast.error('Mã Recaptcha không tồn tại!');
      return;
    }
    setLoading(true);
    const token = await window.grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: 'searchHoSo' });
    form.setFieldsValue({ MaCaptCha: token });
    if (mhs === urlMhs && sgt === urlSgt) {
      await runSearch(mhs, sgt, token);
    } else {
      pendingToken.current = token;
      navigate(`/portaldvc/tra-cuu?${new URLSearchParams({ MHS: mhs, SGT: sgt }).toString()}`, { replace: true });
    }
  };

  return (
    <div className="page tra-cuu-page">
      <Spin spinning={loading} fullscreen />
      <div className="tra-cuu-box">
        <h1 className="tra-cuu-title">TRA CỨU TIẾN ĐỘ HỒ SƠ</h1>
        <p className="tra-cuu-hint">Nhập thông tin vào cửa sổ tìm kiếm:</p>
        <Form form={form} layout="inline" className="formTraCuu" onFinish={() => void onSearch()}>
          <Form.Item name="MHS">
            <Input placeholder="Nhập mã hồ sơ" allowClear />
          </Form.Item>
          <Form.Item name="SGT">
            <Input placeholder="Nhập số CC/HC/MST" allowClear />
          </Form.Item>
          <Form.Item name="MaCaptCha" hidden>
            <Input />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" className="btnTimKiemHoSo">
              Tra cứu
            </Button>
          </Form.Item>
        </Form>
        <p className="tra-cuu-note">
          * Để biết thông tin về tình hình giải quyết thủ tục hành chính, vui lòng nhập mã hồ sơ tiếp nhận và số định danh chủ hồ sơ.
        </p>
      </div>
      <div className="contentTraCuu">
        {result ? (
          <>
            <div className="thongTinHoSo">
              <h2 className="block-title">THÔNG TIN HỒ SƠ</h2>
              <table className="table">
                <tbody>
                  {[
                    ['Chủ hồ sơ', result.chuHoSo],
                    ['Địa chỉ', result.diaChiChuHoSo],
                    ['Tên thủ tục', result.tenTTHC],
                    ['Ngày tiếp nhận', formatDate(result.ngayTiepNhan)],
                    ['Ngày hẹn trả', formatDate(result.ngayHenTra)],
                    ['Tình trạng', STATUS_LABELS[result.trangThaiHoSoId] ?? ''],
                  ].map(([title, value]) => (
                    <tr className="row-data" key={title}>
                      <td className="titleTable">{title}</td>
                      <td className="dataTable">{value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="tinhTrangHoSo">
              <h2 className="block-title">TÌNH TRẠNG XỬ LÝ HỒ SƠ</h2>
              <table className="table table-history">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>Thời gian</th>
                    <th>Người gửi</th>
                    <th>Thao tác xử lý</th>
                    <th>Người nhận</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((row, i) => (
                    <tr key={`${row.thoiGian}-${i}`}>
                      <td />
                      <td>{formatDateTime(row.thoiGian)}</td>
                      <td>{row.nguoiGui}</td>
                      <td>{row.thaoTac}</td>
                      <td>{row.nguoiNhan}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : searched ? (
          <p className="empty-data">Không có thông tin dữ liệu!</p>
        ) : null}
      </div>
    </div>
  );
}
