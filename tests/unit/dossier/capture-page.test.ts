import { beforeEach, describe, expect, it } from 'vitest';
import { capturePage, findCodeOffers, findLookupLinks, offerCapture } from '../../../utils/dossier/capture';
import { lookupForm, lookupResult, myDossiersPage, RECEIPT_PAGE, successModalPage, toast, type ListItem } from './fixtures/pages';

const NOW = new Date('2025-06-20T03:00:00Z');
const MY_PAGE = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi';

const ITEMS: ListItem[] = [
  {
    code: '000.00.06.H56-250601-0012',
    procedure: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
    status: 'Đang xử lý',
    agency: 'Sở Tư pháp tỉnh Thanh Hóa',
    received: '02/06/2025',
    due: '16/06/2025',
  },
  {
    code: '000.17.22.H56-250515-0003',
    procedure: 'Đăng ký khai sinh',
    status: 'Chờ xác nhận yêu cầu bổ sung',
    agency: 'UBND phường Hạc Thành',
    received: '15/05/2025',
    due: '20/05/2025',
  },
];

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findCodeOffers on "Dịch vụ công của tôi"', () => {
  it('offers each listed code with what its row says', () => {
    document.body.innerHTML = myDossiersPage(ITEMS);
    const offers = findCodeOffers(document.body, { url: MY_PAGE, now: NOW });
    expect(offers.map((o) => [o.code, o.element.className, o.context])).toEqual([
      [
        '000.00.06.H56-250601-0012',
        'data',
        {
          procedure: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
          statusText: 'Đang xử lý',
          agency: 'Sở Tư pháp tỉnh Thanh Hóa',
          receivedDate: '2025-06-02',
          dueDate: '2025-06-16',
        },
      ],
      [
        '000.17.22.H56-250515-0003',
        'data',
        {
          procedure: 'Đăng ký khai sinh',
          statusText: 'Chờ xác nhận yêu cầu bổ sung',
          agency: 'UBND phường Hạc Thành',
          receivedDate: '2025-05-15',
          dueDate: '2025-05-20',
        },
      ],
    ]);
  });

  it('reads the row of a plain table whose column headers are the labels', () => {
    document.body.innerHTML =
      '<table class="tblHoSoCuaToi"><thead><tr><th>STT</th><th>Mã hồ sơ</th><th>Tên thủ tục</th><th>Ngày nộp</th>' +
      '<th>Ngày hẹn trả</th><th>Trạng thái</th></tr></thead><tbody>' +
      '<tr><td>1</td><td><span class="maHoSo">000.00.06.H56-250601-0012</span></td><td>Cấp đổi giấy phép lái xe</td>' +
      '<td>01/06/2025</td><td>16/06/2025</td><td><span class="ant-tag">Yêu cầu thực hiện nghĩa vụ tài chính</span></td></tr>' +
      '<tr><td>2</td><td><span class="maHoSo">000.17.22.H56-250515-0003</span></td><td>Đăng ký khai sinh</td>' +
      '<td>15/05/2025</td><td>20/05/2025</td><td><span class="ant-tag">Đang xử lý</span></td></tr></tbody></table>';
    const offers = findCodeOffers(document.body, { url: MY_PAGE, now: NOW });
    expect(offers.map((o) => [o.code, o.context])).toEqual([
      [
        '000.00.06.H56-250601-0012',
        {
          procedure: 'Cấp đổi giấy phép lái xe',
          receivedDate: '2025-06-01',
          dueDate: '2025-06-16',
          statusText: 'Yêu cầu thực hiện nghĩa vụ tài chính',
        },
      ],
      [
        '000.17.22.H56-250515-0003',
        { procedure: 'Đăng ký khai sinh', receivedDate: '2025-05-15', dueDate: '2025-05-20', statusText: 'Đang xử lý' },
      ],
    ]);
  });

  it('skips inputs, selects, scripts, styles, contenteditable areas and the extension’s own UI', () => {
    const hidden = [
      '<script>var c = "000.00.06.H56-250101-0001";</script>',
      '<style>/* 000.00.06.H56-250101-0002 */</style>',
      '<textarea>000.00.06.H56-250101-0003</textarea>',
      '<div contenteditable="true"><p>000.00.06.H56-250101-0004</p></div>',
      '<div data-tro-ly-dvc-ui><span>000.00.06.H56-250101-0005</span></div>',
      '<div hidden>000.00.06.H56-250101-0006</div>',
      '<div style="display: none">000.00.06.H56-250101-0007</div>',
    ].join('');
    document.body.innerHTML = myDossiersPage([], hidden + '<p>Hồ sơ 000.00.06.H56-250101-0008 đã được lưu.</p>');
    expect(findCodeOffers(document.body, { url: MY_PAGE, now: NOW }).map((o) => o.code)).toEqual([
      '000.00.06.H56-250101-0008',
    ]);
  });

  it('honours a custom selector for the extension UI', () => {
    document.body.innerHTML = '<tro-ly-ui><p>000.00.06.H56-250101-0001</p></tro-ly-ui><p>000.00.06.H56-250101-0002</p>';
    const offers = findCodeOffers(document.body, { url: MY_PAGE, now: NOW, ignoreSelector: 'tro-ly-ui' });
    expect(offers.map((o) => o.code)).toEqual(['000.00.06.H56-250101-0002']);
  });

  it('offers the same code once per element, and excludes codes already captured', () => {
    document.body.innerHTML =
      '<p>000.00.06.H56-250101-0001 và lại 000.00.06.H56-250101-0001</p><p>000.00.06.H56-250101-0001</p><p>H56.14-240823-0001</p>';
    const offers = findCodeOffers(document.body, { url: MY_PAGE, now: NOW }, { exclude: new Set(['H56.14-240823-0001']) });
    expect(offers.map((o) => [o.code, o.element.textContent])).toEqual([
      ['000.00.06.H56-250101-0001', '000.00.06.H56-250101-0001 và lại 000.00.06.H56-250101-0001'],
      ['000.00.06.H56-250101-0001', '000.00.06.H56-250101-0001'],
    ]);
  });

  it('turns an accepted offer into a capture with the row status as a check', () => {
    document.body.innerHTML = myDossiersPage(ITEMS.slice(0, 1));
    const [offer] = findCodeOffers(document.body, { url: MY_PAGE, now: NOW });
    expect(offer && offerCapture(offer, { url: MY_PAGE, now: NOW })).toEqual({
      code: '000.00.06.H56-250601-0012',
      source: 'page-list',
      sourceUrl: MY_PAGE,
      procedure: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
      agency: 'Sở Tư pháp tỉnh Thanh Hóa',
      receivedDate: '2025-06-02',
      dueDate: '2025-06-16',
      status: { checkedAt: NOW.toISOString(), statusText: 'Đang xử lý' },
    });
  });
});

describe('findLookupLinks', () => {
  it('finds lookup links (absolute, relative, legacy) and ignores the QR resolver', () => {
    document.body.innerHTML =
      '<a href="/portaldvc/tra-cuu?MHS=000.00.06.H56-231027-0361&SGT=038087042028">Tra cứu</a>' +
      '<a href="https://hcc.thanhhoa.gov.vn/portaldvc/KenhTin/tra-cuu.aspx?mahs=H56.14-240823-0001">Zalo</a>' +
      '<a href="/apiqr/qr?id=abc">QR</a><a href="https://example.com/?MHS=000.00.06.H56-231027-0361">x</a>';
    const found = findLookupLinks(document, { url: 'https://dichvucong.thanhhoa.gov.vn/portaldvc/home', now: NOW });
    expect(found.map((f) => [f.link.code, f.link.idNumber, f.element.textContent])).toEqual([
      ['000.00.06.H56-231027-0361', '038087042028', 'Tra cứu'],
      ['H56.14-240823-0001', undefined, 'Zalo'],
    ]);
  });
});

describe('capturePage', () => {
  it('saves the success-modal code and offers nothing for it', () => {
    document.body.innerHTML = successModalPage();
    const result = capturePage(document, { url: 'https://dichvucong.thanhhoa.gov.vn/portaldvc/nop-ho-so-truc-tuyen', now: NOW });
    expect(result.captures.map((c) => [c.code, c.source])).toEqual([['000.00.14.H56-250612-0042', 'success-modal']]);
    expect(result.offers).toEqual([]);
    expect(result.lookup).toBeUndefined();
  });

  it('merges what the receipt and its lookup link say about the same code', () => {
    document.body.innerHTML =
      RECEIPT_PAGE + '<a href="/portaldvc/tra-cuu?SGT=038087042028&MHS=000.00.06.H56-231027-0361">Tra cứu hồ sơ</a>';
    const result = capturePage(document, { url: MY_PAGE, now: NOW });
    expect(result.captures).toHaveLength(1);
    expect(result.captures[0]).toMatchObject({ code: '000.00.06.H56-231027-0361', source: 'receipt', dueDate: '2023-11-03' });
  });

  it('on the lookup page, reports the outcome and captures the found result', () => {
    const url = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=000.00.06.H56-231027-0361&SGT=038087042028';
    document.body.innerHTML = lookupForm('000.00.06.H56-231027-0361', '038087042028') + lookupResult();
    const result = capturePage(document, { url, now: NOW });
    expect(result.lookup?.kind).toBe('found');
    expect(result.captures.map((c) => c.source)).toEqual(['lookup-result']);
  });

  it('on the lookup page, stores nothing when the lookup failed', () => {
    const url = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu?MHS=000.00.06.H56-231027-0361&SGT=038087042028';
    document.body.innerHTML = lookupForm('000.00.06.H56-231027-0361', '038087042028') + toast('Mã hồ sơ không hợp lệ!');
    const result = capturePage(document, { url, now: NOW });
    expect(result.lookup).toMatchObject({ kind: 'failed', reason: 'invalid-code' });
    expect(result.captures).toEqual([]);
    expect(result.offers).toEqual([]);
  });

  it('only offers codes found on an ordinary list page', () => {
    document.body.innerHTML = myDossiersPage(ITEMS);
    const result = capturePage(document, { url: MY_PAGE, now: NOW });
    expect(result.captures).toEqual([]);
    expect(result.offers.map((o) => o.code)).toEqual(ITEMS.map((i) => i.code));
  });
});
