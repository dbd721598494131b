import { afterEach, describe, expect, it } from 'vitest';
import { CccdPanel } from '../../../../components/cccd';
import type { ExistingProfile } from '../../../../components/cccd';
import type { Profile } from '../../../../utils/profile';
import { realBook } from '../../address/book';
import { AN_LINE, HOA_LINE } from '../../cccd/lines';
import { button, byLabel, click, mount, press, settle, typeText, unmountAll } from '../dom';
import { fakeCamera, fixedImage, recordingSave, until } from './fakes';

afterEach(unmountAll);

const book = realBook();
const TODAY = '2025-11-28';
const NO_CAMERA = fakeCamera([], { available: false }).camera;

function panel(options: { existing?: readonly ExistingProfile[]; sessionOnly?: boolean; line?: string } = {}) {
  const save = recordingSave();
  const root = mount(
    <CccdPanel
      book={book}
      existing={options.existing ?? []}
      sessionOnly={options.sessionOnly ?? false}
      onSave={save.onSave}
      camera={NO_CAMERA}
      createId={() => 'new-id'}
      today={TODAY}
    />,
  );
  return { root, ...save };
}

/** What a USB scanner does: types the line into the focused box and presses Enter. */
async function scan(root: HTMLElement, line: string): Promise<void> {
  const box = byLabel(root, 'Dữ liệu mã QR');
  typeText(box, line);
  const form = box.form;
  if (form === null) throw new Error('The box is not in a form');
  click(button(form, 'Đọc dữ liệu'));
  await settle();
}

function preview(root: HTMLElement): HTMLElement {
  const found = root.querySelector<HTMLElement>('.cccd-preview');
  if (found === null) throw new Error('No preview');
  return found;
}

describe('the QR panel', () => {
  it('names its inputs as the issue asks: "Dữ liệu mã QR" and "Ảnh mã QR trên thẻ"', () => {
    const { root } = panel();
    expect(byLabel(root, 'Dữ liệu mã QR').type).toBe('text');
    const file = byLabel(root, 'Ảnh mã QR trên thẻ');
    expect(file.type).toBe('file');
    expect(file.accept).toContain('image/jpeg');
    expect(file.accept).toContain('image/png');
  });

  it('previews the scanned line, clears the box, and creates the profile with the confirmed new commune', async () => {
    const { root, calls } = panel();
    await scan(root, AN_LINE);
    expect(byLabel(root, 'Dữ liệu mã QR').value).toBe('');
    const view = preview(root);
    expect(document.activeElement?.tagName).toBe('H3');
    expect(document.activeElement?.textContent).toContain('Xem trước hồ sơ: Nguyễn Văn An');
    const text = view.textContent ?? '';
    for (const shown of ['Nguyễn Văn An', '038090012345', '173456789', '15/03/1990', 'Nam', '10/05/2021', 'Việt Nam', 'Số 25 đường Lê Lợi', 'Phường Điện Biên, Thành phố Thanh Hóa']) {
      expect(text).toContain(shown);
    }
    expect(text).toContain('038: nơi đăng ký khai sinh Thanh Hóa ✓ mã hợp lệ');
    expect(text).toContain('0: giới tính nam, sinh 1900–1999; trên thẻ: Nam, năm sinh 1990 ✓ khớp');
    expect(text).toContain('90: hai số cuối năm sinh; trên thẻ: 1990 ✓ khớp');
    expect(text).not.toContain('không khớp');
    // The new commune is proposed, not applied.
    const confirm = byLabel(view, 'Dùng Phường Hạc Thành, Tỉnh Thanh Hóa làm xã, phường mới');
    expect(confirm.checked).toBe(false);
    click(confirm);
    click(button(view, 'Tạo hồ sơ'));
    await settle();
    expect(calls).toEqual([{
      session: false,
      profile: {
        id: 'new-id', fullName: 'Nguyễn Văn An', gender: 'male', idNumber: '038090012345', birthDate: '1990-03-15', oldIdNumber: '173456789',
        idIssueDate: '2021-05-10', nationality: 'Việt Nam',
        permanentAddress: {
          province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Số 25 đường Lê Lợi',
          legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' },
        },
      },
    }]);
    expect(root.querySelector('#cccd-status')?.textContent).toContain('Đã tạo hồ sơ: Nguyễn Văn An.');
    expect(root.querySelector('.cccd-preview')).toBeNull();
    // Ready for the next card.
    expect(document.activeElement).toBe(byLabel(root, 'Dữ liệu mã QR'));
  });

  it('creates a session-only profile in volunteer mode and says so', async () => {
    const { root, calls } = panel({ sessionOnly: true });
    await scan(root, HOA_LINE);
    expect(preview(root).textContent).toContain('chỉ giữ trong phiên làm việc');
    click(button(preview(root), 'Tạo hồ sơ'));
    await settle();
    expect(calls[0]?.session).toBe(true);
    expect(calls[0]?.profile.permanentAddress).toEqual({ province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', street: 'Khu phố 2' });
    expect(root.querySelector('#cccd-status')?.textContent).toContain('Hồ sơ chỉ giữ trong phiên này.');
  });

  it('offers to update the profile with the same ID number, showing what changes, instead of creating a duplicate', async () => {
    const stored: Profile = {
      id: 'p-an', label: 'Tôi', fullName: 'Nguyễn Văn An', idNumber: '038090012345', birthDate: '1990-03-15', gender: 'male',
      idIssueDate: '2016-01-04', phone: '0912345678',
    };
    const { root, calls } = panel({ existing: [{ profile: stored, session: false }] });
    await scan(root, AN_LINE);
    const view = preview(root);
    expect(view.textContent).toContain('Đã có hồ sơ cùng số định danh: Tôi: Nguyễn Văn An.');
    const rows = [...view.querySelectorAll('table.changes tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toContainEqual(['Ngày cấp', '04/01/2016', '10/05/2021']);
    expect(rows).toContainEqual(['Số CMND cũ', '(trống)', '173456789']);
    expect(() => button(view, 'Tạo hồ sơ')).toThrow();
    click(button(view, 'Cập nhật hồ sơ'));
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.profile).toMatchObject({ id: 'p-an', label: 'Tôi', phone: '0912345678', idIssueDate: '2021-05-10', oldIdNumber: '173456789' });
    expect(root.querySelector('#cccd-status')?.textContent).toContain('Đã cập nhật hồ sơ: Tôi: Nguyễn Văn An.');
  });

  it('shows a disagreement between the ID number and the card, and does not save it', async () => {
    const { root, onSave } = panel();
    await scan(root, AN_LINE.replace('038090012345', '038190012345'));
    const view = preview(root);
    expect(view.textContent).toContain('✗ không khớp');
    expect(view.textContent).toContain('Chữ số thứ 4 (1) cho biết giới tính nữ, sinh trong các năm 1900–1999, nhưng giới tính đã chọn là nam.');
    expect(view.querySelector('[role="alert"]')?.textContent).toContain('Chưa lưu được');
    expect(button(view, 'Tạo hồ sơ').disabled).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('refuses a line that is not a CCCD code, creating nothing and keeping focus in the box', async () => {
    const { root, onSave } = panel();
    await scan(root, 'https://example.com/khuyen-mai');
    const alert = root.querySelector('.cccd-refusal');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Mã QR này không phải mã trên thẻ CCCD hay thẻ căn cước.');
    expect(alert?.textContent).toContain('Không có hồ sơ nào được tạo.');
    expect(root.querySelector('.cccd-preview')).toBeNull();
    expect(document.activeElement).toBe(byLabel(root, 'Dữ liệu mã QR'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('submits the line on Enter, as a USB scanner ends it', async () => {
    const { root } = panel();
    const box = byLabel(root, 'Dữ liệu mã QR');
    typeText(box, AN_LINE);
    // happy-dom does not turn Enter into a submit; the browser does (proven in the e2e test). Here: the form's submit.
    press(box, 'Enter');
    box.form?.requestSubmit();
    await settle();
    expect(preview(root).textContent).toContain('Nguyễn Văn An');
  });

  it('reads a photo through the given reader and previews the card', async () => {
    const save = recordingSave();
    const readImage = fixedImage({ ok: true, text: HOA_LINE, ms: 12 });
    const root = mount(<CccdPanel book={book} existing={[]} sessionOnly={false} onSave={save.onSave} readImage={readImage} camera={NO_CAMERA} today={TODAY} />);
    const input = byLabel(root, 'Ảnh mã QR trên thẻ');
    const file = new File([new Uint8Array([1, 2, 3])], 'the.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('.cccd-preview') !== null);
    expect(readImage).toHaveBeenCalledWith(file);
    expect(preview(root).textContent).toContain('Lê Thị Hoa');
  });

  it.each([
    ['no-code', 'Không tìm thấy mã QR đọc được trong ảnh “the.jpg”.'],
    ['unreadable-file', 'Không mở được tệp “the.jpg” như một ảnh.'],
  ] as const)('says clearly when a photo gives nothing (%s), creating nothing', async (reason, words) => {
    const save = recordingSave();
    const root = mount(
      <CccdPanel book={book} existing={[]} sessionOnly={false} onSave={save.onSave} readImage={fixedImage({ ok: false, reason, ms: 5 })} camera={NO_CAMERA} />,
    );
    const input = byLabel(root, 'Ảnh mã QR trên thẻ');
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'the.jpg')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('.cccd-refusal') !== null);
    expect(root.querySelector('.cccd-refusal')?.textContent).toContain(words);
    expect(root.querySelector('.cccd-refusal')?.textContent).toContain('Không có hồ sơ nào được tạo.');
    expect(save.onSave).not.toHaveBeenCalled();
  });

  it('"Sửa trước khi lưu" opens the editor with the card data and saves from there', async () => {
    const { root, calls } = panel();
    await scan(root, HOA_LINE);
    click(button(preview(root), 'Sửa trước khi lưu'));
    await settle();
    const form = root.querySelector('form.profile-form');
    expect(form).not.toBeNull();
    expect(byLabel(root, 'Họ, chữ đệm và tên').value).toBe('Lê Thị Hoa');
    expect(byLabel(root, 'Ngày sinh').value).toBe('20/07/2001');
    typeText(byLabel(root, 'Số điện thoại'), '0387654321');
    click(button(form as HTMLElement, 'Lưu'));
    await settle();
    expect(calls[0]?.profile).toMatchObject({ id: 'new-id', fullName: 'Lê Thị Hoa', phone: '0387654321', idNumber: '038301004321' });
  });
});

describe('while the unit data is not there', () => {
  it('waits for it before saving, so the address is split first', async () => {
    const save = recordingSave();
    const root = mount(<CccdPanel book={undefined} existing={[]} sessionOnly={false} onSave={save.onSave} camera={NO_CAMERA} today={TODAY} />);
    await scan(root, AN_LINE);
    expect(preview(root).textContent).toContain('Đang tải danh mục đơn vị hành chính');
    expect(button(preview(root), 'Tạo hồ sơ').disabled).toBe(true);
  });

  it('saves the address whole when the data cannot be loaded, and says so', async () => {
    const save = recordingSave();
    const root = mount(<CccdPanel book={undefined} bookFailed existing={[]} sessionOnly={false} onSave={save.onSave} camera={NO_CAMERA} today={TODAY} />);
    await scan(root, AN_LINE);
    expect(preview(root).textContent).toContain('Không tải được danh mục đơn vị hành chính');
    click(button(preview(root), 'Tạo hồ sơ'));
    await settle();
    expect(save.calls[0]?.profile.permanentAddress).toEqual({ street: 'Số 25 đường Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Tỉnh Thanh Hóa' });
  });
});

describe('the camera', () => {
  it('shows the camera button only where a camera exists', async () => {
    const { onSave } = recordingSave();
    const without = mount(<CccdPanel book={book} existing={[]} sessionOnly={false} onSave={onSave} camera={NO_CAMERA} />);
    await settle();
    expect(() => button(without, 'Quét bằng camera')).toThrow();
    const withCamera = mount(<CccdPanel book={book} existing={[]} sessionOnly={false} onSave={onSave} camera={fakeCamera([]).camera} />);
    await settle();
    expect(button(withCamera, 'Quét bằng camera')).toBeDefined();
  });

  it('stops the camera as soon as a code is read, and previews it', async () => {
    const { onSave } = recordingSave();
    const cam = fakeCamera([undefined, undefined, AN_LINE]);
    const root = mount(<CccdPanel book={book} existing={[]} sessionOnly={false} onSave={onSave} camera={cam.camera} today={TODAY} />);
    await settle();
    click(button(root, 'Quét bằng camera'));
    await settle();
    expect(root.querySelector('dialog')?.getAttribute('aria-labelledby')).toBe('cccd-camera-title');
    await until(() => root.querySelector('.cccd-preview') !== null);
    expect(cam.track.stopped).toBe(true);
    expect(cam.reads()).toBe(3);
    expect(root.querySelector('dialog')).toBeNull();
    expect(preview(root).textContent).toContain('Nguyễn Văn An');
  });

  it('stops the camera when the dialog is closed, and reads no more frames', async () => {
    const { onSave } = recordingSave();
    const cam = fakeCamera([undefined]);
    const root = mount(<CccdPanel book={book} existing={[]} sessionOnly={false} onSave={onSave} camera={cam.camera} />);
    await settle();
    click(button(root, 'Quét bằng camera'));
    await until(() => cam.reads() > 0);
    const dialog = root.querySelector('dialog');
    if (dialog === null) throw new Error('no dialog');
    click(button(dialog, 'Đóng'));
    await settle();
    expect(root.querySelector('dialog')).toBeNull();
    expect(cam.track.stopped).toBe(true);
    const reads = cam.reads();
    await new Promise((r) => setTimeout(r, 500));
    expect(cam.reads()).toBe(reads);
  });

  it('explains a refused camera permission', async () => {
    const { onSave } = recordingSave();
    const cam = fakeCamera([], { refuse: 'NotAllowedError' });
    const root = mount(<CccdPanel book={book} existing={[]} sessionOnly={false} onSave={onSave} camera={cam.camera} />);
    await settle();
    click(button(root, 'Quét bằng camera'));
    await until(() => (root.querySelector('dialog [role="status"]')?.textContent ?? '').includes('chưa cho phép'));
    expect(cam.reads()).toBe(0);
  });
});
