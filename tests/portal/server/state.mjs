// Everything the demo portal remembers, in memory: dossiers, daily code counters and the demo switches. Tests drive
// it through the methods below or through /__demo__/ (routes/demo-api.mjs).
import { PERSONAS, personaById } from './data/personas.mjs';
import { feeOf, procedureById } from './data/procedures.mjs';
import { isStatus } from './data/statuses.mjs';
import { historyRow, paymentRow } from './data/history.mjs';
import { addWorkingDays, vnLocalIso, yyMMdd } from './data/time.mjs';
import { seedDossiers } from './data/seed.mjs';

/**
 * @typedef {'three-level' | 'two-level'} AddressLayout
 * @typedef {'full' | 'name-id' | 'none'} PrefillLevel
 * @typedef {'shown' | 'hidden'} ContactBlock
 * @typedef {{addressLayout: AddressLayout | null, contactBlock: ContactBlock | null, diaBanLatencyMs: number,
 *   captchaFailures: number, lookupDown: boolean, persona: string, prefill: PrefillLevel, sessionEpoch: number}} PortalConfig
 * @typedef {{thoiGian: string, nguoiGui: string, thaoTac: string, nguoiNhan: string, trangThaiHoSoId: string}} HistoryRow
 * @typedef {{
 *   maHoSo: string, maTTHC: string, tenTTHC: string, donViId: string, tenDonVi: string, maTruongHop: string,
 *   loaiDoiTuong: string, uyQuyen: boolean, chuHoSo: string, soGiayToChuHoSo: string, soDienThoaiChuHoSo: string,
 *   emailChuHoSo: string, tinhThanhChuHoSo: string, quanHuyenChuHoSo: string, xaPhuongChuHoSo: string,
 *   diaChiChuHoSo: string, ngaySinhChuHoSo: string, nguoiUyQuyen?: string, soGiayToNguoiUyQuyen?: string,
 *   trichYeuHoSo: string, hinhThucTra: string, eFormData: Record<string, unknown> | null, thanhPhanHoSos: unknown[],
 *   trangThaiHoSoId: string, kenhThucHien: string, ngayNopHoSo: string, ngayTiepNhan: string, ngayHenTra: string,
 *   soTien: number, hinhThucThu: string, daThanhToan: boolean, submitter: string, history: HistoryRow[],
 *   [key: string]: unknown
 * }} Dossier A stored dossier; dates are Việt Nam local times without offset ("2026-11-28T09:15:04").
 */

export const ADDRESS_LAYOUTS = ['three-level', 'two-level'];
export const PREFILL_LEVELS = ['full', 'name-id', 'none'];
export const CONTACT_BLOCKS = ['shown', 'hidden'];

export class PortalState {
  /** @param {{diaBanLatencyMs?: number}} [options] */
  constructor(options = {}) {
    this.defaultLatency = options.diaBanLatencyMs ?? 300;
    this.personas = PERSONAS;
    /** @type {PortalConfig} */
    this.config = this.initialConfig(1);
    /** @type {Map<string, Dossier>} */
    this.dossiers = new Map();
    /** @type {Map<string, number>} "<agency>-<yyMMdd>" -> last sequence */
    this.counters = new Map();
    /** @type {Map<string, Record<string, unknown>>} drafts by account ID ("Lưu hồ sơ") */
    this.drafts = new Map();
    this.reset();
  }

  /** @param {number} sessionEpoch @returns {PortalConfig} */
  initialConfig(sessionEpoch) {
    return {
      addressLayout: null, contactBlock: null, diaBanLatencyMs: this.defaultLatency, captchaFailures: 0, lookupDown: false,
      persona: PERSONAS[0].id, prefill: 'full', sessionEpoch,
    };
  }

  /** Back to the start: seeded dossiers only, default switches; issued sessions stay valid. */
  reset() {
    this.config = this.initialConfig(this.config.sessionEpoch);
    this.dossiers = new Map(seedDossiers().map((d) => [d.maHoSo, d]));
    this.counters = new Map();
    this.drafts = new Map();
  }

  /** @returns {PortalConfig} */
  getConfig() {
    return { ...this.config };
  }

  /**
   * Changes any of the switches; unknown or invalid values throw (the control API answers 400).
   * @param {Partial<PortalConfig>} patch
   */
  configure(patch) {
    const next = { ...this.config };
    for (const [key, value] of Object.entries(patch ?? {})) {
      if (key === 'addressLayout' && (value === null || ADDRESS_LAYOUTS.includes(value))) next.addressLayout = value;
      else if (key === 'contactBlock' && (value === null || CONTACT_BLOCKS.includes(value))) next.contactBlock = value;
      else if (key === 'diaBanLatencyMs' && Number.isFinite(value) && value >= 0) next.diaBanLatencyMs = value;
      else if (key === 'captchaFailures' && Number.isInteger(value) && value >= 0) next.captchaFailures = value;
      else if (key === 'lookupDown' && typeof value === 'boolean') next.lookupDown = value;
      else if (key === 'persona' && personaById(String(value))) next.persona = value;
      else if (key === 'prefill' && PREFILL_LEVELS.includes(value)) next.prefill = value;
      else throw new Error(`Giá trị cấu hình không hợp lệ: ${key}=${JSON.stringify(value)}`);
    }
    this.config = next;
    return this.getConfig();
  }

  /** @param {AddressLayout | null} layout null = each procedure's own layout */
  setAddressLayout(layout) { return this.configure({ addressLayout: layout }); }
  /** @param {ContactBlock | null} block "Nhập thông tin hồ sơ" shown/hidden everywhere; null = per procedure */
  setContactBlock(block) { return this.configure({ contactBlock: block }); }
  /** @param {number} ms */
  setDiaBanLatency(ms) { return this.configure({ diaBanLatencyMs: ms }); }
  /** The next `count` lookups fail with "Mã Recaptcha không hợp lệ!". */
  failNextLookups(count = 1) { return this.configure({ captchaFailures: count }); }
  /** @param {boolean} down lookup API answers 503 while true */
  setLookupDown(down) { return this.configure({ lookupDown: down }); }
  /** @param {string} personaId who the SSO signs in next */
  setPersona(personaId) { return this.configure({ persona: personaId }); }
  /** @param {PrefillLevel} level how much of the account the submission form prefills */
  setPrefill(level) { return this.configure({ prefill: level }); }
  /** Invalidates every issued token: the next API call gets "Hết phiên đăng nhập…". */
  expireSessions() {
    this.config = { ...this.config, sessionEpoch: this.config.sessionEpoch + 1 };
    return this.getConfig();
  }

  /** Whether a procedure's form hides the "Nhập thông tin hồ sơ" block now (anThongTinLienHeNopTrucTuyen). */
  hidesContactBlock(procedure) {
    return this.config.contactBlock ? this.config.contactBlock === 'hidden' : procedure.anThongTinLienHe;
  }

  /** Layout a procedure's form uses now. */
  layoutFor(procedure) {
    return this.config.addressLayout ?? (procedure.capDiaBan === 2 ? 'two-level' : 'three-level');
  }

  /** @returns {Dossier[]} copies, oldest first */
  listDossiers() {
    return [...this.dossiers.values()].map((d) => structuredClone(d));
  }

  /**
   * @param {string} code
   * @returns {Dossier | undefined} the live record (mutating it changes the portal's state)
   */
  getDossier(code) {
    return this.dossiers.get(code);
  }

  /** Next `<agency>-<yyMMdd>-<NNNN>` code: a per-agency counter that restarts every Việt Nam day. */
  nextCode(agency, now = new Date()) {
    const day = yyMMdd(now);
    const key = `${agency}-${day}`;
    let seq = (this.counters.get(key) ?? 0) + 1;
    while (this.dossiers.has(`${key}-${String(seq).padStart(4, '0')}`)) seq += 1;
    this.counters.set(key, seq);
    return `${key}-${String(seq).padStart(4, '0')}`;
  }

  /**
   * Stores a submitted dossier (already validated by the API route) and returns it.
   * @param {Record<string, any>} fields
   * @param {string} submitter account ID (số định danh) of the signed-in user
   * @returns {Dossier}
   */
  createDossier(fields, submitter) {
    const procedure = procedureById(fields.maTTHC);
    if (!procedure) throw new Error('Thủ tục không tồn tại');
    const now = new Date();
    const maHoSo = this.nextCode(fields.donViId, now);
    const received = vnLocalIso(now);
    /** @type {Dossier} */
    const dossier = {
      ...fields,
      maHoSo,
      tenTTHC: procedure.ten,
      trangThaiHoSoId: '1',
      kenhThucHien: '2',
      ngayNopHoSo: received,
      ngayTiepNhan: received,
      ngayHenTra: vnLocalIso(addWorkingDays(now, procedure.thoiHanNgay)),
      soTien: feeOf(procedure),
      hinhThucThu: feeOf(procedure) > 0 ? 'Thanh toán trực tuyến' : '',
      daThanhToan: false,
      submitter,
      history: [historyRow('1', fields.nguoiUyQuyen || fields.chuHoSo, received)],
    };
    this.dossiers.set(maHoSo, dossier);
    return dossier;
  }

  /**
   * Moves a dossier to a status and appends the matching processing-history row.
   * @param {string} code
   * @param {string} status "1".."10"
   * @returns {Dossier} a copy after the change
   */
  setStatus(code, status) {
    const dossier = this.dossiers.get(code);
    if (!dossier) throw new Error(`Không tìm thấy hồ sơ ${code}`);
    if (!isStatus(status)) throw new Error('Mã trạng thái hồ sơ không hợp lệ');
    dossier.trangThaiHoSoId = status;
    dossier.history.push(historyRow(status, dossier.chuHoSo, vnLocalIso()));
    return structuredClone(dossier);
  }

  /**
   * Records a successful payment: status 6 -> 4 with a history row.
   * @param {string} code
   * @returns {Dossier}
   */
  markPaid(code) {
    const dossier = this.dossiers.get(code);
    if (!dossier) throw new Error(`Không tìm thấy hồ sơ ${code}`);
    if (dossier.trangThaiHoSoId === '6') {
      dossier.trangThaiHoSoId = '4';
      dossier.daThanhToan = true;
      dossier.history.push(paymentRow(dossier.chuHoSo, vnLocalIso(), dossier.soTien));
    }
    return structuredClone(dossier);
  }
}
