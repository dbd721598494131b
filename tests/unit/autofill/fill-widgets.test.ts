/** Form.io (Choices, day, datetime), antd DatePicker and an ARIA combobox, driven the way WIDGETS.md records. */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectControls, fillPlan, planFill } from '../../../utils/autofill';
import { antdDate, formioChoices, formioDateTime, formioDay, formioPanel, matField, mount } from './fixtures/markup';
import { wireChoices, wireFlatpickr, wireMatSelect, wirePicker } from './fixtures/fake-widgets';
import { makeProfile } from './fixtures/profile';

const profile = makeProfile();

async function fill(): Promise<Awaited<ReturnType<typeof fillPlan>>> {
  return fillPlan(planFill(collectControls(document), profile), { timeoutMs: 1000 });
}

describe('Form.io', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('Choices select: opens with mousedown on its first child, picks the matching choice with mousedown', async () => {
    mount(formioPanel('Thông tin người yêu cầu', formioChoices('nycGioiTinh', 'Giới tính', ['Nam', 'Nữ', 'Khác'])));
    const chosen = wireChoices(document.querySelector('.formio-component-nycGioiTinh') as Element);
    const report = await fill();
    expect(report.failed).toEqual([]);
    expect(chosen).toEqual(['Nữ']);
    expect((document.querySelector('select[name="data[nycGioiTinh]"]') as HTMLSelectElement).value).toBe('2');
    expect(report.filled[0]?.shown).toBe('Nữ');
  });

  it('Choices select: a catalogue matched by folded label ("Kinh (Việt)" for Kinh)', async () => {
    mount(formioChoices('DanToc', 'Dân tộc', ['Mường', 'Kinh (Việt)', 'Thái']));
    const chosen = wireChoices(document.querySelector('.formio-component-DanToc') as Element);
    await fill();
    expect(chosen).toEqual(['Kinh (Việt)']);
  });

  it('day component: the day and year inputs get input events, the month <select> input + change', async () => {
    mount(formioDay('NgaySinh', 'Ngày sinh'));
    const month = document.querySelector('[ref=month]') as HTMLSelectElement;
    const events: string[] = [];
    month.addEventListener('input', () => events.push('input'));
    month.addEventListener('change', () => events.push('change'));
    const report = await fill();
    expect(report.failed).toEqual([]);
    expect(month.value).toBe('5');
    expect((document.querySelector('[ref=day]') as HTMLInputElement).value).toBe('7');
    expect((document.querySelector('[ref=year]') as HTMLInputElement).value).toBe('1990');
    expect(events).toEqual(['input', 'change']);
  });

  it('datetime: types into flatpickr\'s visible input and the blur commits it', async () => {
    mount(formioDateTime('NgayCapGiayTo', 'Ngày cấp'));
    const { hidden, visible } = wireFlatpickr(document.querySelector('.formio-component-NgayCapGiayTo') as Element);
    const controls = collectControls(document);
    expect(controls.map((c) => [c.kind, c.element === visible])).toEqual([['formio-date', true]]);
    const report = await fill();
    expect(report.failed).toEqual([]);
    expect(visible.value).toBe('10/04/2021');
    expect(hidden.value).toBe('2021-04-10T00:00:00+07:00');
  });
});

describe('antd DatePicker', () => {
  it('types dd/mm/yyyy and commits with Enter and blur', async () => {
    mount(antdDate('NgayCap', 'Ngày cấp', 'DD/MM/YYYY'));
    const picker = wirePicker(document.getElementById('NgayCap') as HTMLInputElement, 'DD/MM/YYYY');
    const report = await fill();
    expect(report.failed).toEqual([]);
    expect(picker.committed()).toBe('10/04/2021');
  });

  it('falls back to ISO, antd\'s default format, when the picker reverts dd/mm/yyyy', async () => {
    mount(antdDate('NgaySinh', 'Ngày sinh'));
    const picker = wirePicker(document.getElementById('NgaySinh') as HTMLInputElement, 'YYYY-MM-DD');
    const report = await fill();
    expect(report.failed).toEqual([]);
    expect(picker.committed()).toBe('1990-05-07');
    expect(report.filled[0]?.shown).toBe('1990-05-07');
  });

  it('reports a picker that takes neither', async () => {
    mount(antdDate('NgaySinh', 'Ngày sinh'));
    const input = document.getElementById('NgaySinh') as HTMLInputElement;
    input.addEventListener('focusout', () => {
      input.value = '';
    });
    const report = await fill();
    expect(report.failed[0]?.reason).toBe('Ô ngày không nhận "07/05/1990" hay "1990-05-07"');
  });
});

describe('ARIA combobox (Angular Material mat-select)', () => {
  it('clicks it open, finds the listbox by aria-controls, clicks the matching option', async () => {
    mount(matField('Giới tính', '<mat-select role="combobox" tabindex="0" aria-controls="mat-select-panel-1" formcontrolname="gender"><div class="mat-mdc-select-value"><span class="mat-mdc-select-placeholder">Chọn giới tính</span></div></mat-select>'));
    const select = document.querySelector('mat-select') as HTMLElement;
    wireMatSelect(select, ['Nam', 'Nữ']);
    const report = await fill();
    expect(report.failed).toEqual([]);
    expect(select.textContent?.trim()).toBe('Nữ');
  });
});
