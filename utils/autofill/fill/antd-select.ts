/**
 * antd 5 Select (rc-select), following the sequence seen to register on the portal (WIDGETS.md): mousedown on
 * `.ant-select-selector` opens it; the dropdown is found through `#<id>_list`; wait for options and for
 * `.ant-select-loading` to go; narrow the list by typing the name (the portal's filter is an accent-sensitive substring
 * match on the label, antd's default one matches codes); pick the option whose whole title matches (never a
 * substring: "Quận 1" is not "Quận 10"); if typing finds nothing, clear the search and scroll the virtual list (about
 * 10 options are in the DOM at a time) scanning titles by fold. A cascade child waits until it is enabled.
 */
import { byId, textOf, viewOf } from '../dom';
import { AMBIGUOUS, pickOption, searchTextFor } from '../options';
import type { Control, FillValue, OptionWant } from '../types';
import { done, failed, missReason, type DriverContext, type DriverResult } from './driver';
import { blurElement, fireInput, key, mouse, press, setNativeValue } from './events';
import { settle, waitFor } from './wait';

const OPEN_MS = 2000;
const FILTER_MS = 1200;
const SCROLL_MS = 300;
const MAX_SCROLLS = 400;

type Found = { el: Element; title: string } | typeof AMBIGUOUS | undefined;

function dropdownOf(input: HTMLElement): HTMLElement | undefined {
  const ids = [input.id && `${input.id}_list`, input.getAttribute('aria-controls'), input.getAttribute('aria-owns')];
  for (const id of ids) {
    const list = id ? byId(input, id) : null;
    const dropdown = list?.closest<HTMLElement>('.ant-select-dropdown');
    if (dropdown) return dropdown;
  }
  return undefined;
}

function titleOf(option: Element): string {
  return option.getAttribute('title') || textOf(option.querySelector('.ant-select-item-option-content') ?? option);
}

function scan(dropdown: Element, want: OptionWant): Found {
  const options = Array.from(dropdown.querySelectorAll('.ant-select-item-option:not(.ant-select-item-option-disabled)'));
  const titles = options.map(titleOf);
  const index = pickOption(titles, want);
  if (index === AMBIGUOUS) return AMBIGUOUS;
  const el = options[index];
  return el ? { el, title: titles[index] ?? '' } : undefined;
}

function selectedTitle(root: Element): string {
  const item = root.querySelector('.ant-select-selection-item');
  return item ? item.getAttribute('title') || textOf(item) : '';
}

function isOpen(dropdown: Element | undefined): dropdown is HTMLElement {
  return dropdown !== undefined && dropdown.isConnected && !dropdown.classList.contains('ant-select-dropdown-hidden');
}

async function open(root: HTMLElement, input: HTMLElement, ctx: DriverContext): Promise<HTMLElement | undefined> {
  const current = dropdownOf(input);
  if (isOpen(current) && root.classList.contains('ant-select-open')) return current;
  mouse(root.querySelector('.ant-select-selector') ?? root, 'mousedown');
  return waitFor(() => {
    const d = dropdownOf(input);
    return isOpen(d) ? d : undefined;
  }, root, OPEN_MS, ctx);
}

function close(root: HTMLElement, input: HTMLElement): void {
  if (root.classList.contains('ant-select-open')) key(input, 'keydown', 'Escape');
  blurElement(input); // rc-select also closes on blur
}

function typeSearch(input: HTMLInputElement, text: string): void {
  setNativeValue(input, text);
  fireInput(input, text);
}

function renderedTitles(dropdown: Element): string[] {
  return Array.from(dropdown.querySelectorAll('.ant-select-item-option'), titleOf);
}

/**
 * Narrow the list by typing, then scan what is left (scrolling if more than a page matches). Resolves with the match,
 * or undefined after clearing the search again.
 */
async function search(root: HTMLElement, input: HTMLInputElement, dropdown: HTMLElement, want: OptionWant, ctx: DriverContext): Promise<Found> {
  const text = searchTextFor(want);
  if (text === '' || input.readOnly) return undefined;
  typeSearch(input, text);
  const needle = text.toLowerCase();
  // Settled: our option is shown, or nothing matches, or every shown option contains the text (a label filter).
  const settled = await waitFor<Found | 'empty' | 'filtered'>(() => {
    const hit = scan(dropdown, want);
    if (hit) return hit;
    if (dropdown.querySelector('.ant-select-item-empty')) return 'empty';
    const titles = renderedTitles(dropdown);
    return titles.length > 0 && titles.every((t) => t.toLowerCase().includes(needle)) ? 'filtered' : undefined;
  }, root, FILTER_MS, ctx);
  let found: Found = settled === 'empty' || settled === 'filtered' ? undefined : settled;
  if (!found && settled !== 'empty' && dropdown.querySelector('.ant-select-item-option')) {
    found = await scrollScan(root, dropdown, want, ctx);
  }
  if (found) return found;
  typeSearch(input, '');
  await waitFor(() => dropdown.querySelector('.ant-select-item-option'), root, FILTER_MS, ctx);
  return undefined;
}

/** Scroll the virtual list from the top, scanning each page of rendered options. */
async function scrollScan(root: HTMLElement, dropdown: HTMLElement, want: OptionWant, ctx: DriverContext): Promise<Found> {
  const holder = dropdown.querySelector<HTMLElement>('.rc-virtual-list-holder');
  if (!holder) return undefined;
  const firstTitle = (): string => {
    const first = dropdown.querySelector('.ant-select-item-option');
    return first ? titleOf(first) : '';
  };
  const scrollTo = async (top: number): Promise<void> => {
    const before = firstTitle();
    holder.scrollTop = top;
    holder.dispatchEvent(new (viewOf(holder).Event)('scroll'));
    await waitFor(() => firstTitle() !== before, root, SCROLL_MS, ctx);
  };
  if (holder.scrollTop !== 0) await scrollTo(0);
  for (let i = 0; i < MAX_SCROLLS; i++) {
    const hit = scan(dropdown, want);
    if (hit) return hit;
    const before = holder.scrollTop;
    await scrollTo(before + Math.max(holder.clientHeight, 160));
    if (holder.scrollTop <= before) return scan(dropdown, want);
  }
  return undefined;
}

async function choose(control: Control, want: OptionWant, label: string, ctx: DriverContext): Promise<DriverResult> {
  const root = control.host;
  const input = control.element as HTMLInputElement;
  if (root.classList.contains('ant-select-disabled')) {
    const enabled = await waitFor(() => !root.classList.contains('ant-select-disabled'), root, ctx.timeoutMs, ctx);
    if (!enabled) return failed('Ô chọn vẫn bị khóa (chưa chọn được cấp trên?)');
  }
  const dropdown = await open(root, input, ctx);
  if (!dropdown) return failed('Không mở được danh sách lựa chọn');
  try {
    const loaded = await waitFor(
      () => !root.classList.contains('ant-select-loading') && dropdown.querySelector('.ant-select-item-option') !== null,
      root, ctx.timeoutMs, ctx,
    );
    if (!loaded) return failed('Danh sách lựa chọn chưa tải được');
    let found = scan(dropdown, want);
    if (!found && root.classList.contains('ant-select-show-search')) found = await search(root, input, dropdown, want, ctx);
    if (!found) found = await scrollScan(root, dropdown, want, ctx);
    if (!found || found === AMBIGUOUS) return failed(missReason(found ?? -1, label));
    const title = found.title;
    press(found.el);
    const chosen = await waitFor(() => selectedTitle(root) === title, root, OPEN_MS, ctx);
    return chosen ? done(title) : failed('Cổng không nhận lựa chọn');
  } finally {
    close(root, input);
    await settle(root, 0, ctx);
  }
}

export function fillAntdSelect(control: Control, value: FillValue, ctx: DriverContext): Promise<DriverResult> {
  return choose(control, value.option ?? { labels: [value.text], mode: 'text' }, value.text, ctx);
}

/** Undo to empty: antd's clear button (allowClear). Without one the choice cannot be removed. */
export async function clearAntdSelect(control: Control, ctx: DriverContext): Promise<boolean> {
  const clear = control.host.querySelector('.ant-select-clear');
  if (!clear) return false;
  mouse(clear, 'mousedown');
  mouse(clear, 'mouseup');
  return (await waitFor(() => selectedTitle(control.host) === '', control.host, OPEN_MS, ctx)) === true;
}
