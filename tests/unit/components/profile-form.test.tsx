import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileForm } from '../../../components/profile/ProfileForm';
import type { Profile, SaveResult } from '../../../utils/profile';
import { realBook } from '../address/book';
import { blur, button, byLabel, click, description, mount, settle, typeText, unmountAll } from './dom';

afterEach(unmountAll);

const TODAY = '2025-11-28';

function saver() {
  const calls: Profile[] = [];
  const onSave = vi.fn(async (p: Profile): Promise<SaveResult> => {
    calls.push(p);
    return { ok: true, profile: p, session: false, created: true, warnings: [] };
  });
  return { calls, onSave };
}

function radio(root: HTMLElement, label: string): HTMLInputElement {
  return byLabel(root, label);
}

describe('the profile editor', () => {
  it('labels every field in Vietnamese (the accessible name) and asks for dates as dd/mm/yyyy', () => {
    const { onSave } = saver();
    const root = mount(<ProfileForm newId="n1" onSave={onSave} onCancel={() => undefined} today={TODAY} />);
    for (const label of ['Họ, chữ đệm và tên', 'Số định danh cá nhân (CCCD)', 'Số điện thoại', 'Quốc tịch', 'Dân tộc', 'Tôn giáo', 'Họ và tên mẹ']) {
      expect(byLabel(root, label).tagName).toBe('INPUT');
    }
    for (const label of ['Ngày sinh', 'Ngày cấp', 'Ngày sinh của cha']) {
      const input = byLabel(root, label);
      expect(input.type).toBe('text');
      expect(input.placeholder).toBe('dd/mm/yyyy');
    }
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('Thêm người');
    // The groups follow the ID card first, then addresses, contact and family.
    const legends = [...root.querySelectorAll('fieldset.group > legend > span:first-child')].map((l) => l.textContent);
    expect(legends).toEqual(['Thông tin trên thẻ căn cước', 'Dân tộc, tôn giáo, nghề nghiệp', 'Nơi thường trú', 'Nơi ở hiện tại', 'Liên lạc', 'Cha, mẹ, vợ hoặc chồng']);
  });

  it('blocks saving on an error, names it in a summary and at the field, and saves once it is fixed', async () => {
    const { calls, onSave } = saver();
    const root = mount(<ProfileForm newId="n1" onSave={onSave} onCancel={() => undefined} today={TODAY} />);
    typeText(byLabel(root, 'Họ, chữ đệm và tên'), '  Nguyễn   Văn An ');
    typeText(byLabel(root, 'Ngày sinh'), '15/3/1990');
    blur(byLabel(root, 'Ngày sinh'));
    expect(byLabel(root, 'Ngày sinh').value).toBe('15/03/1990');
    click(radio(root, 'Nam'));
    const id = byLabel(root, 'Số định danh cá nhân (CCCD)');
    typeText(id, '038 190 001 234');
    click(button(root, 'Lưu'));
    await settle();
    expect(onSave).not.toHaveBeenCalled();
    const summary = root.querySelector('[role="alert"]');
    expect(summary?.textContent).toContain('Chưa lưu được: còn 1 lỗi cần sửa');
    expect(summary?.textContent).toContain('Số định danh cá nhân (CCCD): Chữ số thứ 4 (1) cho biết giới tính nữ');
    expect(document.activeElement).toBe(summary);
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(description(id)).toContain('nhưng giới tính đã chọn là nam');

    typeText(id, '038090001234');
    expect(id.getAttribute('aria-invalid')).toBeNull();
    click(button(root, 'Lưu'));
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      // Inner spaces are tidied by the store's normaliser, not here.
      id: 'n1', fullName: 'Nguyễn   Văn An', birthDate: '1990-03-15', gender: 'male', idNumber: '038090001234',
    });
  });

  it('rejects a date that is not a real day, and shows warnings without blocking', async () => {
    const { calls, onSave } = saver();
    const root = mount(<ProfileForm newId="n2" onSave={onSave} onCancel={() => undefined} today={TODAY} />);
    typeText(byLabel(root, 'Họ, chữ đệm và tên'), 'Lê Thị Hồng');
    const birth = byLabel(root, 'Ngày sinh');
    typeText(birth, '31/02/1990');
    blur(birth);
    expect(birth.getAttribute('aria-invalid')).toBe('true');
    expect(description(birth)).toContain('Ngày sinh "31/02/1990" sai dạng hoặc không có thật');
    click(button(root, 'Lưu'));
    await settle();
    expect(calls).toHaveLength(0);

    typeText(birth, '28/02/1990');
    const religion = byLabel(root, 'Tôn giáo');
    typeText(religion, 'Thiên Chúa');
    blur(religion);
    expect(religion.getAttribute('aria-invalid')).toBeNull();
    expect(description(religion)).toContain('Tôn giáo "Thiên Chúa" không có trong danh sách');
    click(button(root, 'Lưu'));
    await settle();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.religion).toBe('Thiên Chúa');
  });

  it('keeps keys it does not know, and copies the permanent address when "Giống địa chỉ thường trú" is ticked', async () => {
    const { calls, onSave } = saver();
    const initial: Profile = {
      id: 'p1', fullName: 'Hoàng Văn Minh', bloodType: 'O',
      permanentAddress: { province: 'Tỉnh Thanh Hóa', commune: 'Xã Hoằng Hóa', hamlet: 'Thôn 3' },
    };
    const root = mount(<ProfileForm initial={initial} newId="unused" onSave={onSave} onCancel={() => undefined} today={TODAY} />);
    expect(root.querySelector('form')?.getAttribute('aria-label')).toBe('Sửa thông tin: Hoàng Văn Minh');
    const same = byLabel(root, 'Giống địa chỉ thường trú');
    expect(same.checked).toBe(false);
    click(same);
    click(button(root, 'Lưu'));
    await settle();
    expect(calls[0]).toEqual({
      ...initial,
      currentAddress: { province: 'Tỉnh Thanh Hóa', commune: 'Xã Hoằng Hóa', hamlet: 'Thôn 3' },
    });
  });

  it('suggests the new commune for an old address and applies it only when the person confirms', async () => {
    const { calls, onSave } = saver();
    const root = mount(<ProfileForm newId="n3" book={realBook()} onSave={onSave} onCancel={() => undefined} today={TODAY} />);
    typeText(byLabel(root, 'Họ, chữ đệm và tên'), 'Nguyễn Văn An');
    const permanent = root.querySelector<HTMLElement>('#pf-permanentAddress');
    if (permanent === null) throw new Error('no permanent address group');
    typeText(byLabel(permanent, 'Tỉnh, thành phố'), 'thanh hoa');
    blur(byLabel(permanent, 'Tỉnh, thành phố'));
    typeText(byLabel(permanent, 'Quận, huyện, thị xã cũ'), 'tp thanh hoa');
    blur(byLabel(permanent, 'Quận, huyện, thị xã cũ'));
    expect(byLabel(permanent, 'Quận, huyện, thị xã cũ').value).toBe('Thành phố Thanh Hóa');
    typeText(byLabel(permanent, 'Xã, phường, thị trấn cũ'), 'dien bien');
    blur(byLabel(permanent, 'Xã, phường, thị trấn cũ'));
    expect(permanent.textContent).toContain('nay thuộc Phường Hạc Thành, Tỉnh Thanh Hóa');
    expect(byLabel(permanent, 'Xã, phường, đặc khu').value).toBe('');
    click(button(permanent, 'Dùng gợi ý này'));
    expect(byLabel(permanent, 'Xã, phường, đặc khu').value).toBe('Phường Hạc Thành');
    expect(permanent.textContent).toContain('Khớp với địa chỉ mới đã chọn');
    click(button(root, 'Lưu'));
    await settle();
    const address = { province: 'Tỉnh Thanh Hóa', commune: 'Phường Hạc Thành', legacy: { district: 'Thành phố Thanh Hóa', commune: 'Phường Điện Biên' } };
    expect(calls[0]).toEqual({ id: 'n3', fullName: 'Nguyễn Văn An', permanentAddress: address, currentAddress: address });
  });

  it('shows what the store refused (e.g. data from a newer version) in the summary', async () => {
    const onSave = vi.fn(async (): Promise<SaveResult> => ({
      ok: false, warnings: [], errors: [{ field: '', code: 'store.refused', message: 'Dữ liệu hồ sơ được lưu bởi phiên bản mới hơn.', messageEn: '' }],
    }));
    const root = mount(<ProfileForm newId="n4" onSave={onSave} onCancel={() => undefined} today={TODAY} />);
    typeText(byLabel(root, 'Họ, chữ đệm và tên'), 'Trần Thị Hoa');
    click(button(root, 'Lưu'));
    await settle();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Hồ sơ: Dữ liệu hồ sơ được lưu bởi phiên bản mới hơn.');
  });
});
