/** "Hoàn tác": every value the fill changed comes back; what the user changed since stays. */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectControls, fillPlan, planFill, undoFill } from '../../../utils/autofill';
import { antdDate, formioChoices, mount } from './fixtures/markup';
import { wireChoices, wirePicker } from './fixtures/fake-widgets';
import { makeProfile } from './fixtures/profile';

const profile = makeProfile();
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

describe('undo', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('restores text, textarea, select and date fields to what they held, and says what it cannot', async () => {
    mount(`
      <label for="n">Họ và tên</label><input id="n">
      <label for="a">Nơi thường trú</label><textarea id="a"></textarea>
      <label for="q">Quốc tịch</label><select id="q"><option value="">Chọn</option><option value="VN">Việt Nam</option></select>
      <fieldset><legend>Giới tính</legend>
        <label><input type="radio" name="gt" value="1" id="nam">Nam</label><label><input type="radio" name="gt" value="2" id="nu">Nữ</label>
      </fieldset>
      ${antdDate('NgaySinh', 'Ngày sinh', 'DD/MM/YYYY')}`);
    wirePicker(byId('NgaySinh'), 'DD/MM/YYYY');
    const report = await fillPlan(planFill(collectControls(document), profile));
    expect(report.filled).toHaveLength(5);
    expect(byId<HTMLInputElement>('nu').checked).toBe(true);

    const undo = await undoFill(report);
    expect(undo.restored).toHaveLength(4);
    expect(byId<HTMLInputElement>('n').value).toBe('');
    expect(byId<HTMLTextAreaElement>('a').value).toBe('');
    expect(byId<HTMLSelectElement>('q').selectedIndex).toBe(0);
    expect(byId<HTMLInputElement>('NgaySinh').value).toBe('');
    // A radio group had nothing chosen: unticking behind a framework's back would lie, so it is reported instead.
    expect(undo.failed.map((f) => f.reason)).toEqual(['Không bỏ chọn được ô tròn: hãy tự chọn lại nếu cần']);
    expect(byId<HTMLInputElement>('nu').checked).toBe(true);
  });

  it('puts back a value the user asked us to replace', async () => {
    mount('<label for="p">Số điện thoại</label><input id="p" value="0987654321">');
    const controls = collectControls(document);
    const report = await fillPlan(planFill(controls, profile, { overwrite: true }));
    expect(byId<HTMLInputElement>('p').value).toBe('0912345678');
    expect(report.filled[0]?.previous).toEqual({ value: '0987654321' });
    await undoFill(report);
    expect(byId<HTMLInputElement>('p').value).toBe('0987654321');
  });

  it('puts back a previously chosen radio', async () => {
    mount(`<fieldset><legend>Giới tính</legend>
      <label><input type="radio" name="gt" value="1" id="nam" checked>Nam</label><label><input type="radio" name="gt" value="2" id="nu">Nữ</label></fieldset>`);
    const report = await fillPlan(planFill(collectControls(document), profile, { overwrite: true }));
    expect(byId<HTMLInputElement>('nu').checked).toBe(true);
    await undoFill(report);
    expect(byId<HTMLInputElement>('nam').checked).toBe(true);
  });

  it('keeps what the user typed after the fill, and says so', async () => {
    mount('<label for="e">Email</label><input id="e">');
    const report = await fillPlan(planFill(collectControls(document), profile));
    byId<HTMLInputElement>('e').value = 'khac@example.vn';
    const undo = await undoFill(report);
    expect(undo.restored).toEqual([]);
    expect(undo.failed.map((f) => f.reason)).toEqual(['Đã được sửa sau khi điền: giữ nguyên']);
    expect(byId<HTMLInputElement>('e').value).toBe('khac@example.vn');
  });

  it('reports a choice it cannot take back (a Form.io select without a remove button)', async () => {
    mount(formioChoices('GioiTinh', 'Giới tính', ['Nam', 'Nữ']));
    wireChoices(document.querySelector('.formio-component-GioiTinh') as Element);
    const report = await fillPlan(planFill(collectControls(document), profile));
    const undo = await undoFill(report);
    expect(undo.failed.map((f) => f.reason)).toEqual(['Ô chọn không có nút xóa']);
  });
});
