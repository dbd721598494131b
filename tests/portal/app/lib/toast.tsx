// react-toastify's markup without the package (FACTS §2): .Toastify__toast--error|--warning|--info|--success with the
// text in .Toastify__toast-body (role="alert", as in react-toastify 9). Toasts close after 5 s or on click.
import { useEffect, useState } from 'react';

type Kind = 'error' | 'warning' | 'info' | 'success';
interface Item {
  id: number;
  kind: Kind;
  message: string;
}

let items: Item[] = [];
let nextId = 1;
const listeners = new Set<(list: Item[]) => void>();

function emit() {
  for (const listener of listeners) listener(items);
}

function show(kind: Kind, message: string) {
  const item = { id: nextId++, kind, message };
  items = [...items, item];
  emit();
  window.setTimeout(() => dismiss(item.id), 5000);
}

function dismiss(id: number) {
  items = items.filter((item) => item.id !== id);
  emit();
}

export const toast = {
  error: (message: string) => show('error', message),
  warning: (message: string) => show('warning', message),
  info: (message: string) => show('info', message),
  success: (message: string) => show('success', message),
};

export function ToastContainer() {
  const [list, setList] = useState<Item[]>(items);
  useEffect(() => {
    listeners.add(setList);
    return () => {
      listeners.delete(setList);
    };
  }, []);
  return (
    <div className="Toastify">
      {list.length > 0 && (
        <div className="Toastify__toast-container Toastify__toast-container--top-right">
          {list.map((item) => (
            <div
              key={item.id}
              id={String(item.id)}
              className={`Toastify__toast Toastify__toast-theme--light Toastify__toast--${item.kind}`}
              onClick={() => dismiss(item.id)}
            >
              <div role="alert" className="Toastify__toast-body">
                <div>{item.message}</div>
              </div>
              <button className="Toastify__close-button Toastify__close-button--light" type="button" aria-label="close">
                ✕
              </button>
              <div className={`Toastify__progress-bar Toastify__progress-bar--${item.kind}`} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
