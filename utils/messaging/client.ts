/** Sending a request to the background and checking its answer against the protocol. */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { MessageError, ResponseEnvelope } from './envelope';
import { PROTOCOL, type PayloadOf, type RequestType, type ResultOf } from './protocol';

export async function request<T extends RequestType>(type: T, payload: PayloadOf<T>): Promise<ResultOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  const envelope = ResponseEnvelope.safeParse(raw);
  if (!envelope.success) {
    throw new MessageError('bad-response', 'Trợ lý không nhận được câu trả lời hợp lệ. Hãy tải lại trang và thử lại.');
  }
  if (!envelope.data.ok) throw new MessageError(envelope.data.error.code, envelope.data.error.message);
  const result = PROTOCOL[type].result.safeParse(envelope.data.data);
  if (!result.success) {
    throw new MessageError('bad-response', `Câu trả lời cho "${type}" không đúng định dạng: ${z.prettifyError(result.error)}`);
  }
  return result.data as ResultOf<T>;
}
