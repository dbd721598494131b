/** Re-collecting when the SPA renders late or swaps sections, without reacting to every keystroke. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchForms } from '../../../utils/autofill';

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('watchForms', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    document.body.innerHTML = '<main id="app"></main><div id="ext-host"></div>';
  });
  afterEach(() => stop?.());

  it('calls back once after a burst of changes (debounced)', async () => {
    let calls = 0;
    stop = watchForms(document, () => calls++, { debounceMs: 40 });
    const app = document.getElementById('app') as HTMLElement;
    app.innerHTML = '<form><input name="a"></form>';
    app.querySelector('form')?.append(document.createElement('input'));
    await wait(10);
    expect(calls).toBe(0);
    await wait(80);
    expect(calls).toBe(1);
  });

  it('calls back when a section is shown', async () => {
    const app = document.getElementById('app') as HTMLElement;
    app.innerHTML = '<section style="display:none"><input name="a"></section>';
    let calls = 0;
    stop = watchForms(document, () => calls++, { debounceMs: 20 });
    (app.querySelector('section') as HTMLElement).style.display = 'block';
    await wait(60);
    expect(calls).toBe(1);
  });

  it('ignores the extension\'s own UI, dropdown popups and class changes of a field being typed in', async () => {
    const app = document.getElementById('app') as HTMLElement;
    app.innerHTML = '<input name="a"><div class="ant-select-dropdown"></div>';
    let calls = 0;
    stop = watchForms(document, () => calls++, { debounceMs: 20, exclude: document.getElementById('ext-host') });
    (document.getElementById('ext-host') as HTMLElement).innerHTML = '<div class="panel">Đã điền 12 trường</div>';
    (app.querySelector('.ant-select-dropdown') as HTMLElement).innerHTML = '<div class="ant-select-item">Thanh Hóa</div>';
    (app.querySelector('input') as HTMLElement).className = 'ant-input-focused';
    await wait(60);
    expect(calls).toBe(0);
  });

  it('stops when asked', async () => {
    let calls = 0;
    stop = watchForms(document, () => calls++, { debounceMs: 20 });
    stop();
    (document.getElementById('app') as HTMLElement).innerHTML = '<input>';
    await wait(60);
    expect(calls).toBe(0);
  });
});
