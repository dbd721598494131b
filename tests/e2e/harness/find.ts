/**
 * Finding things as a person does: by role and accessible name, or by visible text. ARIA queries go through
 * Chromium's accessibility tree, which also sees into the extension's closed shadow root, exactly as a screen reader does.
 */
import type { ElementHandle, Page } from 'puppeteer';

function ariaSelector(name: string, role?: string): string {
  const quoted = JSON.stringify(name);
  return role ? `::-p-aria([name=${quoted}][role="${role}"])` : `::-p-aria(${name})`;
}

export async function byRole(page: Page, role: string, name: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(ariaSelector(name, role), { visible: true, timeout });
  if (!handle) throw new Error(`No ${role} named "${name}"`);
  return handle;
}

export async function hasRole(page: Page, role: string, name: string): Promise<boolean> {
  return (await page.$(ariaSelector(name, role))) !== null;
}

/** Waits for visible text anywhere on the page (light DOM). */
export async function waitForText(page: Page, text: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((t) => document.body?.innerText.includes(t), { timeout }, text);
}

/** The visible text of an element, e.g. a region of the extension's UI found by its name. */
export async function textOf(handle: ElementHandle<Element>): Promise<string> {
  return handle.evaluate((el) => (el as HTMLElement).innerText ?? el.textContent ?? '');
}

/**
 * Whether focus lands on `handle`. The page moves focus in an effect after the render that shows the element, so this
 * waits briefly for it rather than reading the instant the element appears.
 */
export async function isFocused(page: Page, handle: ElementHandle<Element>, timeoutMs = 3000): Promise<boolean> {
  return page
    .waitForFunction((el) => el === document.activeElement, { timeout: timeoutMs, polling: 'raf' }, handle)
    .then(() => true, () => false);
}
