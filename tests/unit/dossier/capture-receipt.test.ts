import { beforeEach, describe, expect, it } from 'vitest';
import { captureReceipt } from '../../../utils/dossier/capture';
import { RECEIPT_PAGE } from './fixtures/pages';

const NOW = new Date('2025-06-20T03:00:00Z');
const URL_RECEIPT = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi?showDetail=true';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('captureReceipt', () => {
  it('reads the code, owner, procedure, ID, received and due dates and the receiving unit', () => {
    document.body.innerHTML = RECEIPT_PAGE;
    expect(captureReceipt(document, { url: URL_RECEIPT, now: NOW })).toEqual({
      code: '000.00.06.H56-231027-0361',
      source: 'receipt',
      sourceUrl: URL_RECEIPT,
      ownerName: 'NGUYỄN VĂN HƯNG',
      ownerAddress: 'X. Định Bình, H. Yên Định, T. Thanh Hóa',
      procedure: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp (Hạng A1)',
      ownerIdNumber: '038087042028',
      receivedDate: '2023-10-27',
      dueDate: '2023-11-03',
      agency: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
    });
  });

  it('accepts the "Phiếu tiếp nhận hồ sơ" title and a value in its own block', () => {
    document.body.innerHTML =
      '<h3>PHIẾU TIẾP NHẬN HỒ SƠ</h3><div><div>Mã hồ sơ:</div><div>H56.14-240823-0001</div></div>';
    expect(captureReceipt(document, { url: URL_RECEIPT, now: NOW })).toEqual({
      code: 'H56.14-240823-0001',
      source: 'receipt',
      sourceUrl: URL_RECEIPT,
    });
  });

  it('reads the owner from "Tiếp nhận hồ sơ của", the address and the receiving agency by their labels', () => {
    document.body.innerHTML =
      '<h2>PHIẾU TIẾP NHẬN HỒ SƠ</h2><p>Mã hồ sơ: H56.14-240823-0001</p>' +
      '<p>Cơ quan tiếp nhận: <b>Sở Tư pháp tỉnh Thanh Hóa</b></p>' +
      '<p>Tiếp nhận hồ sơ của: <b>Nguyễn Văn An</b></p><p>Số giấy tờ: 038090012345</p>' +
      '<p>Địa chỉ: Số 12 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa</p>' +
      '<p>Nội dung yêu cầu giải quyết: <b>Cấp Phiếu lý lịch tư pháp</b></p>';
    expect(captureReceipt(document, { url: URL_RECEIPT, now: NOW })).toMatchObject({
      code: 'H56.14-240823-0001',
      ownerName: 'Nguyễn Văn An',
      ownerIdNumber: '038090012345',
      ownerAddress: 'Số 12 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa',
      agency: 'Sở Tư pháp tỉnh Thanh Hóa',
      procedure: 'Cấp Phiếu lý lịch tư pháp',
    });
  });

  it('captures nothing on a page that is not a receipt, even with a "Mã hồ sơ:" line', () => {
    document.body.innerHTML = '<div><p>Mã hồ sơ: 000.00.06.H56-231027-0361</p><p>Tin tức</p></div>';
    expect(captureReceipt(document, { url: URL_RECEIPT, now: NOW })).toBeUndefined();
  });

  it('captures nothing when the code is invalid', () => {
    document.body.innerHTML = RECEIPT_PAGE.replace('000.00.06.H56-231027-0361', '000.00.06.H56-231327-0361');
    expect(captureReceipt(document, { url: URL_RECEIPT, now: NOW })).toBeUndefined();
  });
});
