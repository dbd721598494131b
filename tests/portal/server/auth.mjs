// Fake sessions: tokens are unsigned JWT-shaped strings naming the persona and the session epoch, so they survive a
// server restart and can all be expired at once (state.expireSessions()). Nothing here is secret.
import { personaBySoDinhDanh } from './data/personas.mjs';

const b64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** @param {import('./data/personas.mjs').Persona} persona @param {number} epoch */
export function issueTokens(persona, epoch) {
  const payload = { sub: persona.soDinhDanh, name: persona.hoVaTen, epoch, iat: Math.floor(Date.now() / 1000) };
  return {
    token: `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(payload)}.demo`,
    refreshToken: `demo-refresh-${persona.id}-${Date.now().toString(36)}`,
    refreshTokenExpiryTime: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  };
}

/**
 * The signed-in persona behind a request's Bearer token, or undefined (no token, unknown persona, expired epoch).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('./state.mjs').PortalState} state
 */
export function accountOf(req, state) {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+[^.]+\.([^.]+)\.demo$/.exec(header);
  if (!match) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'));
    if (payload.epoch !== state.config.sessionEpoch) return undefined;
    return personaBySoDinhDanh(String(payload.sub));
  } catch {
    return undefined;
  }
}

/** One-time SSO "authorization code": the persona and epoch, base64url. */
export function encodeCode(personaId, epoch) {
  return b64url({ personaId, epoch, n: Math.random().toString(36).slice(2) });
}

export function decodeCode(code) {
  try {
    return JSON.parse(Buffer.from(String(code), 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
