// A tiny history.pushState router: the portal is a real SPA (react-router in production), so navigations inside it are
// soft (no page load) and the extension must notice URL changes without reloads.
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<() => void>();

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = new URL(to, window.location.href);
  if (target.origin !== window.location.origin) {
    window.location.assign(target.href);
    return;
  }
  if (options.replace) window.history.replaceState(null, '', target.href);
  else window.history.pushState(null, '', target.href);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', () => {
  for (const listener of listeners) listener();
});

/** Current path and query; re-renders on every navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams; href: string } {
  const [href, setHref] = useState(window.location.href);
  useEffect(() => {
    const update = () => setHref(window.location.href);
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  const url = new URL(href);
  return { pathname: url.pathname, search: url.searchParams, href };
}

export function Link(props: { to: string; children: ReactNode; className?: string; id?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} onClick={onClick} className={props.className} id={props.id}>
      {props.children}
    </a>
  );
}

/** Matches "/portaldvc/tin-bai/:id" style patterns; returns the params or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(
    `^${pattern.replace(/\/:([a-zA-Z]+)/g, (_m, name: string) => {
      names.push(name);
      return '/([^/]+)';
    })}/?$`,
  );
  const match = regex.exec(pathname);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
}
