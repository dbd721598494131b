// Server-side tests of the demo portal (no browser): node --test tests/portal/server.test.mjs
// Runs against a throwaway dist/ so it does not need `npm run portal:build`.
import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startPortal } from './server/index.mjs';
import { listDiaBan } from './server/data/address.mjs';

const TH = 'dichvucong.thanhhoa.gov.vn';
let portal;
let dist = '';
const INDEX = '<!doctype html><title>SPA</title><div id="root"></div>';

/** One HTTP(S) exchange with an explicit Host header, as a browser behind host-resolver rules would send. */
function request({ host = TH, method = 'GET', path = '/', body, headers = {}, tls = false }) {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = (tls ? https : http).request({
      host: '127.0.0.1', port: portal.port, method, path, servername: host, rejectUnauthorized: false,
      headers: { host, ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
    }, (res) => {
      const cert = tls ? res.socket.getPeerCertificate() : undefined;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => {
        let json;
        try { json = JSON.parse(text); } catch { json = undefined; }
        resolve({ status: res.statusCode, headers: res.headers, text, json, cert });
      });
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

async function signInAs(soDinhDanh) {
  const state = Buffer.from(`https://${TH}/portaldvc/home`).toString('base64');
  const sso = await request({
    host: 'sso.dancuquocgia.gov.vn', method: 'POST', path: '/auth', tls: true,
    body: { username: soDinhDanh, password: 'x', state, redirect_uri: 'https://apidvc.thanhhoa.gov.vn/vneidsso/callback' },
  });
  assert.equal(sso.status, 302);
  const callback = new URL(sso.headers.location);
  assert.equal(callback.host, TH);
  assert.equal(callback.pathname, '/vneidsso/callback');
  assert.equal(callback.searchParams.get('state'), state);
  const page = await request({ path: callback.pathname + callback.search, tls: true });
  const token = /\\"token\\\\\\":\\\\\\"([^\\]+)\\\\\\"/.exec(page.text)?.[1];
  assert.ok(token, 'the callback page writes the token into persist:root');
  assert.match(page.text, /localStorage\.setItem\('persist:root'/);
  return token;
}

before(async () => {
  dist = await mkdtemp(join(tmpdir(), 'demo-portal-dist-'));
  await writeFile(join(dist, 'index.html'), INDEX);
  portal = await startPortal({ port: 0, latencyMs: 120, distDir: dist });
});

after(async () => {
  await portal.close();
  await rm(dist, { recursive: true, force: true });
});

beforeEach(() => portal.state.reset());

describe('administrative units', () => {
  test('three-level: 63 provinces; Thanh Hóa has 26 districts with GSO codes and 549 communes', () => {
    assert.equal(listDiaBan('three-level', 'Tinh').length, 63);
    const districts = listDiaBan('three-level', 'Huyen', '38');
    assert.equal(districts.length, 26);
    assert.deepEqual(districts.find((d) => d.maDiaBan === '38.380'), {
      maDiaBan: '38.380', tenDiaBan: 'Thành phố Thanh Hóa', active: true, thuTu: 1, maTinh: '38', maHuyen: '380',
    });
    assert.equal(districts.find((d) => d.maDiaBan === '38.407')?.tenDiaBan, 'Thị xã Nghi Sơn');
    // Commune counts per district from FACTS §12.
    const counts = Object.fromEntries(districts.map((d) => [d.maHuyen, listDiaBan('three-level', 'Xa', d.maDiaBan).length]));
    assert.deepEqual([counts['380'], counts['381'], counts['399'], counts['397'], counts['407']], [49, 7, 36, 32, 30]);
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), 549);
    const dienBien = listDiaBan('three-level', 'Xa', '38.380').find((x) => x.tenDiaBan === 'Phường Điện Biên');
    assert.equal(dienBien?.maDiaBan, '38.380.14767');
  });

  test('two-level: 34 provinces; Thanh Hóa has 166 communes, 19 of them phường', () => {
    const provinces = listDiaBan('two-level', 'Tinh');
    assert.equal(provinces.length, 34);
    assert.equal(provinces.find((p) => p.maDiaBan === '38')?.tenDiaBan, 'Tỉnh Thanh Hóa');
    const communes = listDiaBan('two-level', 'Xa', '38');
    assert.equal(communes.length, 166);
    assert.equal(communes.filter((c) => c.tenDiaBan.startsWith('Phường ')).length, 19);
    assert.equal(communes.find((c) => c.maDiaBan === '38.14797')?.tenDiaBan, 'Phường Hạc Thành');
    assert.deepEqual(listDiaBan('two-level', 'Huyen', '38'), []);
  });

  test('GET /api/v1/diabans answers after the configured latency, per layout', async () => {
    const started = Date.now();
    const response = await request({ path: '/api/v1/diabans?Loai=Xa&maDiaBan=38&capDiaBan=2', tls: true });
    assert.ok(Date.now() - started >= 110, 'latency applied');
    assert.equal(response.json.succeeded, true);
    assert.equal(response.json.data.length, 166);
    portal.state.setDiaBanLatency(0);
    const districts = await request({ path: '/api/v1/diabans?Loai=Huyen&maDiaBan=38' });
    assert.equal(districts.json.data.length, 26);
    assert.equal((await request({ path: '/api/v1/diabans?Loai=Quan' })).status, 400);
  });
});

describe('dossier codes', () => {
  test('per-agency daily sequence from 0001 with the Việt Nam date', () => {
    const now = new Date('2026-11-28T20:30:00Z'); // 29/11 03:30 in Việt Nam
    assert.equal(portal.state.nextCode('H56.14', now), 'H56.14-261129-0001');
    assert.equal(portal.state.nextCode('H56.14', now), 'H56.14-261129-0002');
    assert.equal(portal.state.nextCode('000.17.22.H56', now), '000.17.22.H56-261129-0001');
    assert.equal(portal.state.nextCode('H56.14', new Date('2026-11-29T17:00:00Z')), 'H56.14-261130-0001');
  });
});

describe('API and sessions', () => {
  test('SSO sign-in issues a token the API accepts; expiring sessions gives the real message', async () => {
    const token = await signInAs('038195004321');
    const me = await request({ path: '/api/v1/users/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(me.json.data.fullName, 'Lê Thị Hoa');
    portal.state.setPrefill('name-id');
    const csdl = await request({ path: '/api/v1/users/CSDLDanCu', headers: { authorization: `Bearer ${token}` } });
    assert.deepEqual(Object.keys(csdl.json.data).sort(), ['HoVaTen', 'SoCMND', 'SoDinhDanh']);
    portal.state.expireSessions();
    const expired = await request({ path: '/api/v1/users/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(expired.status, 401);
    assert.equal(expired.json.message, 'Hết phiên đăng nhập, vui lòng đăng nhập lại');
  });

  test('submission: needs a session, checks attachments, stores the formatted address, returns the code', async () => {
    const body = {
      maTTHC: '2.000635.000.00.00.H56', donViId: '000.17.22.H56', maTruongHop: '4d8c2b19-7e6f-4a03-9c51-e0b7a2d4f836',
      chuHoSo: 'Nguyễn Văn An', soGiayToChuHoSo: '038090012345', soDienThoaiChuHoSo: '0912345678', trichYeuHoSo: 'x',
      tinhThanhChuHoSo: '38', xaPhuongChuHoSo: '38.14797', diaChiChuHoSo: 'Số 25 đường Lê Lợi', thanhPhanHoSos: [],
    };
    const path = '/api/v1/hosos/NopHoSoTrucTuyen';
    assert.equal((await request({ method: 'POST', path, body })).status, 401);
    const token = await signInAs('038090012345');
    const headers = { authorization: `Bearer ${token}` };
    const missing = await request({ method: 'POST', path, body, headers });
    assert.equal(missing.status, 400);
    assert.equal(missing.json.message, 'Vui lòng đính kèm đầy đủ thành phần hồ sơ');
    const ok = await request({ method: 'POST', path, headers, body: { ...body, thanhPhanHoSos: [{ index: 0, files: [{ name: 'a.pdf' }] }] } });
    assert.equal(ok.json.succeeded, true);
    assert.match(ok.json.data, /^000\.17\.22\.H56-\d{6}-0001$/);
    const stored = portal.state.getDossier(ok.json.data);
    assert.equal(stored.diaChiChuHoSo, 'Số 25 đường Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa');
    assert.equal(stored.trangThaiHoSoId, '1');
    assert.equal(stored.submitter, '038090012345');
  });

  test('lookup: captcha, unknown code, ID mismatch, success, history, portal down', async () => {
    const seeded = portal.state.listDossiers().find((d) => d.trangThaiHoSoId === '4');
    const path = '/api/v1/hosos/SearchHoSoTraCuu';
    const ask = (MaHoSo, SoDinhDanh, MaCaptCha = 'demo-recaptcha.searchHoSo.t') => request({ method: 'POST', path, body: { MaHoSo, SoDinhDanh, MaCaptCha } });
    assert.equal((await ask(seeded.maHoSo, seeded.soGiayToChuHoSo, '')).json.message, 'Mã Recaptcha không hợp lệ!');
    assert.equal((await ask('H56.14-240823-0009', seeded.soGiayToChuHoSo)).json.message, 'Mã hồ sơ không hợp lệ!');
    assert.equal((await ask(seeded.maHoSo, `${seeded.soGiayToChuHoSo} `)).json.message,
      'Vui lòng nhập đúng số định danh chủ hồ sơ/người ủy quyền!', 'the server does not trim');
    const found = await ask(seeded.maHoSo, seeded.soGiayToChuHoSo);
    assert.equal(found.json.data.chuHoSo, seeded.chuHoSo);
    assert.equal(found.json.data.tenTrangThaiHoSo, 'Đang xử lý');
    portal.state.failNextLookups(1);
    assert.equal((await ask(seeded.maHoSo, seeded.soGiayToChuHoSo)).json.message, 'Mã Recaptcha không hợp lệ!');
    assert.equal((await ask(seeded.maHoSo, seeded.soGiayToChuHoSo)).json.succeeded, true, 'only the next lookup fails');
    const history = await request({ path: `/api/v1/quatrinhxulyhosos?MaHoSo=${seeded.maHoSo}&SoDinhDanh=${seeded.soGiayToChuHoSo}` });
    assert.deepEqual(history.json.data.map((r) => r.thaoTac), ['Nộp hồ sơ trực tuyến', 'Tiếp nhận hồ sơ trực tuyến', 'Chuyển xử lý hồ sơ']);
    portal.state.setLookupDown(true);
    assert.equal((await ask(seeded.maHoSo, seeded.soGiayToChuHoSo)).status, 503);
  });
});

describe('control API', () => {
  test('status change appends a history row; bad input is refused; reset restores the seeds', async () => {
    const seeded = portal.state.listDossiers().find((d) => d.trangThaiHoSoId === '1');
    const path = `/__demo__/dossiers/${encodeURIComponent(seeded.maHoSo)}/status`;
    const changed = await request({ host: 'anything.example', method: 'POST', path, body: { status: '5' } });
    assert.equal(changed.json.trangThaiHoSoId, '5');
    assert.equal(changed.json.history.at(-1).thaoTac, 'Yêu cầu bổ sung hồ sơ: đề nghị bổ sung bản chụp giấy tờ tùy thân rõ nét');
    assert.equal((await request({ method: 'POST', path, body: { status: '11' } })).status, 400);
    assert.equal((await request({ method: 'POST', path: '/__demo__/config', body: { prefill: 'all' } })).status, 400);
    const config = await request({ method: 'POST', path: '/__demo__/config', body: { addressLayout: 'two-level', persona: 'cuong' } });
    assert.equal(config.json.addressLayout, 'two-level');
    const procedure = await request({ path: '/api/v1/thutucs/lltp' });
    assert.equal(procedure.json.data.capDiaBan, 2, 'the global layout overrides the procedure');
    await request({ method: 'POST', path: '/__demo__/reset' });
    assert.equal(portal.state.getDossier(seeded.maHoSo).trangThaiHoSoId, '1');
    assert.equal(portal.state.getConfig().addressLayout, null);
  });

  test('payment: request, platform confirmation, return with a verified secureCode, status 6 -> 4', async () => {
    const due = portal.state.listDossiers().find((d) => d.trangThaiHoSoId === '6' && d.submitter === '038090012345');
    const token = await signInAs('038090012345');
    const created = await request({ method: 'POST', path: '/api/v1/thanhtoans/TaoYeuCau', headers: { authorization: `Bearer ${token}` },
      body: { maHoSo: due.maHoSo, returnOrigin: `https://${TH}` } });
    const platform = new URL(created.json.data);
    assert.equal(platform.host, 'dichvucong.gov.vn');
    const page = await request({ host: platform.host, path: platform.pathname + platform.search, tls: true });
    assert.match(page.text, /Nền tảng thanh toán trực tuyến DVCQG/);
    assert.match(page.text, /135\.000 đ/);
    const form = new URLSearchParams({ data: platform.searchParams.get('data'), returnUrl: platform.searchParams.get('returnUrl'), action: 'pay' });
    const confirmed = await request({ host: platform.host, method: 'POST', path: '/p/thanhtoan/xac-nhan', body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const back = new URL(confirmed.headers.location);
    assert.equal(back.pathname, '/portaldvc/thanh-toan/xac-nhan');
    assert.equal(back.searchParams.get('responseCode'), '00');
    const params = Object.fromEntries(back.searchParams);
    const tampered = await request({ method: 'POST', path: '/api/v1/thanhtoans/XacNhan', body: { ...params, secureCode: 'x' } });
    assert.equal(tampered.json.succeeded, false);
    const paid = await request({ method: 'POST', path: '/api/v1/thanhtoans/XacNhan', body: params });
    assert.equal(paid.json.data.trangThaiHoSoId, '4');
    assert.equal(portal.state.getDossier(due.maHoSo).history.at(-1).thaoTac.startsWith('Công dân đã thanh toán trực tuyến 135.000'), true);
  });
});

describe('one port, every host', () => {
  test('HTTPS and HTTP share the port; the certificate names the portal hosts', async () => {
    const secure = await request({ path: '/portaldvc/home', tls: true });
    assert.equal(secure.status, 200);
    assert.match(secure.text, /<div id="root">/);
    assert.match(secure.cert.subjectaltname, /DNS:dichvucong\.thanhhoa\.gov\.vn/);
    assert.match(secure.cert.subjectaltname, /DNS:sso\.dancuquocgia\.gov\.vn/);
    const plain = await request({ path: '/portaldvc/tra-cuu' });
    assert.equal(plain.status, 200);
    assert.equal((await request({ path: '/' })).headers.location, '/portaldvc/home');
  });

  test('routing by Host: national replica, SSO pages, and the same SPA for a lookalike host', async () => {
    const national = await request({ host: 'dichvucong.gov.vn:443', path: '/p/home/dvc-trang-chu.html', tls: true });
    assert.match(national.text, /<span class="logo">Cổng Dịch vụ công Quốc gia<\/span>/);
    const vneid = await request({ host: 'sso.dancuquocgia.gov.vn', path: '/auth?state=abc', tls: true });
    assert.match(vneid.text, /id="username"[^>]*value="038090012345"/);
    const nationalSso = await request({ host: 'xacthuc.dichvucong.gov.vn', path: '/oauth2/authorize?state=abc', tls: true });
    assert.match(nationalSso.text, /class="login-IDP/);
    assert.match(nationalSso.text, /button type="submit" class="custom-btn-resolve"/);
    const lookalike = await request({ host: 'dichvucong-thanhhoa.gov.vn.com', path: '/portaldvc/home', tls: true });
    assert.equal(lookalike.status, 200);
    assert.equal(lookalike.text, INDEX);
    const api = await request({ host: 'dichvucong-thanhhoa.gov.vn.com', path: '/api/v1/thutucs?TuKhoa=khai%20sinh' });
    assert.equal(api.json.data[0].tenTTHC, 'Đăng ký khai sinh');
  });
});
