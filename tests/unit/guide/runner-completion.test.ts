import { afterEach, describe, expect, it } from 'vitest';
import { startState } from '../../../utils/guide';
import { demoInput, guideFrom, settle, sleep, TH } from './fixtures';
import { byId, cleanUp, setup } from './runner-setup';

afterEach(cleanUp);

describe('runner: completions advance the tour', () => {
  it('click on the target (or inside it) advances, without blocking the click', async () => {
    const { runner } = setup({ html: '<button id="search"><span id="label">Tra cứu</span></button><p id="else">x</p>' });
    let pageSawClick = false;
    byId('search').addEventListener('click', () => (pageSawClick = true));
    await runner.start();
    byId('else').click();
    expect(runner.state?.stepIndex).toBe(0);
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    byId('label').dispatchEvent(event);
    expect(runner.state?.stepIndex).toBe(1);
    expect(pageSawClick).toBe(true);
    expect(event.defaultPrevented).toBe(false);
  });

  it('valid: advances once the field has a value, no antd error, and the user leaves it', async () => {
    const { runner } = setup();
    await runner.start();
    runner.next();
    await settle();
    const input = byId('mhs') as HTMLInputElement;
    expect(runner.target).toBe(input);
    input.value = 'H56.14';
    byId('item').classList.add('ant-form-item-has-error');
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await sleep(30);
    expect(runner.state?.stepIndex).toBe(1);
    input.value = 'H56.14-240823-0001';
    byId('item').classList.remove('ant-form-item-has-error');
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(30);
    expect(runner.state?.stepIndex).toBe(2);
  });

  it('valid: a field left while the form still showed an error completes once the form clears it (slow validation)', async () => {
    const { runner } = setup();
    await runner.start();
    runner.next();
    await settle();
    const input = byId('mhs') as HTMLInputElement;
    input.value = 'H56.14-240823-0001';
    byId('item').classList.add('ant-form-item-has-error'); // the error of an earlier keystroke, not yet cleared
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await sleep(30);
    expect(runner.state?.stepIndex).toBe(1);
    byId('item').classList.remove('ant-form-item-has-error'); // the form's own validation catches up
    await settle();
    expect(runner.state?.stepIndex).toBe(2);
  });

  it('valid: leaving the field for the guide’s own popover is not finishing it ("Tiếp" moves on by itself)', async () => {
    const host = document.createElement('div');
    const { runner } = setup({ exclude: host });
    document.body.append(host);
    await runner.start();
    runner.next();
    await settle();
    const input = byId('mhs') as HTMLInputElement;
    input.value = 'H56.14-240823-0001';
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: host }));
    await sleep(30);
    expect(runner.state?.stepIndex).toBe(1);
  });

  it('valid: an empty field does not complete', async () => {
    const { runner } = setup();
    await runner.start();
    runner.next();
    await settle();
    byId('mhs').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await sleep(30);
    expect(runner.state?.stepIndex).toBe(1);
  });

  it('url: advances when the SPA navigates to a matching page', async () => {
    const guide = guideFrom({
      ...demoInput,
      steps: [
        { id: 'mo', title: demoInput.title, body: demoInput.summary, completion: { type: 'url', pattern: `${TH}/chi-tiet-thu-tuc/*` } },
        demoInput.steps[2]!,
      ],
    });
    const { runner, navigate } = setup({ guide, url: `${TH}/danh-muc-tthc` });
    await runner.start();
    navigate(`${TH}/danh-muc-tthc?TuKhoa=khai%20sinh`);
    await settle();
    expect(runner.state?.stepIndex).toBe(0);
    navigate(`${TH}/chi-tiet-thu-tuc/1.000894.000.00.00.H56`);
    await settle();
    expect(runner.state).toMatchObject({ stepIndex: 1, history: [{ step: 0, via: 'completed' }] });
  });

  it('url: completes on arrival after a full reload (login round trip), but not after "Quay lại"', async () => {
    const guide = guideFrom({
      ...demoInput,
      steps: [
        { id: 'mo', title: demoInput.title, body: demoInput.summary, completion: { type: 'url', pattern: `${TH}/nop-ho-so-truc-tuyen` } },
        demoInput.steps[2]!,
      ],
    });
    const returning = setup({ guide, url: `${TH}/nop-ho-so-truc-tuyen?maTTHC=1&donVi=2&truongHopId=3` });
    await returning.store.save(startState(guide, 1));
    await returning.runner.start();
    expect(returning.runner.state?.stepIndex).toBe(1);
    returning.runner.back();
    expect(returning.runner.state?.stepIndex).toBe(0);
  });

  it('appear: advances when an element appears, and not when it was already there after "Quay lại"', async () => {
    const guide = guideFrom({
      ...demoInput,
      steps: [
        demoInput.steps[2]!,
        {
          id: 'gui',
          title: demoInput.title,
          body: demoInput.summary,
          target: [{ role: 'button', name: 'Tra cứu' }],
          completion: { type: 'appear', locators: [{ text: 'Đăng ký hồ sơ thành công' }] },
        },
        { ...demoInput.steps[2]!, id: 'cuoi' },
      ],
    });
    const { runner } = setup({ guide });
    await runner.start();
    runner.next();
    expect(runner.state?.stepIndex).toBe(1);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog">Đăng ký hồ sơ thành công</div>');
    await settle();
    expect(runner.state?.stepIndex).toBe(2);
    runner.back();
    await settle();
    expect(runner.state?.stepIndex).toBe(1);
  });

  it('the extension’s own button is found through the content script’s callback, and its click completes', async () => {
    const guide = guideFrom({
      ...demoInput,
      steps: [
        { id: 'tu-dong', title: demoInput.title, body: demoInput.summary, target: [{ extension: 'autofill-button' }], completion: { type: 'click' } },
        demoInput.steps[2]!,
      ],
    });
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Điền tự động';
    shadow.append(button);
    const { runner } = setup({ guide, exclude: host, resolveExtension: () => button });
    document.body.append(host);
    await runner.start();
    expect(runner.target).toBe(button);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(runner.state?.stepIndex).toBe(1);
  });
});

