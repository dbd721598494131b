import { describe, expect, it } from 'vitest';
import { isEditable, isFieldValid, ownsArrowKeys } from '../../../utils/guide';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
}

describe('is a field done (the "valid" completion)', () => {
  it('needs a value', () => {
    const input = html('<input value="">') as HTMLInputElement;
    expect(isFieldValid(input)).toBe(false);
    input.value = '0912345678';
    expect(isFieldValid(input)).toBe(true);
  });

  it('is not done while antd shows an error on its form item', () => {
    const item = html('<div class="ant-form-item ant-form-item-has-error"><input id="i" value="09"></div>');
    expect(isFieldValid(item.querySelector('input') as Element)).toBe(false);
    const explained = html('<div class="ant-form-item"><input value="09"><div class="ant-form-item-explain-error">Độ dài không hợp lệ</div></div>');
    expect(isFieldValid(explained.querySelector('input') as Element)).toBe(false);
  });

  it('is not done when marked aria-invalid', () => {
    expect(isFieldValid(html('<input value="x" aria-invalid="true">'))).toBe(false);
  });

  it('an antd Select is done when an option is chosen', () => {
    const select = html('<div class="ant-select"><div class="ant-select-selector"><input role="combobox" value=""></div></div>');
    expect(isFieldValid(select)).toBe(false);
    select.querySelector('.ant-select-selector')?.insertAdjacentHTML('beforeend', '<span class="ant-select-selection-item" title="Thanh Hóa">Thanh Hóa</span>');
    expect(isFieldValid(select)).toBe(true);
  });

  it('a checkbox is done when ticked', () => {
    const box = html('<input type="checkbox">') as HTMLInputElement;
    expect(isFieldValid(box)).toBe(false);
    box.checked = true;
    expect(isFieldValid(box)).toBe(true);
  });
});

describe('where keys belong to the page', () => {
  it('typing targets are editable; buttons are not', () => {
    expect(isEditable(html('<input>'))).toBe(true);
    expect(isEditable(html('<textarea></textarea>'))).toBe(true);
    expect(isEditable(html('<div contenteditable="true"></div>'))).toBe(true);
    expect(isEditable(html('<input type="checkbox">'))).toBe(false);
    expect(isEditable(html('<button>x</button>'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });

  it('radio groups and menus own the arrow keys', () => {
    expect(ownsArrowKeys(html('<input type="radio">'))).toBe(true);
    expect(ownsArrowKeys(html('<div role="menu"><div role="menuitem" id="m">a</div></div>').querySelector('#m'))).toBe(true);
    expect(ownsArrowKeys(html('<a href="#">a</a>'))).toBe(false);
  });
});
