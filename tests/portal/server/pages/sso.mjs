// Fake sign-in pages for VNeID (sso.dancuquocgia.gov.vn) and the national SSO (xacthuc.dichvucong.gov.vn), with the
// query shapes of FACTS §4, plus the callback that the real backend serves (SsoCallback.cshtml): it writes
// localStorage["persist:root"] and goes to the decoded `state`.
import { decodeCode, encodeCode, issueTokens } from '../auth.mjs';
import { personaById, personaBySoDinhDanh } from '../data/personas.mjs';
import { escapeHtml, readFields, redirect, sendHtml } from '../http/respond.mjs';

export const VNEID_HOST = 'sso.dancuquocgia.gov.vn';
export const NATIONAL_SSO_HOST = 'xacthuc.dichvucong.gov.vn';
const PORTAL_ORIGIN = 'https://dichvucong.thanhhoa.gov.vn';

const STYLE = `
  body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#f2f4f7;color:#1f2937}
  header{background:#c8102e;color:#fff;padding:14px 24px;font-weight:bold;font-size:18px}
  header.dvc{background:#0b4f9c}
  main{max-width:420px;margin:40px auto;background:#fff;border-radius:8px;padding:28px;box-shadow:0 2px 10px #0002}
  h1{font-size:20px;margin:0 0 18px}
  label{display:block;margin:12px 0 4px;font-size:14px}
  input{width:100%;box-sizing:border-box;padding:10px;border:1px solid #cbd5e1;border-radius:4px;font-size:15px}
  button{margin-top:18px;width:100%;padding:11px;border:0;border-radius:4px;background:#c8102e;color:#fff;font-size:16px;cursor:pointer}
  .dvc button{background:#0b4f9c}
  .note{font-size:13px;background:#fff7e6;border:1px solid #ffd591;padding:10px;border-radius:4px;margin-top:14px}
  .login-IDP{display:flex;align-items:center;gap:10px;border:1px solid #cbd5e1;border-radius:6px;padding:12px;margin:8px 0;cursor:pointer}
  .login-IDP.active{border-color:#0b4f9c;background:#eef5ff}
  .hint{font-size:12px;color:#64748b;margin-top:10px}`;

function hidden(params) {
  return ['response_type', 'client_id', 'redirect_uri', 'scope', 'acr_values', 'state']
    .filter((k) => params.get(k) !== null)
    .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(params.get(k))}">`).join('');
}

function vneidPage(params, persona) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập - Hệ thống định danh và xác thực điện tử (VNeID)</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head><body>
<header>VNeID - Hệ thống định danh và xác thực điện tử</header>
<main><h1>Đăng nhập bằng tài khoản định danh điện tử</h1>
<form method="post" action="/auth" autocomplete="off">${hidden(params)}
<label for="username">Số định danh cá nhân</label><input id="username" name="username" value="${escapeHtml(persona.soDinhDanh)}" inputmode="numeric">
<label for="password">Mật khẩu</label><input id="password" name="password" type="password" value="demo-password">
<button type="submit" id="btnLogin">Đăng nhập</button></form>
<div class="note" id="mucDoDinhDanh">Tài khoản định danh điện tử <b>mức ${persona.mucDoDinhDanh}</b>. ${persona.mucDoDinhDanh === 1
    ? 'Tài khoản mức 1 chỉ có thông tin nhân thân, một số dịch vụ yêu cầu tài khoản mức 2.'
    : 'Tài khoản mức 2 được sử dụng đầy đủ các dịch vụ công trực tuyến.'}</div>
<p class="hint">Trang đăng nhập mô phỏng (cổng demo): đăng nhập người dùng thử nghiệm đã chọn.</p></main></body></html>`;
}

function nationalPage(params, persona) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập - Cổng Dịch vụ công Quốc gia</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head><body class="dvc">
<header class="dvc">Cổng Dịch vụ công Quốc gia - Hệ thống xác thực</header>
<main><h1>Đăng nhập</h1>
<div class="login-IDP active" data-idp="vneid">Tài khoản định danh điện tử cấp bởi Bộ Công an (VNeID)</div>
<div class="login-IDP" data-idp="dvcqg">Tài khoản Cổng Dịch vụ công quốc gia</div>
<form method="post" action="/oauth2/authorize" autocomplete="off">${hidden(params)}
<label for="username">Số định danh cá nhân</label><input id="username" name="username" value="${escapeHtml(persona.soDinhDanh)}">
<label for="password">Mật khẩu</label><input id="password" name="password" type="password" value="demo-password">
<button type="submit" class="custom-btn-resolve">Đăng nhập</button></form>
<p class="hint">Trang đăng nhập mô phỏng (cổng demo): đăng nhập người dùng thử nghiệm đã chọn.</p></main>
<script>for (const el of document.querySelectorAll('.login-IDP')) el.addEventListener('click', () => {
  for (const other of document.querySelectorAll('.login-IDP')) other.classList.toggle('active', other === el);
});</script></body></html>`;
}

/** Where the real redirect_uri (on apidvc.thanhhoa.gov.vn) lands in the replica: the same path on the portal host. */
function callbackUrl(redirectUri, code, state) {
  let path = '/vneidsso/callback';
  try {
    const parsed = new URL(redirectUri);
    if (/^\/(vneidsso|ssovneid|sso)\/callback$/.test(parsed.pathname)) path = parsed.pathname;
  } catch { /* keep the default */ }
  return `${PORTAL_ORIGIN}${path}?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {import('../state.mjs').PortalState} state
 * @param {string} host
 */
export async function handleSso(req, res, url, state, host) {
  const isVneid = host === VNEID_HOST;
  const formPath = isVneid ? '/auth' : '/oauth2/authorize';
  const configured = personaById(state.config.persona) ?? state.personas[0];
  if (url.pathname === formPath && req.method === 'GET') {
    return sendHtml(res, 200, isVneid ? vneidPage(url.searchParams, configured) : nationalPage(url.searchParams, configured));
  }
  if (url.pathname === formPath && req.method === 'POST') {
    const fields = await readFields(req);
    // A known persona's ID signs that persona in; anything else signs in the configured one.
    const persona = personaBySoDinhDanh(String(fields.username ?? '').trim()) ?? configured;
    const code = encodeCode(persona.id, state.config.sessionEpoch);
    return redirect(res, callbackUrl(String(fields.redirect_uri ?? ''), code, String(fields.state ?? '')));
  }
  return sendHtml(res, 404, '<!doctype html><meta charset="utf-8"><title>404</title><p>Không tìm thấy trang.</p>');
}

/** The callback page on the portal host: stores the session as redux-persist would and returns to `state`. */
export function handleSsoCallback(req, res, url, state) {
  const decoded = decodeCode(url.searchParams.get('code'));
  const persona = decoded && personaById(String(decoded.personaId));
  if (!persona) return sendHtml(res, 400, '<!doctype html><meta charset="utf-8"><p>Mã xác thực không hợp lệ.</p>');
  const tokens = issueTokens(persona, decoded.epoch);
  const persist = {
    auth: JSON.stringify({ data: tokens, loading: false }),
    _persist: JSON.stringify({ version: -1, rehydrated: true }),
  };
  const payload = JSON.stringify({ persist: JSON.stringify(persist), state: url.searchParams.get('state') ?? '' })
    .replace(/</g, '\\u003c');
  return sendHtml(res, 200, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đang đăng nhập…</title></head>
<body><p>Đang đăng nhập, vui lòng chờ…</p><script>
const input = ${payload};
localStorage.setItem('persist:root', input.persist);
let target = location.origin + '/portaldvc/home';
try {
  const bytes = Uint8Array.from(atob(input.state), (c) => c.charCodeAt(0));
  const url = new URL(new TextDecoder().decode(bytes));
  if (url.protocol === 'https:' || url.protocol === 'http:') target = url.href;
} catch (e) {}
location.replace(target);
</script></body></html>`);
}
