/** Background → content-script requests: sending (background) and serving (content script), both schema-checked. */
import { browser, type Browser } from 'wxt/browser';
import { MessageError, RequestEnvelope, ResponseEnvelope, type ResponseEnvelope as Response } from './envelope';
import { TAB_PROTOCOL, type TabPayloadOf, type TabRequestType, type TabResultOf } from './tab-protocol';

const TAB_MESSAGE = 'tro-ly-dvc/tab';

export async function requestTab<T extends TabRequestType>(tabId: number, type: T, payload: TabPayloadOf<T>): Promise<TabResultOf<T>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { channel: TAB_MESSAGE, type, payload });
  const envelope = ResponseEnvelope.safeParse(raw);
  if (!envelope.success) throw new MessageError('bad-response', 'Trang Cổng không trả lời đúng định dạng.');
  if (!envelope.data.ok) throw new MessageError(envelope.data.error.code, envelope.data.error.message);
  const result = TAB_PROTOCOL[type].result.safeParse(envelope.data.data);
  if (!result.success) throw new MessageError('bad-response', 'Trang Cổng không trả lời đúng định dạng.');
  return result.data as TabResultOf<T>;
}

export type TabHandlers = { [T in TabRequestType]?: (payload: TabPayloadOf<T>) => Promise<TabResultOf<T>> | TabResultOf<T> };

/** In the content script: answer the background's requests. Returns a function that stops listening. */
export function serveTabRequests(handlers: TabHandlers): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<Response> | undefined => {
    if (typeof raw !== 'object' || raw === null || (raw as { channel?: unknown }).channel !== TAB_MESSAGE) return undefined;
    // Only our own background: same extension, not another tab or frame.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const envelope = RequestEnvelope.safeParse(raw);
    if (!envelope.success || !(envelope.data.type in TAB_PROTOCOL)) return undefined;
    const type = envelope.data.type as TabRequestType;
    const handler = handlers[type] as ((p: unknown) => Promise<unknown> | unknown) | undefined;
    if (!handler) return undefined;
    const payload = TAB_PROTOCOL[type].payload.safeParse(envelope.data.payload ?? {});
    if (!payload.success) return Promise.resolve({ ok: false, error: { code: 'bad-payload', message: 'Yêu cầu không hợp lệ.' } });
    return Promise.resolve()
      .then(() => handler(payload.data))
      .then(
        (data): Response => ({ ok: true, data }),
        (error: unknown): Response => ({
          ok: false,
          error: { code: error instanceof MessageError ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) },
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
