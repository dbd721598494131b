// Calls to /api/v1 with the envelope {succeeded, failed, message, data} (FACTS §2). A 401 means the session expired:
// the real portal then shows "Hết phiên đăng nhập, vui lòng đăng nhập lại".
import { clearSession, readToken } from './session';
import { toast } from './toast';

export interface ApiResult<T> {
  succeeded: boolean;
  message: string;
  data: T;
  status: number;
  totalCount?: number;
}

export async function api<T>(path: string, options: { method?: string; body?: unknown; raw?: Blob } = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Tenant: 'root' };
  const token = readToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.raw) body = options.raw;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body });
  } catch {
    return { succeeded: false, message: 'Không thể kết nối tới máy chủ', data: undefined as T, status: 0 };
  }
  let json: Partial<ApiResult<T>> = {};
  try {
    json = (await response.json()) as Partial<ApiResult<T>>;
  } catch {
    /* non-JSON error page */
  }
  if (response.status === 401) {
    clearSession();
    toast.error('Hết phiên đăng nhập, vui lòng đăng nhập lại');
  }
  return {
    succeeded: response.ok && json.succeeded === true,
    message: json.message ?? response.statusText,
    data: json.data as T,
    status: response.status,
    totalCount: json.totalCount,
  };
}
