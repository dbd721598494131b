/**
 * The lookup, run in the portal's own lookup tab (content script): do what the person would do, press "Tra cứu", and
 * read what the page shows. The page runs its own invisible reCAPTCHA, so this only ever happens after the user asked
 * for a lookup in the extension. FACTS §7: a deep link fills MHS/SGT but sends nothing until "Tra cứu" is pressed.
 */
import { fold } from '../../text/fold';
import { readLookupResult } from '../capture/lookup-result';
import { lookupFailure, type LookupOutcome } from '../capture/outcome';
import { OWN_UI_SELECTOR } from '../capture/types';

export interface InPageLookup {
  code: string;
  idNumber: string;
  timeoutMs: number;
}

function searchButton(doc: Document): HTMLElement | undefined {
  const buttons = Array.from(doc.querySelectorAll<HTMLElement>('button, input[type=submit], [role=button]'));
  return (
    buttons.find((b) => b.classList.contains('btnTimKiemHoSo')) ?? buttons.find((b) => fold(b.textContent ?? b.getAttribute('value') ?? '') === 'tra cuu')
  );
}

function field(doc: Document, id: string, placeholder: string): HTMLInputElement | undefined {
  const byId = doc.getElementById(id);
  if (byId instanceof HTMLInputElement) return byId;
  return Array.from(doc.querySelectorAll('input')).find((i) => fold(i.placeholder) === fold(placeholder));
}

/** Types a value the way React registers it (FACTS §2): the prototype setter, then input and change events. */
function setValue(input: HTMLInputElement, value: string): void {
  if (input.value === value) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Resolves when `check` returns a value, re-checking on DOM changes; undefined after the deadline. */
function waitFor<T>(doc: Document, check: () => T | undefined, deadline: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const first = check();
    if (first !== undefined) return resolve(first);
    const observer = new MutationObserver(() => {
      const value = check();
      if (value !== undefined) finish(value);
    });
    const timer = setTimeout(() => finish(check()), Math.max(0, deadline - Date.now()));
    const finish = (value: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

export async function runLookupInPage(doc: Document, request: InPageLookup): Promise<LookupOutcome> {
  const deadline = Date.now() + request.timeoutMs;
  const ready = await waitFor(doc, () => {
    const button = searchButton(doc);
    const code = field(doc, 'MHS', 'Nhập mã hồ sơ');
    const id = field(doc, 'SGT', 'Nhập số CC/HC/MST');
    return button && code && id ? { button, code, id } : undefined;
  }, deadline);
  if (!ready) return lookupFailure('unreadable');

  setValue(ready.code, request.code);
  setValue(ready.id, request.idNumber);
  const ctx = { url: doc.location?.href ?? '', ignoreSelector: OWN_UI_SELECTOR };
  ready.button.click();
  const outcome = await waitFor(doc, () => {
    const now = readLookupResult(doc, { ...ctx, now: new Date() });
    return now.kind === 'pending' ? undefined : now;
  }, deadline);
  return outcome ?? lookupFailure('timeout');
}
