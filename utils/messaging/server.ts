/**
 * The background's message router: validates the envelope, the sender and the payload before a handler runs, and
 * turns every failure into an `{ok: false, error}` answer.
 */
import { browser, type Browser } from 'wxt/browser';
import { isOfficialUrl } from '../portal/origins';
import { MessageError, RequestEnvelope, type ResponseEnvelope } from './envelope';
import { PROTOCOL, type PayloadOf, type RequestType, type ResultOf, type SenderKind } from './protocol';

export type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [T in RequestType]: (payload: PayloadOf<T>, sender: Sender) => Promise<ResultOf<T>> | ResultOf<T>;
};

/** Which kind of context sent this, or undefined for anything we do not trust. */
export function senderKind(sender: Sender): SenderKind | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const extensionRoot = browser.runtime.getURL('/');
  if (sender.url?.startsWith(extensionRoot)) return 'page';
  if (sender.tab && sender.url && isOfficialUrl(sender.url) && sender.frameId === 0) return 'portal';
  return undefined;
}

function failure(code: string, message: string): ResponseEnvelope {
  return { ok: false, error: { code, message } };
}

export async function dispatch(handlers: Handlers, raw: unknown, sender: Sender): Promise<ResponseEnvelope> {
  const envelope = RequestEnvelope.safeParse(raw);
  if (!envelope.success || !(envelope.data.type in PROTOCOL)) {
    return failure('unknown-request', 'Yêu cầu không hợp lệ.');
  }
  const type = envelope.data.type as RequestType;
  const route = PROTOCOL[type];
  const kind = senderKind(sender);
  if (!kind || !route.from.includes(kind)) return failure('forbidden', 'Yêu cầu này không được phép từ trang này.');
  const payload = route.payload.safeParse(envelope.data.payload ?? {});
  if (!payload.success) return failure('bad-payload', 'Dữ liệu gửi kèm yêu cầu không hợp lệ.');
  try {
    const handler = handlers[type] as (p: unknown, s: Sender) => Promise<unknown> | unknown;
    return { ok: true, data: await handler(payload.data, sender) };
  } catch (error) {
    if (error instanceof MessageError) return failure(error.code, error.message);
    console.error('[Trợ lý DVC]', type, error);
    return failure('internal', 'Trợ lý gặp lỗi khi xử lý yêu cầu. Dữ liệu đã lưu không bị thay đổi.');
  }
}

/** Installs the router on `runtime.onMessage`. Returns a function that removes it. */
export function serveMessages(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: Sender) => dispatch(handlers, raw, sender);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
