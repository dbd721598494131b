// The Thanh Hóa portal's API under /api/v1 (FACTS §2 envelope {succeeded, failed, message, data}). The real API lives
// on apidvc.thanhhoa.gov.vn; here it is same-origin so only four hostnames need mapping.
import { accountOf } from '../auth.mjs';
import { listDiaBan } from '../data/address.mjs';
import { PROCEDURES, feeOf, procedureByCode, procedureById } from '../data/procedures.mjs';
import { delay, fail, ok, readBody, readFields, sendJson } from '../http/respond.mjs';
import { csdlDanCu, publicProcedure, lookupView, userInfo, dossierView } from './views.mjs';
import { validateSubmission } from './submission.mjs';
import { paymentRequestUrl, verifyPayment } from './payment-codes.mjs';

const SESSION_EXPIRED = 'Hết phiên đăng nhập, vui lòng đăng nhập lại';
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {import('../state.mjs').PortalState} state
 * @returns {Promise<boolean>} false when no route matched
 */
export async function handleThanhHoaApi(req, res, url, state) {
  const path = url.pathname.replace(/\/+$/, '');
  const q = url.searchParams;
  const route = `${req.method} ${path}`;
  const needAccount = () => {
    const account = accountOf(req, state);
    if (!account) sendJson(res, 401, fail(SESSION_EXPIRED));
    return account;
  };

  switch (route) {
    case 'GET /api/v1/diabans': {
      const loai = q.get('Loai');
      if (loai !== 'Tinh' && loai !== 'Huyen' && loai !== 'Xa') return sendJson(res, 400, fail('Loai không hợp lệ')), true;
      await delay(state.config.diaBanLatencyMs);
      const layout = q.get('capDiaBan') === '2' ? 'two-level' : 'three-level';
      const items = listDiaBan(layout, loai, q.get('maDiaBan') ?? '');
      sendJson(res, 200, { ...ok(items), totalCount: items.length });
      return true;
    }
    case 'GET /api/v1/thutucs': {
      const keyword = fold((q.get('TuKhoa') ?? '').trim());
      const code = (q.get('MaThuTuc') ?? '').trim();
      const items = PROCEDURES.filter((p) => (!code || p.maTTHC === code)
        && (!keyword || fold(`${p.ten} ${p.maTTHC} ${p.linhVuc} ${p.coQuanThucHien}`).includes(keyword)));
      sendJson(res, 200, { ...ok(items.map((p) => publicProcedure(p, state))), totalCount: items.length });
      return true;
    }
    case 'GET /api/v1/thutucs/NopTrucTuyen': {
      const procedure = procedureByCode(q.get('maTTHC') ?? '');
      const unit = procedure?.donVis.find((d) => d.id === q.get('donVi'));
      const truongHop = procedure?.truongHops.find((t) => t.id === q.get('truongHopId'));
      if (!procedure || !unit || !truongHop || !procedure.nopTrucTuyen) {
        sendJson(res, 404, fail('Không tìm thấy thông tin thủ tục'));
        return true;
      }
      await delay(150);
      sendJson(res, 200, ok({ ...publicProcedure(procedure, state), donVi: unit, truongHop }));
      return true;
    }
    case 'GET /api/v1/users/me': {
      const account = needAccount();
      if (account) sendJson(res, 200, ok(userInfo(account)));
      return true;
    }
    case 'GET /api/v1/users/CSDLDanCu': {
      const account = needAccount();
      if (account) sendJson(res, 200, ok(csdlDanCu(account, state.config.prefill)));
      return true;
    }
    case 'POST /api/v1/upload': {
      const account = needAccount();
      if (!account) return true;
      const body = await readBody(req);
      const name = q.get('name') || 'tep-dinh-kem';
      sendJson(res, 200, ok({ name, size: body.length, path: `/uploads/${Date.now().toString(36)}/${encodeURIComponent(name)}` }));
      return true;
    }
    case 'POST /api/v1/hosos/NopHoSoTrucTuyen': {
      const account = needAccount();
      if (!account) return true;
      const fields = await readFields(req);
      const problem = validateSubmission(fields);
      if (problem) {
        sendJson(res, 400, fail(problem));
        return true;
      }
      const dossier = state.createDossier(fields, account.soDinhDanh);
      sendJson(res, 200, ok(dossier.maHoSo));
      return true;
    }
    case 'POST /api/v1/hosos/LuuNhap': {
      const account = needAccount();
      if (!account) return true;
      state.drafts.set(account.soDinhDanh, await readFields(req));
      sendJson(res, 200, ok(true));
      return true;
    }
    case 'GET /api/v1/hosos/CuaToi': {
      const account = needAccount();
      if (!account) return true;
      const mine = state.listDossiers()
        .filter((d) => d.submitter === account.soDinhDanh || d.soGiayToChuHoSo === account.soDinhDanh)
        .sort((a, b) => b.ngayNopHoSo.localeCompare(a.ngayNopHoSo))
        .map(dossierView);
      sendJson(res, 200, { ...ok(mine), totalCount: mine.length });
      return true;
    }
    case 'GET /api/v1/hosos/ChiTiet': {
      const account = needAccount();
      if (!account) return true;
      const dossier = state.getDossier(q.get('maHoSo') ?? '');
      if (!dossier || (dossier.submitter !== account.soDinhDanh && dossier.soGiayToChuHoSo !== account.soDinhDanh)) {
        sendJson(res, 404, fail('Không tìm thấy hồ sơ'));
        return true;
      }
      sendJson(res, 200, ok(dossierView(structuredClone(dossier))));
      return true;
    }
    case 'POST /api/v1/hosos/SearchHoSoTraCuu': {
      const body = await readFields(req);
      await delay(200);
      if (state.config.lookupDown) {
        sendJson(res, 503, fail('Service Unavailable'));
        return true;
      }
      const token = String(body.MaCaptCha ?? '');
      if (state.config.captchaFailures > 0 || !token.startsWith('demo-recaptcha.searchHoSo.')) {
        if (state.config.captchaFailures > 0) state.config.captchaFailures -= 1;
        sendJson(res, 200, fail('Mã Recaptcha không hợp lệ!'));
        return true;
      }
      const dossier = state.getDossier(String(body.MaHoSo ?? ''));
      if (!dossier) sendJson(res, 200, fail('Mã hồ sơ không hợp lệ!'));
      else if (!matchesOwner(dossier, body.SoDinhDanh)) {
        sendJson(res, 200, fail('Vui lòng nhập đúng số định danh chủ hồ sơ/người ủy quyền!'));
      } else sendJson(res, 200, ok(lookupView(dossier)));
      return true;
    }
    case 'GET /api/v1/quatrinhxulyhosos': {
      if (state.config.lookupDown) {
        sendJson(res, 503, fail('Service Unavailable'));
        return true;
      }
      const dossier = state.getDossier(q.get('MaHoSo') ?? '');
      const rows = dossier && matchesOwner(dossier, q.get('SoDinhDanh')) ? dossier.history : [];
      sendJson(res, 200, { ...ok(rows), totalCount: rows.length });
      return true;
    }
    case 'POST /api/v1/thanhtoans/TaoYeuCau': {
      const account = needAccount();
      if (!account) return true;
      const body = await readFields(req);
      const dossier = state.getDossier(String(body.maHoSo ?? ''));
      if (!dossier || dossier.trangThaiHoSoId !== '6') {
        sendJson(res, 200, fail('Hồ sơ không ở trạng thái chờ thực hiện nghĩa vụ tài chính'));
        return true;
      }
      sendJson(res, 200, ok(paymentRequestUrl(dossier, String(body.returnOrigin ?? ''))));
      return true;
    }
    case 'POST /api/v1/thanhtoans/XacNhan': {
      const body = await readFields(req);
      const result = verifyPayment(String(body.data ?? ''), String(body.responseCode ?? ''), String(body.secureCode ?? ''));
      if (!result.ok) {
        sendJson(res, 200, fail(result.message));
        return true;
      }
      if (!state.getDossier(result.maHoSo)) {
        sendJson(res, 200, fail('Không tìm thấy hồ sơ'));
        return true;
      }
      sendJson(res, 200, ok(dossierView(state.markPaid(result.maHoSo))));
      return true;
    }
    default:
      if (req.method === 'GET' && path.startsWith('/api/v1/thutucs/')) {
        const procedure = procedureById(decodeURIComponent(path.slice('/api/v1/thutucs/'.length)));
        if (procedure) sendJson(res, 200, ok({ ...publicProcedure(procedure, state), tongPhi: feeOf(procedure) }));
        else sendJson(res, 404, fail('Không tìm thấy thủ tục'));
        return true;
      }
      if (path.startsWith('/api/')) {
        sendJson(res, 404, fail('Not found'));
        return true;
      }
      return false;
  }
}

/** The server compares exactly (FACTS §7: "the client trims; the server does not"). */
function matchesOwner(dossier, soDinhDanh) {
  return typeof soDinhDanh === 'string' && soDinhDanh !== ''
    && (soDinhDanh === dossier.soGiayToChuHoSo || soDinhDanh === dossier.soGiayToNguoiUyQuyen);
}
