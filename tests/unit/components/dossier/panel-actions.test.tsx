import { afterEach, describe, expect, it } from 'vitest';
import { CODE_PROBLEM_MESSAGES, LOOKUP_MESSAGES, SAVE_PROBLEM_MESSAGES, type DossierRecord } from '../../../../utils/dossier';
import { A, B, C } from './fixtures';
import {
  announcement,
  button,
  check,
  click,
  fakeBackground,
  field,
  mountPanel,
  row,
  rowCodes,
  submit,
  type,
  unmountPanel,
  until,
} from './harness';

afterEach(unmountPanel);

async function panelWith(records: DossierRecord[]) {
  const background = await fakeBackground();
  if (records.length) expect((await background.store.importMany(records, { mode: 'replace' })).ok).toBe(true);
  mountPanel(background);
  await until(() => rowCodes().length === records.length && document.querySelector('.toolbar, section.empty') !== null, 'rows');
  await until(() => records.length === 0 || !button('Tra cứu tất cả').disabled, 'index');
  return background;
}

describe('adding a code by hand', () => {
  it('explains an invalid code, then saves a valid one with its ID number, label and note', async () => {
    const background = await panelWith([]);
    click(button('Thêm mã hồ sơ'));
    const form = () => document.querySelector('form.add-form') as HTMLFormElement;

    type(field('Mã hồ sơ'), '000.00.22.H56-251301-0007'); // month 13
    submit(form());
    await until(() => document.querySelector('#add-code-error') !== null, 'code error');
    expect(document.querySelector('#add-code-error')?.textContent).toBe(CODE_PROBLEM_MESSAGES.date.vi);
    expect(field('Mã hồ sơ').getAttribute('aria-invalid')).toBe('true');
    expect(background.actions.addManual).not.toHaveBeenCalled();

    type(field('Mã hồ sơ'), '000.00.22.H56-250305-0007');
    type(field('Số CCCD/CMND của chủ hồ sơ'), '12');
    submit(form());
    await until(() => document.querySelector('#add-id-error') !== null, 'id error');
    expect(document.querySelector('#add-id-error')?.textContent).toBe(SAVE_PROBLEM_MESSAGES['invalid-id'].vi);

    type(field('Mã hồ sơ'), ' 000.00.22.h56-250305-0007 ');
    type(field('Số CCCD/CMND của chủ hồ sơ'), '038090012345');
    type(field('Nhãn'), 'Của bố');
    type(field('Ghi chú'), 'Nộp ở phường');
    submit(form());
    await until(() => rowCodes().length === 1, 'the new row');
    expect(background.actions.addManual).toHaveBeenCalledWith({
      code: '000.00.22.H56-250305-0007',
      ownerIdNumber: '038090012345',
      label: 'Của bố',
      note: 'Nộp ở phường',
    });
    expect(rowCodes()).toEqual(['000.00.22.H56-250305-0007']);
    expect(document.querySelector('form.add-form')).toBeNull();
    expect(announcement()).toContain('Đã lưu mã hồ sơ 000.00.22.H56-250305-0007');
    expect((await background.store.get('000.00.22.H56-250305-0007'))?.label).toBe('Của bố');
  });
});

describe('looking a dossier up', () => {
  it('announces the portal’s words and updates the row', async () => {
    const background = await panelWith([A, B, C]);
    background.portal.set(C.code, () => check('Được tiếp nhận', '2025-03-10T02:00:00.000Z', { dueDate: '2025-03-20' }));
    click(button(`Tra cứu hồ sơ ${C.code}`));
    expect(row(C.code).getAttribute('aria-busy')).toBe('true');
    await until(() => announcement().includes('Đã cập nhật'), 'announcement');
    expect(announcement()).toContain('Đã cập nhật: Được tiếp nhận');
    await until(() => row(C.code).querySelector('.status-text')?.textContent === 'Được tiếp nhận', 'row updated');
    expect(row(C.code).textContent).toContain('Hẹn trả 20/03/2025');
    expect(row(C.code).querySelector('.badge')?.getAttribute('data-state')).toBe('accepted');
  });

  it('on failure says why in Vietnamese and keeps the saved status', async () => {
    const background = await panelWith([A]);
    background.portal.set(A.code, () => 'captcha');
    click(button(`Tra cứu hồ sơ ${A.code}`));
    await until(() => announcement().includes(LOOKUP_MESSAGES.captcha.vi), 'failure message');
    expect(row(A.code).querySelector('.row-failure')?.textContent).toContain(LOOKUP_MESSAGES.captcha.vi);
    expect(row(A.code).querySelector('.status-text')?.textContent).toBe('Đang xử lý');
    expect((await background.store.get(A.code))?.history).toHaveLength(2);
  });

  it('asks for the owner’s ID number when none is known, and retries with it', async () => {
    const background = await panelWith([C]);
    background.portal.set(C.code, (id) => (id === '038090012345' ? check('Mới đăng ký', '2025-03-10T02:00:00.000Z') : 'missing-id'));
    click(button(`Tra cứu hồ sơ ${C.code}`));
    await until(() => row(C.code).querySelector('form.id-prompt') !== null, 'ID prompt');
    type(field('Số CCCD/CMND của chủ hồ sơ'), '0380 9001 2345');
    submit(row(C.code).querySelector('form.id-prompt') as HTMLFormElement);
    await until(() => announcement().includes('Đã cập nhật: Mới đăng ký'), 'found');
    expect(background.lookup).toHaveBeenLastCalledWith(C.code, '038090012345');
    await until(() => row(C.code).querySelector('form.id-prompt') === null, 'prompt gone');
  });
});

describe('copy, delete and undo', () => {
  it('copies the code and says so', async () => {
    const background = await panelWith([A]);
    click(button(`Sao chép mã ${A.code}`));
    await until(() => announcement().includes('Đã sao chép'), 'copied');
    expect(background.actions.copyText).toHaveBeenCalledWith(A.code);
    // Said in the row too: that is where the person is looking.
    expect(row(A.code).querySelector('.row-note')?.textContent).toBe('Đã sao chép mã hồ sơ.');
  });

  it('deletes, focuses "Hoàn tác", and undo brings the dossier back as it was', async () => {
    const background = await panelWith([A, B]);
    click(button(`Xóa hồ sơ ${A.code}`));
    await until(() => rowCodes().join() === B.code, 'row removed');
    expect(announcement()).toContain(`Đã xóa hồ sơ ${A.code}`);
    await until(() => document.activeElement === button('Hoàn tác'), 'focus on undo');
    click(button('Hoàn tác'));
    await until(() => rowCodes().length === 2, 'row back');
    expect(rowCodes()).toEqual([B.code, A.code]);
    expect(announcement()).toContain(`Đã khôi phục hồ sơ ${A.code}`);
    expect(await background.store.get(A.code)).toEqual(A);
  });
});

describe('details', () => {
  it('shows the timeline, marks the change as seen, edits the note and label, and offers the QR', async () => {
    const background = await panelWith([A, B]);
    click(button(`Chi tiết hồ sơ ${A.code}`));
    await until(() => document.querySelector('section.details') !== null, 'details');
    const items = Array.from(document.querySelectorAll('ol.timeline > li'));
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Hiện tại');
    expect(items[0]?.textContent).toContain('Đang xử lý');
    expect(items[0]?.textContent).toContain('Thay đổi từ: Mới đăng ký');
    expect(items[0]?.textContent).toContain('Thao tác xử lý');
    expect(items[0]?.textContent).toContain('Người gửi: Lê Thị Hương (Bộ phận một cửa)');
    expect(items[0]?.textContent).toContain('Người nhận: Nguyễn Đức Thắng (Chuyên viên)');
    expect(items[1]?.textContent).toContain('Mới đăng ký');
    await until(() => document.querySelector('svg[role="img"]') !== null, 'QR (its encoder loads on first use)');
    expect(document.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(`Mã QR tra cứu hồ sơ ${A.code}`);

    // Opening the details of a dossier with news counts as seeing it.
    await until(() => (background.actions.update as unknown as { mock: { calls: unknown[][] } }).mock.calls.length > 0, 'seen');
    expect(background.actions.update).toHaveBeenCalledWith({ code: A.code, seen: true });
    expect((await background.store.get(A.code))?.seenAt).toBe('2025-03-10T03:00:00.000Z');

    type(field('Nhãn'), 'Của tôi');
    type(field('Ghi chú'), 'Mang CCCD bản gốc');
    submit(document.querySelector('form.note-editor') as HTMLFormElement);
    await until(() => announcement().includes('Đã lưu ghi chú và nhãn'), 'saved');
    expect(background.actions.update).toHaveBeenCalledWith({ code: A.code, note: 'Mang CCCD bản gốc', label: 'Của tôi' });
    expect((await background.store.get(A.code))?.note).toBe('Mang CCCD bản gốc');

    click(button('← Quay lại danh sách'));
    await until(() => rowCodes().length === 2, 'list back');
    expect(row(A.code).querySelector('.mark-new')).toBeNull();
    expect(row(A.code).querySelector('.label-chip')?.textContent).toBe('Của tôi');
    await until(() => document.activeElement === button(`Chi tiết hồ sơ ${A.code}`), 'focus returned');
  });
});

describe('"Tra cứu tất cả"', () => {
  function gated() {
    const waiting: (() => void)[] = [];
    return {
      gate: () => new Promise<void>((resolve) => waiting.push(resolve)),
      release: () => waiting.shift()?.(),
      get pending() {
        return waiting.length;
      },
    };
  }
  const progressText = () => document.querySelector('.check-all .count')?.textContent;

  it('checks each dossier in turn with a progress bar, then sums up', async () => {
    const background = await panelWith([A, B, C]);
    background.portal.set(A.code, () => check('Đã xử lý xong', '2025-03-10T02:00:00.000Z'));
    background.portal.set(B.code, () => check('Đã trả kết quả', '2025-03-06T02:00:00.000Z', { dueDate: '2025-03-05' }));
    background.portal.set(C.code, () => 'id-mismatch');
    const gate = gated();
    background.setGate(gate.gate);
    click(button('Tra cứu tất cả'));
    const progress = document.querySelector('progress') as HTMLProgressElement;
    expect(progress.getAttribute('aria-label')).toBe('Tiến độ tra cứu tất cả');
    expect(progress.getAttribute('max')).toBe('3');
    await until(() => gate.pending === 1, 'first lookup');
    expect(progressText()).toBe('0/3');
    expect(background.lookup).toHaveBeenCalledTimes(1); // one at a time
    gate.release();
    await until(() => progressText() === '1/3' && gate.pending === 1, 'second');
    expect(background.lookup).toHaveBeenCalledTimes(2);
    gate.release();
    await until(() => progressText() === '2/3' && gate.pending === 1, 'third');
    gate.release();
    await until(() => document.querySelector('progress') === null, 'done');
    expect(background.lookup.mock.calls.map((c) => c[0])).toEqual([C.code, B.code, A.code]);
    expect(announcement()).toContain('Đã tra cứu xong 3/3 hồ sơ: 1 hồ sơ có thay đổi, 1 hồ sơ không tra cứu được.');
    expect(row(C.code).querySelector('.row-failure')?.textContent).toContain(LOOKUP_MESSAGES['id-mismatch'].vi);
    expect(row(A.code).querySelector('.status-text')?.textContent).toBe('Đã xử lý xong');
  });

  it('"Dừng" stops after the lookup in progress', async () => {
    const background = await panelWith([A, B, C]);
    for (const code of [A.code, B.code, C.code]) background.portal.set(code, () => check('Đang xử lý', '2025-03-10T02:00:00.000Z'));
    const gate = gated();
    background.setGate(gate.gate);
    click(button('Tra cứu tất cả'));
    await until(() => gate.pending === 1, 'first lookup');
    click(button('Dừng'));
    expect(button('Dừng').disabled).toBe(true);
    expect(document.querySelector('.check-all')?.textContent).toContain('Sẽ dừng sau hồ sơ đang tra cứu');
    gate.release();
    await until(() => document.querySelector('progress') === null, 'stopped');
    expect(background.lookup).toHaveBeenCalledTimes(1);
    expect(announcement()).toContain('Đã dừng: đã tra cứu 1/3 hồ sơ');
  });
});
