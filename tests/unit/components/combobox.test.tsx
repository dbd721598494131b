import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { Combobox } from '../../../components/forms/Combobox';
import { addressPickers } from '../../../components/profile/options';
import { realBook } from '../address/book';
import { blur, button, byLabel, click, mount, press, typeText, unmountAll } from './dom';

afterEach(unmountAll);

const pickers = addressPickers(realBook());

function Harness({ initial = '', onValue }: { initial?: string; onValue?: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <Combobox
      id="c"
      label="Tỉnh, thành phố"
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
      options={pickers.provinces}
      resolve={pickers.resolveProvince}
    />
  );
}

function options(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="option"]')];
}

describe('the picker (ARIA combobox)', () => {
  it('filters without diacritics, highlights the first match and picks it with Enter', () => {
    const root = mount(<Harness />);
    const input = byLabel(root, 'Tỉnh, thành phố');
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    typeText(input, 'thanh hoa');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const shown = options(root);
    expect(shown[0]?.textContent).toBe('Tỉnh Thanh Hóa');
    expect(input.getAttribute('aria-activedescendant')).toBe(shown[0]?.id);
    expect(shown[0]?.getAttribute('aria-selected')).toBe('true');
    const enter = press(input, 'Enter');
    // Picking must not also submit a surrounding form.
    expect(enter.defaultPrevented).toBe(true);
    expect(input.value).toBe('Tỉnh Thanh Hóa');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the whole list with ArrowDown, moves with the arrows and wraps, and Escape closes without choosing', () => {
    const root = mount(<Harness />);
    const input = byLabel(root, 'Tỉnh, thành phố');
    press(input, 'ArrowDown');
    expect(options(root)).toHaveLength(34);
    expect(input.getAttribute('aria-activedescendant')).toBe(options(root)[0]?.id);
    press(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options(root)[33]?.id);
    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options(root)[1]?.id);
    const escape = press(input, 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('');
  });

  it('reopens on the current value, highlighted', () => {
    const root = mount(<Harness initial="Tỉnh Nghệ An" />);
    const input = byLabel(root, 'Tỉnh, thành phố');
    press(input, 'ArrowDown');
    const active = root.querySelector(`#${input.getAttribute('aria-activedescendant') ?? 'none'}`);
    expect(active?.textContent).toBe('Tỉnh Nghệ An');
  });

  it('takes the official spelling on leaving when the text names exactly one option, and keeps free text otherwise', () => {
    const seen: string[] = [];
    const root = mount(<Harness onValue={(v) => seen.push(v)} />);
    const input = byLabel(root, 'Tỉnh, thành phố');
    typeText(input, 'thanh hoá');
    blur(input);
    expect(input.value).toBe('Tỉnh Thanh Hóa');
    typeText(input, 'Xứ Thanh');
    expect(options(root)).toHaveLength(0);
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    // Nothing to pick: Enter is left to the form.
    expect(press(input, 'Enter').defaultPrevented).toBe(false);
    blur(input);
    expect(input.value).toBe('Xứ Thanh');
    expect(seen.at(-1)).toBe('Xứ Thanh');
  });

  it('lets a mouse user pick an option and open the list with the toggle', () => {
    const root = mount(<Harness />);
    const input = byLabel(root, 'Tỉnh, thành phố');
    click(button(root, 'Mở danh sách: Tỉnh, thành phố'));
    const ninhBinh = options(root).find((o) => o.textContent === 'Tỉnh Ninh Bình');
    if (ninhBinh === undefined) throw new Error('Ninh Bình missing');
    click(ninhBinh);
    expect(input.value).toBe('Tỉnh Ninh Bình');
  });
});
