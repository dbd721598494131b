/**
 * Form.io 4 widgets that are not plain inputs (WIDGETS.md): the "day" component's parts and the Choices.js select.
 * Text fields and textareas go through the native driver; datetime through dates.ts.
 */
import { isSelect, textOf } from '../dom';
import { AMBIGUOUS, pickOption, searchTextFor } from '../options';
import { readValue } from '../read';
import type { Control, FillValue, OptionWant } from '../types';
import { done, failed, missReason, type DriverContext, type DriverResult } from './driver';
import { fire, fireInput, focusElement, key, mouse, press, setNativeValue } from './events';
import { fillSelect } from './native';
import { waitFor } from './wait';

const OPEN_MS = 2000;
const FILTER_MS = 1500;

/** `[ref=day]`, `[ref=year]`: set + input; `[ref=month]` is a <select> of 1-12: set + input + change. */
export async function fillDayPart(control: Control, value: FillValue): Promise<DriverResult> {
  const el = control.element;
  if (isSelect(el)) return fillSelect(control, { ...value, option: { labels: [value.text], mode: 'number' } });
  const input = el as HTMLInputElement;
  setNativeValue(input, value.text);
  fireInput(input, value.text);
  fire(input, 'change');
  return Number(input.value) === Number(value.text) ? done(input.value) : failed('Ô không nhận giá trị');
}

function choiceItems(root: Element): Element[] {
  return Array.from(root.querySelectorAll(
    '.choices__list--dropdown .choices__item--choice:not(.has-no-choices):not(.has-no-results):not(.choices__placeholder)',
  ));
}

function findChoice(root: Element, want: OptionWant): Element | typeof AMBIGUOUS | undefined {
  const items = choiceItems(root);
  const index = pickOption(items.map((i) => textOf(i)), want);
  return index === AMBIGUOUS ? AMBIGUOUS : items[index];
}

async function choose(control: Control, want: OptionWant, label: string, ctx: DriverContext): Promise<DriverResult> {
  const root = control.host;
  const opener = root.firstElementChild ?? root;
  press(opener);
  await waitFor(() => choiceItems(root).length > 1 || findChoice(root, want) !== undefined, root, OPEN_MS, ctx);
  let hit = findChoice(root, want);
  const searchBox = root.querySelector<HTMLInputElement>('input.choices__input--cloned');
  if (hit === undefined && searchBox) {
    // Form.io's Choices fork searches on keyup (remote lists load only then).
    const text = searchTextFor(want);
    focusElement(searchBox);
    key(searchBox, 'keydown', 'a');
    setNativeValue(searchBox, text);
    fireInput(searchBox, text);
    key(searchBox, 'keyup', 'a');
    hit = await waitFor(() => findChoice(root, want), root, Math.max(FILTER_MS, ctx.timeoutMs), ctx);
  }
  if (hit === undefined || hit === AMBIGUOUS) {
    key(root, 'keydown', 'Escape');
    return failed(missReason(hit ?? -1, label));
  }
  const target = hit;
  const title = textOf(target);
  mouse(target, 'mousedown');
  let chosen = await waitFor(() => readValue(control) === title, root, 300, ctx);
  if (!chosen && target.isConnected) {
    mouse(target, 'click');
    chosen = await waitFor(() => readValue(control) === title, root, OPEN_MS, ctx);
  }
  if (root.classList.contains('is-open')) key(root, 'keydown', 'Escape');
  return chosen ? done(title) : failed('Form.io không nhận lựa chọn');
}

export function fillChoices(control: Control, value: FillValue, ctx: DriverContext): Promise<DriverResult> {
  return choose(control, value.option ?? { labels: [value.text], mode: 'text' }, value.text, ctx);
}

/** Undo to empty: the remove button Choices shows when removeItemButton is on. */
export async function clearChoices(control: Control, ctx: DriverContext): Promise<boolean> {
  const button = control.host.querySelector('.choices__list--single .choices__button');
  if (!button) return false;
  press(button);
  return (await waitFor(() => readValue(control) === '', control.host, OPEN_MS, ctx)) === true;
}
