/**
 * The built-in guides against page fixtures written from FACTS §5 and §7 (labels, placeholders and classes seen in the
 * portal's public source): every target a step names must resolve to the element a resident would expect.
 * The end-to-end proof on the demo portal lives in tests/e2e; this catches a locator typo in seconds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { builtInGuide, createGuideRunner, locate, memoryGuideStore, type Guide, type GuideRunner } from '../../../utils/guide';
import { recorder, settle, sleep, TH } from './fixtures';

const HEADER = `<header><nav><a href="/portaldvc/home">Trang chủ</a><a href="/portaldvc/tra-cuu">Tra cứu</a>
  <a href="/portaldvc/thanh-toan">Thanh toán</a><button type="button" id="login">Đăng nhập</button></nav></header>`;

const LOOKUP_PAGE = `${HEADER}
<main>
  <h2 id="heading">TRA CỨU TIẾN ĐỘ HỒ SƠ</h2>
  <p>Nhập thông tin vào cửa sổ tìm kiếm:</p>
  <form>
    <div class="ant-form-item"><input id="MHS" class="ant-input" placeholder="Nhập mã hồ sơ"></div>
    <div class="ant-form-item"><input id="SGT" class="ant-input" placeholder="Nhập số CC/HC/MST"></div>
    <button type="button" class="ant-btn btnTimKiemHoSo" id="lookup"><span>Tra cứu</span></button>
  </form>
  <div id="results"></div>
</main>`;

const RESULTS = `<div class="contentTraCuu">
  <div class="thongTinHoSo" id="info"><h3>THÔNG TIN HỒ SƠ</h3><table class="table"><tr class="row-data">
    <td class="titleTable">Tình trạng</td><td class="dataTable">Đang xử lý</td></tr></table></div>
  <div class="tinhTrangHoSo" id="history"><h3>TÌNH TRẠNG XỬ LÝ HỒ SƠ</h3></div>
</div>`;

// FACTS §5: the "Người nộp là chủ hồ sơ" box is a bare checkbox (no id, name or label) inside the owner section's header.
const SUBMISSION_PAGE = `${HEADER}
<form id="NopHoSoTrucTuyen">
  <h3>Thông tin người liên hệ</h3>
  <div class="ant-form-item"><div class="ant-form-item-label"><label for="NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen" title="Số điện thoại:">Số điện thoại:</label></div>
    <input id="NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen"></div>
  <div class="ant-form-item"><div class="ant-form-item-label"><label for="NopHoSoTrucTuyen_tinhThanhNguoiUyQuyen" title="Tỉnh/thành:">Tỉnh/thành:</label></div>
    <div class="ant-select" id="province"><div class="ant-select-selector"><input id="NopHoSoTrucTuyen_tinhThanhNguoiUyQuyen" role="combobox" type="search"></div></div></div>
  <h3 id="owner">Thông tin chủ hồ sơ <span>(Người nộp là chủ hồ sơ <input type="checkbox" checked>)</span></h3>
  <div class="ant-form-item"><div class="ant-form-item-label"><label for="NopHoSoTrucTuyen_soDienThoaiChuHoSo" title="Số điện thoại:">Số điện thoại:</label></div>
    <input id="NopHoSoTrucTuyen_soDienThoaiChuHoSo"></div>
  <h3 id="attachments">Thành phần hồ sơ</h3>
  <button type="button" class="ant-btn"><span>Lưu hồ sơ</span></button>
  <button type="button" class="ant-btn ant-btn-primary" id="submit"><span>Gửi hồ sơ</span></button>
</form>`;

const SUCCESS_MODAL = `<div class="ant-modal" role="dialog" aria-labelledby="success-title" id="success">
  <div class="ant-modal-title" id="success-title">Đăng ký hồ sơ thành công</div>
  <p>Mã hồ sơ đăng ký: 000.00.06.H56-231027-0361</p></div>`;

function guide(id: string): Guide {
  const found = builtInGuide(id);
  if (!found) throw new Error(`missing guide ${id}`);
  return found;
}

function targetOf(guideId: string, stepId: string): Element | undefined {
  const step = guide(guideId).steps.find((candidate) => candidate.id === stepId);
  if (!step?.target) throw new Error(`step ${stepId} has no target`);
  return locate(document, step.target)?.element;
}

let runner: GuideRunner | undefined;
afterEach(() => {
  runner?.stop();
  document.body.innerHTML = '';
});

describe('guide "tra-cuu" on the lookup page', () => {
  it('finds every target where a resident would look', () => {
    document.body.innerHTML = LOOKUP_PAGE;
    expect(targetOf('tra-cuu', 'trang-tra-cuu')?.id).toBe('heading');
    expect(targetOf('tra-cuu', 'nhap-ma-ho-so')?.id).toBe('MHS');
    expect(targetOf('tra-cuu', 'nhap-so-giay-to')?.id).toBe('SGT');
    expect(targetOf('tra-cuu', 'bam-tra-cuu')?.id).toBe('lookup'); // the button, not the "Tra cứu" menu link
    document.getElementById('results')!.innerHTML = RESULTS;
    expect(targetOf('tra-cuu', 'doc-ket-qua')?.id).toBe('info');
    expect(targetOf('tra-cuu', 'qua-trinh-xu-ly')?.id).toBe('history');
  });

  it('runs from start to finish, advancing by itself as the resident works', async () => {
    document.body.innerHTML = LOOKUP_PAGE;
    const store = memoryGuideStore();
    const view = recorder();
    runner = createGuideRunner({
      guide: guide('tra-cuu'), store, document, render: view.render,
      currentUrl: () => `${TH}/tra-cuu`, settleMs: 5, waitMs: 1000,
    });
    await runner.start();
    expect(view.last).toMatchObject({ stepId: 'trang-tra-cuu', mode: 'target' });
    runner.next();
    const code = document.getElementById('MHS') as HTMLInputElement;
    code.value = '000.00.06.H56-231027-0361';
    code.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await sleep(20);
    expect(runner.state?.stepIndex).toBe(2);
    const id = document.getElementById('SGT') as HTMLInputElement;
    id.value = '038090001234';
    id.dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(20);
    expect(view.last?.stepId).toBe('bam-tra-cuu');
    document.getElementById('lookup')!.click();
    expect(runner.state?.stepIndex).toBe(3); // clicking is not the completion: the results appearing is
    document.getElementById('results')!.innerHTML = RESULTS;
    await settle();
    expect(view.last).toMatchObject({ stepId: 'doc-ket-qua', mode: 'target' });
    runner.next();
    runner.next();
    await settle();
    expect(runner.state?.status).toBe('finished');
    expect(store.raw).toBeUndefined();
  });
});

describe('guide "nop-ho-so" on the submission form', () => {
  it('points at the contact’s phone field, the address select, the attachments and "Gửi hồ sơ"', () => {
    document.body.innerHTML = SUBMISSION_PAGE;
    expect(targetOf('nop-ho-so', 'so-dien-thoai')?.id).toBe('NopHoSoTrucTuyen_soDienThoaiNguoiUyQuyen');
    expect(targetOf('nop-ho-so', 'dia-chi')?.id).toBe('province');
    expect(targetOf('nop-ho-so', 'nguoi-nop-la-chu-ho-so')?.id).toBe('owner');
    expect(targetOf('nop-ho-so', 'thanh-phan-ho-so')?.id).toBe('attachments');
    expect(targetOf('nop-ho-so', 'gui-ho-so')?.id).toBe('submit');
  });

  it('recognises the success modal only once it is shown', () => {
    document.body.innerHTML = SUBMISSION_PAGE;
    const submit = guide('nop-ho-so').steps.find((step) => step.id === 'gui-ho-so');
    if (submit?.completion.type !== 'appear') throw new Error('expected an appear completion');
    expect(locate(document, submit.completion.locators)).toBeUndefined();
    document.body.insertAdjacentHTML('beforeend', SUCCESS_MODAL);
    expect(locate(document, submit.completion.locators)?.element.id).toBe('success');
    expect(targetOf('nop-ho-so', 'ma-ho-so')?.id).toBe('success');
  });
});

const SIGN_IN_PAGE = `${HEADER}
<div class="ant-card"><div class="ant-card-head-title">Đăng nhập</div>
  <button type="button" id="vneid"><span>Đăng nhập bằng tài khoản định danh điện tử (VNeID)</span></button>
  <button type="button" id="national"><span>Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia</span></button></div>`;

describe('guide "dang-nhap" on any portal page', () => {
  it('points at the header’s "Đăng nhập" button', () => {
    document.body.innerHTML = LOOKUP_PAGE;
    expect(targetOf('dang-nhap', 'bam-dang-nhap')?.id).toBe('login');
  });

  it('points at the VNeID choice on the sign-in page, not at the header button or the national choice', () => {
    document.body.innerHTML = SIGN_IN_PAGE;
    expect(targetOf('dang-nhap', 'chon-vneid')?.id).toBe('vneid');
  });
});
