/**
 * Tells the caller when to collect again: the portal renders forms late, swaps sections and navigates without
 * reloading. One MutationObserver (structure and visibility only, never text), debounced; same-document navigations
 * through the Navigation API where the browser has it, and popstate / hashchange otherwise.
 */

export interface WatchOptions {
  /** Quiet time before calling back; default 400 ms. */
  debounceMs?: number;
  /** The extension's own UI host: changes inside it are ignored. */
  exclude?: Element | null;
}

/** Popups and toasts come and go while anyone types or picks: they are not the form changing. */
const TRANSIENT = '.ant-select-dropdown, .ant-picker-dropdown, .choices__list--dropdown, .flatpickr-calendar, .Toastify, .ant-message, .ant-notification, .ant-tooltip';

const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'disabled', 'open', 'aria-hidden', 'aria-expanded'];

/** Calls `onChange` after the form under `root` changes. Returns a function that stops watching. */
export function watchForms(root: Document | Element, onChange: () => void, opts: WatchOptions = {}): () => void {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return () => undefined;
  const delay = opts.debounceMs ?? 400;
  const exclude = opts.exclude ?? null;
  let timer: number | undefined;

  const schedule = (): void => {
    if (timer !== undefined) view.clearTimeout(timer);
    timer = view.setTimeout(() => {
      timer = undefined;
      onChange();
    }, delay);
  };
  const relevant = (m: MutationRecord): boolean => {
    const target = m.target as Node;
    if (exclude && (exclude === target || exclude.contains(target))) return false;
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (el?.closest(TRANSIENT)) return false;
    // Typing changes classes of the focused field (antd's -focused, -status-error): not a new form.
    if (m.type === 'attributes' && m.attributeName === 'class') {
      return el?.matches('form, fieldset, section, .ant-form-item, .formio-component, .ant-collapse-item, .ant-tabs-tabpane, [role=tabpanel]') ?? false;
    }
    return true;
  };
  const observer = new view.MutationObserver((records) => {
    if (records.some(relevant)) schedule();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });

  const nav = (view as Window & { navigation?: EventTarget }).navigation;
  const onNavigate = (): void => schedule();
  nav?.addEventListener('navigatesuccess', onNavigate);
  view.addEventListener('popstate', onNavigate);
  view.addEventListener('hashchange', onNavigate);

  return () => {
    observer.disconnect();
    if (timer !== undefined) view.clearTimeout(timer);
    nav?.removeEventListener('navigatesuccess', onNavigate);
    view.removeEventListener('popstate', onNavigate);
    view.removeEventListener('hashchange', onNavigate);
  };
}
