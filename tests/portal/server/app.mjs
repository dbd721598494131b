// Routes every request by its Host header (port ignored), as one machine answering for all the portal's hostnames.
import { handleDemoApi } from './routes/demo-api.mjs';
import { handleThanhHoaApi } from './routes/thanhhoa-api.mjs';
import { handleNational } from './pages/national.mjs';
import { NATIONAL_SSO_HOST, VNEID_HOST, handleSso, handleSsoCallback } from './pages/sso.mjs';
import { redirect, sendJson } from './http/respond.mjs';
import { serveStatic } from './http/static.mjs';

export const THANH_HOA_HOST = 'dichvucong.thanhhoa.gov.vn';
export const NATIONAL_HOST = 'dichvucong.gov.vn';

/**
 * @param {{state: import('./state.mjs').PortalState, distDir: string}} options
 * @returns {import('node:http').RequestListener}
 */
export function createHandler({ state, distDir }) {
  return (req, res) => {
    route(req, res, state, distDir).catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { succeeded: false, failed: true, message: String(error?.message ?? error) });
      else res.destroy();
    });
  };
}

async function route(req, res, state, distDir) {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const url = new URL(req.url ?? '/', `https://${host || THANH_HOA_HOST}`);
  if (url.pathname.startsWith('/__demo__/')) return handleDemoApi(req, res, url, state);
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204, { 'cache-control': 'public, max-age=86400' });
    return res.end();
  }
  if (host === NATIONAL_HOST) return handleNational(req, res, url, state);
  if (host === VNEID_HOST || host === NATIONAL_SSO_HOST) return handleSso(req, res, url, state, host);
  // dichvucong.thanhhoa.gov.vn, and any other host (a lookalike or a bare IP) gets the same site, as a phishing
  // mimic would serve it.
  if (await handleThanhHoaApi(req, res, url, state)) return undefined;
  if (/^\/(vneidsso|ssovneid|sso)\/callback$/.test(url.pathname)) return handleSsoCallback(req, res, url, state);
  if (url.pathname === '/' || url.pathname === '/portaldvc' || url.pathname === '/portaldvc/') {
    return redirect(res, '/portaldvc/home');
  }
  return serveStatic(distDir, url.pathname, res);
}
