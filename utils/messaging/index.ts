export { request } from './client';
export { MessageError } from './envelope';
export { PROTOCOL } from './protocol';
export type { RequestType, PayloadOf, ResultOf, SenderKind } from './protocol';
