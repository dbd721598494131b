// Acting on rendered components as a person would, in happy-dom: find by label or role, type, press keys, click.
import { render } from 'preact';
import type { ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(ui: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return root;
}

export function unmountAll(): void {
  for (const root of [...document.body.children]) {
    act(() => render(null, root));
    root.remove();
  }
}

/** The control whose <label> text is exactly `text` (the accessible name the page gives it). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, text: string): T {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const id = label?.getAttribute('for');
  const control = id === null || id === undefined ? label?.querySelector('input') : document.getElementById(id);
  if (control === null || control === undefined) throw new Error(`No control labelled "${text}"`);
  return control as T;
}

export function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name);
  if (found === undefined) throw new Error(`No button "${name}"`);
  return found;
}

export function typeText(input: HTMLInputElement, value: string): void {
  act(() => {
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function press(el: HTMLElement, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  act(() => {
    el.dispatchEvent(event);
  });
  return event;
}

export function blur(el: HTMLElement): void {
  act(() => {
    el.dispatchEvent(new FocusEvent('blur'));
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

export function click(el: HTMLElement): void {
  act(() => {
    el.click();
  });
}

/** Lets pending promises (saves, file reads) settle and the component re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** The texts an element's aria-describedby points to. */
export function description(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
