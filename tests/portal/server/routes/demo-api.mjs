// Test and demo switches under /__demo__/ on every host (JSON). Same operations as the PortalState methods.
import { readFields, sendJson } from '../http/respond.mjs';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {import('../state.mjs').PortalState} state
 */
export async function handleDemoApi(req, res, url, state) {
  const path = url.pathname.replace(/\/+$/, '');
  try {
    if (req.method === 'POST' && path === '/__demo__/reset') {
      state.reset();
      return sendJson(res, 200, { ok: true, config: state.getConfig() });
    }
    if (req.method === 'GET' && path === '/__demo__/config') return sendJson(res, 200, state.getConfig());
    if (req.method === 'POST' && path === '/__demo__/config') return sendJson(res, 200, state.configure(await readFields(req)));
    if (req.method === 'POST' && path === '/__demo__/sessions/expire') return sendJson(res, 200, state.expireSessions());
    if (req.method === 'GET' && path === '/__demo__/personas') return sendJson(res, 200, state.personas);
    if (req.method === 'GET' && path === '/__demo__/dossiers') return sendJson(res, 200, state.listDossiers());
    const one = /^\/__demo__\/dossiers\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && one) {
      const dossier = state.getDossier(decodeURIComponent(one[1]));
      return dossier ? sendJson(res, 200, dossier) : sendJson(res, 404, { error: 'Không tìm thấy hồ sơ' });
    }
    const status = /^\/__demo__\/dossiers\/([^/]+)\/status$/.exec(path);
    if (req.method === 'POST' && status) {
      const body = await readFields(req);
      return sendJson(res, 200, state.setStatus(decodeURIComponent(status[1]), String(body.status)));
    }
    return sendJson(res, 404, { error: 'Unknown demo route', routes: ROUTES });
  } catch (error) {
    return sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
}

const ROUTES = [
  'POST /__demo__/reset',
  'GET|POST /__demo__/config {addressLayout, contactBlock, diaBanLatencyMs, captchaFailures, lookupDown, persona, prefill}',
  'POST /__demo__/sessions/expire',
  'GET /__demo__/personas',
  'GET /__demo__/dossiers',
  'GET /__demo__/dossiers/<code>',
  'POST /__demo__/dossiers/<code>/status {"status":"4"}',
];
