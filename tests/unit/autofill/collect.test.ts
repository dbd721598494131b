/** Collecting: every fillable control once, widgets as one control each, never the extension's own UI. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectControls, planFill } from '../../../utils/autofill';
import { antdSelect, formioChoices, formioDateTime, formioDay, mount } from './fixtures/markup';
import { makeProfile } from './fixtures/profile';

describe('collectControls', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('returns widgets as single controls, in document order', () => {
    mount(`<input name="a">
      ${antdSelect('F_tinh', 'Tỉnh/thành:')}
      ${formioChoices('GioiTinh', 'Giới tính', ['Nam', 'Nữ'])}
      ${formioDay('NgaySinh', 'Ngày sinh')}
      ${formioDateTime('NgayCap', 'Ngày cấp')}
      <textarea name="b"></textarea><select name="c"><option>1</option></select>
      <label><input type="checkbox" name="d"> Đồng ý</label>
      <input type="date" name="e"><div role="combobox" tabindex="0" aria-label="Giới tính"></div>`);
    expect(collectControls(document).map((c) => c.part ? `${c.kind}:${c.part}` : c.kind)).toEqual([
      'text', 'antd-select', 'formio-choices', 'formio-day-part:month', 'formio-day-part:day', 'formio-day-part:year',
      'formio-date', 'textarea', 'native-select', 'checkbox', 'date-input', 'aria-combobox',
    ]);
  });

  it('keeps a disabled antd Select as a locked control (a cascade child opens later)', () => {
    mount(antdSelect('F_xa', 'Xã/phường:', { disabled: true }));
    const [control] = collectControls(document);
    expect(control?.kind).toBe('antd-select');
    expect(control?.locked).toBe(true);
  });

  it('skips antd Form.Items hidden by the portal', () => {
    mount(`<div class="ant-form-item ant-form-item-hidden" style="display:none"><input id="NopHoSoTrucTuyen_mucDo"></div><input id="visible">`);
    expect(collectControls(document).map((c) => c.element.id)).toEqual(['visible']);
  });

  it('walks open shadow roots', () => {
    mount('<div id="host"></div>');
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="s">Số điện thoại</label><input id="s">';
    const controls = collectControls(document);
    expect(controls.map((c) => c.element.id)).toEqual(['s']);
    // The label inside the shadow root is found too.
    expect(planFill(controls, makeProfile()).entries[0]?.value?.text).toBe('0912345678');
  });

  it('walks same-origin frames and passes over cross-origin ones', () => {
    // happy-dom loads no iframe pages, so the frames here are <frame> elements (same branch of the walker) that expose
    // the document a browser would give a content script, or refuse it the way a cross-origin frame does.
    mount('');
    const doc = document.implementation.createHTMLDocument('form');
    doc.body.innerHTML = '<label for="x">Email</label><input id="x">';
    const same = document.createElement('frame');
    Object.defineProperty(same, 'contentDocument', { get: () => doc });
    const cross = document.createElement('frame');
    Object.defineProperty(cross, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    document.getElementById('page')?.append(same, cross);
    const controls = collectControls(document);
    expect(controls.map((c) => c.element.id)).toEqual(['x']);
    expect(planFill(controls, makeProfile()).entries[0]?.classification.fieldType).toBe('email');
  });

  it('never looks into the extension\'s own UI', () => {
    mount('<input name="page"><div id="tro-ly-host"><input name="panel-search"></div>');
    const host = document.getElementById('tro-ly-host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<input name="panel-inner">';
    expect(collectControls(document, { exclude: host }).map((c) => c.element.getAttribute('name'))).toEqual(['page']);
  });

  it('collapses radios by name, and unnamed radios by their group container', () => {
    mount(`<input type="radio" name="a" value="1"><input type="radio" name="a" value="2">
      <div class="ant-radio-group"><label><input type="radio" value="x"> X</label><label><input type="radio" value="y"> Y</label></div>
      <input type="radio" name="b" value="3">`);
    expect(collectControls(document).map((c) => c.radios?.map((r) => r.value))).toEqual([['1', '2'], ['x', 'y'], ['3']]);
  });

  it('does work linear in the size of the page (hundreds of fields)', () => {
    // Counted DOM queries instead of a timer: deterministic, and what would turn quadratic if a lookup went per field.
    const calls = (n: number): number => {
      const rows = Array.from({ length: n }, (_, i) => `<div class="row"><label for="f${i}">Trường ${i}</label><input id="f${i}"></div>`);
      mount(`<h3>Thông tin người yêu cầu</h3>${rows.join('')}`);
      const spies = [
        vi.spyOn(Element.prototype, 'querySelectorAll'),
        vi.spyOn(Element.prototype, 'querySelector'),
        vi.spyOn(Element.prototype, 'closest'),
        vi.spyOn(Document.prototype, 'querySelectorAll'),
        vi.spyOn(Document.prototype, 'getElementById'),
      ];
      const controls = collectControls(document);
      planFill(controls, makeProfile());
      expect(controls).toHaveLength(n);
      const total = spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
      for (const spy of spies) spy.mockRestore();
      return total;
    };
    const small = calls(50);
    const large = calls(400);
    // 8× the fields: linear work makes about 8× the queries, quadratic work would make 64×.
    expect(large).toBeLessThan(small * 10);
    expect(large).toBeGreaterThan(small);
  }, 60_000);
});
