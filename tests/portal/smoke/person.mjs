// Acting as a person with Puppeteer: real mouse clicks and key presses on the widgets the portal renders (antd, Form.io
// with Choices.js and flatpickr), never setting values through scripts.

const TIMEOUT = 10_000;

/**
 * Clicks an element the way a person would: only once nothing (a fading mask, a closing dropdown) covers its centre.
 * @param {import('puppeteer').ElementHandle} handle
 */
export async function clickFree(page, handle) {
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  // Wait until the element stands still (antd modals zoom in, dropdowns slide: no rc-motion class on the way up) and
  // is the topmost thing at its centre.
  const state = await page.waitForFunction((el) => {
    if (!el.isConnected) return 'detached';
    if (el.closest('[class*="-appear"], [class*="-enter"], [class*="-leave"]')) return null;
    const r = el.getBoundingClientRect();
    const key = `${r.left},${r.top},${r.width},${r.height}`;
    const steady = el.dataset.smokeRect === key;
    el.dataset.smokeRect = key;
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return steady && r.width > 0 && top !== null && (top === el || el.contains(top) || top.contains(el)) ? 'ready' : null;
  }, { timeout: TIMEOUT, polling: 'raf' }, handle);
  if ((await state.jsonValue()) === 'detached') throw new DetachedError();
  await handle.evaluate((el) => delete el.dataset.smokeRect);
  await handle.click();
}

/** The element was replaced by a re-render (Form.io redraws components) before it could be clicked. */
class DetachedError extends Error {}

/** Waits for `selector`, then clicks it with clickFree; looks it up again if a re-render replaced it meanwhile. */
export async function click(page, selector) {
  for (let attempt = 1; ; attempt += 1) {
    const handle = await page.waitForSelector(selector, { visible: true, timeout: TIMEOUT });
    try {
      await clickFree(page, handle);
      return;
    } catch (error) {
      if (!(error instanceof DetachedError) || attempt === 3) throw error;
    }
  }
}

/** Clicks the first element matching `selector` whose text (trimmed) equals or contains `text`. */
export async function clickText(page, selector, text, { exact = false } = {}) {
  for (let attempt = 1; ; attempt += 1) {
    const handle = await page.waitForFunction(
      (sel, wanted, whole) => [...document.querySelectorAll(sel)].find((el) => {
        const t = el.textContent.replace(/\s+/g, ' ').trim();
        return (whole ? t === wanted : t.includes(wanted)) && el.getClientRects().length > 0;
      }),
      { timeout: TIMEOUT },
      selector, text, exact,
    );
    try {
      await clickFree(page, handle.asElement());
      return;
    } catch (error) {
      if (!(error instanceof DetachedError) || attempt === 3) throw error;
    }
  }
}

/**
 * Clears an input or textarea by keyboard (Ctrl+A, Backspace), then enters the text the way an IME or a paste does
 * (one insertText: `input` events, no key events), which is what a Vietnamese keyboard produces anyway.
 */
export async function typeInto(page, selector, text) {
  await click(page, selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.sendCharacter(text);
}

/**
 * Chooses an option of an antd Select (showSearch) by typing its label and clicking the option whose title is exactly
 * the label. Waits for the select to be enabled and its options loaded.
 */
export async function chooseAntd(page, id, label) {
  const selector = `.ant-select:has(#${id})`;
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el && !el.classList.contains('ant-select-disabled') && !el.classList.contains('ant-select-loading');
  }, { timeout: TIMEOUT }, selector);
  await click(page, `${selector} .ant-select-selector`);
  await page.waitForSelector(`#${id}_list`, { timeout: TIMEOUT });
  await page.keyboard.sendCharacter(label);
  const option = await page.waitForFunction((listId, title) => {
    const dropdown = document.getElementById(listId)?.closest('.ant-select-dropdown');
    if (!dropdown || dropdown.classList.contains('ant-select-dropdown-hidden')) return null;
    return [...dropdown.querySelectorAll('.ant-select-item-option')].find((o) => o.getAttribute('title') === title) ?? null;
  }, { timeout: TIMEOUT }, `${id}_list`, label);
  await clickFree(page, option.asElement());
  await page.waitForFunction((sel, title) => document.querySelector(`${sel} .ant-select-selection-item`)?.getAttribute('title') === title,
    { timeout: TIMEOUT }, selector, label);
}

const component = (key) => `.formio-component-${key}`;

/** Form.io textfield / textarea / email / phoneNumber / number. */
export async function formioType(page, key, text) {
  await typeInto(page, `${component(key)} input[name="data[${key}]"], ${component(key)} textarea[name="data[${key}]"]`, text);
}

/**
 * Form.io datetime (flatpickr with allowInput): type the display format and press Enter, which makes flatpickr parse
 * the text (WIDGETS.md: a blur commits too, but Enter is immediate). Waits until Form.io holds the date.
 */
export async function formioDate(page, key, ddmmyyyy) {
  const input = `${component(key)} input.form-control:not([type="hidden"])`;
  await typeInto(page, input, ddmmyyyy);
  await page.keyboard.press('Enter');
  const [d, m, y] = ddmmyyyy.split('/');
  await page.waitForFunction((k, iso) => String(window.__demoPortal.getEFormData()?.[k] ?? '').startsWith(iso),
    { timeout: TIMEOUT }, key, `${y}-${m}-${d}`);
  const calendarOpen = await page.$('.flatpickr-calendar.open');
  if (calendarOpen) await page.keyboard.press('Escape');
}

/** Form.io day component: day and year inputs, month select. */
export async function formioDay(page, key, day, month, year) {
  await typeInto(page, `${component(key)} input[ref="day"]`, String(day));
  await page.select(`${component(key)} select[ref="month"]`, String(month));
  await typeInto(page, `${component(key)} input[ref="year"]`, String(year));
}

/**
 * Form.io select (Choices.js): open it, then type to search and click the matching choice. Choices searches on keyup,
 * and Puppeteer inserts non-ASCII letters without key events (a Vietnamese IME differs again), so for accented labels
 * the person scrolls the open list and clicks the choice instead.
 */
export async function formioChoose(page, key, label) {
  const search = `${component(key)} input.choices__input--cloned`;
  // Form.io may redraw a select while the debounced change of the previous field lands, closing a list just opened:
  // like a person, click again when the list did not stay open.
  for (let attempt = 1; ; attempt += 1) {
    const isOpen = await page.$eval(`${component(key)} .choices`, (el) => el.classList.contains('is-open'));
    if (!isOpen) await click(page, `${component(key)} .choices`);
    const open = await page.waitForSelector(search, { visible: true, timeout: 3000 }).catch(() => null);
    if (open) break;
    if (attempt === 3) throw new Error(`${key}: the Choices list did not open`);
  }
  if (/^[\x20-\x7e]+$/.test(label)) await page.type(search, label);
  const choice = await page.waitForFunction((sel, text) =>
    [...document.querySelectorAll(`${sel} .choices__list--dropdown .choices__item--choice`)]
      .find((c) => c.textContent.trim() === text && c.getClientRects().length > 0) ?? null,
  { timeout: TIMEOUT }, component(key), label).catch(async (error) => {
    const seen = await page.$$eval(`${component(key)} .choices__list--dropdown .choices__item`, (items) =>
      items.map((c) => `${c.textContent.trim()}${c.getClientRects().length ? '' : ' (hidden)'}`).slice(0, 8));
    const typed = await page.$eval(search, (el) => el.value);
    throw new Error(`${key}: no choice "${label}" after typing "${typed}"; dropdown: ${JSON.stringify(seen)} (${error.message})`);
  });
  await clickFree(page, choice.asElement());
  await page.waitForFunction((sel, text) =>
    document.querySelector(`${sel} .choices__list--single .choices__item`)?.textContent.trim().startsWith(text),
  { timeout: TIMEOUT }, component(key), label);
}

/** Form.io radio: click the option's label. */
export async function formioRadio(page, key, label) {
  await clickText(page, `${component(key)} label.form-check-label`, label, { exact: true });
}

/** Texts of the toasts currently shown, by kind. */
export async function waitForToast(page, kind, text) {
  await page.waitForFunction((k, t) =>
    [...document.querySelectorAll(`.Toastify__toast--${k} .Toastify__toast-body`)].some((b) => b.textContent.includes(t)),
  { timeout: TIMEOUT }, kind, text);
}
