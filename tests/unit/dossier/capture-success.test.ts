import { beforeEach, describe, expect, it } from 'vitest';
import { captureSuccessModal, parseCongratulation } from '../../../utils/dossier/capture';
import { successModalPage } from './fixtures/pages';

const NOW = new Date('2025-06-20T03:00:00Z');
const URL_SUBMIT = 'https://dichvucong.thanhhoa.gov.vn/portaldvc/nop-ho-so-truc-tuyen?maTTHC=1.001193&donVi=x&truongHopId=y';
const ctx = { url: URL_SUBMIT, now: NOW };

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('captureSuccessModal', () => {
  it('captures the code, procedure, agency, owner and the owner ID from the form behind the modal', () => {
    document.body.innerHTML = successModalPage();
    expect(captureSuccessModal(document, ctx)).toEqual({
      code: '000.00.14.H56-250612-0042',
      source: 'success-modal',
      sourceUrl: URL_SUBMIT,
      ownerName: 'NGUYỄN VĂN AN',
      procedure: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
      agency: 'Sở Tư pháp tỉnh Thanh Hóa',
      ownerIdNumber: '038090001234',
    });
  });

  it('finds the owner ID through the label when the input id differs', () => {
    document.body.innerHTML = successModalPage().replaceAll('NopHoSoTrucTuyen_soGiayToChuHoSo', 'form_owner_id');
    expect(captureSuccessModal(document, ctx)?.ownerIdNumber).toBe('038090001234');
  });

  it('falls back to the ID of the profile used to fill the form', () => {
    document.body.innerHTML = successModalPage().replace('value="038090001234"', 'value=""');
    expect(captureSuccessModal(document, { ...ctx, profileIdNumber: '038 190 005 678' })?.ownerIdNumber).toBe('038190005678');
  });

  it('still works when React left comment nodes between text parts', () => {
    document.body.innerHTML = successModalPage().replace(
      'Mã hồ sơ đăng ký: 000.00.14.H56-250612-0042',
      'Mã hồ sơ đăng ký: <!-- -->000.00.14.H56-250612-0042<!-- -->',
    );
    expect(captureSuccessModal(document, ctx)?.code).toBe('000.00.14.H56-250612-0042');
  });

  it('relies on the text when the antd classes are gone', () => {
    document.body.innerHTML = successModalPage().replaceAll('ant-modal', 'x-dialog').replace('role="dialog"', '');
    expect(captureSuccessModal(document, ctx)?.code).toBe('000.00.14.H56-250612-0042');
  });

  it('captures nothing without the success heading', () => {
    document.body.innerHTML = successModalPage().replace('Đăng ký hồ sơ thành công', 'Thêm THÀNH CÔNG tờ khai điện tử');
    expect(captureSuccessModal(document, ctx)).toBeUndefined();
  });

  it('captures nothing when the code line holds no valid code', () => {
    document.body.innerHTML = successModalPage({ code: 'undefined' });
    expect(captureSuccessModal(document, ctx)).toBeUndefined();
  });

  it('drops values the template printed as "undefined"', () => {
    document.body.innerHTML = successModalPage({ agency: 'undefined' });
    const capture = captureSuccessModal(document, ctx);
    expect(capture?.agency).toBeUndefined();
    expect(capture?.procedure).toBe('Cấp phiếu lý lịch tư pháp cho công dân Việt Nam');
  });
});

describe('parseCongratulation', () => {
  it('splits at the last " cho " so procedure names containing "cho" survive', () => {
    expect(
      parseCongratulation(
        'Chúc mừng ông/bà Lê Thị B đã đăng ký thành công dịch vụ Cấp giấy phép lao động cho người nước ngoài cho UBND xã Hoằng Hóa. Hồ sơ của ông/bà sẽ được phản hồi trong 08 giờ làm việc.',
      ),
    ).toEqual({
      ownerName: 'Lê Thị B',
      procedure: 'Cấp giấy phép lao động cho người nước ngoài',
      agency: 'UBND xã Hoằng Hóa',
    });
  });

  it('reads NFD text and returns the original (NFC) wording', () => {
    const result = parseCongratulation(
      'Chúc mừng ông/bà Trần C đã đăng ký thành công dịch vụ Đăng ký khai sinh cho Phường Hạc Thành.'.normalize('NFD'),
    );
    expect(result?.procedure?.normalize('NFC')).toBe('Đăng ký khai sinh');
    expect(result?.agency?.normalize('NFC')).toBe('Phường Hạc Thành');
  });

  it('returns nothing for other sentences', () => {
    expect(parseCongratulation('Chúc mừng năm mới')).toBeUndefined();
  });
});
