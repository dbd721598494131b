import { beforeEach, describe, expect, it } from 'vitest';
import { LOOKUP_MESSAGES, readLookupResult } from '../../../utils/dossier/capture';
import { lookupForm, lookupResult, toast } from './fixtures/pages';

const NOW = new Date('2025-06-20T03:00:00Z');
const CODE = '000.00.06.H56-231027-0361';
const URL_LOOKUP = `https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=${CODE}&SGT=038087042028`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readLookupResult: the rendered result', () => {
  it('reads the info rows, the status word for word and the processing history', () => {
    document.body.innerHTML = lookupForm(CODE, '038087042028') + lookupResult();
    expect(readLookupResult(document, { url: URL_LOOKUP, now: NOW })).toEqual({
      kind: 'found',
      capture: {
        code: CODE,
        source: 'lookup-result',
        sourceUrl: URL_LOOKUP,
        ownerIdNumber: '038087042028',
        ownerName: 'NGUYỄN VĂN HƯNG',
        ownerAddress: 'Thôn 3, Xã Định Bình, Huyện Yên Định, Tỉnh Thanh Hóa',
        procedure: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
        receivedDate: '2023-10-27',
        dueDate: '2023-11-03',
        status: {
          checkedAt: NOW.toISOString(),
          statusText: 'Đang xử lý',
          dueDate: '2023-11-03',
          steps: [
            { time: '27/10/2023 09:32:15', sender: 'Phạm Văn Thuận', action: 'Tiếp nhận hồ sơ', receiver: 'Lê Thị Hoa' },
            { time: '27/10/2023 14:05:00', sender: 'Lê Thị Hoa', action: 'Chuyển xử lý', receiver: 'Trần Văn Bình' },
          ],
        },
      },
    });
  });

  it('keeps a status it does not know, word for word', () => {
    document.body.innerHTML = lookupResult({ status: 'Chờ phê duyệt cấp tỉnh' });
    const outcome = readLookupResult(document, { url: URL_LOOKUP, now: NOW });
    expect(outcome.kind === 'found' && outcome.capture.status?.statusText).toBe('Chờ phê duyệt cấp tỉnh');
  });

  it('finds history columns by header text, whatever their order', () => {
    document.body.innerHTML = lookupResult()
      .replace('<th class="titleTable">Người gửi</th><th class="titleTable">Thao tác xử lý</th>', '<th class="titleTable">Thao tác xử lý</th><th class="titleTable">Người gửi</th>')
      .replace('<td class="dataTable">Phạm Văn Thuận</td><td class="dataTable">Tiếp nhận hồ sơ</td>', '<td class="dataTable">Tiếp nhận hồ sơ</td><td class="dataTable">Phạm Văn Thuận</td>');
    const outcome = readLookupResult(document, { url: URL_LOOKUP, now: NOW });
    expect(outcome.kind === 'found' && outcome.capture.status?.steps?.[0]).toEqual({
      time: '27/10/2023 09:32:15',
      sender: 'Phạm Văn Thuận',
      action: 'Tiếp nhận hồ sơ',
      receiver: 'Lê Thị Hoa',
    });
  });

  it('reads an empty history as an empty list', () => {
    document.body.innerHTML = lookupResult({ history: [] });
    const outcome = readLookupResult(document, { url: URL_LOOKUP, now: NOW });
    expect(outcome.kind === 'found' && outcome.capture.status?.steps).toEqual([]);
  });

  it('takes the code and SGT from the inputs when the URL has none', () => {
    document.body.innerHTML = lookupForm(CODE, '038087042028') + lookupResult();
    const outcome = readLookupResult(document, { url: 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu', now: NOW });
    expect(outcome.kind === 'found' && [outcome.capture.code, outcome.capture.ownerIdNumber]).toEqual([CODE, '038087042028']);
  });

  it('reads rows by label text even without the portal classes', () => {
    document.body.innerHTML = lookupResult().replaceAll(/class="[^"]*"/g, '');
    const outcome = readLookupResult(document, { url: URL_LOOKUP, now: NOW });
    expect(outcome.kind === 'found' && outcome.capture.status?.statusText).toBe('Đang xử lý');
  });

  it('says the result is unreadable when it cannot tell which code was searched', () => {
    document.body.innerHTML = lookupForm('', '') + lookupResult();
    const outcome = readLookupResult(document, { url: 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu', now: NOW });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'unreadable' });
  });

  it('says the result is unreadable when the status row is missing', () => {
    document.body.innerHTML = lookupResult().replace(/<tr class="row-data"><td class="col-4 titleTable">Tình trạng<\/td>.*?<\/tr>/, '');
    expect(readLookupResult(document, { url: URL_LOOKUP, now: NOW })).toMatchObject({ kind: 'failed', reason: 'unreadable' });
  });
});

describe('readLookupResult: errors and waiting', () => {
  it.each([
    ['Mã hồ sơ không hợp lệ!', 'invalid-code'],
    ['Vui lòng nhập đúng số định danh chủ hồ sơ/người ủy quyền!', 'id-mismatch'],
    ['Mã Recaptcha không hợp lệ!', 'captcha'],
    ['Mã Recaptcha không tồn tại!', 'captcha'],
    ['Chưa cấu hình mã secret_key', 'server-error'],
    ['Lỗi không xác định', 'server-error'],
  ] as const)('classifies the error toast "%s" as %s, with the portal text and a clear message', (text, reason) => {
    document.body.innerHTML = lookupForm(CODE, '038087042028') + toast(text);
    expect(readLookupResult(document, { url: URL_LOOKUP, now: NOW })).toEqual({
      kind: 'failed',
      reason,
      message: LOOKUP_MESSAGES[reason],
      portalText: text,
    });
  });

  it('lets an error toast win over a leftover result table', () => {
    document.body.innerHTML = lookupResult() + toast('Mã hồ sơ không hợp lệ!');
    expect(readLookupResult(document, { url: URL_LOOKUP, now: NOW })).toMatchObject({ kind: 'failed', reason: 'invalid-code' });
  });

  it('ignores info toasts, which do not stop the search', () => {
    document.body.innerHTML = lookupForm(CODE, '') + toast('Vui lòng nhập số định danh chủ hồ sơ hoặc người được ủy quyền', 'info');
    expect(readLookupResult(document, { url: URL_LOOKUP, now: NOW })).toEqual({ kind: 'pending' });
  });

  it('reports "Không có thông tin dữ liệu!" as no data', () => {
    document.body.innerHTML = lookupForm(CODE, '038087042028') + '<div>Không có thông tin dữ liệu!</div>';
    expect(readLookupResult(document, { url: URL_LOOKUP, now: NOW })).toMatchObject({ kind: 'failed', reason: 'no-data' });
  });

  it('is pending while the page has not searched or is loading', () => {
    document.body.innerHTML = lookupForm(CODE, '038087042028') + '<div class="ant-spin ant-spin-spinning"></div>';
    expect(readLookupResult(document, { url: URL_LOOKUP, now: NOW })).toEqual({ kind: 'pending' });
  });

  it('has a Vietnamese and an English message for every failure', () => {
    for (const message of Object.values(LOOKUP_MESSAGES)) {
      expect(message.vi).toMatch(/[àáảãạăâđêôơư]/i);
      expect(message.en.length).toBeGreaterThan(10);
    }
  });
});
