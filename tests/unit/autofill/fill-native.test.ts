/** Native controls: the way React, Angular and plain pages all register a value. */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectControls, fillPlan, planFill } from '../../../utils/autofill';
import type { Plan } from '../../../utils/autofill';
import { mount } from './fixtures/markup';
import { makeProfile } from './fixtures/profile';

/**
 * React's value tracker (react-dom inputValueTracking): an own `value` property on the node remembers the last value
 * set through it; on `input`, React fires onChange only when the DOM value differs from the remembered one. So a value
 * set with `el.value = …` is invisible to React, and one set with the prototype's setter is seen.
 */
function trackLikeReact(el: HTMLInputElement, onChange: (value: string) => void): void {
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value') as PropertyDescriptor;
  let tracked = el.value;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return proto.get?.call(this) as string;
    },
    set(v: string) {
      tracked = String(v);
      proto.set?.call(this, v);
    },
  });
  el.addEventListener('input', () => {
    const now = proto.get?.call(el) as string;
    if (now !== tracked) {
      tracked = now;
      onChange(now);
    }
  });
}

async function fillPage(html: string): Promise<{ plan: Plan; report: Awaited<ReturnType<typeof fillPlan>> }> {
  mount(html);
  const plan = planFill(collectControls(document), makeProfile());
  return { plan, report: await fillPlan(plan) };
}

describe('text inputs', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  it('a React-controlled input sees the change (and would not with a plain assignment)', async () => {
    mount('<label for="n">Họ và tên</label><input id="n">');
    const input = document.getElementById('n') as HTMLInputElement;
    const changes: string[] = [];
    trackLikeReact(input, (v) => changes.push(v));

    // What a naive filler does: React never hears of it.
    input.value = 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(changes).toEqual([]);
    input.value = '';

    await fillPlan(planFill(collectControls(document), makeProfile()));
    expect(changes).toEqual(['Lê Thị Hoa']);
  });

  it('sets the value through the prototype setter, then focus → input → change → blur, in order', async () => {
    mount('<label for="p">Số điện thoại</label><input id="p" type="tel">');
    const input = document.getElementById('p') as HTMLInputElement;
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value') as PropertyDescriptor;
    const log: string[] = [];
    // Record calls of the prototype's setter (what a page cannot intercept by wrapping the instance property).
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      ...proto,
      set(v: string) {
        log.push(`set:${v}`);
        proto.set?.call(this, v);
      },
    });
    try {
      for (const type of ['focus', 'focusin', 'input', 'change', 'blur', 'focusout']) {
        input.addEventListener(type, (e) => log.push(`${e.type}${e.type === 'input' ? `:${(e as InputEvent).inputType}` : ''}`));
      }
      await fillPlan(planFill(collectControls(document), makeProfile()));
    } finally {
      Object.defineProperty(HTMLInputElement.prototype, 'value', proto);
    }
    expect(log).toEqual(['focus', 'focusin', 'set:0912345678', 'input:insertText', 'change', 'blur', 'focusout']);
    expect(input.value).toBe('0912345678');
  });

  it('fills textareas and type=date (ISO)', async () => {
    const { report } = await fillPage(`
      <label for="a">Địa chỉ thường trú</label><textarea id="a"></textarea>
      <label for="d">Ngày cấp</label><input id="d" type="date">`);
    expect(report.failed).toEqual([]);
    expect((document.getElementById('a') as HTMLTextAreaElement).value).toBe('Số 12 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa');
    expect((document.getElementById('d') as HTMLInputElement).value).toBe('2021-04-10');
  });

  it('reports a field that rewrites what we type instead of pretending it is filled', async () => {
    mount('<label for="e">Email</label><input id="e">');
    const input = document.getElementById('e') as HTMLInputElement;
    input.addEventListener('input', () => {
      input.value = input.value.slice(0, 3);
    });
    const report = await fillPlan(planFill(collectControls(document), makeProfile()));
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.reason).toContain('Ô không nhận giá trị');
  });
});

describe('native selects and radio groups, by folded option text', () => {
  it('chooses "NỮ" for female, "Kinh (Việt)" for Kinh, "VIỆT NAM" for Việt Nam, and fires input + change', async () => {
    mount(`
      <label for="g">Giới tính</label><select id="g"><option value="">-- Chọn --</option><option value="1">NAM</option><option value="2">NỮ</option></select>
      <label for="t">Dân tộc</label><select id="t"><option value="">Chọn dân tộc</option><option value="01">Kinh (Việt)</option><option value="06">Mường</option></select>
      <label for="q">Quốc tịch</label><select id="q"><option value="">Chọn</option><option value="VN">VIỆT NAM</option><option value="LA">LÀO</option></select>`);
    const events: string[] = [];
    document.getElementById('g')?.addEventListener('change', (e) => events.push((e.target as HTMLSelectElement).value));
    const report = await fillPlan(planFill(collectControls(document), makeProfile()));
    expect(report.failed).toEqual([]);
    expect((document.getElementById('g') as HTMLSelectElement).value).toBe('2');
    expect((document.getElementById('t') as HTMLSelectElement).value).toBe('01');
    expect((document.getElementById('q') as HTMLSelectElement).value).toBe('VN');
    expect(events).toEqual(['2']);
  });

  it('an antd Radio.Group (no name) is one control, chosen by clicking the matching radio', async () => {
    mount(`<div class="ant-form-item"><div class="ant-form-item-label"><label title="Giới tính">Giới tính</label></div>
      <div id="GioiTinh" class="ant-radio-group ant-radio-group-outline">
        <label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input" value="1"></span><span>Nam</span></label>
        <label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input" value="2"></span><span>Nữ</span></label>
      </div></div>`);
    const clicks: string[] = [];
    document.querySelectorAll('input').forEach((r) => r.addEventListener('click', () => clicks.push(r.value)));
    const controls = collectControls(document);
    expect(controls.map((c) => [c.kind, c.radios?.length])).toEqual([['radio-group', 2]]);
    const report = await fillPlan(planFill(controls, makeProfile()));
    expect(report.filled.map((o) => o.shown)).toEqual(['Nữ']);
    expect(clicks).toEqual(['2']);
  });

  it('a named radio group (Form.io) is one control', async () => {
    mount(`<div class="formio-component formio-component-radio formio-component-GioiTinh" id="eabc123">
      <label ref="label" class="col-form-label" for="eabc123-GioiTinh" id="l-eabc123-GioiTinh">Giới tính</label>
      <div class="form-radio radio" role="radiogroup" aria-labelledby="l-eabc123-GioiTinh">
        <div class="radio form-check"><label class="form-check-label" for="x-nam"><input name="data[GioiTinh][x]" type="radio" class="form-check-input" value="nam" id="x-nam"><span>Nam</span></label></div>
        <div class="radio form-check"><label class="form-check-label" for="x-nu"><input name="data[GioiTinh][x]" type="radio" class="form-check-input" value="nu" id="x-nu"><span>Nữ</span></label></div>
      </div></div>`);
    const report = await fillPlan(planFill(collectControls(document), makeProfile()));
    expect(report.filled).toHaveLength(1);
    expect((document.getElementById('x-nu') as HTMLInputElement).checked).toBe(true);
  });

  it('two options that fold alike are not guessed between', async () => {
    mount(`<label for="c">Xã/phường thường trú</label><select id="c"><option value="">Chọn</option>
      <option value="15724">Xã Đồng Tiến</option><option value="15853">Phường Đông Tiến</option></select>`);
    const profile = makeProfile();
    profile.permanentAddress = { province: 'Tỉnh Thanh Hóa', commune: 'Dong Tien' };
    const report = await fillPlan(planFill(collectControls(document), profile));
    expect(report.failed[0]?.reason).toContain('Có nhiều lựa chọn giống');
    expect((document.getElementById('c') as HTMLSelectElement).value).toBe('');
  });

  it('a missing option fails with the reason, leaving the select as it was', async () => {
    mount('<label for="r">Tôn giáo</label><select id="r"><option value="">Chọn</option><option>Phật giáo</option></select>');
    const report = await fillPlan(planFill(collectControls(document), makeProfile()));
    expect(report.failed[0]?.reason).toBe('Không có lựa chọn "Không" trong danh sách');
    expect((document.getElementById('r') as HTMLSelectElement).selectedIndex).toBe(0);
  });
});
