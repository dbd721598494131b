/**
 * The built-in guides' steps that span a navigation, a sign-in or the Payment Platform, on page fixtures written from
 * FACTS §4, §5 and §10 and the demo portal's sign-in page. What moves the tour on is what the person sees happen, never
 * an address the portal only passes through; and a step read away from the portal never offers to leave the page.
 * The same journeys run end to end in tests/e2e/guides.e2e.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtInGuide, type Guide } from '../../../utils/guide';
import { settle } from './fixtures';
import { byId, cleanUp, setup } from './runner-setup';

afterEach(cleanUp);

const ORIGIN = 'https://dichvucong.thanhhoa.gov.vn';
const HOME = `${ORIGIN}/portaldvc/home`;
const SIGN_IN = `${ORIGIN}/portaldvc/dang-nhap?returnUrl=x`;
const FORM = `${ORIGIN}/portaldvc/nop-ho-so-truc-tuyen?maTTHC=1.002804.000.00.00.H56&donVi=000.00.06.H56&truongHopId=g`;

const SIGNED_OUT_HEADER = '<header><button type="button" id="login">Đăng nhập</button></header>';
const SIGNED_IN_HEADER = '<header><span>Nguyễn Văn An</span><button type="button" id="logout">Đăng xuất</button></header>';
const SIGN_IN_PAGE = `${SIGNED_OUT_HEADER}
<div class="ant-card"><div class="ant-card-head">Đăng nhập</div>
  <button type="button" id="vneid"><span>Đăng nhập bằng tài khoản định danh điện tử (VNeID)</span></button>
  <button type="button" id="national"><span>Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia</span></button></div>`;

function guide(id: string): Guide {
  const found = builtInGuide(id);
  if (!found) throw new Error(`missing guide ${id}`);
  return found;
}

describe('guide "dang-nhap"', () => {
  it('goes to the sign-in choices, waits across the SSO round trip, and ends once the portal shows "Đăng xuất"', async () => {
    const first = setup({ guide: guide('dang-nhap'), html: SIGNED_OUT_HEADER, url: HOME });
    await first.runner.start();
    first.runner.next();
    await settle();
    expect(first.view.last).toMatchObject({ stepId: 'bam-dang-nhap', mode: 'target' });
    expect(first.runner.target?.id).toBe('login');

    // The portal's sign-in page shows its choices: the tour moves on and points at VNeID.
    document.body.innerHTML = SIGN_IN_PAGE;
    first.navigate(SIGN_IN);
    await settle();
    expect(first.view.last).toMatchObject({ stepId: 'chon-vneid', mode: 'target' });
    expect(first.runner.target?.id).toBe('vneid');

    // Either choice is a page load to an SSO host: the tour is kept and resumed on the portal, signed in.
    byId('national').click();
    expect(first.runner.state?.stepIndex).toBe(2);
    first.runner.stop();
    const back = setup({ guide: guide('dang-nhap'), html: SIGNED_IN_HEADER, url: HOME, store: first.store });
    await back.runner.start();
    await settle();
    expect(back.view.last).toMatchObject({ stepId: 'da-dang-nhap', mode: 'free' });
  });

  it('for someone already signed in, "Tiếp" on the first step lands on "Đã đăng nhập"; "Quay lại" still stops on each', async () => {
    const { runner, view } = setup({ guide: guide('dang-nhap'), html: SIGNED_IN_HEADER, url: HOME });
    await runner.start();
    runner.next();
    await settle();
    expect(view.last?.stepId).toBe('da-dang-nhap');
    runner.back();
    await settle();
    expect(view.last?.stepId).toBe('chon-vneid');
  });
});

describe('guide "nop-ho-so"', () => {
  it('a search moves on; after "Nộp trực tuyến" the sign-in step waits for the form itself, not its address', async () => {
    const { runner, view, navigate } = setup({
      guide: guide('nop-ho-so'),
      html: '<span class="ant-input-search"><input id="TuKhoa" class="ant-input"></span>',
      url: `${ORIGIN}/portaldvc/danh-muc-tthc`,
    });
    await runner.start();
    await settle();
    expect(view.last?.stepId).toBe('tim-thu-tuc');
    expect(runner.target?.id).toBe('TuKhoa');
    navigate(`${ORIGIN}/portaldvc/danh-muc-tthc?TuKhoa=gi%E1%BA%A5y%20ph%C3%A9p`);
    await settle();
    expect(view.last?.stepId).toBe('mo-thu-tuc');

    document.body.innerHTML = '<button type="button" id="submit-online"><span>Nộp trực tuyến</span></button>';
    navigate(`${ORIGIN}/portaldvc/chi-tiet-thu-tuc/gplx`);
    await settle();
    expect(runner.target?.id).toBe('submit-online');
    byId('submit-online').click();
    expect(view.last?.stepId).toBe('dang-nhap-neu-can');

    // Without a session the portal passes through the form's address on its way to the sign-in page.
    navigate(FORM);
    await settle();
    document.body.innerHTML = SIGN_IN_PAGE;
    navigate(SIGN_IN);
    await settle();
    expect(view.last).toMatchObject({ stepId: 'dang-nhap-neu-can', mode: 'free' });

    // Back from the SSO, the form loads behind a spinner; its buttons showing is the completion.
    document.body.innerHTML = '<div class="ant-spin"></div>';
    navigate(FORM);
    await settle();
    expect(view.last?.stepId).toBe('dang-nhap-neu-can');
    document.body.innerHTML = `<form id="NopHoSoTrucTuyen"><input id="NopHoSoTrucTuyen_chuHoSo"></form>
      <button type="button"><span>Lưu hồ sơ</span></button><button type="button"><span>Gửi hồ sơ</span></button>`;
    await settle();
    expect(view.last?.stepId).toBe('dien-tu-dong');
  });
});

describe('guide "thanh-toan"', () => {
  it('pressing "Thanh toán" leads to a step that belongs to no page, done on the portal’s return page', async () => {
    const { runner, view, navigate } = setup({
      guide: guide('thanh-toan'),
      html: '<button type="button" class="btnThanhToan" id="pay"><span>Thanh toán</span></button>',
      url: `${ORIGIN}/portaldvc/thanh-toan?maHoSo=000.00.06.H56-251124-0012`,
    });
    await runner.start();
    runner.next();
    runner.next(); // "Bấm Thanh toán" on the fees list is already done: this is the payment page
    await settle();
    expect(view.last).toMatchObject({ stepId: 'sang-nen-tang-thanh-toan', mode: 'target' });
    byId('pay').click();
    expect(view.last).toMatchObject({ stepId: 'tren-nen-tang-thanh-toan', mode: 'free' });

    // On the platform (here on an official origin, where the extension runs) it only talks: no "Mở trang …".
    document.body.innerHTML = '<form><label><input type="radio" name="bank" checked> Ngân hàng</label></form>';
    navigate('https://dichvucong.gov.vn/p/thanhtoan/thanh-toan.html?data=x');
    await settle();
    expect(view.last).toMatchObject({ stepId: 'tren-nen-tang-thanh-toan', mode: 'free' });
    expect(view.last?.page).toBeUndefined();

    document.body.innerHTML = '<div class="ant-result"><div class="ant-result-title">Thanh toán thành công</div></div>';
    navigate(`${ORIGIN}/portaldvc/thanh-toan/xac-nhan?data=x&responseCode=00&secureCode=y`);
    await settle();
    expect(view.last?.stepId).toBe('ket-qua-thanh-toan');
  });
});
