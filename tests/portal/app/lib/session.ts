// The session as redux-persist stores it (FACTS §4): localStorage["persist:root"] whose `auth` member is itself a
// JSON string holding the token pair. The SSO callback page (server) writes it; "Đăng xuất" removes it.
import { useEffect, useState } from 'react';
import { toast } from './toast';

const KEY = 'persist:root';

export interface Account {
  fullName: string;
  userName: string;
  soDinhDanh: string;
  email: string;
  phoneNumber: string;
  mucDoDinhDanh: number;
}

export function readToken(): string | null {
  try {
    const root = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Record<string, string> | null;
    if (!root?.auth) return null;
    const auth = JSON.parse(root.auth) as { data?: { token?: string } } | null;
    return auth?.data?.token || null;
  } catch {
    return null;
  }
}

let account: Account | null = null;
let loading: Promise<Account | null> | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function clearSession(): void {
  window.localStorage.removeItem(KEY);
  account = null;
  loading = null;
  emit();
}

/** Loads the signed-in account once; null without a valid session. */
export function loadAccount(): Promise<Account | null> {
  if (account) return Promise.resolve(account);
  const token = readToken();
  if (!token) return Promise.resolve(null);
  loading ??= fetch('/api/v1/users/me', { headers: { authorization: `Bearer ${token}`, Tenant: 'root' } })
    .then(async (response) => {
      if (!response.ok) {
        window.localStorage.removeItem(KEY);
        if (response.status === 401) toast.error('Hết phiên đăng nhập, vui lòng đăng nhập lại');
        emit();
        return null;
      }
      const body = (await response.json()) as { data: Account };
      account = body.data;
      emit();
      return account;
    })
    .catch(() => null)
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** `undefined` while loading, then the account or null. */
export function useAccount(): Account | null | undefined {
  const [value, setValue] = useState<Account | null | undefined>(account ?? (readToken() ? undefined : null));
  useEffect(() => {
    const update = () => setValue(account ?? (readToken() ? undefined : null));
    listeners.add(update);
    void loadAccount().then((loaded) => setValue(loaded));
    return () => {
      listeners.delete(update);
    };
  }, []);
  return value;
}

/** Standard padded base64 of the UTF-8 URL (FACTS §4 `state`). */
export function encodeState(url: string): string {
  const bytes = new TextEncoder().encode(url);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return window.btoa(binary);
}

export function decodeState(state: string): string | null {
  try {
    const binary = window.atob(state);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Real SSO URLs and query shapes (FACTS §4). The redirect_uri points at the API host, as configured in production. */
export function vneidUrl(returnUrl: string): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: 'dvc-thanhhoa-web',
    redirect_uri: 'https://apidvc.thanhhoa.gov.vn/vneidsso/callback',
    scope: 'openid',
    state: encodeState(returnUrl),
  });
  return `https://sso.dancuquocgia.gov.vn/auth?${params.toString()}`;
}

export function nationalSsoUrl(returnUrl: string): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: 'dichvucong-thanhhoa',
    redirect_uri: 'https://apidvc.thanhhoa.gov.vn/sso/callback',
    scope: 'openid',
    acr_values: 'LoA1',
    state: encodeState(returnUrl),
  });
  return `https://xacthuc.dichvucong.gov.vn/oauth2/authorize?${params.toString()}`;
}
